// The general timetabling problem (plain JSON input) and its compiled, typed-array form used by the search.

import type { CriterionWeights } from './criteria/weights';
import { resolveWeights } from './criteria/weights';

/** A room; `type` and `features` are matched against what a lesson asks for. */
export interface Room {
  id: string;
  capacity: number;
  type?: string;
  features?: string[];
  building?: string;
}

/** A teacher. Periods are numbered `day * periodsPerDay + periodOfDay`, from 0. */
export interface Teacher {
  id: string;
  /** Periods the teacher can never teach (hard). */
  unavailable?: number[];
  /** Periods the teacher would rather not teach (soft, `periodPreference`). */
  undesired?: number[];
}

/** A student group: a curriculum, a lecture stream, a practice group or a lab subgroup. */
export interface Group {
  id: string;
  /** Periods in which the group can never meet (hard). */
  unavailable?: number[];
  /** Lessons a day above which each extra lesson costs `maxLessonsPerDay` (soft); 0 or absent = no limit. */
  maxLessonsPerDay?: number;
}

/** A course: the lessons that share it are spread over days and kept in one room where possible. */
export interface Course {
  id: string;
  /** Distinct days the course's lessons should span (soft, `minWorkingDays`). */
  minWorkingDays?: number;
}

/** One meeting of one period. A course of six lectures is six events. */
export interface Lesson {
  id: string;
  course: string;
  teachers: string[];
  groups: string[];
  students: number;
  /** Room types this lesson may use; absent or empty = any type. */
  roomTypes?: string[];
  /** Features every room used must have (hard). */
  roomFeatures?: string[];
  /** Rooms outside this building cost `roomPreference` (soft). */
  preferredBuilding?: string;
  /** Periods the lesson itself can never take (hard), on top of its teachers' and groups'. */
  unavailable?: number[];
  /** Periods the lesson should avoid (soft, `periodPreference`). */
  undesired?: number[];
  /** A placement made by hand: the search keeps it and never moves the lesson. */
  fixed?: { period: number; room: string };
}

export interface Problem {
  name?: string;
  days: number;
  periodsPerDay: number;
  rooms: Room[];
  courses: Course[];
  lessons: Lesson[];
  /** Teachers and groups that need settings; ones only named by lessons are created implicitly. */
  teachers?: Teacher[];
  groups?: Group[];
}

/** Thrown for a problem that cannot even be compiled (unknown reference, bad period, bad size). */
export class ProblemError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProblemError';
  }
}

/**
 * The problem as flat typed arrays. Index spaces: events 0..eventCount-1 (one per lesson, same order),
 * periods 0..periodCount-1, rooms, groups, teachers, courses. Lists per event are CSR pairs
 * (`xStart[e]..xStart[e+1]` into `xList`).
 */
export interface Model {
  readonly problem: Problem;
  readonly weights: CriterionWeights;
  readonly eventCount: number;
  readonly roomCount: number;
  readonly periodCount: number;
  readonly dayCount: number;
  readonly periodsPerDay: number;
  readonly groupCount: number;
  readonly teacherCount: number;
  readonly courseCount: number;
  readonly roomIds: string[];
  readonly groupIds: string[];
  readonly teacherIds: string[];
  readonly courseIds: string[];
  readonly periodDay: Int32Array;
  readonly periodOfDay: Int32Array;
  readonly eventCourse: Int32Array;
  readonly eventStudents: Int32Array;
  readonly eventGroupStart: Int32Array;
  readonly eventGroupList: Int32Array;
  readonly eventTeacherStart: Int32Array;
  readonly eventTeacherList: Int32Array;
  /** 1 when event e may take period p: `[e * periodCount + p]`. */
  readonly eventPeriodAllowed: Uint8Array;
  readonly eventPeriodStart: Int32Array;
  readonly eventPeriodList: Int32Array;
  /** 1 when event e may use room r: `[e * roomCount + r]` (type and features). */
  readonly eventRoomAllowed: Uint8Array;
  readonly eventRoomStart: Int32Array;
  readonly eventRoomList: Int32Array;
  /** Unweighted seats missing: max(0, students - capacity), `[e * roomCount + r]`. */
  readonly eventRoomOverflow: Int32Array;
  /** 1 when the room is outside the lesson's preferred building. */
  readonly eventRoomOffBuilding: Uint8Array;
  /** 1 when the period is undesired by the lesson or one of its teachers. */
  readonly eventPeriodUndesired: Uint8Array;
  /** Weighted soft cost of a room choice (capacity + building), precomputed for the search. */
  readonly eventRoomCost: Int32Array;
  /** Weighted soft cost of a period choice (preferences), precomputed for the search. */
  readonly eventPeriodCost: Int32Array;
  readonly eventFixedPeriod: Int32Array;
  readonly eventFixedRoom: Int32Array;
  readonly courseMinDays: Int32Array;
  readonly courseEventStart: Int32Array;
  readonly courseEventList: Int32Array;
  readonly groupMaxPerDay: Int32Array;
  /** Events that share a group or a teacher with event e (its conflict-graph neighbours). */
  readonly eventNeighbourStart: Int32Array;
  readonly eventNeighbourList: Int32Array;
}

