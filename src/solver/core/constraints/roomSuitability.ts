// Hard: a lesson only goes to a room of an allowed type that has every feature it needs.

import type { Model } from '../model';
import type { Solution } from '../solution';

export function countRoomSuitability(model: Model, s: Solution): number {
  let n = 0;
  for (let e = 0; e < model.eventCount; e++) {
    const r = s.rooms[e];
    if (s.periods[e] >= 0 && r >= 0 && model.eventRoomAllowed[e * model.roomCount + r] === 0) n++;
  }
  return n;
}

export function describeRoomSuitability(model: Model, s: Solution): string[] {
  const out: string[] = [];
  for (let e = 0; e < model.eventCount; e++) {
    const r = s.rooms[e];
    if (s.periods[e] >= 0 && r >= 0 && model.eventRoomAllowed[e * model.roomCount + r] === 0) {
      out.push(`lesson ${model.problem.lessons[e].id} is in room ${model.roomIds[r]}, whose type or features do not fit`);
    }
  }
  return out;
}
