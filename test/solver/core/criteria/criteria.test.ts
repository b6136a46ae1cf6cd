import { describe, expect, it } from 'vitest';
import { countGroupCompactness } from '../../../../src/solver/core/criteria/groupCompactness';
import { countMaxLessonsPerDay } from '../../../../src/solver/core/criteria/maxLessonsPerDay';
import { countMinWorkingDays } from '../../../../src/solver/core/criteria/minWorkingDays';
import { countPeriodPreference } from '../../../../src/solver/core/criteria/periodPreference';
import { countRoomCapacity } from '../../../../src/solver/core/criteria/roomCapacity';
import { countRoomPreference } from '../../../../src/solver/core/criteria/roomPreference';
import { countRoomStability } from '../../../../src/solver/core/criteria/roomStability';
import { DEFAULT_WEIGHTS, resolveWeights } from '../../../../src/solver/core/criteria/weights';
import { compileProblem } from '../../../../src/solver/core/model';
import { place, tinyProblem } from '../../fixtures';

const model = compileProblem(tinyProblem());

describe('roomCapacity', () => {
  it('counts one per student beyond the room capacity', () => {
    expect(countRoomCapacity(model, place([0, 0], [3, 0], [1, 1]))).toBe(2);
  });
});

describe('minWorkingDays', () => {
  it('counts one per day missing from the course minimum', () => {
    expect(countMinWorkingDays(model, place([0, 0], [1, 0], [3, 1]))).toBe(1);
    expect(countMinWorkingDays(model, place([0, 0], [3, 0], [3, 1]))).toBe(0);
  });
});

describe('groupCompactness', () => {
  it('counts each lesson with no lesson of its group in an adjacent period of the same day', () => {
    // G1: m1 in 0 and p1 in 2 are both isolated; G2: m1 isolated; m2 alone on day 1 in both groups.
    expect(countGroupCompactness(model, place([0, 0], [4, 0], [2, 1]))).toBe(5);
  });

  it('does not count lessons next to each other', () => {
    // G1: 0,1 adjacent; G2: m1 in 0 isolated, m2 in 4 isolated for both groups.
    expect(countGroupCompactness(model, place([0, 0], [4, 0], [1, 1]))).toBe(3);
  });

  it('does not treat the last period of a day as adjacent to the first of the next', () => {
    expect(countGroupCompactness(model, place([2, 0], [3, 0], [0, 1]))).toBe(5);
  });
});

describe('roomStability', () => {
  it('counts every room beyond the first that a course uses', () => {
    expect(countRoomStability(model, place([0, 0], [3, 1], [1, 1]))).toBe(1);
  });
});

describe('maxLessonsPerDay', () => {
  it('counts lessons of a group beyond its daily limit', () => {
    // G1 allows 1 a day: day 0 has m1, m2 and p1.
    expect(countMaxLessonsPerDay(model, place([0, 0], [1, 0], [2, 1]))).toBe(2);
  });
});

describe('periodPreference', () => {
  it('counts a lesson in a period its teacher would rather not teach', () => {
    expect(countPeriodPreference(model, place([1, 0], [3, 0], [0, 1]))).toBe(1);
  });
});

describe('roomPreference', () => {
  it('counts a lesson outside its preferred building', () => {
    expect(countRoomPreference(model, place([0, 1], [3, 0], [1, 1]))).toBe(1);
  });
});

describe('weights', () => {
  it('defaults to the ITC-2007 weights for the competition criteria', () => {
    expect([DEFAULT_WEIGHTS.roomCapacity, DEFAULT_WEIGHTS.minWorkingDays, DEFAULT_WEIGHTS.groupCompactness, DEFAULT_WEIGHTS.roomStability]).toEqual([1, 5, 2, 1]);
  });

  it('rejects a negative weight', () => {
    expect(() => resolveWeights({ roomStability: -1 })).toThrow('weight roomStability must be a non-negative integer, got -1');
  });
});
