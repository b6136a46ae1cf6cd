// The enrolment form-submit handler: under the document lock, finds the response's form from its question titles
// (document properties), reads that form's block of the Enrolment requests sheet (the form row and the students the
// form is for: one range), identifies the student there by the verified email, validates the choices, rewrites the
// student's row (a later response supersedes the earlier one, which moves to History), places the student at once
// under the live policy (full sections leave the form, a waitlist starts), and confirms by email. An address that is
// not on the form's list is recorded in the form row's History. Idempotent: a response already in the row (or in
// the form row's History) is ignored. Ten service calls under either policy (docs/registration.md, "the fast path").

import { auditStudyPlan } from '../../domain/registration/audit';
import { shortHash } from '../../domain/registration/hashing';
import { historyHas, parseHistory, withHistory } from '../../domain/registration/requestHistory';
import { choiceCode, requestedLines, type StudentRequest } from '../../domain/registration/requests';
import type { PlanLine, PlanProblem } from '../../domain/registration/types';
import { booleanSetting } from '../../domain/settings';
import type { Lang } from '../../domain/types';
import { isLang, t } from '../../i18n';
import type { SubmittedResponse } from '../../ports';
import { REQUEST_COLUMN, registrationRequestsSheet } from '../../sheets/registration';
import { REQUEST_STATUS_OPTIONS } from '../../sheets/registration/registrationOptions';
import type { RegistrationRequestRow } from '../../sheets/registration/registrationRequestsSheet';
import { formatTable, splitList } from '../../sheets/schema';
import type { FormSubmitHandler } from '../extensions';
import { LOCK_TIMEOUT_MS } from '../runner';
import type { ActionContext } from '../types';
import { registrationPolicy } from './common';
import { ANY_TEACHER_CODE, decodeFormState, encodeFormState, type FormState } from './formBuilder';
import { readSeats, seatPropertyEntries, seatsFromProperties } from './seats';
import { allProperties, candidateForms, FULL_PREFIX, formsOf, decodeRecentRows, decodeTitles, type FormBlock, type FormEntry, formTag, type IndexPointer, partFor, type RecentRow, readPointer, recentRowEntries } from './state';

/** The global Apps Script calls for installable form-submit triggers (src/main.ts). */
export const FORM_SUBMIT_FUNCTION = 'onFormSubmitTrigger';

/** Forms' blocks tried for one response at most (the titles normally name one form). */
const MAX_CANDIDATES = 3;

interface Layout {
  pointer: IndexPointer;
  forms: FormEntry[];
  titles: Map<string, number[]>;
  /** Live policy: the rows the last submissions wrote (document properties). */
  recent: RecentRow[];
  propertyKeys: string[];
  /** Every document property, as read once. */
  all: Readonly<Record<string, string>>;
}

/** The pointer and the title map, read once per execution (one getProperties). */
const layoutCache = new WeakMap<ActionContext, Layout | null>();

function layout(ctx: ActionContext): Layout | null {
  if (layoutCache.has(ctx)) return layoutCache.get(ctx) ?? null;
  const props = ctx.ports.properties;
  const pointer = readPointer(props);
  const all = allProperties(props);
  const value = pointer ? { pointer, forms: formsOf(pointer, all), titles: decodeTitles(all), recent: decodeRecentRows(all), propertyKeys: Object.keys(all), all } : null;
  layoutCache.set(ctx, value);
  return value;
}

interface StudentRowView {
  /** 1-based sheet row. */
  sheetRow: number;
  cells: unknown[];
  studentId: string;
  language: string;
  debts: string[];
  difference: PlanLine[];
  lastResponse: string;
  /** When the last handled response was submitted (ms; -Infinity when unknown). */
  lastAt: number;
  held: string[];
  history: string;
}

/** 'responseId|submittedAt' of the latest handled response. */
function parseLastResponse(text: string): { id: string; at: number } {
  const [id, at] = text.split('|');
  const time = at ? Date.parse(at) : Number.NaN;
  return { id: id ?? '', at: Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time };
}

