// Soft: a course whose lessons span fewer days than its minimum costs one per missing day (ITC-2007 S2).

import type { Model } from '../model';
import type { Solution } from '../solution';

export const minWorkingDaysDefaultWeight = 5;

/** Σ over courses of max(0, minWorkingDays − distinct days used), unweighted. */
export function countMinWorkingDays(model: Model, s: Solution): number {
  const used = new Uint8Array(model.courseCount * model.dayCount);
  for (let e = 0; e < model.eventCount; e++) {
    const p = s.periods[e];
    if (p >= 0) used[model.eventCourse[e] * model.dayCount + model.periodDay[p]] = 1;
  }
  let n = 0;
  for (let c = 0; c < model.courseCount; c++) {
    let days = 0;
    for (let d = 0; d < model.dayCount; d++) days += used[c * model.dayCount + d];
    n += Math.max(0, model.courseMinDays[c] - days);
  }
  return n;
}
