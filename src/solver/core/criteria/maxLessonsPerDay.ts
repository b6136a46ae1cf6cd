// Soft: lessons of a group beyond its daily limit ("no more than N pairs a day") cost one each.

import type { Model } from '../model';
import type { Solution } from '../solution';

export const maxLessonsPerDayDefaultWeight = 1;

/** Σ over groups with a limit and days of max(0, lessons that day − limit), unweighted. */
export function countMaxLessonsPerDay(model: Model, s: Solution): number {
  const D = model.dayCount;
  const perDay = new Int32Array(model.groupCount * D);
  for (let e = 0; e < model.eventCount; e++) {
    const p = s.periods[e];
    if (p < 0) continue;
    for (let i = model.eventGroupStart[e]; i < model.eventGroupStart[e + 1]; i++) {
      perDay[model.eventGroupList[i] * D + model.periodDay[p]]++;
    }
  }
  let n = 0;
  for (let g = 0; g < model.groupCount; g++) {
    const limit = model.groupMaxPerDay[g];
    if (limit <= 0) continue;
    for (let d = 0; d < D; d++) n += Math.max(0, perDay[g * D + d] - limit);
  }
  return n;
}
