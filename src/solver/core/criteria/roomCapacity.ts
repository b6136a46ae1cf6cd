// Soft: a lesson in a room with fewer seats than students costs one per missing seat (ITC-2007 S1).

import type { Model } from '../model';
import type { Solution } from '../solution';

export const roomCapacityDefaultWeight = 1;

/** Σ over placed lessons of max(0, students − capacity), unweighted. */
export function countRoomCapacity(model: Model, s: Solution): number {
  let n = 0;
  for (let e = 0; e < model.eventCount; e++) {
    const r = s.rooms[e];
    if (s.periods[e] >= 0 && r >= 0) n += model.eventRoomOverflow[e * model.roomCount + r];
  }
  return n;
}