function parseDifference(text: string): PlanLine[] {
  return splitList(text.replace(/;/g, ',')).map((item) => {
    const [code, semester, credits] = item.split(':');
    return { disciplineCode: code, semester: Number(semester) || 1, credits: Number(credits) || 0, source: 'difference', electiveBlock: '', sectionId: '' };
  });
}

const cell = (row: readonly unknown[], column: number): string => String(row[column - 1] ?? '');

function studentView(row: unknown[], sheetRow: number): StudentRowView {
  const last = parseLastResponse(cell(row, REQUEST_COLUMN.lastResponse));
  return {
    sheetRow,
    cells: row,
    studentId: cell(row, REQUEST_COLUMN.studentId),
    language: cell(row, REQUEST_COLUMN.language),
    debts: splitList(cell(row, REQUEST_COLUMN.debts)),
    difference: parseDifference(cell(row, REQUEST_COLUMN.difference)),
    lastResponse: last.id,
    lastAt: last.at,
    held: splitList(cell(row, REQUEST_COLUMN.held)),
    history: cell(row, REQUEST_COLUMN.history),
  };
}

interface FoundForm {
  block: FormBlock;
  /** The block's rows as read (recent rows laid over under the live policy). */
  rows: unknown[][];
  /** Writes the whole block back through the range it was read from (live policy), or null. */
  write: ((values: unknown[][]) => void) | null;
  formRow: unknown[];
  formId: string;
  state: FormState;
  student: StudentRowView | null;
}

/**
 * Lays the recently written rows of this block over what was read (see state.ts ROWS_PREFIX) — only on a row that
 * still has the entry's email and is older than the entry: its latest response is earlier, or the entry's newest
 * history line is not in it. A row the sheet already has as written (an office edit since included) is left alone.
 */
function overlayRecentRows(rows: unknown[][], block: FormBlock, recent: readonly RecentRow[]): void {
  const at = (column: number) => column - REQUEST_COLUMN.firstWritten;
  for (const entry of recent) {
    const i = entry.r - block.first;
    if (i < 0 || i >= rows.length) continue;
    if (cell(rows[i], REQUEST_COLUMN.email).trim().toLowerCase() !== entry.e) continue;
    const newerResponse = parseLastResponse(String(entry.c[at(REQUEST_COLUMN.lastResponse)] ?? '')).at > parseLastResponse(cell(rows[i], REQUEST_COLUMN.lastResponse)).at;
    const newestLine = parseHistory(String(entry.c[at(REQUEST_COLUMN.history)] ?? '')).at(-1);
    const newerHistory = newestLine !== undefined && !historyHas(cell(rows[i], REQUEST_COLUMN.history), newestLine.responseId);
    if (!newerResponse && !newerHistory) continue;
    rows[i] = [...rows[i].slice(0, REQUEST_COLUMN.firstWritten - 1), ...entry.c, ...rows[i].slice(REQUEST_COLUMN.lastWritten)];
  }
}

/** True when every answered question of the event is one of the form's (a removed question's column stays blank). */
function asksAll(state: FormState, answers: Record<string, string[]>): boolean {
  return Object.entries(answers).every(([title, values]) => values.length === 0 || state.t[shortHash(title)] !== undefined);
}

/**
 * The response's form and the student's row in it: the forms whose questions the event answered, best first, each
 * one block read; the first whose form row checks out and lists the email wins (else the best form, no student).
 */
