// Soft: a group's lesson with no lesson of the same group right before or after it that day (ITC-2007 S3).

import type { Model } from '../model';
import type { Solution } from '../solution';

export const groupCompactnessDefaultWeight = 2;

/** Lessons per group and period, `[g * periodCount + p]`. */
export function groupPeriodCounts(model: Model, s: Solution): Int32Array {
  const counts = new Int32Array(model.groupCount * model.periodCount);
  for (let e = 0; e < model.eventCount; e++) {
    const p = s.periods[e];
    if (p < 0) continue;
    for (let i = model.eventGroupStart[e]; i < model.eventGroupStart[e + 1]; i++) {
      counts[model.eventGroupList[i] * model.periodCount + p]++;
    }
  }
  return counts;
}

/**
 * Counts isolated lessons, unweighted: each lesson of group g in period p when g has no lesson in
 * p − 1 or p + 1 of the same day. k lessons of g in one isolated period count k, as in the
 * competition validator. The first and last periods of a day only have one neighbour.
 */
export function countGroupCompactness(model: Model, s: Solution): number {
  const counts = groupPeriodCounts(model, s);
  const P = model.periodCount;
  const last = model.periodsPerDay - 1;
  let n = 0;
  for (let g = 0; g < model.groupCount; g++) {
    for (let p = 0; p < P; p++) {
      const k = counts[g * P + p];
      if (k === 0) continue;
      const slot = model.periodOfDay[p];
      const before = slot > 0 ? counts[g * P + p - 1] : 0;
      const after = slot < last ? counts[g * P + p + 1] : 0;
      if (before === 0 && after === 0) n += k;
    }
  }
  return n;
}
