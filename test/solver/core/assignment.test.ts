import { describe, expect, it } from 'vitest';
import { Assignment } from '../../../src/solver/core/assignment';
import { evaluate } from '../../../src/solver/core/evaluator';
import { compileProblem, type Problem } from '../../../src/solver/core/model';
import { Random } from '../../../src/solver/core/random';
import { place, tinyProblem } from '../fixtures';

/** A random problem that exercises every criterion: shared groups and teachers, limits, preferences. */
function randomProblem(rng: Random): Problem {
  const days = 3;
  const periodsPerDay = 4;
  const P = days * periodsPerDay;
  const rooms = Array.from({ length: 4 }, (_, i) => ({ id: `r${i}`, capacity: 10 + 10 * rng.nextInt(4), type: i === 3 ? 'lab' : 'lecture', building: i % 2 ? 'B' : 'A' }));
  const courses = Array.from({ length: 8 }, (_, i) => ({ id: `c${i}`, minWorkingDays: 1 + rng.nextInt(3) }));
  const pick = (n: number): number[] => Array.from({ length: n }, () => rng.nextInt(P));
  const lessons = Array.from({ length: 30 }, (_, i) => ({
    id: `l${i}`,
    course: `c${i % 8}`,
    teachers: [`t${(i % 8) % 5}`],
    groups: [`g${rng.nextInt(4)}`, ...(rng.nextInt(2) ? [`g${rng.nextInt(4)}`] : [])],
    students: 5 + rng.nextInt(40),
    preferredBuilding: rng.nextInt(2) ? 'A' : undefined,
    undesired: pick(2),
    unavailable: pick(1),
  }));
  return {
    days,
    periodsPerDay,
    rooms,
    courses,
    lessons,
    groups: [{ id: 'g0', maxLessonsPerDay: 2 }, { id: 'g1', maxLessonsPerDay: 1 }],
    teachers: [{ id: 't1', undesired: [0, 1], unavailable: [11] }],
  };
}

function expectMatchesRecount(a: Assignment): void {
  const e = evaluate(a.model, a);
  expect(a.hard).toBe(e.hard);
  expect(a.soft).toBe(e.soft);
}

describe('Assignment', () => {
  it('starts with every lesson unplaced and the working-day shortfall as cost', () => {
    const a = new Assignment(compileProblem(tinyProblem()));
    expect(a.hard).toBe(3);
    expect(a.soft).toBe(5 * (2 + 1));
    expectMatchesRecount(a);
  });

  it('keeps the incremental cost equal to the full recount after random move sequences', () => {
    for (let trial = 0; trial < 20; trial++) {
      const rng = new Random(100 + trial);
      const model = compileProblem(randomProblem(rng), { roomPreference: 3, periodPreference: 2 });
      const a = new Assignment(model);
      for (let step = 0; step < 400; step++) {
        const e = rng.nextInt(model.eventCount);
        const p = rng.nextInt(model.periodCount);
        const r = rng.nextInt(model.roomCount);
        if (a.isPlaced(e) && rng.nextInt(4) === 0) {
          a.unplace(e);
        } else if (a.canTake(e, p, r)) {
          if (a.isPlaced(e)) a.unplace(e);
          a.place(e, p, r);
        } else if (a.isPlaced(e) && a.eventAt(p, r) >= 0 && a.eventAt(p, r) !== e) {
          const other = a.eventAt(p, r);
          const [pe, re] = [a.periods[e], a.rooms[e]];
          a.unplace(e);
          a.unplace(other);
          if (a.canTake(e, p, r) && a.canTake(other, pe, re)) {
            a.place(e, p, r);
            a.place(other, pe, re);
          } else {
            a.place(e, pe, re);
            a.place(other, p, r);
          }
        }
        if (step % 20 === 0) expectMatchesRecount(a);
      }
      expectMatchesRecount(a);
    }
  });

  it('loads a solution and skips placements that would double-book a room', () => {
    const a = new Assignment(compileProblem(tinyProblem()));
    expect(a.load(place([0, 0], [0, 0], [1, 1]))).toBe(1);
    expect(Array.from(a.periods)).toEqual([0, -1, 1]);
    expectMatchesRecount(a);
  });
});
