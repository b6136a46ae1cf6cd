// The Registration area's demo step: advisors → offerings → enrolment forms → a wave of form submissions from the
// sample students (realistic preferences, some invalid) through the emulator's submitForm → streams and groups →
// study plans (documents in two resumable batches) → the registration report. Returns the figures.

import { parseHistory } from '../../src/domain/registration/requestHistory';
import type { FormModel } from '../emulator/services/forms';
import type { DemoActionResult, DemoHost, DemoStep } from './types';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function must(host: DemoHost, id: string, params: Record<string, unknown> = {}): DemoActionResult {
  const r = host.runAction(id, params);
  if (!r.ok) throw new Error(`${id}: ${r.message}`);
  return r;
}

/** Runs a resumable action until it stops asking to continue. */
export function untilDone(host: DemoHost, id: string, params: Record<string, unknown> = {}, max = 60): { last: DemoActionResult; runs: number } {
  let last = must(host, id, params);
  let runs = 1;
  while (last.continueToken && runs < max) {
    last = must(host, id, { ...params, continueToken: last.continueToken });
    runs++;
  }
  return { last, runs };
}

export function sheetOf(host: DemoHost, names: string[]): Sheet | null {
  const ss = (host.emulator.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive();
  return ss.getSheets().find((s) => names.includes(s.getName())) ?? null;
}

/** The Enrolment requests sheet's names in the three languages. */
export const REQUESTS_SHEET_NAMES = ['Enrolment requests', 'Заявки на запись', 'Жазылу өтінімдері'];

/** One response the Enrolment requests sheet records: a row's request in effect, or a line of a History cell. */
export interface RequestRecord {
  responseId: string;
  at: string;
  formKey: string;
  /** The row's student ('' for an address not on the form's list, recorded in the form row). */
  studentId: string;
  email: string;
  status: 'recorded' | 'waitlisted' | 'rejected';
  /** True for the request in effect of its row. */
  effective: boolean;
  /** 'B1:E1,E2;B2:E4' — elective block → chosen disciplines. */
  chosen: string;
  placed: string;
  held: string;
}

const STATUS_WORDS: Record<string, RequestRecord['status'] | 'form' | 'notSubmitted'> = {
  recorded: 'recorded', принята: 'recorded', қабылданды: 'recorded',
  'recorded, on a waitlist': 'waitlisted', 'принята, в листе ожидания': 'waitlisted', 'қабылданды, күту тізімінде': 'waitlisted',
  rejected: 'rejected', отклонена: 'rejected', қабылданбады: 'rejected',
  form: 'form', форма: 'form',
  'not submitted': 'notSubmitted', 'не подана': 'notSubmitted', берілмеді: 'notSubmitted',
};

/** Every response the Enrolment requests sheet records (columns by position: src/sheets/registration/registrationRequestsSheet.ts). */
export function readRequestRecords(sheet: Sheet | null): RequestRecord[] {
  const rows = sheet ? sheet.getDataRange().getValues().slice(1) : [];
  const out: RequestRecord[] = [];
  for (const r of rows) {
    const status = STATUS_WORDS[String(r[7]).trim()];
    const base = { formKey: String(r[0]), studentId: String(r[2]), email: String(r[1]) };
    if ((status === 'recorded' || status === 'waitlisted') && String(r[9]) !== '') {
      out.push({ ...base, responseId: String(r[9]), at: String(r[8]), status, effective: true, chosen: String(r[10]), placed: String(r[15]), held: String(r[16]) });
    }
    for (const h of parseHistory(String(r[19] ?? ''))) {
      const email = base.email !== '' ? base.email : (h.reason.split(' — ')[0] ?? '');
      out.push({ ...base, email, responseId: h.responseId, at: h.at, status: h.status, effective: false, chosen: h.chosen, placed: '', held: '' });
    }
  }
  return out;
}

/** A small deterministic random source (the demo's seed). */
export function randomFrom(seed: number): () => number {
  let s = (seed * 2654435761) >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

/** Picks `n` distinct items, earlier ones more likely (popular disciplines are listed first in the catalogue). */
function pickSkewed<T>(items: readonly T[], n: number, random: () => number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) {
    const i = Math.min(pool.length - 1, Math.floor(pool.length * random() * random()));
    out.push(pool.splice(i, 1)[0]);
  }
  return out;
}

/** The key of the form a student belongs to (as createEnrollmentForms names them). */
export const byKey = (s: StudentInfo): string => `${s.programme}/${s.year}/${s.newcomer ? 'newcomers' : 'regular'}`;

/**
 * Runs `fn` with the process in Almaty time: Apps Script parses date strings in the script's time zone
 * (appsscript.json: Asia/Almaty), and the form-submit event's timestamp text is in that zone.
 */
export function inScriptTimeZone<T>(fn: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = 'Asia/Almaty';
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

const LANGUAGE_WORDS: Record<string, string> = { kk: 'Kazakh', ru: 'Russian', en: 'English' };

export interface StudentInfo {
  id: string;
  email: string;
  programme: string;
  year: number;
  language: string;
  newcomer: boolean;
}

export function readStudents(host: DemoHost): StudentInfo[] {
  const sheet = sheetOf(host, ['Students', 'Студенты', 'Студенттер']);
  if (!sheet) return [];
  const values = sheet.getDataRange().getValues();
  const langOf: Record<string, string> = { kk: 'kk', ru: 'ru', en: 'en', 'қазақ': 'kk', 'орыс': 'ru', 'ағылшын': 'en', 'казахский': 'kk', 'русский': 'ru', 'английский': 'en', kazakh: 'kk', russian: 'ru', english: 'en' };
  const newcomerStatus = /reinstated|transferred|восстановлен|переведён|қайта қабылданған|ауысқан/i;
  const active = /active|обучается|оқып жүр|reinstated|transferred|восстановлен|переведён|қайта қабылданған|ауысқан/i;
  return values
    .slice(1)
    .filter((r) => active.test(String(r[11])))
    .map((r) => ({ id: String(r[0]), email: String(r[4]).toLowerCase(), programme: String(r[5]), year: Number(r[6]), language: langOf[String(r[9]).toLowerCase()] ?? 'ru', newcomer: Number(r[6]) === 1 || newcomerStatus.test(String(r[11])) }));
}

/** What a student ticks on their form: blocks (skewed to popular), sometimes reserves and teachers. */
export function answersFor(form: FormModel, student: StudentInfo, random: () => number): Record<string, string | string[]> {
  const answers: Record<string, string | string[]> = {};
  for (const item of form.items) {
    if (item.type === 'CHECKBOX' && item.validation?.kind === 'exactly') answers[item.title] = pickSkewed(item.choices, item.validation.n, random);
  }
  for (const item of form.items) {
    if (item.type === 'CHECKBOX' && !item.validation && random() < 0.6) {
      const chosen = new Set(Object.values(answers).flat());
      const rest = item.choices.filter((c) => !chosen.has(c));
      if (rest.length > 0) answers[item.title] = [rest[Math.floor(random() * rest.length)]];
    }
    if (item.type === 'MULTIPLE_CHOICE' && random() < 0.7) {
      const own = item.choices.filter((c) => c.includes(LANGUAGE_WORDS[student.language]));
      const pick = random() < 0.9 && own.length > 0 ? own[Math.floor(random() * own.length)] : item.choices[Math.floor(random() * item.choices.length)];
      answers[item.title] = pick;
    }
  }
  return answers;
}

export const registrationDemo: DemoStep = async (host) => {
  const random = randomFrom(host.seed);
  const figures: Record<string, number | string> = {};
  const advisors = must(host, 'proposeAdvisors');
  host.log(`Advisors: ${advisors.message}`);
  figures.advisorGroups = advisors.counts.groups ?? 0;
  const offerings = must(host, 'buildOfferings');
  host.log(`Offerings: ${offerings.message}`);
  figures.sections = offerings.counts.sections ?? 0;

  // Academic difference for the reinstated and transferred students (the office types it from the orders); one
  // student gets so much that the semester limit is exceeded.
  const students = readStudents(host);
  const newcomers = students.filter((s) => s.newcomer && s.year > 1);
  const diff = sheetOf(host, ['Academic difference', 'Академическая разница', 'Академиялық айырма']);
  if (!diff) {
    const ss = (host.emulator.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive();
    const sheet = ss.insertSheet({ en: 'Academic difference', ru: 'Академическая разница', kk: 'Академиялық айырма' }[host.lang]);
    const rows: unknown[][] = [['Student ID', 'Discipline', 'Semester', 'Credits', 'Note (order)']];
    newcomers.forEach((s, i) => {
      const many = i === 0 ? 4 : 1;
      for (let k = 0; k < many; k++) rows.push([s.id, `DIFF-${100 + k}`, 1, 5, 'order 45-ст']);
    });
    sheet.getRange(1, 1, rows.length, 5).setValues(rows);
  }

  const forms = untilDone(host, 'createEnrollmentForms');
  host.log(`Forms: ${forms.last.message} (${forms.runs} run(s))`);
  figures.forms = forms.last.counts.forms ?? 0;
  figures.formRuns = forms.runs;
  const formIds = (forms.last.data?.forms ?? {}) as Record<string, string>;

  // The wave: 85% of students submit; a few submit twice (the later one supersedes); some invalid submissions.
  const emu = host.emulator;
  const outcomes = { submitted: 0, unknownEmail: 0, wrongProgramme: 0, resubmitted: 0, respondentErrors: 0 };
  const waveStart = emu.nowMs();
  const executionsBefore = emu.stats().byExecution.length;
  const submit = (formId: string, email: string, answers: Record<string, string | string[]>) => {
    try {
      emu.submitForm(formId, { email, answers });
      outcomes.submitted++;
    } catch {
      outcomes.respondentErrors++;
    }
  };
  inScriptTimeZone(() => {
  for (const s of students) {
    if (random() > 0.85) continue;
    const formId = formIds[byKey(s)];
    const form = formId ? (emu.forms.get(formId) as FormModel | undefined) : undefined;
    if (!form) continue;
    submit(formId, s.email, answersFor(form, s, random));
    if (random() < 0.05) {
      submit(formId, s.email, answersFor(form, s, random));
      outcomes.resubmitted++;
    }
  }
  const someForm = Object.values(formIds)[0];
  if (someForm) {
    for (let i = 0; i < 3; i++) submit(someForm, `stranger${i}@gmail.com`, answersFor(emu.forms.get(someForm) as FormModel, students[0], random));
    outcomes.unknownEmail = 3;
    const wrong = students.find((s) => formIds[byKey(s)] !== someForm && formIds[byKey(s)] !== undefined);
    if (wrong) {
      submit(someForm, wrong.email, answersFor(emu.forms.get(someForm) as FormModel, wrong, random));
      outcomes.wrongProgramme = 1;
    }
  }
  });
  const waveMs = emu.nowMs() - waveStart;
  const records = readRequestRecords(sheetOf(host, REQUESTS_SHEET_NAMES));
  const rejected = records.filter((r) => r.status === 'rejected').length;
  const inEffect = records.filter((r) => r.effective).length;
  const triggerRuns = (emu.stats().byExecution.slice(executionsBefore) as Array<{ fn: string; totalCalls: number; elapsedMs: number }>).filter((e) => e.fn === 'onFormSubmitTrigger');
  const callsPer = triggerRuns.map((e) => e.totalCalls).sort((a, b) => a - b);
  const perSubmission = { mean: callsPer.reduce((n, c) => n + c, 0) / Math.max(1, callsPer.length), median: callsPer[Math.floor(callsPer.length / 2)] ?? 0, max: callsPer.at(-1) ?? 0, maxMs: Math.max(0, ...triggerRuns.map((e) => e.elapsedMs)) };
  host.log(`Submissions: ${outcomes.submitted} (${outcomes.resubmitted} resubmitted, ${outcomes.unknownEmail} unknown emails, ${outcomes.wrongProgramme} wrong programme); responses recorded ${records.length} (${inEffect} requests in effect, the rest in their rows' history), rejected ${rejected}; trigger errors ${emu.triggerErrors.length}; ${(waveMs / 1000).toFixed(1)} simulated s; per submission ${perSubmission.mean.toFixed(1)} service calls (median ${perSubmission.median}, max ${perSubmission.max}), at most ${(perSubmission.maxMs / 1000).toFixed(2)} simulated s`);
  Object.assign(figures, { submissions: outcomes.submitted, callsPerSubmission: Math.round(perSubmission.mean * 10) / 10, maxCallsPerSubmission: perSubmission.max, requestRows: records.length, requestsInEffect: inEffect, rejected, triggerErrors: emu.triggerErrors.length, mailsSent: emu.outbox.length });

  const whatIf = must(host, 'formStreams', { whatIf: true });
  host.log(`Streams what-if: ${whatIf.message}`);
  const lowerMinimum = must(host, 'formStreams', { whatIf: true, settings: { 'size.electiveMin': 5, 'size.lectureStreamMin': 10 } });
  host.log(`Streams what-if, elective minimum 5 and stream minimum 10: ${lowerMinimum.message}`);
  figures.whatIfLowerMinimumFirstChoicePct = lowerMinimum.counts.firstChoicePct ?? 0;
  const streams = must(host, 'formStreams');
  host.log(`Streams: ${streams.message}`);
  Object.assign(figures, { streams: streams.counts.streams ?? 0, practiceGroups: streams.counts.practiceGroups ?? 0, labGroups: streams.counts.labGroups ?? 0, disciplinesClosed: streams.counts.disciplinesClosed ?? 0, sectionsClosed: streams.counts.sectionsClosed ?? 0, firstChoicePct: streams.counts.firstChoicePct ?? 0, anyChoicePct: streams.counts.anyChoicePct ?? 0, unallocated: streams.counts.unallocated ?? 0 });

  const plans1 = must(host, 'registerStudyPlans', { documents: 'all', batch: 4 });
  host.log(`Study plans: ${plans1.message}`);
  const plans2 = must(host, 'registerStudyPlans', { documents: 'requested', batch: 4 });
  host.log(`Study plans (continued): ${plans2.message}`);
  Object.assign(figures, { plans: plans2.counts.students ?? 0, plansWithProblems: plans2.counts.problems ?? 0, planDocuments: (plans1.counts.documents ?? 0) + (plans2.counts.documents ?? 0), planDocumentsRemaining: plans2.counts.documentsRemaining ?? 0 });

  // Advisors approve the sound drafts in the sheet; the next run registers them.
  const plansSheet = sheetOf(host, ['Study plans', 'ИУП', 'ЖОЖ']);
  if (plansSheet) {
    const statusColumn = 11;
    const range = plansSheet.getRange(2, statusColumn, Math.max(1, plansSheet.getLastRow() - 1), 1);
    const draft = { en: 'draft', ru: 'черновик', kk: 'жоба' }[host.lang];
    const approved = { en: 'approved by advisor', ru: 'согласован эдвайзером', kk: 'эдвайзер келісті' }[host.lang];
    range.setValues(range.getValues().map((r) => [r[0] === draft ? approved : r[0]]));
  }
  const plans3 = must(host, 'registerStudyPlans', { documents: 'none' });
  host.log(`Study plans after the advisors' approval: ${plans3.message}`);
  figures.plansRegistered = plans3.counts.registered ?? 0;
  const report = must(host, 'reportRegistration');
  host.log(`Report: ${report.message} ${report.links?.map((l) => l.url).join(' ') ?? ''}`);
  figures.reportCharts = report.counts.charts ?? 0;
  return figures;
};
