// Soft: every room beyond the first that a course's lessons use costs one (ITC-2007 S4).

import type { Model } from '../model';
import type { Solution } from '../solution';

export const roomStabilityDefaultWeight = 1;

/** Σ over courses of max(0, distinct rooms − 1), unweighted. */
export function countRoomStability(model: Model, s: Solution): number {
  const used = new Uint8Array(model.courseCount * model.roomCount);
  for (let e = 0; e < model.eventCount; e++) {
    const r = s.rooms[e];
    if (s.periods[e] >= 0 && r >= 0) used[model.eventCourse[e] * model.roomCount + r] = 1;
  }
  let n = 0;
  for (let c = 0; c < model.courseCount; c++) {
    let rooms = 0;
    for (let r = 0; r < model.roomCount; r++) rooms += used[c * model.roomCount + r];
    n += Math.max(0, rooms - 1);
  }
  return n;
}
