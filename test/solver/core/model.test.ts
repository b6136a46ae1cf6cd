import { describe, expect, it } from 'vitest';
import { compileProblem, ProblemError } from '../../../src/solver/core/model';
import { tinyProblem } from '../fixtures';

describe('compileProblem', () => {
  it('forbids the periods in which a teacher is unavailable', () => {
    const m = compileProblem(tinyProblem());
    const p1 = 2;
    expect(Array.from(m.eventPeriodList.slice(m.eventPeriodStart[p1], m.eventPeriodStart[p1 + 1]))).toEqual([0, 1, 2, 3, 4]);
  });

  it('allows only rooms of the requested type that have every feature', () => {
    const m = compileProblem(tinyProblem());
    expect(Array.from(m.eventRoomList.slice(m.eventRoomStart[2], m.eventRoomStart[3]))).toEqual([1]);
    expect(Array.from(m.eventRoomList.slice(m.eventRoomStart[0], m.eventRoomStart[1]))).toEqual([0, 1]);
  });

  it('links lessons that share a teacher or a group as conflict neighbours', () => {
    const m = compileProblem(tinyProblem());
    expect(Array.from(m.eventNeighbourList.slice(m.eventNeighbourStart[0], m.eventNeighbourStart[1]))).toEqual([1, 2]);
  });

  it('refuses a lesson of an unknown course', () => {
    const problem = tinyProblem();
    problem.lessons[0].course = 'nope';
    expect(() => compileProblem(problem)).toThrow(new ProblemError('lesson m1: unknown course nope'));
  });

  it('refuses a period outside the grid', () => {
    const problem = tinyProblem();
    problem.lessons[0].unavailable = [6];
    expect(() => compileProblem(problem)).toThrow('lesson m1: period 6 is outside 0..5');
  });

  it('uses the weights passed in and defaults for the others', () => {
    const m = compileProblem(tinyProblem(), { minWorkingDays: 7 });
    expect(m.weights.minWorkingDays).toBe(7);
    expect(m.weights.groupCompactness).toBe(2);
  });
});
