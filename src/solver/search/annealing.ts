// Simulated annealing with reheats over move / swap / room-change moves, driven by iteration counts only.

import type { Assignment } from '../core/assignment';
import type { Random } from '../core/random';
import type { Termination } from '../core/termination';

/** Tuning of the annealing; every field has a default in {@link DEFAULT_ANNEALING}. */
export interface AnnealingParams {
  /** Lowest cost of one hard violation (unplaced lesson or clash), relative to one soft point. */
  minHardWeight: number;
  /** Highest cost of one hard violation; also the starting value. */
  maxHardWeight: number;
  /**
   * Every temperature update the hard weight is multiplied by this factor while the current
   * timetable breaks a hard rule and divided by it while it does not (strategic oscillation).
   */
  hardWeightFactor: number;
  /** Cost of one hard violation while no feasible timetable is known (soft cost is then ignored). */
  seekingHardWeight: number;
  /** Temperature at the start of every cycle. */
  initialTemperature: number;
  /** Temperature at the end of every cycle. */
  finalTemperature: number;
  /** Length of the first cycle, in iterations per lesson. */
  firstCycleIterationsPerEvent: number;
  /** Each cycle is this many times longer than the previous one. */
  cycleGrowth: number;
  /** Probability that a move only changes the room of a lesson. */
  roomMoveProbability: number;
  /** Probability that a period move keeps the lesson's room (helps room stability). */
  keepRoomProbability: number;
}

export const DEFAULT_ANNEALING: Readonly<AnnealingParams> = {
  minHardWeight: 2,
  maxHardWeight: 50,
  hardWeightFactor: 1.1,
  seekingHardWeight: 100,
  initialTemperature: 3,
  finalTemperature: 0.05,
  firstCycleIterationsPerEvent: 2000,
  cycleGrowth: 1.5,
  roomMoveProbability: 0.15,
  keepRoomProbability: 0.5,
};

/** Iterations between two temperature updates. */
const TEMPERATURE_STRIDE = 1024;

/** Everything besides the assignment and the generator that the search needs to continue. */
export interface AnnealingState {
  iteration: number;
  cycle: number;
  cycleStart: number;
  cycleLength: number;
  temperature: number;
  hardWeight: number;
  bestHard: number;
  bestSoft: number;
  bestPeriods: Int32Array;
  bestRooms: Int32Array;
  /** Iteration at which the best first had no hard violation; -1 while never. */
  feasibleAtIteration: number;
}

export function initialAnnealingState(a: Assignment, params: AnnealingParams): AnnealingState {
  return {
    iteration: 0,
    cycle: 0,
    cycleStart: 0,
    cycleLength: Math.max(1000, Math.round(params.firstCycleIterationsPerEvent * a.model.eventCount)),
    temperature: params.initialTemperature,
    hardWeight: params.maxHardWeight,
    bestHard: a.hard,
    bestSoft: a.soft,
    bestPeriods: a.periods.slice(),
    bestRooms: a.rooms.slice(),
    feasibleAtIteration: a.hard === 0 ? 0 : -1,
  };
}

/**
 * Runs until `termination` says stop or a zero-cost timetable is found. Hard violations are
 * penalised, not forbidden, so the search may cross infeasible regions. Until the best timetable
 * is feasible the cost is hard × `seekingHardWeight` alone; after that it is hard × W + soft,
 * with W rising while the current timetable is infeasible and falling while it is feasible. Each cycle cools
 * geometrically from the initial to the final temperature, then the next, longer cycle restarts
 * from the best timetable. The trajectory depends only on the seed and the iteration counter, so
 * stopping and resuming at any iteration yields the same run.
 *
 * `onFeasible` is called once, when the best first becomes free of hard violations; with `stopWhenFeasible` the
 * search ends there, or as soon as the only violations left are lessons that no period or room can ever take.
 */