/** Compiles a problem; weights missing from `weights` take their defaults. */
export function compileProblem(problem: Problem, weights?: Partial<CriterionWeights>): Model {
  const w = resolveWeights(weights);
  const days = problem.days;
  const ppd = problem.periodsPerDay;
  if (!(Number.isInteger(days) && days > 0 && Number.isInteger(ppd) && ppd > 0)) {
    throw new ProblemError(`the time grid needs a positive number of days and periods per day, got ${days} x ${ppd}`);
  }
  const P = days * ppd;
  const R = problem.rooms.length;
  const E = problem.lessons.length;

  const roomIndex = indexIds(problem.rooms.map((r) => r.id), 'room');
  const courseIndex = indexIds(problem.courses.map((c) => c.id), 'course');
  const teacherIds: string[] = [];
  const teacherIndex = new Map<string, number>();
  const teacherSpecs: (Teacher | undefined)[] = [];
  for (const t of problem.teachers ?? []) {
    if (teacherIndex.has(t.id)) throw new ProblemError(`teacher ${t.id} is listed twice`);
    teacherIndex.set(t.id, teacherIds.length);
    teacherIds.push(t.id);
    teacherSpecs.push(t);
  }
  const groupIds: string[] = [];
  const groupIndex = new Map<string, number>();
  const groupSpecs: (Group | undefined)[] = [];
  for (const g of problem.groups ?? []) {
    if (groupIndex.has(g.id)) throw new ProblemError(`group ${g.id} is listed twice`);
    groupIndex.set(g.id, groupIds.length);
    groupIds.push(g.id);
    groupSpecs.push(g);
  }
  const teacherOf = (id: string): number => {
    let i = teacherIndex.get(id);
    if (i === undefined) {
      i = teacherIds.length;
      teacherIndex.set(id, i);
      teacherIds.push(id);
      teacherSpecs.push(undefined);
    }
    return i;
  };
  const groupOf = (id: string): number => {
    let i = groupIndex.get(id);
    if (i === undefined) {
      i = groupIds.length;
      groupIndex.set(id, i);
      groupIds.push(id);
      groupSpecs.push(undefined);
    }
    return i;
  };
  const checkPeriod = (p: number, where: string): void => {
    if (!(Number.isInteger(p) && p >= 0 && p < P)) throw new ProblemError(`${where}: period ${p} is outside 0..${P - 1}`);
  };

  const eventCourse = new Int32Array(E);
  const eventStudents = new Int32Array(E);
  const groupLists: number[][] = [];
  const teacherLists: number[][] = [];
  for (let e = 0; e < E; e++) {
    const l = problem.lessons[e];
    const c = courseIndex.get(l.course);
    if (c === undefined) throw new ProblemError(`lesson ${l.id}: unknown course ${l.course}`);
    eventCourse[e] = c;
    eventStudents[e] = Math.max(0, Math.floor(l.students));
    groupLists.push(unique(l.groups.map(groupOf)));
    teacherLists.push(unique(l.teachers.map(teacherOf)));
  }
  const G = groupIds.length;
  const T = teacherIds.length;
  const C = problem.courses.length;

  const teacherBlocked = new Uint8Array(T * P);
  const teacherUndesired = new Uint8Array(T * P);
  teacherSpecs.forEach((t, i) => {
    for (const p of t?.unavailable ?? []) {
      checkPeriod(p, `teacher ${teacherIds[i]}`);
      teacherBlocked[i * P + p] = 1;
    }
    for (const p of t?.undesired ?? []) {
      checkPeriod(p, `teacher ${teacherIds[i]}`);
      teacherUndesired[i * P + p] = 1;
    }
  });
  const groupBlocked = new Uint8Array(G * P);
  const groupMaxPerDay = new Int32Array(G);
  groupSpecs.forEach((g, i) => {
    for (const p of g?.unavailable ?? []) {
      checkPeriod(p, `group ${groupIds[i]}`);
      groupBlocked[i * P + p] = 1;
    }
    groupMaxPerDay[i] = Math.max(0, Math.floor(g?.maxLessonsPerDay ?? 0));
  });

  const eventPeriodAllowed = new Uint8Array(E * P);
  const eventPeriodUndesired = new Uint8Array(E * P);
  const eventRoomAllowed = new Uint8Array(E * R);
  const eventRoomOverflow = new Int32Array(E * R);
  const eventRoomOffBuilding = new Uint8Array(E * R);
  const eventFixedPeriod = new Int32Array(E).fill(-1);
  const eventFixedRoom = new Int32Array(E).fill(-1);
  for (let e = 0; e < E; e++) {
    const l = problem.lessons[e];
    const own = new Uint8Array(P);
    for (const p of l.unavailable ?? []) {
      checkPeriod(p, `lesson ${l.id}`);
      own[p] = 1;
    }
    for (const p of l.undesired ?? []) {
      checkPeriod(p, `lesson ${l.id}`);
      eventPeriodUndesired[e * P + p] = 1;
    }
    for (let p = 0; p < P; p++) {
      let blocked = own[p] === 1;
      for (const t of teacherLists[e]) {
        if (teacherBlocked[t * P + p]) blocked = true;
        if (teacherUndesired[t * P + p]) eventPeriodUndesired[e * P + p] = 1;
      }
      for (const g of groupLists[e]) if (groupBlocked[g * P + p]) blocked = true;
      eventPeriodAllowed[e * P + p] = blocked ? 0 : 1;
    }
    const types = l.roomTypes ?? [];
    const features = l.roomFeatures ?? [];
    for (let r = 0; r < R; r++) {
      const room = problem.rooms[r];
      const typeOk = types.length === 0 || (room.type !== undefined && types.indexOf(room.type) >= 0);
      const featuresOk = features.every((f) => (room.features ?? []).indexOf(f) >= 0);
      eventRoomAllowed[e * R + r] = typeOk && featuresOk ? 1 : 0;
      eventRoomOverflow[e * R + r] = Math.max(0, eventStudents[e] - room.capacity);
      eventRoomOffBuilding[e * R + r] = l.preferredBuilding !== undefined && room.building !== l.preferredBuilding ? 1 : 0;
    }
    if (l.fixed) {
      checkPeriod(l.fixed.period, `lesson ${l.id} (fixed)`);
      const r = roomIndex.get(l.fixed.room);
      if (r === undefined) throw new ProblemError(`lesson ${l.id}: fixed to unknown room ${l.fixed.room}`);
      eventFixedPeriod[e] = l.fixed.period;
      eventFixedRoom[e] = r;
    }
  }

  const eventRoomCost = new Int32Array(E * R);
  for (let i = 0; i < E * R; i++) {
    eventRoomCost[i] = w.roomCapacity * eventRoomOverflow[i] + w.roomPreference * eventRoomOffBuilding[i];
  }
  const eventPeriodCost = new Int32Array(E * P);
  for (let i = 0; i < E * P; i++) eventPeriodCost[i] = w.periodPreference * eventPeriodUndesired[i];

  const periodDay = new Int32Array(P);
  const periodOfDay = new Int32Array(P);
  for (let p = 0; p < P; p++) {
    periodDay[p] = Math.floor(p / ppd);
    periodOfDay[p] = p % ppd;
  }

  const courseMinDays = new Int32Array(C);
  problem.courses.forEach((c, i) => {
    courseMinDays[i] = Math.max(0, Math.floor(c.minWorkingDays ?? 0));
  });
  const courseLists: number[][] = problem.courses.map(() => []);
  for (let e = 0; e < E; e++) courseLists[eventCourse[e]].push(e);

  const byGroup: number[][] = groupIds.map(() => []);
  const byTeacher: number[][] = teacherIds.map(() => []);
  for (let e = 0; e < E; e++) {
    for (const g of groupLists[e]) byGroup[g].push(e);
    for (const t of teacherLists[e]) byTeacher[t].push(e);
  }
  const neighbours: number[][] = [];
  for (let e = 0; e < E; e++) {
    const set = new Set<number>();
    for (const g of groupLists[e]) for (const o of byGroup[g]) if (o !== e) set.add(o);
    for (const t of teacherLists[e]) for (const o of byTeacher[t]) if (o !== e) set.add(o);
    neighbours.push(Array.from(set).sort((a, b) => a - b));
  }

  const periodLists: number[][] = [];
  const roomLists: number[][] = [];
  for (let e = 0; e < E; e++) {
    const ps: number[] = [];
    for (let p = 0; p < P; p++) if (eventPeriodAllowed[e * P + p]) ps.push(p);
    periodLists.push(ps);
    const rs: number[] = [];
    for (let r = 0; r < R; r++) if (eventRoomAllowed[e * R + r]) rs.push(r);
    roomLists.push(rs);
  }

  const [eventGroupStart, eventGroupList] = toCsr(groupLists);
  const [eventTeacherStart, eventTeacherList] = toCsr(teacherLists);
  const [eventPeriodStart, eventPeriodList] = toCsr(periodLists);
  const [eventRoomStart, eventRoomList] = toCsr(roomLists);
  const [courseEventStart, courseEventList] = toCsr(courseLists);
  const [eventNeighbourStart, eventNeighbourList] = toCsr(neighbours);

  return {
    problem,
    weights: w,
    eventCount: E,
    roomCount: R,
    periodCount: P,
    dayCount: days,
    periodsPerDay: ppd,
    groupCount: G,
    teacherCount: T,
    courseCount: C,
    roomIds: problem.rooms.map((r) => r.id),
    groupIds,
    teacherIds,
    courseIds: problem.courses.map((c) => c.id),
    periodDay,
    periodOfDay,
    eventCourse,
    eventStudents,
    eventGroupStart,
    eventGroupList,
    eventTeacherStart,
    eventTeacherList,
    eventPeriodAllowed,
    eventPeriodStart,
    eventPeriodList,
    eventRoomAllowed,
    eventRoomStart,
    eventRoomList,
    eventRoomOverflow,
    eventRoomOffBuilding,
    eventPeriodUndesired,
    eventRoomCost,
    eventPeriodCost,
    eventFixedPeriod,
    eventFixedRoom,
    courseMinDays,
    courseEventStart,
    courseEventList,
    groupMaxPerDay,
    eventNeighbourStart,
    eventNeighbourList,
  };
}

function indexIds(ids: string[], kind: string): Map<string, number> {
  const m = new Map<string, number>();
  ids.forEach((id, i) => {
    if (m.has(id)) throw new ProblemError(`${kind} ${id} is listed twice`);
    m.set(id, i);
  });
  return m;
}

function unique(xs: number[]): number[] {
  return Array.from(new Set(xs));
}

function toCsr(lists: number[][]): [Int32Array, Int32Array] {
  const start = new Int32Array(lists.length + 1);
  let n = 0;
  for (let i = 0; i < lists.length; i++) {
    start[i] = n;
    n += lists[i].length;
  }
  start[lists.length] = n;
  const list = new Int32Array(n);
  let k = 0;
  for (const l of lists) for (const x of l) list[k++] = x;
  return [start, list];
}
