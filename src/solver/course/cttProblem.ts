// The curriculum-based course timetabling view: an ITC-2007 instance as a general problem, and back.

import type { CriterionWeights } from '../core/criteria/weights';
import type { Problem } from '../core/model';
import type { CttInstance, CttLecture } from '../io/ctt';

/** The competition's objective: S1 ×1, S2 ×5, S3 ×2, S4 ×1, nothing else. */
export const CTT_WEIGHTS: CriterionWeights = {
  roomCapacity: 1,
  minWorkingDays: 5,
  groupCompactness: 2,
  roomStability: 1,
  maxLessonsPerDay: 0,
  periodPreference: 0,
  roomPreference: 0,
};

/**
 * Maps an instance to the general model: each lecture is a lesson `<course>#<k>`, curricula are
 * groups, the course's teacher is the lesson's teacher (so same-teacher clashes and two lectures
 * of one course in a period are clashes, as H1/H2 require), unavailability is per lesson.
 */
export function cttToProblem(instance: CttInstance): Problem {
  const ppd = instance.periodsPerDay;
  const groupsOf = new Map<string, string[]>();
  for (const c of instance.courses) groupsOf.set(c.id, []);
  for (const q of instance.curricula) for (const c of q.courses) groupsOf.get(c)?.push(q.id);
  const blocked = new Map<string, number[]>();
  for (const u of instance.unavailability) {
    const list = blocked.get(u.course) ?? [];
    list.push(u.day * ppd + u.period);
    blocked.set(u.course, list);
  }
  const lessons: Problem['lessons'] = [];
  for (const c of instance.courses) {
    for (let k = 0; k < c.lectures; k++) {
      lessons.push({
        id: `${c.id}#${k}`,
        course: c.id,
        teachers: [c.teacher],
        groups: groupsOf.get(c.id) ?? [],
        students: c.students,
        unavailable: blocked.get(c.id) ?? [],
      });
    }
  }
  return {
    name: instance.name,
    days: instance.days,
    periodsPerDay: ppd,
    rooms: instance.rooms.map((r) => ({ id: r.id, capacity: r.capacity })),
    courses: instance.courses.map((c) => ({ id: c.id, minWorkingDays: c.minWorkingDays })),
    groups: instance.curricula.map((q) => ({ id: q.id })),
    lessons,
  };
}

/** The competition solution lines of a general solution of `cttToProblem(instance)` (unplaced lessons omitted). */
export function solutionToLectures(problem: Problem, solution: { periods: ArrayLike<number>; rooms: ArrayLike<number> }): CttLecture[] {
  const out: CttLecture[] = [];
  problem.lessons.forEach((l, e) => {
    const p = solution.periods[e];
    const r = solution.rooms[e];
    if (p < 0 || r < 0) return;
    out.push({ course: l.course, room: problem.rooms[r].id, day: Math.floor(p / problem.periodsPerDay), period: p % problem.periodsPerDay });
  });
  return out;
}

/**
 * The general solution for competition lines: the k-th line of a course fills lesson `<course>#k`;
 * lines beyond a course's lecture count are dropped (the CTT validator still counts them).
 */
export function lecturesToSolution(problem: Problem, lectures: CttLecture[]): { periods: Int32Array; rooms: Int32Array } {
  const roomIndex = new Map(problem.rooms.map((r, i) => [r.id, i] as [string, number]));
  const slots = new Map<string, number[]>();
  problem.lessons.forEach((l, e) => {
    const list = slots.get(l.course) ?? [];
    list.push(e);
    slots.set(l.course, list);
  });
  const periods = new Int32Array(problem.lessons.length).fill(-1);
  const rooms = new Int32Array(problem.lessons.length).fill(-1);
  for (const l of lectures) {
    const e = slots.get(l.course)?.shift();
    const r = roomIndex.get(l.room);
    if (e === undefined || r === undefined) continue;
    periods[e] = l.day * problem.periodsPerDay + l.period;
    rooms[e] = r;
  }
  return { periods, rooms };
}