function findForm(ctx: ActionContext, l: Layout, response: SubmittedResponse, email: string, forUpdate: boolean): FoundForm | null {
  const answered = Object.entries(response.answers)
    .filter(([, v]) => v.length > 0)
    .map(([title]) => title);
  let candidates = candidateForms(l.titles, answered);
  if (response.formId !== '') candidates = l.forms.map((f, i) => (f.tag === formTag(response.formId) ? i : -1)).filter((i) => i >= 0);
  else if (candidates.length === 0 && response.resolveFormId) {
    // Titles the map does not know (a form edited by hand): the response sheet's form URL names it (two calls).
    const id = response.resolveFormId() ?? '';
    candidates = l.forms.map((f, i) => (id !== '' && f.tag === formTag(id) ? i : -1)).filter((i) => i >= 0);
  }
  let fallback: FoundForm | null = null;
  const wb = ctx.ports.workbook;
  for (const i of candidates.slice(0, MAX_CANDIDATES)) {
    // The part of the form's block the email belongs to (a form of many students is split by a hash of the email).
    const form = l.forms[i];
    const block = form ? partFor(form, email) : undefined;
    if (!block) continue;
    const opened = forUpdate && wb.openBlock ? wb.openBlock(l.pointer.n, block.first, 1, block.count, REQUEST_COLUMN.width) : null;
    const rows = opened ? opened.values : wb.readBlock ? wb.readBlock(l.pointer.n, block.first, 1, block.count, REQUEST_COLUMN.width) : (wb.readValues(l.pointer.n) ?? []).slice(block.first - 1, block.first - 1 + block.count);
    if (!rows || rows.length === 0) continue;
    if (forUpdate) overlayRecentRows(rows, block, l.recent);
    const formRow = rows[0];
    // An id written as text may keep the apostrophe that stops a leading '-' being read as a formula.
    const formId = cell(formRow, REQUEST_COLUMN.formId).replace(/^'/, '');
    const state = decodeFormState(cell(formRow, REQUEST_COLUMN.state));
    // The block must still be this form's (the office may have sorted the sheet: then re-run createEnrollmentForms).
    if (!state || formTag(formId) !== block.tag || cell(formRow, REQUEST_COLUMN.formKey) !== state.k || !asksAll(state, response.answers)) continue;
    const at = email === '' ? -1 : rows.findIndex((r, k) => k > 0 && cell(r, REQUEST_COLUMN.email).trim().toLowerCase() === email && cell(r, REQUEST_COLUMN.formKey) === state.k);
    const found = { block, rows, write: opened ? opened.write : null, formRow, formId, state, student: at > 0 ? studentView(rows[at], block.first + at) : null };
    if (found.student) return found;
    fallback = fallback ?? found;
  }
  return fallback;
}

const encodeBlocks = (blocks: Record<string, string[]>): string =>
  Object.entries(blocks)
    .filter(([, codes]) => codes.length > 0)
    .map(([b, codes]) => `${b}:${codes.join(',')}`)
    .join(';');

/** Decodes 'B1:E1,E2;B2:E4' (the Requests sheet's chosen/reserve columns). */
export function decodeBlocks(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of text.split(';')) {
    const at = part.indexOf(':');
    if (at <= 0) continue;
    out[part.slice(0, at).trim()] = splitList(part.slice(at + 1));
  }
  return out;
}

/** Decodes 'A2=A2.1.ru.2;E1=E1.1.ru.1'. */
export function decodeTeachers(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(';')) {
    const [d, s] = part.split('=');
    if (d && s) out[d.trim()] = s.trim();
  }
  return out;
}

export interface HandleOutcome {
  status: 'duplicate' | 'recorded' | 'waitlisted' | 'rejected' | 'notOurs';
  reason: string;
}

function problemText(lang: Lang, p: PlanProblem): string {
  return t(lang, `reg.plan.${p.code}`, { discipline: p.disciplineCode, semester: p.semester, value: p.value, limit: p.limit });
}

/** A status cell (a label in any of the three languages, or the key) back to its key. */
function statusKeyOf(text: string): RegistrationRequestRow['status'] | null {
  const trimmed = text.trim();
  for (const [key, labels] of Object.entries(REQUEST_STATUS_OPTIONS)) {
    if (key === trimmed || Object.values(labels).includes(trimmed)) return key as RegistrationRequestRow['status'];
  }
  return null;
}

