// The attestation benchmark: statements in one spreadsheet per teacher, РК monitoring, finals with locks, referrals,
// ratings, debts, streams, session monitoring. Service calls grow with teachers (one file each), not with students;
// every sheet of the office workbook is read once and written once per execution. Long jobs are followed through their
// continue tokens (each slice one execution) and counted as one row, with the number of executions, the longest
// execution, the days the daily quota of new spreadsheets spread creation over, and the office workbook's cells.

import type { DemoActionResult, DemoHost } from '../demo/types';
import { activeSpreadsheet, type BenchRow, ensureSampleUniversity, measure } from './measure';

const DAY = 86_400_000;

/** Runs an action, then again with its continue token until it is done (at most 60 slices). */
function untilDone(host: DemoHost, id: string, params: Record<string, unknown> = {}): DemoActionResult {
  let r = host.runAction(id, params);
  for (let i = 0; i < 60 && r.ok && r.continueToken; i++) r = host.runAction(id, { ...params, continueToken: r.continueToken });
  return r;
}

/** createGradeSheets until every teacher has a file: continue tokens within a day, the next day when the quota is used. */
function createAll(host: DemoHost, days: { n: number }): DemoActionResult {
  let r = untilDone(host, 'createGradeSheets', { term: 'autumn' });
  days.n = 1;
  while (r.ok && Number(r.counts?.filesPending ?? 0) > 0 && days.n < 10) {
    host.emulator.advance(DAY);
    days.n++;
    r = untilDone(host, 'createGradeSheets', { term: 'autumn' });
  }
  return r;
}

function advanceTo(host: DemoHost, iso: string): void {
  const target = Date.parse(`${iso}T09:00:00+05:00`);
  const now = host.emulator.now().getTime();
  if (target > now) host.emulator.advance(target - now);
}

export async function benchAttestation(host: DemoHost, students: number): Promise<BenchRow[]> {
  ensureSampleUniversity(host, students);
  const rows: BenchRow[] = [];
  const step = (action: string, params: Record<string, unknown> = {}) => {
    let result: DemoActionResult | null = null;
    let row: BenchRow;
    try {
      row = measure(host, action, students, () => (result = untilDone(host, action, params)));
    } catch (error) {
      throw new Error(`${action}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const r = result as DemoActionResult | null;
    if (r && !r.ok) host.log(`  ${action} failed: ${r.message}`);
    const stats = host.emulator.stats();
    const longest = Math.max(0, ...stats.byExecution.map((e: { elapsedMs: number }) => e.elapsedMs)) / 1000;
    const office = host.emulator.requireActive()._cellCount();
    rows.push({ ...row, extra: { ...(r?.counts ?? {}), executions: stats.executions, longestExecutionS: Math.round(longest * 10) / 10, officeCells: office } });
    return r;
  };
  const days = { n: 0 };
  const created = (() => {
    let result: DemoActionResult | null = null;
    const row = measure(host, 'createGradeSheets', students, () => (result = createAll(host, days)));
    const stats = host.emulator.stats();
    const longest = Math.max(0, ...stats.byExecution.map((e: { elapsedMs: number }) => e.elapsedMs)) / 1000;
    const office = host.emulator.requireActive()._cellCount();
    rows.push({ ...row, extra: { ...((result as DemoActionResult | null)?.counts ?? {}), executions: stats.executions, days: days.n, longestExecutionS: Math.round(longest * 10) / 10, officeCells: office } });
    return result as DemoActionResult | null;
  })();
  if (!created?.ok) throw new Error(`createGradeSheets: ${created?.message}`);
  const sizes = activeSpreadsheet(host)
    .getSheets()
    .map((sh) => [sh.getName(), sh.getMaxRows() * sh.getMaxColumns()] as const)
    .sort((a, b) => b[1] - a[1]);
  host.log(`  office workbook: ${sizes.length} sheets, ${sizes.reduce((n, [, c]) => n + c, 0)} cells; largest: ${sizes.slice(0, 40).map(([n, c]) => `${n} ${c}`).join(', ')}`);
  step('fillSampleGrades', { phase: 'midterm1', seed: host.seed });
  step('monitorMidterms', { control: 'midterm1' });
  untilDone(host, 'fillSampleGrades', { phase: 'midterm2', seed: host.seed });
  untilDone(host, 'fillSampleGrades', { phase: 'exam', seed: host.seed });
  advanceTo(host, '2027-01-11');
  step('computeFinalGrades');
  step('createReferrals');
  host.emulator.advance(14 * DAY);
  step('computeFinalGrades');
  step('computeRatings');
  step('listAcademicDebts');
  step('formRetakeStreams');
  step('monitorSession');
  step('printStatements', { statementNo: '2026A-00001' });
  return rows;
}
