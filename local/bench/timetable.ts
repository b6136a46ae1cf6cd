// The timetable benchmark: buildTimetable (autumn, full-time) for one faculty, then the whole university, from
// registration's streams, run as the sidebar would (one execution per call while continueToken is set) with the
// default 270 s per execution on the emulator's clock (service latency + the bundle's CPU), until the first timetable
// without hard violations (or the executions run out); then checkTimetable.

import type { DemoHost } from '../demo/types';
import { type BenchRow, measure } from './measure';

/** Seconds per execution: the add-on's default `timetable.secondsPerExecution` (TIMETABLE_BENCH_SECONDS overrides). */
export const BENCH_SECONDS_PER_EXECUTION = Number(process.env.TIMETABLE_BENCH_SECONDS ?? 270);
/** Executions allowed before the benchmark gives up on reaching 0 hard violations. */
export const BENCH_MAX_EXECUTIONS = 5;

const STREAMS_SHEET_NAMES = ['Streams', 'Потоки', 'Ағындар'];

/** Registration's streams must exist (they do when the registration benchmark ran first); otherwise form them unmeasured. */
function ensureStreams(host: DemoHost): void {
  const ss = (host.emulator.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive();
  if (STREAMS_SHEET_NAMES.some((n) => ss.getSheetByName(n))) return;
  for (const id of ['buildOfferings', 'formStreams']) {
    const r = host.runAction(id, {});
    if (!r.ok) throw new Error(`${id}: ${r.message}`);
  }
}

function buildAll(host: DemoHost, faculty: string): { ok: boolean; extra: Record<string, number> } {
  const common = { seconds: BENCH_SECONDS_PER_EXECUTION, maxExecutions: BENCH_MAX_EXECUTIONS, untilFeasible: true };
  let r = host.runAction('buildTimetable', { term: 'autumn', studyForm: 'fulltime', faculty, ...common });
  while (r.ok && r.continueToken) r = host.runAction('buildTimetable', { continueToken: r.continueToken, ...common });
  const counts = r.counts ?? {};
  const soft = (r.data?.softByCriterion ?? {}) as Record<string, number>;
  const hardByKind = (r.data?.hardByKind ?? {}) as Record<string, number>;
  const clashes = Object.entries(hardByKind).filter(([k]) => k !== 'unplacedLesson').reduce((a, [, v]) => a + v, 0);
  host.log(`  ${faculty || 'university'}: ${r.message}`);
  for (const p of ((r as { problems?: Array<{ message?: string; code: string }> }).problems ?? []).slice(0, 10)) host.log(`    ${p.message ?? p.code}`);
  return {
    ok: r.ok,
    extra: {
      fromRegistration: r.data?.source === 'registration' ? 1 : 0,
      lessons: counts.lessons ?? 0,
      placed: counts.placed ?? 0,
      unplaced: counts.unplaced ?? 0,
      hardViolations: counts.hard ?? 0,
      hardViolationsAmongPlaced: clashes,
      softCost: counts.soft ?? 0,
      ...Object.fromEntries(Object.entries(soft).map(([k, v]) => [`soft.${k}`, v])),
      secondsToFirstFeasible: counts.secondsToFeasible ?? -1,
      executions: counts.executions ?? 0,
      searchSeconds: counts.searchSeconds ?? 0,
      iterations: counts.iterations ?? 0,
      warnings: counts.warnings ?? 0,
    },
  };
}

export async function benchTimetable(host: DemoHost, students: number): Promise<BenchRow[]> {
  ensureStreams(host);
  const rows: BenchRow[] = [];
  for (const [label, faculty] of [['buildTimetable (faculty FMIT)', 'FMIT'], ['buildTimetable (university)', '']] as const) {
    let extra: Record<string, number> = {};
    const row = measure(host, label, students, () => {
      const out = buildAll(host, faculty);
      extra = out.extra;
      return out;
    });
    const calls = (host.emulator.stats().calls ?? {}) as Record<string, number>;
    const sum = (test: (method: string) => boolean) => Object.entries(calls).filter(([k]) => test(k.split('.').pop() ?? '')).reduce((a, [, v]) => a + v, 0);
    rows.push({ ...row, extra: { ...extra, readCalls: sum((m) => /^get/.test(m)), writeCalls: sum((m) => /^(set|clear|insert|delete|append|protect|hide|add|remove|merge)/.test(m)) } });
    host.log(`  ${label} at ${students}: ${JSON.stringify(rows[rows.length - 1].extra)} calls ${row.calls}, simulated ${row.simulatedSeconds} s`);
  }
  rows.push(measure(host, 'checkTimetable', students, () => host.runAction('checkTimetable')));
  return rows;
}
