// The timetable benchmark: buildTimetable (autumn, full-time) for one faculty, then the whole university, run as the
// sidebar would (one execution per call while continueToken is set), with a scaled-down per-execution budget.

import type { DemoHost } from '../demo/types';
import { type BenchRow, measure } from './measure';

/** Seconds of search per execution in the benchmark (Apps Script default: the 270 s setting). */
export const BENCH_SECONDS_PER_EXECUTION = 20;

function buildAll(host: DemoHost, faculty: string): { ok: boolean; extra: Record<string, number> } {
  const params = { term: 'autumn', studyForm: 'fulltime', faculty, seconds: BENCH_SECONDS_PER_EXECUTION, maxExecutions: 4 };
  let r = host.runAction('buildTimetable', params);
  while (r.ok && r.continueToken) r = host.runAction('buildTimetable', { continueToken: r.continueToken, seconds: BENCH_SECONDS_PER_EXECUTION });
  const counts = r.counts ?? {};
  const soft = (r.data?.softByCriterion ?? {}) as Record<string, number>;
  const hardByKind = (r.data?.hardByKind ?? {}) as Record<string, number>;
  const clashes = Object.entries(hardByKind).filter(([k]) => k !== 'unplacedLesson').reduce((a, [, v]) => a + v, 0);
  return {
    ok: r.ok,
    extra: {
      lessons: counts.lessons ?? 0,
      placed: counts.placed ?? 0,
      unplaced: counts.unplaced ?? 0,
      hardViolationsAmongPlaced: clashes,
      softCost: counts.soft ?? 0,
      ...Object.fromEntries(Object.entries(soft).map(([k, v]) => [`soft.${k}`, v])),
      secondsToFirstFeasible: counts.secondsToFeasible ?? -1,
      executions: counts.executions ?? 0,
      searchSeconds: counts.searchSeconds ?? 0,
    },
  };
}

export async function benchTimetable(host: DemoHost, students: number): Promise<BenchRow[]> {
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
  }
  rows.push(measure(host, 'checkTimetable', students, () => host.runAction('checkTimetable')));
  return rows;
}
