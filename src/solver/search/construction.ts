// Initial timetable: fixed lessons first, then saturation-degree greedy (most constrained lesson first, cheapest slot).

import type { Assignment } from '../core/assignment';
import type { Random } from '../core/random';

/** What construction could not do cleanly, for the diagnosis. */
export interface ConstructionReport {
  /** Fixed lessons whose slot was taken, unavailable or unsuitable. */
  rejectedFixed: number[];
  /** Lessons that only fitted with a clash (the search then tries to repair them). */
  placedWithClash: number[];
  /** Lessons with no free suitable slot at all. */
  leftUnplaced: number[];
}

/**
 * Places every lesson it can. Order: fewest clash-free options first (saturation), ties by most
 * conflict-graph neighbours, then by the generator. Each lesson goes to the clash-free slot with
 * the least soft cost; when none is left it takes the slot with the fewest clashes, and when no
 * suitable room is free in any allowed period it stays unplaced.
 */
export function construct(a: Assignment, rng: Random): ConstructionReport {
  const m = a.model;
  const E = m.eventCount;
  const report: ConstructionReport = { rejectedFixed: [], placedWithClash: [], leftUnplaced: [] };
  const pending: number[] = [];
  for (let e = 0; e < E; e++) {
    const p = m.eventFixedPeriod[e];
    if (p < 0) {
      pending.push(e);
      continue;
    }
    const r = m.eventFixedRoom[e];
    if (a.canTake(e, p, r)) a.place(e, p, r);
    else report.rejectedFixed.push(e);
  }
  const degree = new Int32Array(E);
  for (let e = 0; e < E; e++) degree[e] = m.eventNeighbourStart[e + 1] - m.eventNeighbourStart[e];
  const tieBreak = new Float64Array(E);
  for (let e = 0; e < E; e++) tieBreak[e] = rng.nextFloat();

  // Option counts are cached and refreshed only where a placement can change them: the placed
  // lesson's conflict neighbours, lessons that could use the room just taken in that period, and
  // everyone when the period has no free room left.
  const options = new Int32Array(E);
  const isPending = new Uint8Array(E);
  for (const e of pending) {
    isPending[e] = 1;
    options[e] = countCleanPeriods(a, e);
  }
  const P = m.periodCount;
  const R = m.roomCount;
  const freeRooms = new Int32Array(P).fill(R);
  for (let e = 0; e < E; e++) if (a.periods[e] >= 0) freeRooms[a.periods[e]]--;
  const stuck: number[] = [];
  while (pending.length > 0) {
    let bestIndex = 0;
    for (let i = 1; i < pending.length; i++) {
      const e = pending[i];
      const b = pending[bestIndex];
      if (options[e] < options[b] || (options[e] === options[b] && (degree[e] > degree[b] || (degree[e] === degree[b] && tieBreak[e] < tieBreak[b])))) {
        bestIndex = i;
      }
    }
    const e = pending[bestIndex];
    pending[bestIndex] = pending[pending.length - 1];
    pending.pop();
    isPending[e] = 0;
    if (options[e] === 0 || !placeCheapest(a, e, rng, false)) {
      stuck.push(e);
      continue;
    }
    const p = a.periods[e];
    const r = a.rooms[e];
    freeRooms[p]--;
    for (let i = m.eventNeighbourStart[e]; i < m.eventNeighbourStart[e + 1]; i++) {
      const n = m.eventNeighbourList[i];
      if (isPending[n]) options[n] = countCleanPeriods(a, n);
    }
    for (const x of pending) {
      if (m.eventPeriodAllowed[x * P + p] === 0) continue;
      const restricted = m.eventRoomStart[x + 1] - m.eventRoomStart[x] < R;
      if (freeRooms[p] === 0 || (restricted && m.eventRoomAllowed[x * R + r] === 1)) options[x] = countCleanPeriods(a, x);
    }
  }
  for (const e of stuck) {
    if (placeCheapest(a, e, rng, true)) report.placedWithClash.push(e);
    else report.leftUnplaced.push(e);
  }
  return report;
}

/** Allowed periods with no clash for e and at least one free suitable room. */
function countCleanPeriods(a: Assignment, e: number): number {
  const m = a.model;
  let n = 0;
  for (let i = m.eventPeriodStart[e]; i < m.eventPeriodStart[e + 1]; i++) {
    const p = m.eventPeriodList[i];
    if (a.clashesAt(e, p) !== 0) continue;
    for (let j = m.eventRoomStart[e]; j < m.eventRoomStart[e + 1]; j++) {
      if (a.eventAt(p, m.eventRoomList[j]) < 0) {
        n++;
        break;
      }
    }
  }
  return n;
}

/**
 * Places e in the cheapest free suitable slot (clash-free only unless `allowClashes`); false if none.
 * The soft cost of (p, r) splits into a period part, measured once per period by a trial placement,
 * and a room part ({@link Assignment.roomCost}), so each period costs one trial, not one per room.
 */
function placeCheapest(a: Assignment, e: number, rng: Random, allowClashes: boolean): boolean {
  const m = a.model;
  let bestP = -1;
  let bestR = -1;
  let bestCost = Infinity;
  let ties = 0;
  for (let i = m.eventPeriodStart[e]; i < m.eventPeriodStart[e + 1]; i++) {
    const p = m.eventPeriodList[i];
    const clashes = a.clashesAt(e, p);
    if (clashes > 0 && !allowClashes) continue;
    let periodCost = NaN;
    for (let j = m.eventRoomStart[e]; j < m.eventRoomStart[e + 1]; j++) {
      const r = m.eventRoomList[j];
      if (a.eventAt(p, r) >= 0) continue;
      if (Number.isNaN(periodCost)) {
        const before = a.soft;
        const roomPart = a.roomCost(e, r);
        a.place(e, p, r);
        periodCost = a.soft - before - roomPart;
        a.unplace(e);
      }
      const cost = clashes * 1e6 + periodCost + a.roomCost(e, r);
      if (cost < bestCost) {
        bestCost = cost;
        bestP = p;
        bestR = r;
        ties = 1;
      } else if (cost === bestCost) {
        ties++;
        if (rng.nextInt(ties) === 0) {
          bestP = p;
          bestR = r;
        }
      }
    }
  }
  if (bestP < 0) return false;
  a.place(e, bestP, bestR);
  return true;
}
