// createEnrollmentForms (plan items 2–3): one Google Form per programme and year (a separate one for 1st-year,
// reinstated and transferred-in students), verified emails, published, responses to this spreadsheet; links and
// advisors' distribution lists in the Forms sheet; re-running updates the same forms. Also writes the hidden index
// and the per-form state the form-submit handler reads instead of the big sheets, and installs the trigger once.

import type { Problem } from '../../domain/errors';
import { RegistrarError } from '../../domain/errors';
import { planRulesFor, type PlanRules } from '../../domain/registration/audit';
import { bucketCountFor, emailBucket, shortHash } from '../../domain/registration/hashing';
import { checkOfferings, audienceKey } from '../../domain/registration/offerings';
import { textSetting } from '../../domain/settings';
import type { Student } from '../../domain/types';
import { studentsSheet } from '../../sheets';
import { sheetLayout } from '../../sheets/layout';
import { academicDifferenceSheet, advisorsSheet, registrationFormsSheet, registrationIndexSheet, registrationRequestsSheet, registrationSeatsSheet, registrationStateSheet } from '../../sheets/registration';
import { parseSeatCells, seatRows } from './seats';
import type { RegistrationStateRow } from '../../sheets/registration/registrationStateSheet';
import type { RegistrationFormRow } from '../../sheets/registration/registrationFormsSheet';
import type { RegistrationIndexRow } from '../../sheets/registration/registrationIndexSheet';
import type { ActionContext } from '../types';
import { defineAction } from '../types';
import { creditLimits, issueProblem, personName, readOfferings, readRegistrationData, registrationPolicy, refuse, structural, writeProblems, writeSheet } from './common';
import { buildEnrollmentForm, type FormKind, formKeyOf } from './formBuilder';
import { FORM_SUBMIT_FUNCTION } from './submissionHandler';
import { FORMS_KEY, formTag, INDEX_KEY, type IndexPointer } from './state';
import { decodeFormState } from './formBuilder';
import { encodeFormState } from './formBuilder';

/** Simulated time after which no more forms are made in this execution (Apps Script stops at 6 minutes). */
const FORMS_TIME_BOX_MS = 240_000;

/** A cell holds 50,000 characters. */
const MAX_STATE_CHARS = 45_000;

/** Empty rows left under a form response sheet's last response after compaction (the sheet grows past them). */
const RESPONSE_SPARE_ROWS = 10;

/** Rows reserved in the Requests sheet (document property): appended rows need the sheet to be that long. */
const RESERVED_KEY = 'reg.requests.reserved';

/**
 * Makes the Requests sheet long enough for every student to submit about 1.25 times. Workbook.appendRows writes
 * below the last row without growing the sheet (a new sheet has 1,000 rows, and Apps Script refuses a range past
 * the end), so the sheet is grown here once, by rewriting it with blank rows (replaceValues grows sheets).
 */
function reserveRequestRows(ctx: ActionContext, sheetName: string, students: number): void {
  const wanted = Math.ceil(students * 1.25) + 200;
  const reserved = Number(ctx.ports.properties.get(RESERVED_KEY) ?? '0') || 0;
  if (reserved >= wanted) return;
  const current = ctx.tables.values(sheetName) ?? [];
  const used = current.filter((r) => r.some((c) => c !== '' && c !== null)).length;
  const rows = Math.max(wanted, used + 200);
  const width = Math.max(1, ...current.map((r) => r.length));
  const values = [...current.slice(0, used), ...Array.from({ length: rows - used }, () => new Array<unknown>(width).fill(''))];
  ctx.ports.workbook.replaceValues(sheetName, values);
  ctx.ports.properties.set(RESERVED_KEY, String(rows));
}

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
    const previousForms = ctx.tables.read(registrationFormsSheet);
    const formIdOf = new Map(previousForms.rows.map((r) => [r.record.formKey, r.record.formId]));
    const advisorOf = new Map(ctx.tables.read(advisorsSheet).rows.map((r) => [r.record.group, r.record]));
    const teacherName = (id: string) => {
      const t = data.teachers.get(id);
      return t ? personName(t) : id;
    };
    const previousSeats = ctx.tables.read(registrationSeatsSheet);
    const seats = parseSeatCells(previousSeats.rows.map((r) => r.record.seats));
    const previousStates = new Map(ctx.tables.read(registrationStateSheet).rows.map((r) => [r.record.formId, r.record.state]));
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
    const stateRows: RegistrationStateRow[] = [];
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
        stateRows.push({ formId: existingId, formKey: key, state: previousStates.get(existingId) ?? '' });
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
      stateRows.push({ formId: ref.id, formKey: key, state: encodeFormState(built.state) });
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
    // The index: every student with a form, bucketed by email; the handler's per-student state carries over.
    const previousIndex = new Map(ctx.tables.read(registrationIndexSheet).rows.map((r) => [r.record.email, r.record]));
    const indexed = [...byForm.values()].flat();
    const buckets = bucketCountFor(indexed.length);
    const indexRows: RegistrationIndexRow[] = indexed
      .map((s) => {
        const email = s.email.toLowerCase();
        const before = previousIndex.get(email);
        return {
          bucket: emailBucket(email, buckets),
          email,
          studentId: s.id,
          formKey: formKeyOf(s.programmeCode, s.year, formKindOf(s)),
          language: s.language,
          gpa: s.gpa,
          debts: [],
          difference: (differenceOf.get(s.id) ?? []).join(';'),
          lastResponse: before?.lastResponse ?? '',
          sections: before?.sections ?? '',
        };
      })
      .sort((a, b) => a.bucket - b.bucket || a.email.localeCompare(b.email));
    const counts = new Array<number>(buckets).fill(0);
    for (const r of indexRows) counts[r.bucket]++;
    const indexName = writeSheet(ctx, registrationIndexSheet, indexRows, { hidden: true });
    const requestsName = ctx.tables.nameFor(registrationRequestsSheet);
    ctx.ports.workbook.ensureSheet(sheetLayout(registrationRequestsSheet, ctx.lang, requestsName));
    reserveRequestRows(ctx, requestsName, indexRows.length);
    const stateName = writeSheet(ctx, registrationStateSheet, stateRows, { hidden: true });
    const seatsName = writeSheet(ctx, registrationSeatsSheet, seatRows(seats), { hidden: true });
    const pointer: IndexPointer = { b: buckets, c: counts.map((n) => n.toString(36)).join(','), n: indexName, q: requestsName, st: stateName, se: seatsName };
    ctx.ports.properties.set(INDEX_KEY, JSON.stringify(pointer));
    ctx.ports.properties.set(FORMS_KEY, JSON.stringify(Object.fromEntries(stateRows.map((r, i) => [formTag(r.formId), i + 2]))));
    writeSheet(ctx, registrationFormsSheet, formRows);
    // New forms have just linked their 1,000-row response sheets to this workbook: give the cells back.
    const compacted = created > 0 && ctx.ports.workbook.compactFormResponseSheets ? ctx.ports.workbook.compactFormResponseSheets(RESPONSE_SPARE_ROWS) : { sheets: 0, cellsFreed: 0 };
    const triggerInstalled = ctx.ports.triggers.ensureFormSubmitTrigger(FORM_SUBMIT_FUNCTION);
    writeProblems(ctx, problems);
    const result = { forms: byForm.size, created, updated, unchanged, pending, students: indexRows.length, recipients: formRows.reduce((n, r) => n + r.recipients, 0), trigger: triggerInstalled ? 1 : 0, problems: problems.length, responseSheetsCompacted: compacted.sheets, responseCellsFreed: compacted.cellsFreed };
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
