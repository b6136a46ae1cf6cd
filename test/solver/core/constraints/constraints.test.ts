import { describe, expect, it } from 'vitest';
import { countFixedPlacement } from '../../../../src/solver/core/constraints/fixedPlacement';
import { countGroupClashes, describeGroupClashes } from '../../../../src/solver/core/constraints/groupClash';
import { countRoomOccupancy } from '../../../../src/solver/core/constraints/roomOccupancy';
import { countRoomSuitability } from '../../../../src/solver/core/constraints/roomSuitability';
import { countTeacherClashes } from '../../../../src/solver/core/constraints/teacherClash';
import { countUnavailability } from '../../../../src/solver/core/constraints/unavailability';
import { countUnplacedLessons } from '../../../../src/solver/core/constraints/unplacedLesson';
import { compileProblem } from '../../../../src/solver/core/model';
import { place, tinyProblem } from '../../fixtures';

const model = compileProblem(tinyProblem());

describe('groupClash', () => {
  it('counts one when a group has two lessons in one period', () => {
    expect(countGroupClashes(model, place([0, 0], [3, 0], [0, 1]))).toBe(1);
  });

  it('counts k-1 per group for k lessons of the group in one period', () => {
    // G1 has m1, m2, p1 in period 0 (2); G2 has m1, m2 (1).
    expect(countGroupClashes(model, place([0, 0], [0, 1], [0, 1]))).toBe(3);
  });

  it('names the group, the period and the lessons', () => {
    expect(describeGroupClashes(model, place([4, 0], [3, 0], [4, 1]))).toEqual(['group G1 has 2 lessons at day 1 period 1: m1, p1']);
  });
});

describe('teacherClash', () => {
  it('counts one when a teacher gives two lessons in one period', () => {
    expect(countTeacherClashes(model, place([1, 0], [1, 1], [3, 1]))).toBe(1);
  });

  it('counts nothing for one lesson per teacher and period', () => {
    expect(countTeacherClashes(model, place([1, 0], [2, 0], [1, 1]))).toBe(0);
  });
});

describe('roomOccupancy', () => {
  it('counts k-1 for k lessons in one room and period', () => {
    expect(countRoomOccupancy(model, place([2, 1], [2, 1], [2, 1]))).toBe(2);
  });
});

describe('unavailability', () => {
  it('counts a lesson placed when its teacher is unavailable', () => {
    expect(countUnavailability(model, place([0, 0], [3, 0], [5, 1]))).toBe(1);
  });
});

describe('roomSuitability', () => {
  it('counts a lab lesson placed in a lecture room', () => {
    expect(countRoomSuitability(model, place([0, 0], [3, 0], [1, 0]))).toBe(1);
  });
});

describe('unplacedLesson', () => {
  it('counts each lesson without a period', () => {
    expect(countUnplacedLessons(model, place([0, 0], null, null))).toBe(2);
  });
});

describe('fixedPlacement', () => {
  it('counts a fixed lesson that is not where it was fixed', () => {
    const problem = tinyProblem();
    problem.lessons[0].fixed = { period: 0, room: 'r1' };
    const fixedModel = compileProblem(problem);
    expect(countFixedPlacement(fixedModel, place([1, 0], [3, 0], [2, 1]))).toBe(1);
    expect(countFixedPlacement(fixedModel, place([0, 0], [3, 0], [2, 1]))).toBe(0);
  });
});
