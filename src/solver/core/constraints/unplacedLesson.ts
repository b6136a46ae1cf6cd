// Hard: every lesson must be placed; each unplaced lesson counts one (ITC-2007 H1, missing lectures).

import type { Model } from '../model';
import type { Solution } from '../solution';

export function countUnplacedLessons(model: Model, s: Solution): number {
  let n = 0;
  for (let e = 0; e < model.eventCount; e++) if (s.periods[e] < 0 || s.rooms[e] < 0) n++;
  return n;
}
