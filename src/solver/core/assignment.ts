// The search state: event → (period, room) with the incremental indexes that give each change's cost in O(groups + teachers).

import type { Model } from './model';
import type { Solution } from './solution';

/**
 * A timetable under construction. Room occupancy, unavailability and room suitability are kept
 * as invariants by the callers (they only place an event in a free, allowed slot), so the hard
 * count tracked here is unplaced lessons + group clashes + teacher clashes, exactly as
 * `evaluate` counts them. `soft` is the weighted sum of every soft criterion.
 *
 * `place` and `unplace` update both totals, so a move's delta is `cost after − cost before`
 * and a rejected move is undone by the inverse calls.
 */
export class Assignment {
  readonly model: Model;
  readonly periods: Int32Array;
  readonly rooms: Int32Array;
  /** The event in room r at period p, `[p * roomCount + r]`, or -1. */
  readonly slotEvent: Int32Array;
  readonly groupPeriod: Int32Array;
  readonly teacherPeriod: Int32Array;
  readonly groupDay: Int32Array;
  readonly courseDay: Int32Array;
  readonly courseDays: Int32Array;
  readonly courseRoom: Int32Array;
  readonly courseRooms: Int32Array;
  /** Unplaced lessons + group clashes + teacher clashes. */
  hard: number;
  /** Weighted soft cost. */
  soft: number;
  unplacedCount: number;

  private readonly P: number;
  private readonly R: number;
  private readonly D: number;
  private readonly lastSlot: number;
  private readonly wCompact: number;
  private readonly wDays: number;
  private readonly wStability: number;
  private readonly wPerDay: number;

  constructor(model: Model) {
    this.model = model;
    const E = model.eventCount;
    this.P = model.periodCount;
    this.R = model.roomCount;
    this.D = model.dayCount;
    this.lastSlot = model.periodsPerDay - 1;
    this.periods = new Int32Array(E).fill(-1);
    this.rooms = new Int32Array(E).fill(-1);
    this.slotEvent = new Int32Array(this.P * this.R).fill(-1);
    this.groupPeriod = new Int32Array(model.groupCount * this.P);
    this.teacherPeriod = new Int32Array(model.teacherCount * this.P);
    this.groupDay = new Int32Array(model.groupCount * this.D);
    this.courseDay = new Int32Array(model.courseCount * this.D);
    this.courseDays = new Int32Array(model.courseCount);
    this.courseRoom = new Int32Array(model.courseCount * this.R);
    this.courseRooms = new Int32Array(model.courseCount);
    this.wCompact = model.weights.groupCompactness;
    this.wDays = model.weights.minWorkingDays;
    this.wStability = model.weights.roomStability;
    this.wPerDay = model.weights.maxLessonsPerDay;
    this.unplacedCount = E;
    this.hard = E;
    let soft = 0;
    for (let c = 0; c < model.courseCount; c++) soft += this.wDays * model.courseMinDays[c];
    this.soft = soft;
  }

  /** Weighted total with hard violations counted `hardWeight` each. */
  cost(hardWeight: number): number {
    return this.hard * hardWeight + this.soft;
  }

  isPlaced(e: number): boolean {
    return this.periods[e] >= 0;
  }

  eventAt(p: number, r: number): number {
    return this.slotEvent[p * this.R + r];
  }

  /** Puts an unplaced event into a free slot. */
  place(e: number, p: number, r: number): void {
    const m = this.model;
    const P = this.P;
    const R = this.R;
    const D = this.D;
    const d = m.periodDay[p];
    this.periods[e] = p;
    this.rooms[e] = r;
    this.slotEvent[p * R + r] = e;
    this.unplacedCount--;
    let hard = this.hard - 1;
    let soft = this.soft + m.eventRoomCost[e * R + r] + m.eventPeriodCost[e * P + p];

    const gp = this.groupPeriod;
    for (let i = m.eventGroupStart[e], end = m.eventGroupStart[e + 1]; i < end; i++) {
      const g = m.eventGroupList[i];
      const base = g * P;
      const k = gp[base + p];
      if (k > 0) hard++;
      gp[base + p] = k + 1;
      if (this.wCompact !== 0) soft += this.wCompact * this.compactnessChange(base, p, k, 1);
      const limit = m.groupMaxPerDay[g];
      const gd = g * D + d;
      if (limit > 0 && this.groupDay[gd] >= limit) soft += this.wPerDay;
      this.groupDay[gd]++;
    }
    const tp = this.teacherPeriod;
    for (let i = m.eventTeacherStart[e], end = m.eventTeacherStart[e + 1]; i < end; i++) {
      const idx = m.eventTeacherList[i] * P + p;
      if (tp[idx] > 0) hard++;
      tp[idx]++;
    }
    const c = m.eventCourse[e];
    const cd = c * D + d;
    if (this.courseDay[cd]++ === 0) {
      if (this.courseDays[c] < m.courseMinDays[c]) soft -= this.wDays;
      this.courseDays[c]++;
    }
    const cr = c * R + r;
    if (this.courseRoom[cr]++ === 0) {
      if (this.courseRooms[c] > 0) soft += this.wStability;
      this.courseRooms[c]++;
    }
    this.hard = hard;
    this.soft = soft;
  }

