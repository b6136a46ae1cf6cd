// The enrolment form-submit handler: under the document lock, identifies the student by the verified email (through
// the bucketed index, never the Students sheet), validates the choices, appends one request row (a later response
// supersedes the earlier one; history kept), places the student at once under the live policy (full sections leave
// the form, a waitlist starts), and confirms by email. Idempotent: a response id seen before (document property
// reg.recent, or the student's index row) is ignored.

import { auditStudyPlan } from '../../domain/registration/audit';
import { emailBucket, shortHash } from '../../domain/registration/hashing';
import { choiceCode, requestedLines, type StudentRequest } from '../../domain/registration/requests';
import type { PlanLine, PlanProblem } from '../../domain/registration/types';
import { booleanSetting } from '../../domain/settings';
import type { Lang } from '../../domain/types';
import { isLang, t } from '../../i18n';
import type { SubmittedResponse } from '../../ports';
import { INDEX_COLUMN, registrationRequestsSheet } from '../../sheets/registration';
import type { RegistrationRequestRow } from '../../sheets/registration/registrationRequestsSheet';
import { formatTable, splitList } from '../../sheets/schema';
import type { FormSubmitHandler } from '../extensions';
import { LOCK_TIMEOUT_MS } from '../runner';
import type { ActionContext } from '../types';
import { registrationPolicy } from './common';
import { readSeats, seatPropertyEntries, seatsFromProperties, writeSeats } from './seats';
import { ANY_TEACHER_CODE, type FormState } from './formBuilder';
import { bucketRows, FORMS_KEY, formTag, INDEX_KEY, type IndexPointer, readFormState, readJson, readStateRow, writeFormState } from './state';

/** The global Apps Script calls for installable form-submit triggers (src/main.ts). */
export const FORM_SUBMIT_FUNCTION = 'onFormSubmitTrigger';

/** How many recent response ids a form remembers to ignore repeated trigger events. */
const RECENT_RESPONSES = 300;

/**
 * Hashes of the last responses handled, every form together (document property, space-separated, ≈ 2 KB).
 * Written under the lock with one setProperty, which Google applies at once: the next holder sees it without a
 * flush. A trigger event fired again for a response (Apps Script does that now and then) finds its hash here.
 */
export const RECENT_KEY = 'reg.recent';

/**
 * Live policy: the sections held by the students of the last submissions (document property, JSON), read before
 * the student's index row: a student's second submission right after the first finds its seats here even if the
 * first execution's index-row write is not yet visible (nothing is flushed).
 */
export const HELD_KEY = 'reg.held';

/**
 * Form key → its row in the Registration state sheet, learned from submissions (document property). A spreadsheet
 * form-submit event does not say which form it came from without two calls (the response sheet's form URL);
 * the student's own form is tried first and taken when its questions are exactly the event's.
 */
export const FORM_ROWS_KEY = 'reg.formRows';

/** True when the event's questions are exactly the form's (every answerable item is in state.t). */
function sameQuestions(state: FormState, answers: Record<string, string[]>): boolean {
  const titles = Object.keys(answers).map(shortHash);
  const known = Object.keys(state.t);
  return titles.length === known.length && titles.every((h) => state.t[h] !== undefined);
}
const HELD_REMEMBERED = 150;

interface Pointers {
  forms: Record<string, number> | null;
  index: IndexPointer | null;
}

/** The two small document properties a submission reads, once per execution. */
const pointerCache = new WeakMap<ActionContext, Pointers>();

function pointers(ctx: ActionContext): Pointers {
  let p = pointerCache.get(ctx);
  if (!p) {
    p = { forms: readJson<Record<string, number>>(ctx.ports.properties, FORMS_KEY), index: null };
    pointerCache.set(ctx, p);
  }
  return p;
}

interface IndexedStudent {
  sheetRow: number;
  studentId: string;
  formKey: string;
  language: string;
  debts: string[];
  difference: PlanLine[];
  lastResponse: string;
  /** When the last recorded response was submitted (ms; -Infinity when unknown). */
  lastAt: number;
  sections: string[];
}

