// Hard: a room holds one lesson at a time; k lessons in one room and period count k − 1 (ITC-2007 H3).

import type { Model } from '../model';
import { describePeriod, type Solution } from '../solution';

function roomPeriodCounts(model: Model, s: Solution): Int32Array {
  const counts = new Int32Array(model.roomCount * model.periodCount);
  for (let e = 0; e < model.eventCount; e++) {
    const p = s.periods[e];
    const r = s.rooms[e];
    if (p >= 0 && r >= 0) counts[p * model.roomCount + r]++;
  }
  return counts;
}

export function countRoomOccupancy(model: Model, s: Solution): number {
  const counts = roomPeriodCounts(model, s);
  let n = 0;
  for (let i = 0; i < counts.length; i++) if (counts[i] > 1) n += counts[i] - 1;
  return n;
}

export function describeRoomOccupancy(model: Model, s: Solution): string[] {
  const counts = roomPeriodCounts(model, s);
  const out: string[] = [];
  for (let i = 0; i < counts.length; i++) {
    if (counts[i] < 2) continue;
    const p = Math.floor(i / model.roomCount);
    out.push(`room ${model.roomIds[i % model.roomCount]} has ${counts[i]} lessons at ${describePeriod(p, model.periodsPerDay)}`);
  }
  return out;
}
