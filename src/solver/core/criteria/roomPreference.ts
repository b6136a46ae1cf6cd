// Soft: a lesson in a room outside its preferred building costs one.

import type { Model } from '../model';
import type { Solution } from '../solution';

export const roomPreferenceDefaultWeight = 1;

export function countRoomPreference(model: Model, s: Solution): number {
  let n = 0;
  for (let e = 0; e < model.eventCount; e++) {
    const r = s.rooms[e];
    if (s.periods[e] >= 0 && r >= 0) n += model.eventRoomOffBuilding[e * model.roomCount + r];
  }
  return n;
}
