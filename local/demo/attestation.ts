// The attestation demo step: grade statements for the autumn semester in one spreadsheet per teacher (saved with the
// demo as .xlsx under drive/), РК1 and РК2 typed into the teachers' files and monitored,
// the exam, final grades and locks, FX referrals with retake results, ratings, academic debts with re-study choices
// and streams, the session monitoring and a few printed statements. Grades come from host.seed (fillSampleGrades).

import { debtsSheet, finalGradesSheet, referralsSheet, statementsSheet } from '../../src/sheets/grades';
import { mapHeaders, type SheetSchema } from '../../src/sheets/schema';
import type { DemoActionResult, DemoHost, DemoStep } from './types';

/** Runs an action, following its continue token (a long job spans several executions) until it is done. */
function must(host: DemoHost, id: string, params: Record<string, unknown> = {}): DemoActionResult {
  let r = host.runAction(id, params);
  for (let i = 0; i < 60 && r.ok && r.continueToken; i++) r = host.runAction(id, { ...params, continueToken: r.continueToken });
  if (!r.ok) throw new Error(`${id}: ${r.message}`);
  host.log(`  • ${id}: ${r.message}`);
  return r;
}

function spreadsheet(host: DemoHost): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return (host.emulator.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive();
}

function sheetOf(host: DemoHost, schema: SheetSchema<unknown>): GoogleAppsScript.Spreadsheet.Sheet | null {
  const names = [schema.name.kk, schema.name.ru, schema.name.en];
  return spreadsheet(host).getSheets().find((s) => names.includes(s.getName())) ?? null;
}

/** Moves the simulated clock forward to `iso` (never back). */
function advanceTo(host: DemoHost, iso: string): void {
  const target = Date.parse(`${iso}T09:00:00+05:00`);
  const now = host.emulator.now().getTime();
  if (target > now) host.emulator.advance(target - now);
}

/** A deterministic fraction from the seed and a text. */
function unit(seed: number, text: string): number {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return (h >>> 0) / 4294967296;
}

/** The teachers' grade files of the register: id, grade sheet and the teacher's email. */
function teacherFiles(host: DemoHost): Array<{ fileId: string; sheetName: string; email: string }> {
  const reg = sheetOf(host, statementsSheet as SheetSchema<unknown>);
  if (!reg) return [];
  const values = reg.getDataRange().getValues();
  const idx = mapHeaders(statementsSheet as SheetSchema<unknown>, values[0]);
  const out = new Map<string, { fileId: string; sheetName: string; email: string }>();
  for (const r of values.slice(1)) {
    const fileId = String(r[idx.fileId] ?? '');
    if (fileId && !out.has(fileId)) out.set(fileId, { fileId, sheetName: String(r[idx.sheetName]), email: String(r[idx.teacherEmail]) });
  }
  return [...out.values()];
}