  /** Takes a placed event out of its slot. */
  unplace(e: number): void {
    const m = this.model;
    const P = this.P;
    const R = this.R;
    const D = this.D;
    const p = this.periods[e];
    const r = this.rooms[e];
    const d = m.periodDay[p];
    this.periods[e] = -1;
    this.rooms[e] = -1;
    this.slotEvent[p * R + r] = -1;
    this.unplacedCount++;
    let hard = this.hard + 1;
    let soft = this.soft - m.eventRoomCost[e * R + r] - m.eventPeriodCost[e * P + p];

    const gp = this.groupPeriod;
    for (let i = m.eventGroupStart[e], end = m.eventGroupStart[e + 1]; i < end; i++) {
      const g = m.eventGroupList[i];
      const base = g * P;
      const k = gp[base + p];
      if (k > 1) hard--;
      gp[base + p] = k - 1;
      if (this.wCompact !== 0) soft += this.wCompact * this.compactnessChange(base, p, k - 1, -1);
      const limit = m.groupMaxPerDay[g];
      const gd = g * D + d;
      this.groupDay[gd]--;
      if (limit > 0 && this.groupDay[gd] >= limit) soft -= this.wPerDay;
    }
    const tp = this.teacherPeriod;
    for (let i = m.eventTeacherStart[e], end = m.eventTeacherStart[e + 1]; i < end; i++) {
      const idx = m.eventTeacherList[i] * P + p;
      tp[idx]--;
      if (tp[idx] > 0) hard--;
    }
    const c = m.eventCourse[e];
    const cd = c * D + d;
    if (--this.courseDay[cd] === 0) {
      this.courseDays[c]--;
      if (this.courseDays[c] < m.courseMinDays[c]) soft += this.wDays;
    }
    const cr = c * R + r;
    if (--this.courseRoom[cr] === 0) {
      this.courseRooms[c]--;
      if (this.courseRooms[c] > 0) soft -= this.wStability;
    }
    this.hard = hard;
    this.soft = soft;
  }

  /** Soft cost that room r alone would add for the unplaced event e (capacity, building, room stability). */
  roomCost(e: number, r: number): number {
    const m = this.model;
    const c = m.eventCourse[e];
    const stability = this.courseRoom[c * this.R + r] === 0 && this.courseRooms[c] > 0 ? this.wStability : 0;
    return m.eventRoomCost[e * this.R + r] + stability;
  }

  /** Clashes event e would add in period p (its groups and teachers already busy there). */
  clashesAt(e: number, p: number): number {
    const m = this.model;
    const P = this.P;
    let n = 0;
    for (let i = m.eventGroupStart[e], end = m.eventGroupStart[e + 1]; i < end; i++) {
      if (this.groupPeriod[m.eventGroupList[i] * P + p] > 0) n++;
    }
    for (let i = m.eventTeacherStart[e], end = m.eventTeacherStart[e + 1]; i < end; i++) {
      if (this.teacherPeriod[m.eventTeacherList[i] * P + p] > 0) n++;
    }
    return n;
  }

  /**
   * Change in isolated lessons of one group when its count in period p went between `low` and
   * `low + 1` (`sign` +1 for an added lesson, −1 for a removed one). Only an empty period becoming
   * busy (or the reverse) changes whether the neighbours p ± 1 are isolated; p itself counts one
   * more or one less lesson when nothing is next to it.
   */
  private compactnessChange(base: number, p: number, low: number, sign: number): number {
    const gp = this.groupPeriod;
    const slot = this.model.periodOfDay[p];
    const last = this.lastSlot;
    const left = slot > 0 ? gp[base + p - 1] : 0;
    const right = slot < last ? gp[base + p + 1] : 0;
    let change = left === 0 && right === 0 ? 1 : 0;
    if (low === 0) {
      if (left > 0 && (slot < 2 || gp[base + p - 2] === 0)) change -= left;
      if (right > 0 && (slot > last - 2 || gp[base + p + 2] === 0)) change -= right;
    }
    return sign * change;
  }

  /** Copies the placement out. */
  toSolution(): { periods: Int32Array; rooms: Int32Array } {
    return { periods: this.periods.slice(), rooms: this.rooms.slice() };
  }

  /**
   * Places what `s` places, skipping entries that would break an invariant (taken slot, forbidden
   * period or room); returns how many were skipped.
   */
  load(s: Solution): number {
    let skipped = 0;
    for (let e = 0; e < this.model.eventCount; e++) if (this.periods[e] >= 0) this.unplace(e);
    for (let e = 0; e < this.model.eventCount; e++) {
      const p = s.periods[e];
      const r = s.rooms[e];
      if (p < 0 || r < 0) continue;
      if (this.canTake(e, p, r)) this.place(e, p, r);
      else skipped++;
    }
    return skipped;
  }

  /** True when e may go to (p, r) without breaking an invariant. */
  canTake(e: number, p: number, r: number): boolean {
    const m = this.model;
    return (
      p >= 0 &&
      p < this.P &&
      r >= 0 &&
      r < this.R &&
      this.slotEvent[p * this.R + r] < 0 &&
      m.eventPeriodAllowed[e * this.P + p] === 1 &&
      m.eventRoomAllowed[e * this.R + r] === 1
    );
  }
}