/** Records one response; returns what happened (for tests and the demo). Call under the document lock. */
export function recordResponse(ctx: ActionContext, response: SubmittedResponse): HandleOutcome {
  const l = layout(ctx);
  if (!l) return { status: 'notOurs', reason: '' };
  const wb = ctx.ports.workbook;
  const props = ctx.ports.properties;
  const email = response.email.trim().toLowerCase();
  const livePolicy = registrationPolicy(ctx) === 'live';
  const found = findForm(ctx, l, response, email, livePolicy);
  if (!found) return { status: 'notOurs', reason: '' };
  const { state, student, block, formId } = found;
  const formHistory = cell(found.formRow, REQUEST_COLUMN.history);
  // A trigger event fired again for a response already handled (Apps Script does that now and then).
  const seen = student ? student.lastResponse === response.responseId || cell(student.cells, REQUEST_COLUMN.responseId) === response.responseId || historyHas(student.history, response.responseId) : historyHas(formHistory, response.responseId);
  if (seen) return { status: 'duplicate', reason: '' };
  const lang: Lang = student && isLang(student.language) ? student.language : ctx.lang;
  const answersText: string[] = [];
  const request: StudentRequest = { studentId: student?.studentId ?? '', submittedAt: '', blocks: {}, teachers: {} };
  const reserve: Record<string, string[]> = {};
  const notes: string[] = [];
  for (const [title, values] of Object.entries(response.answers)) {
    const key = state.t[shortHash(title)];
    if (!key) continue;
    const [kind, subject] = [key.slice(0, 1), key.slice(2)];
    const codes = values.map(choiceCode).filter((c): c is string => c !== null);
    if (kind === 'B') request.blocks[subject] = { chosen: codes, reserve: [] };
    else if (kind === 'R') reserve[subject] = codes;
    else if (kind === 'T' && codes[0] && codes[0] !== ANY_TEACHER_CODE) {
      const sec = state.s[codes[0]];
      if (sec && sec[0] === subject && (sec[1] === student?.language || !booleanSetting(ctx.settings, 'size.separateStreamsByLanguage'))) request.teachers[subject] = codes[0];
      else if (sec) notes.push(t(lang, 'reg.mail.teacherOtherLanguage', { discipline: subject }));
    }
    answersText.push(`${title}: ${values.join('; ')}`);
  }
  for (const [b, codes] of Object.entries(reserve)) {
    const chosen = request.blocks[b]?.chosen ?? [];
    if (request.blocks[b]) request.blocks[b].reserve = codes.filter((c) => !chosen.includes(c));
  }
  let reason = '';
  if (!student) reason = t(lang, 'reg.reject.notOnForm', { email, form: state.k });
  else {
    const problems: PlanProblem[] = auditStudyPlan(requestedLines(state.r, request, student.difference), state.r, { debts: new Set(student.debts), skip: ['compulsoryMissing'] });
    if (problems.length > 0) reason = problems.map((p) => problemText(lang, p)).join('; ');
  }
  const lines = student ? requestedLines(state.r, request, student.difference) : [];
  const credits = (sem: number) => lines.filter((x) => x.semester === sem).reduce((n, x) => n + x.credits, 0);
  const at = (response.submittedAt instanceof Date || Object.prototype.toString.call(response.submittedAt) === '[object Date]' ? new Date(response.submittedAt.getTime()) : ctx.ports.clock.now()).toISOString();
  const chosen = encodeBlocks(Object.fromEntries(Object.entries(request.blocks).map(([b, v]) => [b, v.chosen])));
  // A response older than the student's latest handled one (executions waiting on the lock may get it out of
  // order): kept in the history, but the later one stays in effect — its seats are not touched.
  // Compared with the request in effect only: a refused response handled earlier does not make a valid one "older".
  const inEffect = student ? currentRequest(student.cells) : null;
  const effectiveAt = inEffect && (inEffect.status === 'recorded' || inEffect.status === 'waitlisted') ? Date.parse(inEffect.at) : Number.NaN;
  const older = !reason && student !== null && !Number.isNaN(effectiveAt) && Date.parse(at) < effectiveAt;
  if (older) notes.push(t(lang, 'reg.mail.olderResponse'));
  let status: 'recorded' | 'waitlisted' | 'rejected' = reason ? 'rejected' : 'recorded';
  let placedText = '';
  const live = livePolicy && !older && !reason && student !== null;
  // The student's row as read has the rows the last submissions wrote laid over it (state.ts ROWS_PREFIX).
  let held: string[] = student ? student.held : [];
  // Seats: from document properties when stored there (no sheet read), else from the seats sheet (first time).
  const storedSeats = live ? seatsFromProperties(l.all) : null;
  const seats = live && l.pointer.se ? (storedSeats ? new Map(storedSeats) : readSeats(wb, l.pointer.se)) : null;
  const newlyFull: string[] = [];
  if (seats && student) {
    for (const id of held) seats.set(id, Math.max(0, (seats.get(id) ?? 0) - 1));
    held = [];
    const placed: string[] = [];
    let waitlisted = false;
    const room = (id: string) => state.s[id] !== undefined && (seats.get(id) ?? 0) < state.s[id][2];
    for (const line of lines) {
      if (line.source === 'difference') continue;
      const candidates = Object.entries(state.s)
        .filter(([, sec]) => sec[0] === line.disciplineCode && sec[1] === student.language)
        .map(([id]) => id)
        .sort();
      if (candidates.length === 0) continue;
      const preferred = request.teachers[line.disciplineCode];
      const order = preferred ? [preferred, ...candidates.filter((c) => c !== preferred)] : candidates;
      const seat = order.find(room);
      if (!seat) {
        waitlisted = true;
        placed.push(`${line.disciplineCode}=${t(lang, 'reg.waitlist')}`);
        continue;
      }
      seats.set(seat, (seats.get(seat) ?? 0) + 1);
      held.push(seat);
      placed.push(`${line.disciplineCode}=${seat}`);
    }
    placedText = placed.join(';');
    if (waitlisted) status = 'waitlisted';
    // Sections of this form that are full now, whichever form's student took the last seat.
    // Options already removed from this form, by any part of its block (a property shared by the parts).
    state.f = [...new Set([...state.f, ...splitList((l.all[`${FULL_PREFIX}${block.tag}`] ?? '').replace(/ /g, ','))])];
    for (const [id, sec] of Object.entries(state.s)) if ((seats.get(id) ?? 0) >= sec[2] && !state.f.includes(id)) newlyFull.push(id);
  }
  // One row rewritten: the student's, or the form row's History for an address not on the form's list. Batch: that
  // row's range (two calls). Live: the whole block through the range it was read from (one call).
  let writtenRow: number;
  let writtenCells: unknown[];
  if (!student) {
    // The address and a short reason (the student's e-mail has the full one): a form row collects many such lines.
    const history = withHistory(formHistory, { at, responseId: response.responseId, status: 'rejected', chosen, reason: `${email} — ${t(ctx.lang, 'reg.request.notOnList')}` }, ctx.lang);
    const formatted = formatTable(registrationRequestsSheet, [{ ...blankRow(state.k), history }], ctx.lang)[1];
    writtenRow = block.first;
    writtenCells = [...found.formRow.slice(REQUEST_COLUMN.firstWritten - 1, REQUEST_COLUMN.history - 1), formatted[REQUEST_COLUMN.history - 1]];
  } else {
    const current = inEffect ?? currentRequest(student.cells);
    // 'Last response' only moves forward in time (it dates the latest response handled, whatever its outcome).
    const lastResponse = Date.parse(at) >= student.lastAt ? `${response.responseId}|${at}` : cell(student.cells, REQUEST_COLUMN.lastResponse);
    const next: RegistrationRequestRow = { ...blankRow(state.k), ...current, held: older || reason ? student.held.join(',') : held.join(','), lastResponse, reason: older ? current.reason : reason, history: student.history };
    const attempt = { at, responseId: response.responseId, chosen };
    if (reason || older) {
      // Kept in the history; the request in effect (if any) stays.
      next.history = withHistory(student.history, { ...attempt, status: reason ? 'rejected' : 'recorded', reason: reason || t(ctx.lang, 'reg.request.olderKept') }, ctx.lang);
      if (reason && current.status !== 'recorded' && current.status !== 'waitlisted') next.status = 'rejected';
    } else {
      if (current.status === 'recorded' || current.status === 'waitlisted') next.history = withHistory(student.history, { at: current.at, responseId: current.responseId, status: current.status, chosen: current.chosen, reason: t(ctx.lang, 'reg.request.supersededBy', { response: response.responseId }) }, ctx.lang);
      Object.assign(next, {
        status,
        at,
        responseId: response.responseId,
        chosen,
        reserve: encodeBlocks(Object.fromEntries(Object.entries(request.blocks).map(([b, v]) => [b, v.reserve]))),
        teachers: Object.entries(request.teachers)
          .map(([d, sec]) => `${d}=${sec}`)
          .join(';'),
        credits1: credits(1),
        credits2: credits(2),
        placed: placedText,
      });
    }
    writtenRow = student.sheetRow;
    writtenCells = formatTable(registrationRequestsSheet, [next], ctx.lang)[1].slice(REQUEST_COLUMN.firstWritten - 1, REQUEST_COLUMN.lastWritten);
  }
  // Live policy: one setProperties — the changed seat buckets and the row about to be written (properties are applied
  // at once: the next lock holder reads them from there), before the sheet: if the sheet write failed, the row is in
  // the properties and the next live submission of this part writes it; seats are never counted short. The batch
  // policy writes no property.
  if (livePolicy) {
    if (newlyFull.length > 0) removeFullOptions(ctx, formId, state, newlyFull);
    const entries: Record<string, string> = {
      ...(newlyFull.length > 0 ? { [`${FULL_PREFIX}${block.tag}`]: state.f.join(' ') } : {}),
      ...(seats ? seatPropertyEntries(storedSeats, seats) : {}),
      ...recentRowEntries(l.recent, [{ r: writtenRow, e: student ? email : '', c: writtenCells }], l.propertyKeys),
    };
    if (props.setMany) props.setMany(entries);
    else for (const [k, v] of Object.entries(entries)) props.set(k, v);
  }
  if (found.write) {
    const values = found.rows.map((r) => [...r]);
    const i = writtenRow - block.first;
    values[i] = [...values[i].slice(0, REQUEST_COLUMN.firstWritten - 1), ...writtenCells, ...values[i].slice(REQUEST_COLUMN.lastWritten)];
    // The form's state changes only when sections fill (live policy).
    if (newlyFull.length > 0) values[0][REQUEST_COLUMN.state - 1] = encodeFormState(state);
    found.write(values);
  } else if (!student) {
    // The form row: its History cell only (the rest of the row is the form's, as createEnrollmentForms wrote it).
    wb.writeBlock(l.pointer.n, writtenRow, REQUEST_COLUMN.history, [[writtenCells[writtenCells.length - 1]]]);
    if (newlyFull.length > 0) wb.writeBlock(l.pointer.n, block.first, REQUEST_COLUMN.state, [[encodeFormState(state)]]);
  } else {
    wb.writeBlock(l.pointer.n, writtenRow, REQUEST_COLUMN.firstWritten, [writtenCells]);
    if (newlyFull.length > 0) wb.writeBlock(l.pointer.n, block.first, REQUEST_COLUMN.state, [[encodeFormState(state)]]);
  }
  const subject = t(lang, reason ? 'reg.mail.rejectedSubject' : 'reg.mail.recordedSubject');
  const body = [
    t(lang, reason ? 'reg.mail.rejectedBody' : 'reg.mail.recordedBody', { reason, credits1: credits(1), credits2: credits(2) }),
    ...answersText,
    ...(placedText ? [t(lang, 'reg.mail.placed', { placed: placedText })] : []),
    ...(student && student.difference.length > 0 ? [t(lang, 'reg.mail.difference', { list: student.difference.map((d) => `${d.disciplineCode} (${d.credits})`).join(', ') })] : []),
    ...notes,
  ].join('\n');
  if (email !== '') {
    try {
      ctx.ports.mailer.send({ to: email, subject, body });
    } catch {
      // The daily e-mail quota is spent (1,500 recipients on Workspace): the row above is what counts; the
      // student sees it in the form's confirmation and the office in the Enrolment requests sheet.
    }
  }
  return { status: reason ? 'rejected' : status === 'waitlisted' && !older ? 'waitlisted' : 'recorded', reason };
}

