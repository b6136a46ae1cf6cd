// Full recount of every hard constraint and soft criterion of a solution (the reference the search is checked against).

import { countFixedPlacement } from './constraints/fixedPlacement';
import { countGroupClashes } from './constraints/groupClash';
import { countRoomOccupancy } from './constraints/roomOccupancy';
import { countRoomSuitability } from './constraints/roomSuitability';
import { countTeacherClashes } from './constraints/teacherClash';
import { countUnavailability } from './constraints/unavailability';
import { countUnplacedLessons } from './constraints/unplacedLesson';
import { countGroupCompactness } from './criteria/groupCompactness';
import { countMaxLessonsPerDay } from './criteria/maxLessonsPerDay';
import { countMinWorkingDays } from './criteria/minWorkingDays';
import { countPeriodPreference } from './criteria/periodPreference';
import { countRoomCapacity } from './criteria/roomCapacity';
import { countRoomPreference } from './criteria/roomPreference';
import { countRoomStability } from './criteria/roomStability';
import type { CriterionWeights } from './criteria/weights';
import type { Model } from './model';
import type { Solution } from './solution';

export interface HardCounts {
  unplacedLesson: number;
  groupClash: number;
  teacherClash: number;
  roomOccupancy: number;
  unavailability: number;
  roomSuitability: number;
  fixedPlacement: number;
}

export interface Evaluation {
  /** Σ of `hardCounts`; 0 means feasible. */
  hard: number;
  hardCounts: HardCounts;
  /** Σ of `softCosts`. */
  soft: number;
  /** Unweighted count per criterion. */
  softCounts: CriterionWeights;
  /** Weighted cost per criterion (count × the model's weight). */
  softCosts: CriterionWeights;
}

export function evaluate(model: Model, s: Solution): Evaluation {
  const hardCounts: HardCounts = {
    unplacedLesson: countUnplacedLessons(model, s),
    groupClash: countGroupClashes(model, s),
    teacherClash: countTeacherClashes(model, s),
    roomOccupancy: countRoomOccupancy(model, s),
    unavailability: countUnavailability(model, s),
    roomSuitability: countRoomSuitability(model, s),
    fixedPlacement: countFixedPlacement(model, s),
  };
  const softCounts: CriterionWeights = {
    roomCapacity: countRoomCapacity(model, s),
    minWorkingDays: countMinWorkingDays(model, s),
    groupCompactness: countGroupCompactness(model, s),
    roomStability: countRoomStability(model, s),
    maxLessonsPerDay: countMaxLessonsPerDay(model, s),
    periodPreference: countPeriodPreference(model, s),
    roomPreference: countRoomPreference(model, s),
  };
  const w = model.weights;
  const softCosts: CriterionWeights = {
    roomCapacity: softCounts.roomCapacity * w.roomCapacity,
    minWorkingDays: softCounts.minWorkingDays * w.minWorkingDays,
    groupCompactness: softCounts.groupCompactness * w.groupCompactness,
    roomStability: softCounts.roomStability * w.roomStability,
    maxLessonsPerDay: softCounts.maxLessonsPerDay * w.maxLessonsPerDay,
    periodPreference: softCounts.periodPreference * w.periodPreference,
    roomPreference: softCounts.roomPreference * w.roomPreference,
  };
  let hard = 0;
  for (const v of Object.values(hardCounts)) hard += v;
  let soft = 0;
  for (const v of Object.values(softCosts)) soft += v;
  return { hard, hardCounts, soft, softCounts, softCosts };
}
