// Hard: a student group cannot attend two lessons at once; k lessons of a group in one period count k − 1.

import { groupPeriodCounts } from '../criteria/groupCompactness';
import type { Model } from '../model';
import { describePeriod, type Solution } from '../solution';

export function countGroupClashes(model: Model, s: Solution): number {
  const counts = groupPeriodCounts(model, s);
  let n = 0;
  for (let i = 0; i < counts.length; i++) if (counts[i] > 1) n += counts[i] - 1;
  return n;
}

/** One line per group and period with more than one lesson. */
export function describeGroupClashes(model: Model, s: Solution): string[] {
  const counts = groupPeriodCounts(model, s);
  const out: string[] = [];
  for (let i = 0; i < counts.length; i++) {
    if (counts[i] < 2) continue;
    const g = Math.floor(i / model.periodCount);
    const p = i % model.periodCount;
    out.push(`group ${model.groupIds[g]} has ${counts[i]} lessons at ${describePeriod(p, model.periodsPerDay)}: ${lessonsAt(model, s, p, (e) => hasGroup(model, e, g))}`);
  }
  return out;
}

function hasGroup(model: Model, e: number, g: number): boolean {
  for (let i = model.eventGroupStart[e]; i < model.eventGroupStart[e + 1]; i++) if (model.eventGroupList[i] === g) return true;
  return false;
}

/** Lesson ids placed in period p that satisfy `keep`, comma separated. */
export function lessonsAt(model: Model, s: Solution, p: number, keep: (e: number) => boolean): string {
  const ids: string[] = [];
  for (let e = 0; e < model.eventCount; e++) if (s.periods[e] === p && keep(e)) ids.push(model.problem.lessons[e].id);
  return ids.join(', ');
}