function openById(host: DemoHost, id: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return (host.emulator.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(id);
}

/** The examiners type retake results for the open referrals into their own files, as themselves (most pass, some stay FX). */
function typeRetakeResults(host: DemoHost): number {
  const refs = sheetOf(host, referralsSheet as SheetSchema<unknown>);
  if (!refs) return 0;
  const values = refs.getDataRange().getValues();
  const idx = mapHeaders(referralsSheet as SheetSchema<unknown>, values[0]);
  const open = values.slice(1).filter((r) => String(r[idx.number]) !== '' && r[idx.exam] === '' && String(r[idx.status]).length > 0);
  const wanted = new Set(open.map((r) => String(r[idx.number])));
  let typed = 0;
  for (const file of teacherFiles(host)) {
    const data: unknown[][] = host.emulator.execute('office reading', {}, () => openById(host, file.fileId).getSheetByName(file.sheetName)?.getDataRange().getValues() ?? []);
    const hits = data.map((r, i) => ({ r, i })).filter(({ r }) => wanted.has(String(r[0])));
    if (hits.length === 0) continue;
    const examCol = (data[0] as unknown[]).findIndex((h) => ['Exam', 'Экзамен', 'Емтихан'].includes(String(h))) + 1;
    host.emulator.execute('examiner typing', { user: file.email }, () => {
      const sheet = openById(host, file.fileId).getSheetByName(file.sheetName);
      for (const { r, i } of hits) sheet?.getRange(i + 1, examCol).setValue(Math.round(45 + 45 * unit(host.seed, `retake|${r[0]}`)));
    });
    typed += hits.length;
  }
  return typed;
}

/**
 * A teacher types into a locked statement after the deadline, as themselves: the file has become view-only for them,
 * so Google refuses the edit (the demo reports the refusal's message).
 */
function lateEditRefused(host: DemoHost): string {
  const file = teacherFiles(host)[0];
  if (!file) return '';
  try {
    host.emulator.execute('late teacher', { user: file.email }, () => openById(host, file.fileId).getSheetByName(file.sheetName)?.getRange(2, 10).setValue(99));
    return '';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The office types students' re-study choices: summer for about half the debts, regular for the rest. */
function typeRestudyChoices(host: DemoHost, lang: string): number {
  const sheet = sheetOf(host, debtsSheet as SheetSchema<unknown>);
  if (!sheet) return 0;
  const values = sheet.getDataRange().getValues();
  const col = mapHeaders(debtsSheet as SheetSchema<unknown>, values[0]).restudy;
  const label = (when: 'summer' | 'regular') => ((debtsSheet.columns.find((c) => c.key === 'restudy')?.options?.[when] ?? {}) as Record<string, string>)[lang];
  const choices = values.slice(1).map((r) => [label(unit(host.seed, `restudy|${r[0]}|${r[4]}`) < 0.55 ? 'summer' : 'regular')]);
  if (choices.length === 0) return 0;
  host.emulator.execute('office typing', {}, () => sheet.getRange(2, col + 1, choices.length, 1).setValues(choices));
  return choices.length;
}

export const attestationDemo: DemoStep = async (host) => {
  const created = must(host, 'createGradeSheets', { term: 'autumn' });
  must(host, 'fillSampleGrades', { phase: 'midterm1', seed: host.seed });
  const m1 = must(host, 'monitorMidterms', { control: 'midterm1' });
  must(host, 'fillSampleGrades', { phase: 'midterm2', seed: host.seed });
  advanceTo(host, '2026-12-14');
  const m2 = must(host, 'monitorMidterms', { control: 'midterm2' });
  must(host, 'fillSampleGrades', { phase: 'exam', seed: host.seed });
  advanceTo(host, '2027-01-11');
  const first = must(host, 'computeFinalGrades');
  const refusal = lateEditRefused(host);
  if (refusal) host.log(`  • a teacher typing into a locked file: ${refusal}`);
  const referrals = must(host, 'createReferrals');
  const typed = typeRetakeResults(host);
  advanceTo(host, '2027-01-25');
  const finals = must(host, 'computeFinalGrades');
  const ratings = must(host, 'computeRatings');
  const debts = must(host, 'listAcademicDebts');
  const chosen = typeRestudyChoices(host, host.lang);
  const debts2 = must(host, 'listAcademicDebts');
  const streams = must(host, 'formRetakeStreams');
  // Plan item 15: the summer semester's timetable from the summer re-study streams, then its check.
  let summer = host.runAction('buildTimetable', { term: 'summer', studyForm: 'fulltime', seconds: 20, maxExecutions: 3 });
  while (summer.ok && summer.continueToken) summer = host.runAction('buildTimetable', { continueToken: summer.continueToken, seconds: 20 });
  host.log(`  • summer timetable: ${summer.message}`);
  const summerCheck = summer.ok ? host.runAction('checkTimetable', { term: 'summer' }) : null;
  if (summerCheck) host.log(`  • summer timetable check: ${summerCheck.message}`);
  const session = must(host, 'monitorSession');
  const printed = must(host, 'printStatements', { statementNo: `${String(created.data?.semester ?? '2026A')}-00001` });
  const records = sheetOf(host, finalGradesSheet as SheetSchema<unknown>)?.getLastRow() ?? 1;
  return {
    statements: created.counts.statements,
    teacherFiles: created.counts.teacherFiles,
    teacherFilesLocked: first.counts.filesLocked,
    lateEditRefused: refusal ? 1 : 0,
    gradeLines: records - 1,
    midterm1AtRisk: m1.counts.atRisk,
    midterm2AtRisk: m2.counts.atRisk,
    midterm2Late: m2.counts.late,
    passed: finals.counts.passed,
    fx: finals.counts.fx,
    notAdmitted: finals.counts.notAdmitted,
    absent: finals.counts.absent,
    lockedFirstRun: first.counts.locked,
    referralsIssued: referrals.counts.issued,
    retakesTyped: typed,
    averageGpa: Number(ratings.data?.averageGpa ?? 0),
    belowTransferGpa: ratings.counts.belowTransfer,
    debts: debts.counts.debts,
    debtCredits: debts.counts.credits,
    restudyChoices: chosen,
    restudyOverSummerCap: debts2.counts.overCap,
    restudyStreams: streams.counts.streams,
    summerLessons: summer.ok ? Number(summer.counts?.placed ?? 0) : 0,
    summerConflicts: summerCheck?.ok ? Number(summerCheck.counts?.conflicts ?? 0) : -1,
    overdueStatements: session.counts.overdue,
    printedDocuments: printed.counts.documents,
  };
};
