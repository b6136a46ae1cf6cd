// A study form's weekly grid (working days × pairs) and the period numbers the solver uses for it.

import type { StudyForm, TimeSlot } from '../types';

export interface GridPair {
  pair: number;
  start: string;
  end: string;
  days: number[];
}

/** The weekly grid of one study form: the working days (1 = Monday) and its pairs, both sorted. */
export interface StudyGrid {
  studyForm: StudyForm;
  days: number[];
  pairs: GridPair[];
}

/**
 * The grid of a study form from the Time grid sheet.
 * @example gridFor([{ studyForm: 'evening', pair: 1, start: '18:00', end: '19:40', days: [1, 2] }], 'evening').days // → [1, 2]
 */
export function gridFor(timeGrid: readonly TimeSlot[], studyForm: StudyForm): StudyGrid {
  const pairs = timeGrid
    .filter((s) => s.studyForm === studyForm)
    .map((s) => ({ pair: s.pair, start: s.start, end: s.end, days: [...s.days].sort((a, b) => a - b) }))
    .sort((a, b) => a.pair - b.pair);
  const days = Array.from(new Set(pairs.flatMap((p) => p.days))).sort((a, b) => a - b);
  return { studyForm, days, pairs };
}

/** Solver period of (day, pair): dayIndex × pairsPerDay + pairIndex; null when outside the grid. */
export function periodOf(grid: StudyGrid, day: number, pair: number): number | null {
  const d = grid.days.indexOf(day);
  const p = grid.pairs.findIndex((x) => x.pair === pair);
  if (d < 0 || p < 0 || !grid.pairs[p].days.includes(day)) return null;
  return d * grid.pairs.length + p;
}

/** The day and pair of a solver period. */
export function slotOf(grid: StudyGrid, period: number): { day: number; pair: number; start: string; end: string } {
  const ppd = grid.pairs.length;
  const pair = grid.pairs[period % ppd];
  return { day: grid.days[Math.floor(period / ppd)], pair: pair.pair, start: pair.start, end: pair.end };
}

/** Periods of the rectangle days × pairs in which the pair does not run on that day (the grid is not always full). */
export function closedPeriods(grid: StudyGrid): number[] {
  const out: number[] = [];
  grid.days.forEach((day, d) => {
    grid.pairs.forEach((pair, p) => {
      if (!pair.days.includes(day)) out.push(d * grid.pairs.length + p);
    });
  });
  return out;
}

/** Every period of one day (for a teacher unavailable the whole day). */
export function periodsOfDay(grid: StudyGrid, day: number, pairs?: readonly number[]): number[] {
  const out: number[] = [];
  for (const p of grid.pairs) {
    if (pairs && pairs.length > 0 && !pairs.includes(p.pair)) continue;
    const period = periodOf(grid, day, p.pair);
    if (period !== null) out.push(period);
  }
  return out;
}
