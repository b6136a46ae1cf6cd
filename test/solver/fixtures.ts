// Small hand-checkable fixtures shared by the solver tests.

import type { Problem } from '../../src/solver/core/model';

/** 2 days × 3 periods; CTT file whose costs are worked out by hand in the validator tests. */
export const TINY_CTT = `Name: Tiny
Courses: 3
Rooms: 2
Days: 2
Periods_per_day: 3
Curricula: 2
Constraints: 2

COURSES:
c1 t1 2 2 30
c2 t2 2 1 10
c3 t1 1 1 50

ROOMS:
rA 40
rB 20

CURRICULA:
q1 2 c1 c2
q2 1 c3

UNAVAILABILITY_CONSTRAINTS:
c1 0 0
c3 1 2

END.
`;

/**
 * 2 days × 3 periods (periods 0–2 are day 0, 3–5 day 1). Lessons: m1, m2 of course m (teacher T1,
 * groups G1 and G2, 25 students, prefer building A); p1 of course p (teacher T2, group G1, 12
 * students, needs a lab with pc). G1 allows 1 lesson a day; T2 cannot teach in period 5 and
 * would rather not teach in period 0.
 */
export function tinyProblem(): Problem {
  return {
    name: 'tiny',
    days: 2,
    periodsPerDay: 3,
    rooms: [
      { id: 'r1', capacity: 30, type: 'lecture', building: 'A' },
      { id: 'r2', capacity: 10, type: 'lab', features: ['pc'], building: 'B' },
    ],
    courses: [
      { id: 'm', minWorkingDays: 2 },
      { id: 'p', minWorkingDays: 1 },
    ],
    teachers: [{ id: 'T2', unavailable: [5], undesired: [0] }],
    groups: [{ id: 'G1', maxLessonsPerDay: 1 }],
    lessons: [
      { id: 'm1', course: 'm', teachers: ['T1'], groups: ['G1', 'G2'], students: 25, preferredBuilding: 'A' },
      { id: 'm2', course: 'm', teachers: ['T1'], groups: ['G1', 'G2'], students: 25, preferredBuilding: 'A' },
      { id: 'p1', course: 'p', teachers: ['T2'], groups: ['G1'], students: 12, roomTypes: ['lab'], roomFeatures: ['pc'] },
    ],
  };
}

/** A solution of {@link tinyProblem} from `[period, room]` per lesson (m1, m2, p1); null = unplaced. */
export function place(...slots: ([number, number] | null)[]): { periods: number[]; rooms: number[] } {
  return { periods: slots.map((s) => (s ? s[0] : -1)), rooms: slots.map((s) => (s ? s[1] : -1)) };
}