/** The index row keeps 'responseId|submittedAt' of the student's last recorded response. */
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

function findStudent(ctx: ActionContext, pointer: IndexPointer, email: string): IndexedStudent | null {
  const { first, count } = bucketRows(pointer, emailBucket(email, pointer.b));
  if (count === 0) return null;
  const wb = ctx.ports.workbook;
  const block = wb.readBlock ? wb.readBlock(pointer.n, first, 1, count, INDEX_COLUMN.width) : (wb.readValues(pointer.n) ?? []).slice(first - 1, first - 1 + count);
  if (!block) return null;
  for (let i = 0; i < block.length; i++) {
    const row = block[i];
    if (String(row[1]).trim().toLowerCase() !== email) continue;
    const last = parseLastResponse(String(row[8] ?? ''));
    return {
      sheetRow: first + i,
      studentId: String(row[2]),
      formKey: String(row[3]),
      language: String(row[4]),
      debts: splitList(String(row[6] ?? '')),
      difference: parseDifference(String(row[7] ?? '')),
      lastResponse: last.id,
      lastAt: last.at,
      sections: splitList(String(row[9] ?? '')),
    };
  }
  return null;
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

/** Records one response; returns what happened (for tests and the demo). Call under the document lock. */
export function recordResponse(ctx: ActionContext, response: SubmittedResponse): HandleOutcome {
  const p = pointers(ctx);
  p.index = p.index ?? readJson<IndexPointer>(ctx.ports.properties, INDEX_KEY);
  const pointer = p.index;
  if (!p.forms || !pointer) return { status: 'notOurs', reason: '' };
  const wb = ctx.ports.workbook;
  const props = ctx.ports.properties;
  const responseHash = shortHash(response.responseId);
  const recent = (props.get(RECENT_KEY) ?? '').split(' ').filter(Boolean);
  if (recent.includes(responseHash)) return { status: 'duplicate', reason: '' };
  const email = response.email.trim().toLowerCase();
  const student = email !== '' ? findStudent(ctx, pointer, email) : null;
  // A trigger event fired again for the student's latest recorded response.
  if (student && student.lastResponse === response.responseId) return { status: 'duplicate', reason: '' };
  // Which form: the student's own (one state-row read) when its questions are the event's; otherwise the form
  // named by the event (a form-bound event says it; a spreadsheet event through its response sheet's form URL).
  const formRows = readJson<Record<string, number>>(props, FORM_ROWS_KEY) ?? {};
  let formId = response.formId;
  let stateRow: number | undefined;
  let state: FormState | null = null;
  let learned = false;
  if (formId === '' && student && formRows[student.formKey]) {
    const row = formRows[student.formKey];
    const own = readStateRow(wb, pointer.st, row);
    if (own && own.state.k === student.formKey && p.forms[formTag(own.formId)] === row && sameQuestions(own.state, response.answers)) {
      formId = own.formId;
      stateRow = row;
      state = own.state;
    }
  }
  if (!state) {
    if (formId === '') formId = response.resolveFormId?.() ?? '';
    stateRow = formId ? p.forms[formTag(formId)] : undefined;
    if (!stateRow) return { status: 'notOurs', reason: '' };
    state = readFormState(wb, pointer.st, stateRow, formId);
    if (!state) return { status: 'notOurs', reason: '' };
    if (formRows[state.k] !== stateRow) {
      formRows[state.k] = stateRow;
      learned = true;
    }
  }
  if (state.h.includes(responseHash)) return { status: 'duplicate', reason: '' };
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
  for (const [block, codes] of Object.entries(reserve)) {
    const chosen = request.blocks[block]?.chosen ?? [];
    if (request.blocks[block]) request.blocks[block].reserve = codes.filter((c) => !chosen.includes(c));
  }
  let reason = '';
  let problems: PlanProblem[] = [];
  if (!student) reason = t(lang, 'reg.reject.unknownEmail', { email });
  else if (student.formKey !== state.k) reason = t(lang, 'reg.reject.wrongForm', { form: state.k, own: student.formKey });
  else {
    problems = auditStudyPlan(requestedLines(state.r, request, student.difference), state.r, { debts: new Set(student.debts), skip: ['compulsoryMissing'] });
    if (problems.length > 0) reason = problems.map((p) => problemText(lang, p)).join('; ');
  }
  const lines = student ? requestedLines(state.r, request, student.difference) : [];
  const credits = (s: number) => lines.filter((l) => l.semester === s).reduce((n, l) => n + l.credits, 0);
  const row: RegistrationRequestRow = {
    at: (response.submittedAt instanceof Date || Object.prototype.toString.call(response.submittedAt) === '[object Date]' ? new Date(response.submittedAt.getTime()) : ctx.ports.clock.now()).toISOString(),
    responseId: response.responseId,
    formKey: state.k,
    email,
    studentId: student?.studentId ?? '',
    status: reason ? 'rejected' : 'recorded',
    reason,
    supersedes: reason ? '' : (student?.lastResponse ?? ''),
    chosen: encodeBlocks(Object.fromEntries(Object.entries(request.blocks).map(([b, v]) => [b, v.chosen]))),
    reserve: encodeBlocks(Object.fromEntries(Object.entries(request.blocks).map(([b, v]) => [b, v.reserve]))),
    teachers: Object.entries(request.teachers)
      .map(([d, s]) => `${d}=${s}`)
      .join(';'),
    credits1: credits(1),
    credits2: credits(2),
    placed: '',
  };
  // A response older than the student's last recorded one (executions waiting on the lock may get it out of order):
  // kept in the history, but the later one stays in effect — its seats are not touched, its index row not rewritten.
  const older = !reason && student !== null && Date.parse(row.at) < student.lastAt;
  if (older) {
    row.supersedes = '';
    notes.push(t(lang, 'reg.mail.olderResponse'));
  }
  const newlyFull: string[] = [];
  const live = registrationPolicy(ctx) === 'live' && !older;
  const heldMap = live ? (readJson<Record<string, string>>(props, HELD_KEY) ?? {}) : {};
  let held: string[] = student ? (heldMap[student.studentId] !== undefined ? splitList(heldMap[student.studentId]) : student.sections) : [];
  // Seats: from document properties when stored there (no sheet read), else from the seats sheet (first time).
  const storedSeats = live && props.all ? seatsFromProperties(props.all()) : null;
  const seats = live && pointer.se ? (storedSeats ? new Map(storedSeats) : readSeats(ctx.ports.workbook, pointer.se)) : null;
  if (!reason && student && seats) {
    for (const id of held) seats.set(id, Math.max(0, (seats.get(id) ?? 0) - 1));
    held = [];
    const placed: string[] = [];
    let waitlisted = false;
    const room = (id: string) => state.s[id] !== undefined && (seats.get(id) ?? 0) < state.s[id][2];
    for (const l of lines) {
      if (l.source === 'difference') continue;
      const candidates = Object.entries(state.s)
        .filter(([, sec]) => sec[0] === l.disciplineCode && sec[1] === student.language)
        .map(([id]) => id)
        .sort();
      if (candidates.length === 0) continue;
      const preferred = request.teachers[l.disciplineCode];
      const order = preferred ? [preferred, ...candidates.filter((c) => c !== preferred)] : candidates;
      const seat = order.find(room);
      if (!seat) {
        waitlisted = true;
        placed.push(`${l.disciplineCode}=${t(lang, 'reg.waitlist')}`);
        continue;
      }
      seats.set(seat, (seats.get(seat) ?? 0) + 1);
      held.push(seat);
      placed.push(`${l.disciplineCode}=${seat}`);
    }
    row.placed = placed.join(';');
    if (waitlisted) row.status = 'waitlisted';
  }
  if (seats) {
    // Sections of this form that are full now, whichever form's student took the last seat.
    for (const [id, sec] of Object.entries(state.s)) if ((seats.get(id) ?? 0) >= sec[2] && !state.f.includes(id)) newlyFull.push(id);
  }
  const requestRow = formatTable(registrationRequestsSheet, [row], ctx.lang)[1];
  // Sheet.appendRow (two calls, grows the sheet), under the document lock the trigger holds.
  if (wb.appendRow) wb.appendRow(pointer.q, requestRow);
  else wb.appendRows(pointer.q, [requestRow]);
  if (!reason && student && !older) wb.writeBlock(pointer.n, student.sheetRow, INDEX_COLUMN.lastResponse, [[`${response.responseId}|${row.at}`, held.join(',')]]);
  // The seats sheet stays a mirror of the counts (createEnrollmentForms carries them over from it).
  if (seats && !reason && student && pointer.se) writeSeats(wb, pointer.se, seats);
  if (newlyFull.length > 0) {
    removeFullOptions(ctx, formId, state, newlyFull);
    // The form's state changes only when sections fill (live policy).
    writeFormState(wb, pointer.st, stateRow as number, state);
  }
  // One setProperties: the recent responses (duplicates), and under the live policy the seats and held sections.
  // Properties are applied at once, so nothing is flushed: the next holder reads them from there.
  const entries: Record<string, string> = { [RECENT_KEY]: [...recent, responseHash].slice(-RECENT_RESPONSES).join(' ') };
  if (learned) {
    const text = JSON.stringify(formRows);
    if (text.length < 8_500) entries[FORM_ROWS_KEY] = text;
  }
  if (seats && props.setMany) {
    Object.assign(entries, seatPropertyEntries(storedSeats, seats));
    if (!reason && student) {
      delete heldMap[student.studentId];
      heldMap[student.studentId] = held.join(',');
      // The most recent students first, as many as fit well under the 9 KB a property may hold.
      let kept = Object.entries(heldMap).slice(-HELD_REMEMBERED);
      let text = JSON.stringify(Object.fromEntries(kept));
      while (text.length > 7_000 && kept.length > 1) {
        kept = kept.slice(Math.ceil(kept.length / 4));
        text = JSON.stringify(Object.fromEntries(kept));
      }
      entries[HELD_KEY] = text;
    }
  }
  if (props.setMany) props.setMany(entries);
  else for (const [k, v] of Object.entries(entries)) props.set(k, v);
  // Ports without property-kept seats (tests' memory ports) flush as before.
  if (seats && !props.setMany && ctx.ports.lock.commit) ctx.ports.lock.commit();
  const subject = t(lang, reason ? 'reg.mail.rejectedSubject' : 'reg.mail.recordedSubject');
  const body = [
    t(lang, reason ? 'reg.mail.rejectedBody' : 'reg.mail.recordedBody', { reason, credits1: row.credits1, credits2: row.credits2 }),
    ...answersText,
    ...(row.placed ? [t(lang, 'reg.mail.placed', { placed: row.placed })] : []),
    ...(student && student.difference.length > 0 ? [t(lang, 'reg.mail.difference', { list: student.difference.map((d) => `${d.disciplineCode} (${d.credits})`).join(', ') })] : []),
    ...notes,
  ].join('\n');
  if (email !== '') {
    try {
      ctx.ports.mailer.send({ to: email, subject, body });
    } catch {
      // The daily e-mail quota is spent (1,500 recipients on Workspace): the request row above is what
      // counts; the student sees it in the form's confirmation and the office in the Requests sheet.
    }
  }
  return { status: reason ? 'rejected' : row.status === 'waitlisted' ? 'waitlisted' : 'recorded', reason };
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
    // exist; recordResponse finds the form and ignores one that is not ours.
    const forms = pointers(ctx).forms;
    return formId === '' ? forms !== null : Boolean(forms?.[formTag(formId)]);
  },
  handle(ctx, response, options) {
    // The state row, the seats and the recent responses are read inside the lock: another submission may have
    // changed them while this one waited. The trigger entry (src/main.ts) takes the lock before anything else.
    if (options?.lockHeld) recordResponse(ctx, response);
    else ctx.ports.lock.withDocumentLock(LOCK_TIMEOUT_MS, () => recordResponse(ctx, response));
  },
};
