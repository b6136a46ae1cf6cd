// Turns a semester's meetings, rooms, grid and teacher availability into the solver's plain-JSON problem.

import type { Room } from '../types';
import type { Meeting } from './meetings';
import { closedPeriods, type StudyGrid } from './grid';

/** The solver's problem shape (structurally the `Problem` of src/solver, which domain may not import). */
export interface SchedulingProblem {
  name: string;
  days: number;
  periodsPerDay: number;
  rooms: Array<{ id: string; capacity: number; type: string; features: string[]; building: string }>;
  courses: Array<{ id: string; minWorkingDays: number }>;
  lessons: SchedulingLesson[];
  teachers: Array<{ id: string; unavailable: number[] }>;
  groups: Array<{ id: string; maxLessonsPerDay: number }>;
}

export interface SchedulingLesson {
  id: string;
  course: string;
  teachers: string[];
  groups: string[];
  students: number;
  roomTypes: string[];
  roomFeatures: string[];
  unavailable?: number[];
  fixed?: { period: number; room: string };
}

export interface ProblemOptions {
  maxPairsPerDay: number;
  /** Teacher id → periods the teacher cannot teach. */
  unavailable: ReadonlyMap<string, readonly number[]>;
  /** Lesson id → a pinned placement kept by the search. */
  pinned: ReadonlyMap<string, { period: number; room: string }>;
  /** Placements of other timetables (other faculties) that occupy rooms and teachers: kept as fixed lessons. */
  blockers?: ReadonlyArray<{ id: string; teacher: string; room: string; period: number; groups?: readonly string[] }>;
}

/** The feature a room has when it seats at least n: the capacity becomes a hard rule through room features. */
export function seatsFeature(n: number): string {
  return `seats:${n}`;
}

/** Lesson id of the k-th (1-based) weekly pair of a meeting. */
export function lessonId(meetingId: string, k: number): string {
  return `${meetingId}#${k}`;
}

/** Meeting id and pair number of a lesson id. */
export function parseLessonId(id: string): { meetingId: string; k: number } | null {
  const at = id.lastIndexOf('#');
  if (at < 0) return null;
  const k = Number(id.slice(at + 1));
  return Number.isInteger(k) && k > 0 ? { meetingId: id.slice(0, at), k } : null;
}

/**
 * Builds the solver problem: one lesson per weekly pair of each meeting; groups are the meeting's student units
 * with the maximum pairs a day; a course per meeting whose pairs should fall on different days (min working
 * days = weekly pairs, capped by the grid); rooms must have the type and the seats (hard).
 */
export function buildSchedulingProblem(name: string, meetings: readonly Meeting[], rooms: readonly Room[], grid: StudyGrid, options: ProblemOptions): SchedulingProblem {
  const days = grid.days.length;
  const ppd = grid.pairs.length;
  const closed = closedPeriods(grid);
  const sizes = new Set<number>(meetings.map((m) => m.students));
  const roomList = rooms.map((r) => ({
    id: r.number,
    capacity: r.capacity,
    type: r.type,
    building: r.building,
    features: [...r.features, ...Array.from(sizes).filter((n) => n <= r.capacity).sort((a, b) => a - b).map(seatsFeature)],
  }));
  const lessons: SchedulingLesson[] = [];
  const units = new Set<string>();
  const teachers = new Set<string>();
  for (const m of meetings) {
    for (const u of m.units) units.add(u);
    if (m.teacherId) teachers.add(m.teacherId);
    for (let k = 1; k <= m.weeklyPairs; k++) {
      const id = lessonId(m.id, k);
      const lesson: SchedulingLesson = {
        id,
        course: m.id,
        teachers: m.teacherId ? [m.teacherId] : [],
        groups: [...m.units],
        students: m.students,
        roomTypes: [...m.roomTypes],
        roomFeatures: [seatsFeature(m.students)],
      };
      if (closed.length > 0) lesson.unavailable = closed;
      const pin = options.pinned.get(id);
      if (pin) lesson.fixed = { period: pin.period, room: pin.room };
      lessons.push(lesson);
    }
  }
  const courses = meetings.map((m) => ({ id: m.id, minWorkingDays: Math.min(m.weeklyPairs, days) }));
  for (const b of options.blockers ?? []) {
    courses.push({ id: `blocker:${b.id}`, minWorkingDays: 0 });
    lessons.push({ id: `blocker:${b.id}`, course: `blocker:${b.id}`, teachers: b.teacher ? [b.teacher] : [], groups: [...(b.groups ?? [])], students: 0, roomTypes: [], roomFeatures: [], fixed: { period: b.period, room: b.room } });
    if (b.teacher) teachers.add(b.teacher);
  }
  return {
    name,
    days,
    periodsPerDay: ppd,
    rooms: roomList,
    courses,
    lessons,
    teachers: Array.from(teachers)
      .sort()
      .map((id) => ({ id, unavailable: [...(options.unavailable.get(id) ?? [])] })),
    groups: Array.from(units)
      .sort()
      .map((id) => ({ id, maxLessonsPerDay: options.maxPairsPerDay })),
  };
}
