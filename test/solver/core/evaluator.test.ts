import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/solver/core/evaluator';
import { compileProblem } from '../../../src/solver/core/model';
import { CTT_WEIGHTS, cttToProblem, lecturesToSolution } from '../../../src/solver/course/cttProblem';
import { parseCtt, parseCttSolution } from '../../../src/solver/io/ctt';
import { place, tinyProblem, TINY_CTT } from '../fixtures';

describe('evaluate', () => {
  it('adds up a hand-computed general case', () => {
    // m1 in 0/r2 (B: off building, 15 seats short), m2 in 1/r1, p1 in 1/r2.
    // Hard: G1 has m2 and p1 in period 1 (1). Soft: capacity 15 + 2 = 17; m on one day of 2 → 1 × 5;
    // compactness: G1 0,1 adjacent, G2 0,1 adjacent → 0; room stability m uses r2, r1 → 1;
    // G1 has 3 lessons on day 0, limit 1 → 2; T2 does not mind period 1 → 0; m1 off building → 1.
    const e = evaluate(compileProblem(tinyProblem()), place([0, 1], [1, 0], [1, 1]));
    expect(e.hardCounts).toEqual({ unplacedLesson: 0, groupClash: 1, teacherClash: 0, roomOccupancy: 0, unavailability: 0, roomSuitability: 0, fixedPlacement: 0 });
    expect(e.hard).toBe(1);
    expect(e.softCosts).toEqual({ roomCapacity: 17, minWorkingDays: 5, groupCompactness: 0, roomStability: 1, maxLessonsPerDay: 2, periodPreference: 0, roomPreference: 1 });
    expect(e.soft).toBe(26);
  });

  it('agrees with the hand-computed ITC-2007 costs on the tiny instance', () => {
    const instance = parseCtt(TINY_CTT);
    const problem = cttToProblem(instance);
    const lectures = parseCttSolution('c1 rA 0 0\nc1 rA 0 1\nc2 rB 0 1\nc2 rA 1 2\nc3 rA 0 1\n', instance);
    const e = evaluate(compileProblem(problem, CTT_WEIGHTS), lecturesToSolution(problem, lectures));
    expect(e.softCosts.roomCapacity).toBe(10);
    expect(e.softCosts.minWorkingDays).toBe(5);
    expect(e.softCosts.groupCompactness).toBe(4);
    expect(e.softCosts.roomStability).toBe(1);
    expect(e.soft).toBe(20);
    expect(e.hard).toBe(4);
  });
});
