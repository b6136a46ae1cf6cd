// A plain placement of every event (period and room, -1 when unplaced) that rules are evaluated on.

/** `periods[e]` and `rooms[e]` for each event; -1 in both means the event is not placed. */
export interface Solution {
  periods: ArrayLike<number>;
  rooms: ArrayLike<number>;
}

/** A solution with nothing placed, sized for `eventCount` events. */
export function emptySolution(eventCount: number): { periods: Int32Array; rooms: Int32Array } {
  return { periods: new Int32Array(eventCount).fill(-1), rooms: new Int32Array(eventCount).fill(-1) };
}

/** "day 2 period 3" (both from 0, as in the ITC-2007 files). */
export function describePeriod(period: number, periodsPerDay: number): string {
  return `day ${Math.floor(period / periodsPerDay)} period ${period % periodsPerDay}`;
}
