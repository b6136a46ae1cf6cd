// The attestation benchmark: statements, РК monitoring, finals with locks, referrals, ratings, debts, streams, session
// monitoring. Service calls grow with teachers (one grade sheet each), not with students; every other sheet is read
// once and written once. Long jobs are followed through their continue tokens and counted as one row.

import type { DemoActionResult, DemoHost } from '../demo/types';
import { type BenchRow, measure } from './measure';

const DAY = 86_400_000;

function spreadsheet(host: DemoHost): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return (host.emulator.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive();
}

function must(host: DemoHost, id: string, params: Record<string, unknown> = {}): DemoActionResult {
  const r = host.runAction(id, params);
  if (!r.ok) throw new Error(`${id}: ${r.message}`);
  return r;
}

/** Runs an action, then again with its continue token until it is done (at most 20 slices). */
function untilDone(host: DemoHost, id: string, params: Record<string, unknown> = {}): DemoActionResult {
  let r = host.runAction(id, params);
  for (let i = 0; i < 20 && r.ok && r.continueToken; i++) r = host.runAction(id, { ...params, continueToken: r.continueToken });
  return r;
}

function advanceTo(host: DemoHost, iso: string): void {
  const target = Date.parse(`${iso}T09:00:00+05:00`);
  const now = host.emulator.now().getTime();
  if (target > now) host.emulator.advance(target - now);
}

export async function benchAttestation(host: DemoHost, students: number): Promise<BenchRow[]> {
  const hasStudents = spreadsheet(host)
    .getSheets()
    .some((s) => ['Students', 'Студенты', 'Студенттер'].includes(s.getName()));
  if (!hasStudents) {
    must(host, 'setupWorkbook');
    must(host, 'loadSampleUniversity', { students, seed: host.seed });
  }
  const rows: BenchRow[] = [];
  const step = (action: string, params: Record<string, unknown> = {}) => {
    let result: DemoActionResult | null = null;
    const row = measure(host, action, students, () => (result = untilDone(host, action, params)));
    const r = result as DemoActionResult | null;
    rows.push({ ...row, extra: { ...(r?.counts ?? {}), executions: host.emulator.stats().executions } });
    return r;
  };
  step('createGradeSheets', { term: 'autumn' });
  step('fillSampleGrades', { phase: 'midterm1', seed: host.seed });
  step('monitorMidterms', { control: 'midterm1' });
  must(host, 'fillSampleGrades', { phase: 'midterm2', seed: host.seed });
  must(host, 'fillSampleGrades', { phase: 'exam', seed: host.seed });
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
