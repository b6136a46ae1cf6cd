// The compact, JSON-safe snapshot of a search that a later `solve` call continues from.

import type { Model } from '../core/model';
import type { RandomState } from '../core/random';
import type { AnnealingState } from './annealing';

/** Plain JSON: safe to keep in Apps Script properties between six-minute executions. */
export interface Checkpoint {
  format: 'timetable-checkpoint/1';
  /** Identifies the problem; a checkpoint of another problem is refused. */
  fingerprint: string;
  seed: number;
  random: RandomState;
  iteration: number;
  cycle: number;
  cycleStart: number;
  cycleLength: number;
  temperature: number;
  hardWeight: number;
  feasibleAtIteration: number;
  bestHard: number;
  bestSoft: number;
  /** Slot code per event: period × roomCount + room, or -1 when unplaced. */
  current: number[];
  best: number[];
}

export function fingerprintOf(model: Model): string {
  let h = 0x811c9dc5;
  const mix = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  };
  mix(`${model.dayCount}x${model.periodsPerDay}|${model.roomIds.join(',')}|`);
  for (const l of model.problem.lessons) mix(`${l.id}:${l.course};`);
  mix(JSON.stringify(model.weights));
  return `${model.eventCount}e-${model.periodCount}p-${model.roomCount}r-${h.toString(16)}`;
}

export function encodeSlots(periods: Int32Array, rooms: Int32Array, roomCount: number): number[] {
  const out: number[] = new Array(periods.length);
  for (let e = 0; e < periods.length; e++) out[e] = periods[e] < 0 ? -1 : periods[e] * roomCount + rooms[e];
  return out;
}

export function decodeSlots(codes: number[], roomCount: number): { periods: Int32Array; rooms: Int32Array } {
  const periods = new Int32Array(codes.length);
  const rooms = new Int32Array(codes.length);
  codes.forEach((c, e) => {
    periods[e] = c < 0 ? -1 : Math.floor(c / roomCount);
    rooms[e] = c < 0 ? -1 : c % roomCount;
  });
  return { periods, rooms };
}

export function toCheckpoint(model: Model, seed: number, random: RandomState, s: AnnealingState, current: { periods: Int32Array; rooms: Int32Array }): Checkpoint {
  return {
    format: 'timetable-checkpoint/1',
    fingerprint: fingerprintOf(model),
    seed,
    random,
    iteration: s.iteration,
    cycle: s.cycle,
    cycleStart: s.cycleStart,
    cycleLength: s.cycleLength,
    temperature: s.temperature,
    hardWeight: s.hardWeight,
    feasibleAtIteration: s.feasibleAtIteration,
    bestHard: s.bestHard,
    bestSoft: s.bestSoft,
    current: encodeSlots(current.periods, current.rooms, model.roomCount),
    best: encodeSlots(s.bestPeriods, s.bestRooms, model.roomCount),
  };
}

/** Rebuilds the search state; throws when the checkpoint belongs to another problem. */
export function fromCheckpoint(model: Model, c: Checkpoint): { state: AnnealingState; current: { periods: Int32Array; rooms: Int32Array } } {
  if (c.format !== 'timetable-checkpoint/1') throw new Error(`unknown checkpoint format ${String(c.format)}`);
  const fp = fingerprintOf(model);
  if (c.fingerprint !== fp) throw new Error(`the checkpoint is for problem ${c.fingerprint}, not ${fp}`);
  const best = decodeSlots(c.best, model.roomCount);
  return {
    state: {
      iteration: c.iteration,
      cycle: c.cycle,
      cycleStart: c.cycleStart,
      cycleLength: c.cycleLength,
      temperature: c.temperature,
      hardWeight: c.hardWeight,
      bestHard: c.bestHard,
      bestSoft: c.bestSoft,
      bestPeriods: best.periods,
      bestRooms: best.rooms,
      feasibleAtIteration: c.feasibleAtIteration,
    },
    current: decodeSlots(c.current, model.roomCount),
  };
}
