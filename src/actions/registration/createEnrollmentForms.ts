// createEnrollmentForms (plan items 2–3): one Google Form per programme and year (a separate one for 1st-year,
// reinstated and transferred-in students), verified emails, published, responses to this spreadsheet; links and
// advisors' distribution lists in the Forms sheet; re-running updates the same forms. Also writes the hidden index
// and the per-form state the form-submit handler reads instead of the big sheets, and installs the trigger once.

import type { Problem } from '../../domain/errors';
import { RegistrarError } from '../../domain/errors';
import { planRulesFor, type PlanRules } from '../../domain/registration/audit';
import { shortHash } from '../../domain/registration/hashing';
import { checkOfferings, audienceKey } from '../../domain/registration/offerings';
import { textSetting } from '../../domain/settings';
import type { Student } from '../../domain/types';
import { studentsSheet } from '../../sheets';
import { splitList } from '../../sheets/schema';
import { debtsSheet } from '../../sheets/grades';
import { academicDifferenceSheet, advisorsSheet, registrationFormsSheet, registrationRequestsSheet, registrationSeatsSheet } from '../../sheets/registration';
import { parseSeatCells, seatPropertyEntries, seatRows, seatsFromProperties } from './seats';
import type { RegistrationFormRow } from '../../sheets/registration/registrationFormsSheet';
import type { RegistrationRequestRow } from '../../sheets/registration/registrationRequestsSheet';
import { parseHistory, withHistory } from '../../domain/registration/requestHistory';
import { defineAction } from '../types';
import { creditLimits, issueProblem, personName, readOfferings, readRegistrationData, registrationPolicy, refuse, structural, writeProblems, writeSheet } from './common';
import { buildEnrollmentForm, type FormKind, formKeyOf } from './formBuilder';
import { FORM_SUBMIT_FUNCTION } from './submissionHandler';
import { allProperties, type FormBlock, formsEntries, FULL_PREFIX, type FormEntry, formTag, INDEX_KEY, type IndexPointer, partFor, partsFor, recentRowEntries, titleEntries } from './state';
import { decodeFormState } from './formBuilder';
import { encodeFormState } from './formBuilder';

/** Simulated time after which no more forms are made in this execution (Apps Script stops at 6 minutes). */
const FORMS_TIME_BOX_MS = 240_000;

/** A cell holds 50,000 characters. */
const MAX_STATE_CHARS = 45_000;

/** Empty rows left under a form response sheet's last response after compaction (the sheet grows past them). */
const RESPONSE_SPARE_ROWS = 10;

export function formKindOf(s: Student): FormKind {
  return s.year === 1 || s.status === 'reinstated' || s.status === 'transferredIn' ? 'newcomers' : 'regular';
}

