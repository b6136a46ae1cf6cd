// Soft: a lesson in a period that it or one of its teachers marked undesired costs one.

import type { Model } from '../model';
import type { Solution } from '../solution';

export const periodPreferenceDefaultWeight = 1;

export function countPeriodPreference(model: Model, s: Solution): number {
  let n = 0;
  for (let e = 0; e < model.eventCount; e++) {
    const p = s.periods[e];
    if (p >= 0) n += model.eventPeriodUndesired[e * model.periodCount + p];
  }
  return n;
}