function blankRow(formKey: string): RegistrationRequestRow {
  return { formKey, email: '', studentId: '', language: '', gpa: null, debts: [], difference: '', status: 'notSubmitted', at: '', responseId: '', chosen: '', reserve: '', teachers: '', credits1: null, credits2: null, placed: '', held: '', lastResponse: '', reason: '', history: '', formId: '', state: '' };
}

/** The request in effect in a student's row (the handler's written columns, as they are). */
function currentRequest(cells: readonly unknown[]): Pick<RegistrationRequestRow, 'status' | 'at' | 'responseId' | 'chosen' | 'reserve' | 'teachers' | 'credits1' | 'credits2' | 'placed' | 'reason'> & { status: RegistrationRequestRow['status'] } {
  const num = (column: number) => {
    const v = cell(cells, column);
    return v === '' ? null : Number(v);
  };
  const status = statusKeyOf(cell(cells, REQUEST_COLUMN.status)) ?? 'notSubmitted';
  return {
    status,
    at: cell(cells, REQUEST_COLUMN.at),
    responseId: cell(cells, REQUEST_COLUMN.responseId),
    chosen: cell(cells, REQUEST_COLUMN.chosen),
    reserve: cell(cells, REQUEST_COLUMN.reserve),
    teachers: cell(cells, REQUEST_COLUMN.teachers),
    credits1: num(REQUEST_COLUMN.credits1),
    credits2: num(REQUEST_COLUMN.credits2),
    placed: cell(cells, REQUEST_COLUMN.placed),
    reason: cell(cells, REQUEST_COLUMN.reason),
  };
}