export const createEnrollmentFormsAction = defineAction({
  id: 'createEnrollmentForms',
  area: 'A',
  planItems: [2, 3],
  titleKey: 'action.createEnrollmentForms',
  inMenu: true,
  mutates: true,
  run(ctx) {
    const data = readRegistrationData(ctx);
    const offerings = readOfferings(ctx);
    const blocking = structural([...data.problems, ...(offerings.exists ? offerings.problems : [])]);
    if (!offerings.exists) throw new RegistrarError('registrationNeedsOfferings', { sheet: offerings.sheetName });
    if (blocking.length > 0) refuse(ctx, blocking);
    const checked = checkOfferings(offerings.sections);
    const problems: Problem[] = [...offerings.problems, ...checked.issues.map((i) => issueProblem(i, offerings.sheetName))];
    const limits = creditLimits(ctx);
    const policy = registrationPolicy(ctx);
    const deadline = textSetting(ctx.settings, 'registration.deadline');
    const rulesCache = new Map<string, PlanRules | null>();
    const rulesOf = (programmeCode: string, year: number) => {
      const k = `${programmeCode}/${year}`;
      if (!rulesCache.has(k)) rulesCache.set(k, planRulesFor(data.university.curriculum, programmeCode, year, limits));
      return rulesCache.get(k) ?? null;
    };
    const byForm = new Map<string, Student[]>();
    const studentsSheetName = ctx.tables.nameFor(studentsSheet);
    for (const s of data.students) {
      const rules = rulesOf(s.programmeCode, s.year);
      if (!rules || (rules.compulsory.length === 0 && rules.blocks.length === 0)) {
        problems.push({ sheet: studentsSheetName, row: 0, column: '', value: s.id, code: 'studentNoCurriculum', params: { student: s.id, programme: s.programmeCode, year: s.year, columnLabel: '' }, severity: 'warning' });
        continue;
      }
      const key = formKeyOf(s.programmeCode, s.year, formKindOf(s));
      const list = byForm.get(key);
      if (list) list.push(s);
      else byForm.set(key, [s]);
    }
    const difference = ctx.tables.read(academicDifferenceSheet);
    const differenceOf = new Map<string, string[]>();
    for (const { record } of difference.rows) {
      const list = differenceOf.get(record.studentId) ?? [];
      list.push(`${record.disciplineCode}:${record.semester}:${record.credits}`);
      differenceOf.set(record.studentId, list);
    }
    // Open academic debts (the grades area's Debts sheet, when it exists): a prerequisite with a debt is not passed.
    const debtsOf = new Map<string, string[]>();
    for (const { record } of ctx.tables.read(debtsSheet).rows) debtsOf.set(record.studentId, [...(debtsOf.get(record.studentId) ?? []), record.disciplineCode]);
    const previousForms = ctx.tables.read(registrationFormsSheet);
    const formIdOf = new Map(previousForms.rows.map((r) => [r.record.formKey, r.record.formId]));
    const advisorOf = new Map(ctx.tables.read(advisorsSheet).rows.map((r) => [r.record.group, r.record]));
    const teacherName = (id: string) => {
      const t = data.teachers.get(id);
      return t ? personName(t) : id;
    };
    // Live seats: document properties are authoritative once submissions stored them there; the sheet mirrors them.
    // Every document property, read once (the seat counts now, the keys to empty or replace at the end).
    const properties = allProperties(ctx.ports.properties);
    const storedSeats = seatsFromProperties(properties);
    const seats = (storedSeats ? new Map(storedSeats) : null) ?? parseSeatCells(ctx.tables.read(registrationSeatsSheet).rows.map((r) => r.record.seats));
    // The Enrolment requests sheet is rewritten whole below: a row that does not read back (a cell typed by hand that
    // is not valid) would be lost with its history, so nothing is written until it is fixed.
    const previousTable = ctx.tables.read(registrationRequestsSheet);
    const unreadable = previousTable.problems.filter((p) => p.row > 0 && p.severity === 'error');
    if (unreadable.length > 0) refuse(ctx, unreadable);
    const previousRequests = previousTable.rows.map((r) => r.record);
    const previousStates = new Map(previousRequests.filter((r) => r.status === 'form').map((r) => [r.formId, r.state]));
    // A form's earlier rejections (addresses not on its list), from every part of its block, one line each.
    const previousFormRow = new Map<string, string[]>();
    for (const r of previousRequests.filter((x) => x.status === 'form')) previousFormRow.set(r.formKey, [...(previousFormRow.get(r.formKey) ?? []), ...r.history.split('\n').filter((l) => l.trim() !== '')]);
    const previousStudentRow = new Map(previousRequests.filter((r) => r.status !== 'form' && r.email !== '').map((r) => [r.email.toLowerCase(), r]));
    const openLectures = checked.usable.filter((s) => s.open && s.lessonType === 'lecture');
    // Phase 1: every form's content and state, checked before anything is written.
    const planned = [...byForm].sort((a, b) => a[0].localeCompare(b[0])).map(([key, students]) => {
      const { programmeCode, year } = students[0];
      const kind = formKindOf(students[0]);
      const programme = data.programmes.get(programmeCode);
      const existingId = formIdOf.get(key) || null;
      const built = buildEnrollmentForm({
        programmeCode,
        programmeName: programme ? programme.name[ctx.lang] : '',
        year,
        kind,
        rules: rulesOf(programmeCode, year) as PlanRules,
        sections: openLectures.filter((s) => s.audience.includes(audienceKey(programmeCode, year))),
        disciplines: data.disciplines,
        teacherName,
        deadline,
        policy,
        seats,
        previous: existingId ? decodeFormState(previousStates.get(existingId) ?? null) : null,
      });
      return { key, students, kind, programmeCode, year, existingId, built, stateSize: encodeFormState(built.state).length };
    });
    for (const p of planned) {
      for (const b of p.built.shortBlocks) {
        problems.push({ sheet: offerings.sheetName, row: 0, column: '', value: b.block, code: 'blockNotEnoughOffered', params: { block: b.block, form: p.key, available: b.available, choose: b.choose, columnLabel: '' }, severity: 'warning' });
      }
    }
    const tooLarge = planned.filter((p) => p.stateSize > MAX_STATE_CHARS);
    if (tooLarge.length > 0) {
      refuse(ctx, tooLarge.map((p) => ({ sheet: offerings.sheetName, row: 0, column: '', value: p.key, code: 'formStateTooLarge', params: { form: p.key, size: p.stateSize, columnLabel: '' }, severity: 'error' as const })));
    }
    // Phase 2: forms, their state, then the sheets.
    const formRows: RegistrationFormRow[] = [];
    const links = [];
    let created = 0;
    let updated = 0;
    const now = ctx.ports.clock.now().toISOString();
    const formIdByKey = new Map<string, string>();
    const stateRows: Array<{ formId: string; formKey: string; state: string; students: Student[] }> = [];
    const previousRef = new Map(previousForms.rows.map((r) => [r.record.formKey, { id: r.record.formId, publishedUrl: r.record.url, editUrl: r.record.editUrl }]));
    let unchanged = 0;
    let pending = 0;
    for (const { key, students, kind, programmeCode, year, existingId, built } of planned) {
      const version = shortHash(JSON.stringify(built.spec));
      const previousState = existingId ? decodeFormState(previousStates.get(existingId) ?? null) : null;
      let ref = previousRef.get(key) ?? null;
      if (existingId && ref && previousState?.v === version) unchanged++;
      else if (ctx.ports.clock.elapsedMs() > FORMS_TIME_BOX_MS) {
        // Out of time: this form keeps its earlier version (if any) until the next run.
        pending++;
        if (!existingId || !ref || !previousState) continue;
        stateRows.push({ formId: existingId, formKey: key, state: previousStates.get(existingId) ?? '', students });
        formIdByKey.set(key, existingId);
        links.push({ id: existingId, name: key, url: ref.publishedUrl });
        continue;
      } else {
        ref = ctx.ports.forms.upsert(built.spec, existingId);
        if (existingId && ref.id === existingId) updated++;
        else created++;
      }
      built.state.v = version;
      formIdByKey.set(key, ref.id);
      stateRows.push({ formId: ref.id, formKey: key, state: encodeFormState(built.state), students });
      links.push({ id: ref.id, name: key, url: ref.publishedUrl });
      const byAdvisor = new Map<string, { name: string; email: string; groups: Set<string>; emails: string[] }>();
      for (const s of students) {
        const a = advisorOf.get(s.group);
        const k = a?.advisorEmail ?? '';
        const entry = byAdvisor.get(k) ?? { name: a?.advisorName ?? '', email: k, groups: new Set<string>(), emails: [] };
        entry.groups.add(s.group);
        entry.emails.push(s.email);
        byAdvisor.set(k, entry);
      }
      for (const a of [...byAdvisor.values()].sort((x, y) => x.email.localeCompare(y.email))) {
        formRows.push({ formKey: key, programmeCode, year, kind, formId: ref.id, url: ref.publishedUrl, editUrl: ref.editUrl, advisorName: a.name, advisorEmail: a.email, groups: [...a.groups].sort(), recipients: a.emails.length, distribution: a.emails.join(', '), updatedAt: now });
      }
    }
    // The roster: each form's block (its form row, then its students), in parts of at most BLOCK_STUDENTS students
    // chosen by a hash of the email, each part with a copy of the form row; what students already submitted carries over.
    const requestRows: RegistrationRequestRow[] = [];
    const forms: FormEntry[] = [];
    const titleHashes: string[][] = [];
    const empty = { language: '', gpa: null, debts: [], difference: '', at: '', responseId: '', chosen: '', reserve: '', teachers: '', credits1: null, credits2: null, placed: '', held: '', lastResponse: '', reason: '', history: '', formId: '', state: '' };
    for (const form of stateRows) {
      const entry: FormEntry = { tag: formTag(form.formId), parts: Array.from({ length: partsFor(form.students.length) }, () => ({ tag: formTag(form.formId), first: 0, count: 0 })) };
      const part = (email: string) => (partFor(entry, email) as FormBlock);
      // Earlier rejections of addresses not on the list go back to the part their address belongs to.
      const formHistory = new Map<FormBlock, string[]>(entry.parts.map((p) => [p, []]));
      for (const line of previousFormRow.get(form.formKey) ?? []) formHistory.get(part(parseHistory(line)[0]?.reason.split(' — ')[0] ?? ''))?.push(line);
      const studentsOf = new Map<FormBlock, Student[]>(entry.parts.map((p) => [p, []]));
      for (const s of form.students) studentsOf.get(part(s.email))?.push(s);
      for (const p of entry.parts) {
        const members = [...(studentsOf.get(p) ?? [])].sort((a, b) => a.email.toLowerCase().localeCompare(b.email.toLowerCase()));
        p.first = requestRows.length + 2;
        p.count = 1 + members.length;
        requestRows.push({ ...empty, formKey: form.formKey, email: '', studentId: '', status: 'form', history: (formHistory.get(p) ?? []).join('\n'), formId: form.formId, state: form.state });
        for (const s of members) {
          const email = s.email.toLowerCase();
          const own = { formKey: form.formKey, email, studentId: s.id, language: s.language, gpa: s.gpa, debts: [...new Set(debtsOf.get(s.id) ?? [])].sort(), difference: (differenceOf.get(s.id) ?? []).join(';') };
          const before = previousStudentRow.get(email);
          if (before && before.formKey === form.formKey) requestRows.push({ ...before, ...own });
          else if (before && before.status !== 'notSubmitted') {
            // The student is now on another form (programme or year changed): the old request becomes history.
            const moved = before.status === 'rejected' ? before.history : withHistory(before.history, { at: before.at, responseId: before.responseId, status: before.status === 'waitlisted' ? 'waitlisted' : 'recorded', chosen: before.chosen, reason: ctx.t('reg.request.formChanged', { form: before.formKey }) }, ctx.lang);
            requestRows.push({ ...empty, ...own, status: 'notSubmitted', held: before.held, lastResponse: before.lastResponse, history: moved });
          } else requestRows.push({ ...empty, ...own, status: 'notSubmitted' });
        }
      }
      forms.push(entry);
      titleHashes.push(Object.keys(decodeFormState(form.state)?.t ?? {}));
    }
    // Students on no form this time (left the list, no curriculum, their form not made yet): their rows are kept below
    // the blocks, history and all, outside every block (a response of theirs is "not on the list"); live seats they
    // held are given back.
    const placed = new Set(requestRows.map((r) => r.email));
    const seatsBefore = new Map(seats);
    for (const [email, before] of previousStudentRow) {
      if (placed.has(email)) continue;
      for (const id of splitList(before.held)) seats.set(id, Math.max(0, (seats.get(id) ?? 0) - 1));
      requestRows.push({ ...before, held: '' });
    }
    const requestsName = writeSheet(ctx, registrationRequestsSheet, requestRows);
    const seatsName = writeSheet(ctx, registrationSeatsSheet, seatRows(seats), { hidden: true });
    const previousKeys = Object.keys(properties);
    const formsList = formsEntries(forms, previousKeys);
    const pointer: IndexPointer = { v: 2, n: requestsName, se: seatsName, fk: formsList.count };
    // The rows move: the live policy's cache of recently written rows (by sheet row) is emptied with the new pointer.
    // Options removed per form (live policy): as the forms were just written (their full sections already left out).
    const fullEntries: Record<string, string> = {};
    for (const key of previousKeys) if (key.startsWith(FULL_PREFIX)) fullEntries[key] = '';
    for (const form of stateRows) fullEntries[`${FULL_PREFIX}${formTag(form.formId)}`] = (decodeFormState(form.state)?.f ?? []).join(' ');
    const entries: Record<string, string> = { [INDEX_KEY]: JSON.stringify(pointer), ...fullEntries, ...(storedSeats ? seatPropertyEntries(seatsBefore, seats) : {}), ...formsList.entries, ...titleEntries(titleHashes, previousKeys), ...recentRowEntries([], [], previousKeys) };
    if (ctx.ports.properties.setMany) ctx.ports.properties.setMany(entries);
    else for (const [k, v] of Object.entries(entries)) ctx.ports.properties.set(k, v);
    writeSheet(ctx, registrationFormsSheet, formRows);
    // New forms have just linked their 1,000-row response sheets to this workbook: give the cells back.
    const compacted = created > 0 && ctx.ports.workbook.compactFormResponseSheets ? ctx.ports.workbook.compactFormResponseSheets(RESPONSE_SPARE_ROWS) : { sheets: 0, cellsFreed: 0 };
    const triggerInstalled = ctx.ports.triggers.ensureFormSubmitTrigger(FORM_SUBMIT_FUNCTION);
    writeProblems(ctx, problems);
    const result = { forms: byForm.size, created, updated, unchanged, pending, students: requestRows.length - stateRows.length, recipients: formRows.reduce((n, r) => n + r.recipients, 0), trigger: triggerInstalled ? 1 : 0, problems: problems.length, responseSheetsCompacted: compacted.sheets, responseCellsFreed: compacted.cellsFreed };
    return {
      ok: true,
      message: ctx.t(pending > 0 ? 'reg.forms.doneContinue' : 'reg.forms.done', result),
      counts: result,
      problems,
      links,
      continueToken: pending > 0 ? `createEnrollmentForms:${pending}` : undefined,
      data: { forms: Object.fromEntries(formIdByKey) },
    };
  },
});
