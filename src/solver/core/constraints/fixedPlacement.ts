// Hard: a lesson fixed by hand stays in its period and room.

import type { Model } from '../model';
import type { Solution } from '../solution';

export function countFixedPlacement(model: Model, s: Solution): number {
  let n = 0;
  for (let e = 0; e < model.eventCount; e++) {
    const p = model.eventFixedPeriod[e];
    if (p < 0) continue;
    if (s.periods[e] >= 0 && (s.periods[e] !== p || s.rooms[e] !== model.eventFixedRoom[e])) n++;
  }
  return n;
}