/** Live policy ("choice eliminator"): a full section leaves its teacher question; a discipline with no room leaves its block. */
function removeFullOptions(ctx: ActionContext, formId: string, state: FormState, full: string[]): void {
  state.f = [...new Set([...state.f, ...full])];
  const codes = [...full];
  for (const code of new Set(full.map((id) => state.s[id][0]))) {
    const noRoom = Object.entries(state.s)
      .filter(([, s]) => s[0] === code)
      .every(([id]) => state.f.includes(id));
    if (noRoom) codes.push(code);
  }
  ctx.ports.forms.removeChoices(formId, codes);
}

export const registrationSubmitHandler: FormSubmitHandler = {
  id: 'registration',
  owns(ctx, formId) {
    // An event whose form is not known yet ('' : a spreadsheet event) is ours to look at while enrolment forms
    // exist; recordResponse finds the form from its questions and ignores one that is not ours.
    const l = layout(ctx);
    return l !== null && (formId === '' || l.forms.some((f) => f.tag === formTag(formId)));
  },
  handle(ctx, response, options) {
    // The form's block and the seats are read inside the lock: another submission may have
    // changed them while this one waited. The trigger entry (src/main.ts) takes the lock before anything else.
    if (options?.lockHeld) recordResponse(ctx, response);
    else ctx.ports.lock.withDocumentLock(LOCK_TIMEOUT_MS, () => recordResponse(ctx, response));
  },
};
