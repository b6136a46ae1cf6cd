// Hard: no lesson in a period when it, its teachers or its groups are unavailable (ITC-2007 H4).

import type { Model } from '../model';
import { describePeriod, type Solution } from '../solution';

export function countUnavailability(model: Model, s: Solution): number {
  let n = 0;
  for (let e = 0; e < model.eventCount; e++) {
    const p = s.periods[e];
    if (p >= 0 && model.eventPeriodAllowed[e * model.periodCount + p] === 0) n++;
  }
  return n;
}

export function describeUnavailability(model: Model, s: Solution): string[] {
  const out: string[] = [];
  for (let e = 0; e < model.eventCount; e++) {
    const p = s.periods[e];
    if (p >= 0 && model.eventPeriodAllowed[e * model.periodCount + p] === 0) {
      out.push(`lesson ${model.problem.lessons[e].id} is placed at ${describePeriod(p, model.periodsPerDay)}, which is unavailable`);
    }
  }
  return out;
}
