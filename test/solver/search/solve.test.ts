import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/solver/core/model';
import { compileProblem } from '../../../src/solver/core/model';
import { cttToProblem } from '../../../src/solver/course/cttProblem';
import { parseCtt } from '../../../src/solver/io/ctt';
import { solve, solveModel } from '../../../src/solver/search/solve';
import { tinyProblem } from '../fixtures';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const comp01 = cttToProblem(parseCtt(readFileSync(path.resolve(repoRoot, '../shared/benchmarks/ctt/comp01.ctt'), 'utf8')));

describe('solve', () => {
  it('solves the tiny problem without hard violations', () => {
    const result = solve(tinyProblem(), { seed: 1, maxIterations: 5000 });
    expect(result.evaluation.hard).toBe(0);
    expect(result.placements.map((p) => p.lesson).sort()).toEqual(['m1', 'm2', 'p1']);
    expect(result.unplaced).toEqual([]);
    expect(result.overloads).toEqual([]);
  });

  it('leaves the problem it is given unchanged and returns plain JSON', () => {
    const problem = tinyProblem();
    problem.lessons[2].fixed = { period: 1, room: 'r2' };
    const copy = JSON.parse(JSON.stringify(problem));
    const result = solve(problem, { seed: 4, maxIterations: 2000 });
    expect(problem).toEqual(copy);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('with stopWhenFeasible ends at the first feasible timetable, or when only lessons no room can take are left', () => {
    const full = solve(comp01, { seed: 2, maxIterations: 200000 });
    const early = solve(comp01, { seed: 2, maxIterations: 200000, stopWhenFeasible: true });
    expect(early.evaluation.hard).toBe(0);
    expect(early.iterations).toBeLessThan(full.iterations);
    expect(early.evaluation.soft).toBeGreaterThanOrEqual(full.evaluation.soft);
    const problem = tinyProblem();
    problem.lessons.push({ id: 'x1', course: problem.lessons[0].course, teachers: [], groups: [], students: 1, roomTypes: ['observatory'] });
    const stuck = solve(problem, { seed: 1, maxIterations: 200000, stopWhenFeasible: true });
    expect(stuck.evaluation.hard).toBe(1);
    expect(stuck.unplaced.map((u) => u.lesson)).toEqual(['x1']);
    expect(stuck.iterations).toBeLessThan(1000);
  });

  it('returns the same timetable for the same seed', () => {
    const a = solve(comp01, { seed: 5, maxIterations: 30000 });
    const b = solve(comp01, { seed: 5, maxIterations: 30000 });
    expect(b.solution).toEqual(a.solution);
    expect(b.checkpoint).toEqual(a.checkpoint);
  });

  it('continues from a checkpoint exactly as an uninterrupted run of the same length', () => {
    const model = compileProblem(comp01);
    // The first cycle lasts 2000 × 160 iterations, so both halves cross a reheat.
    const whole = solveModel(model, { seed: 11, maxIterations: 450_000 });
    const first = solveModel(model, { seed: 11, maxIterations: 170_000 });
    const saved = JSON.parse(JSON.stringify(first.checkpoint));
    const second = solveModel(model, { seed: 11, maxIterations: 450_000, checkpoint: saved });
    expect(first.iterations).toBe(170_000);
    expect(second.iterations).toBe(whole.iterations);
    expect(second.solution).toEqual(whole.solution);
    expect(second.checkpoint).toEqual(whole.checkpoint);
  });

  it('refuses a checkpoint taken on another problem', () => {
    const first = solve(tinyProblem(), { seed: 1, maxIterations: 10 });
    expect(() => solve(comp01, { seed: 1, maxIterations: 10, checkpoint: first.checkpoint })).toThrow(/the checkpoint is for problem/);
  });

  it('never moves a fixed lesson', () => {
    const problem = tinyProblem();
    problem.lessons[0].fixed = { period: 4, room: 'r2' };
    const result = solve(problem, { seed: 2, maxIterations: 20000 });
    expect(result.placements.find((p) => p.lesson === 'm1')).toMatchObject({ period: 4, day: 1, periodOfDay: 1, room: 'r2' });
  });

  it('stops on the clock it is given', () => {
    let t = 0;
    const result = solve(comp01, { seed: 1, seconds: 1, now: () => (t += 10) });
    // Each clock read advances 10 ms and the clock is read every 256 iterations: 100 reads make a second.
    expect(result.iterations).toBeLessThanOrEqual(256 * 101);
    expect(result.iterations).toBeGreaterThan(0);
  });
});

describe('solve on an impossible problem', () => {
  function crowded(): Problem {
    return {
      days: 1,
      periodsPerDay: 2,
      rooms: [{ id: 'r1', capacity: 50 }],
      courses: [{ id: 'c0001' }, { id: 'c0002' }],
      teachers: [{ id: 't003', unavailable: [0, 1] }],
      lessons: [
        { id: 'a1', course: 'c0001', teachers: ['t001'], groups: ['g1'], students: 10 },
        { id: 'a2', course: 'c0001', teachers: ['t002'], groups: ['g2'], students: 10 },
        { id: 'a3', course: 'c0001', teachers: ['t004'], groups: ['g3'], students: 10 },
        { id: 'b1', course: 'c0002', teachers: ['t003'], groups: ['g4'], students: 10 },
        { id: 'b2', course: 'c0002', teachers: ['t003'], groups: ['g4'], students: 10 },
      ],
    };
  }

  it('returns the best timetable and says why each lesson could not be placed', () => {
    const result = solve(crowded(), { seed: 1, maxIterations: 20000 });
    expect(result.placements.length).toBe(2);
    expect(result.evaluation.hardCounts.unplacedLesson).toBe(3);
    expect(result.evaluation.hard).toBe(3);
    expect(result.unplacedSummary).toEqual([
      'course c0001: 1 lesson unplaced: no room slot left (all 2 suitable room-periods in its available periods are taken)',
      'course c0002: 2 lessons unplaced: teacher t003 has no available period',
    ]);
    expect(result.overloads).toEqual([
      'teacher t003 has 2 lessons but only 0 available periods',
      'group g4 has 2 lessons but only 0 available periods',
      '5 lessons can only use all rooms, which offer 2 room-periods',
    ]);
  });

  it('names a room type that no room has', () => {
    const problem = crowded();
    problem.lessons = [{ id: 'x', course: 'c0001', teachers: ['t1'], groups: [], students: 5, roomTypes: ['lab'], roomFeatures: ['pc'] }];
    expect(solve(problem, { seed: 1, maxIterations: 100 }).unplacedSummary).toEqual(['course c0001: 1 lesson unplaced: no room has type lab and features pc']);
  });

  it('reports the unavoidable clash of a group with more lessons than periods', () => {
    const problem = crowded();
    problem.rooms.push({ id: 'r2', capacity: 50 }, { id: 'r3', capacity: 50 });
    problem.teachers = [];
    problem.lessons = ['x1', 'x2', 'x3'].map((id, i) => ({ id, course: 'c0001', teachers: [`t${i}`], groups: ['g1'], students: 5 }));
    const result = solve(problem, { seed: 1, maxIterations: 5000 });
    expect(result.evaluation.hardCounts.groupClash).toBe(1);
    expect(result.overloads).toEqual(['group g1 has 3 lessons but only 2 available periods']);
    expect(result.hardViolations).toHaveLength(1);
    expect(result.hardViolations[0]).toMatch(/^group g1 has 2 lessons at day 0 period [01]: x\d, x\d$/);
  });
});