export function anneal(
  a: Assignment,
  rng: Random,
  s: AnnealingState,
  params: AnnealingParams,
  termination: Termination,
  onFeasible: () => void,
  stopWhenFeasible = false,
): void {
  const m = a.model;
  const P = m.periodCount;
  const R = m.roomCount;
  const movable: number[] = [];
  // Lessons no period or no room can ever take: each stays an unplaced-lesson violation whatever the search does.
  let impossible = 0;
  for (let e = 0; e < m.eventCount; e++) {
    if (m.eventFixedPeriod[e] >= 0) continue;
    if (m.eventPeriodStart[e + 1] > m.eventPeriodStart[e] && m.eventRoomStart[e + 1] > m.eventRoomStart[e]) movable.push(e);
    else impossible++;
  }
  if (movable.length === 0) return;
  const nMovable = movable.length;
  const periods = a.periods;
  const rooms = a.rooms;
  const slotEvent = a.slotEvent;
  const fixedPeriod = m.eventFixedPeriod;
  const periodAllowed = m.eventPeriodAllowed;
  const roomAllowed = m.eventRoomAllowed;
  const periodStart = m.eventPeriodStart;
  const periodList = m.eventPeriodList;
  const roomStart = m.eventRoomStart;
  const roomList = m.eventRoomList;
  const logRatio = Math.log(params.finalTemperature / params.initialTemperature);
  let T = s.temperature;
  let W = s.hardWeight;
  let it = s.iteration;

  while (!termination.shouldStop(it)) {
    if (s.bestHard === 0 && s.bestSoft === 0) break;
    if (stopWhenFeasible && s.bestHard <= impossible) break;
    if (it - s.cycleStart >= s.cycleLength) {
      s.cycle++;
      s.cycleStart = it;
      s.cycleLength = Math.round(s.cycleLength * params.cycleGrowth);
      a.load({ periods: s.bestPeriods, rooms: s.bestRooms });
    }
    const progress = it - s.cycleStart;
    if (progress % TEMPERATURE_STRIDE === 0) {
      T = params.initialTemperature * Math.exp((logRatio * progress) / s.cycleLength);
      W = a.hard > 0 ? Math.min(params.maxHardWeight, W * params.hardWeightFactor) : Math.max(params.minHardWeight, W / params.hardWeightFactor);
    }
    it++;

    const e = movable[rng.nextInt(nMovable)];
    const pOld = periods[e];
    const rOld = rooms[e];
    let p: number;
    let r: number;
    if (pOld >= 0 && rng.nextFloat() < params.roomMoveProbability) {
      p = pOld;
      r = roomList[roomStart[e] + rng.nextInt(roomStart[e + 1] - roomStart[e])];
    } else {
      p = periodList[periodStart[e] + rng.nextInt(periodStart[e + 1] - periodStart[e])];
      r = pOld >= 0 && rng.nextFloat() < params.keepRoomProbability ? rOld : roomList[roomStart[e] + rng.nextInt(roomStart[e + 1] - roomStart[e])];
    }
    if (p === pOld && r === rOld) continue;
    const e2 = slotEvent[p * R + r];
    if (e2 >= 0) {
      if (fixedPeriod[e2] >= 0) continue;
      if (pOld >= 0 && (periodAllowed[e2 * P + pOld] === 0 || roomAllowed[e2 * R + rOld] === 0)) continue;
    }
    // Until a feasible timetable is known only hard violations count (soft cost is ignored).
    const seeking = s.bestHard > 0;
    const before = seeking ? a.hard * params.seekingHardWeight : a.hard * W + a.soft;
    if (pOld >= 0) a.unplace(e);
    if (e2 >= 0) a.unplace(e2);
    a.place(e, p, r);
    if (e2 >= 0 && pOld >= 0) a.place(e2, pOld, rOld);
    const delta = (seeking ? a.hard * params.seekingHardWeight : a.hard * W + a.soft) - before;
    if (delta <= 0 || rng.nextFloat() < Math.exp(-delta / T)) {
      if (a.hard < s.bestHard || (a.hard === s.bestHard && a.soft < s.bestSoft)) {
        s.bestHard = a.hard;
        s.bestSoft = a.soft;
        s.bestPeriods.set(periods);
        s.bestRooms.set(rooms);
        if (a.hard === 0 && s.feasibleAtIteration < 0) {
          s.feasibleAtIteration = it;
          onFeasible();
        }
      }
    } else {
      a.unplace(e);
      if (e2 >= 0 && pOld >= 0) a.unplace(e2);
      if (pOld >= 0) a.place(e, pOld, rOld);
      if (e2 >= 0) a.place(e2, p, r);
    }
  }
  s.iteration = it;
  s.temperature = T;
  s.hardWeight = W;
}
