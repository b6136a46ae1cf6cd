// The weight of every soft criterion, with defaults; callers pass their own, nothing here is fixed.

import { groupCompactnessDefaultWeight } from './groupCompactness';
import { maxLessonsPerDayDefaultWeight } from './maxLessonsPerDay';
import { minWorkingDaysDefaultWeight } from './minWorkingDays';
import { periodPreferenceDefaultWeight } from './periodPreference';
import { roomCapacityDefaultWeight } from './roomCapacity';
import { roomPreferenceDefaultWeight } from './roomPreference';
import { roomStabilityDefaultWeight } from './roomStability';

/** One number per soft criterion; the cost of a timetable is Σ weight × count. */
export interface CriterionWeights {
  roomCapacity: number;
  minWorkingDays: number;
  groupCompactness: number;
  roomStability: number;
  maxLessonsPerDay: number;
  periodPreference: number;
  roomPreference: number;
}

/**
 * Defaults: the ITC-2007 curriculum-based weights (capacity 1, working days 5, compactness 2,
 * room stability 1) plus 1 for each of the general criteria.
 */
export const DEFAULT_WEIGHTS: Readonly<CriterionWeights> = {
  roomCapacity: roomCapacityDefaultWeight,
  minWorkingDays: minWorkingDaysDefaultWeight,
  groupCompactness: groupCompactnessDefaultWeight,
  roomStability: roomStabilityDefaultWeight,
  maxLessonsPerDay: maxLessonsPerDayDefaultWeight,
  periodPreference: periodPreferenceDefaultWeight,
  roomPreference: roomPreferenceDefaultWeight,
};

export const CRITERION_NAMES: readonly (keyof CriterionWeights)[] = [
  'roomCapacity',
  'minWorkingDays',
  'groupCompactness',
  'roomStability',
  'maxLessonsPerDay',
  'periodPreference',
  'roomPreference',
];

export function resolveWeights(weights?: Partial<CriterionWeights>): CriterionWeights {
  const w: CriterionWeights = { ...DEFAULT_WEIGHTS };
  for (const name of CRITERION_NAMES) {
    const v = weights?.[name];
    if (v !== undefined) {
      if (!(Number.isInteger(v) && v >= 0)) throw new Error(`weight ${name} must be a non-negative integer, got ${v}`);
      w[name] = v;
    }
  }
  return w;
}
