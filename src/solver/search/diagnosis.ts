// Explains, in words, why lessons stayed unplaced and which hard rules the best timetable still breaks.

import { describeGroupClashes } from '../core/constraints/groupClash';
import { describeRoomOccupancy } from '../core/constraints/roomOccupancy';
import { describeRoomSuitability } from '../core/constraints/roomSuitability';
import { describeTeacherClashes } from '../core/constraints/teacherClash';
import { describeUnavailability } from '../core/constraints/unavailability';
import type { Model } from '../core/model';
import { describePeriod, type Solution } from '../core/solution';

export interface UnplacedLesson {
  lesson: string;
  course: string;
  reason: string;
}

/** One reason per unplaced lesson, most specific first (no period, no room, no slot, clashes). */
export function explainUnplaced(model: Model, s: Solution): UnplacedLesson[] {
  const out: UnplacedLesson[] = [];
  for (let e = 0; e < model.eventCount; e++) {
    if (s.periods[e] >= 0 && s.rooms[e] >= 0) continue;
    const lesson = model.problem.lessons[e];
    out.push({ lesson: lesson.id, course: lesson.course, reason: reasonFor(model, s, e) });
  }
  return out;
}

/**
 * Groups unplaced lessons by course and reason.
 *
 * @example
 * summarizeUnplaced([{ lesson: 'c1-0', course: 'c1', reason: 'no room slot left' }, { lesson: 'c1-1', course: 'c1', reason: 'no room slot left' }])
 * // ['course c1: 2 lessons unplaced: no room slot left']
 */
export function summarizeUnplaced(unplaced: UnplacedLesson[]): string[] {
  const counts = new Map<string, { course: string; reason: string; n: number }>();
  for (const u of unplaced) {
    const key = `${u.course}\u0000${u.reason}`;
    const entry = counts.get(key);
    if (entry) entry.n++;
    else counts.set(key, { course: u.course, reason: u.reason, n: 1 });
  }
  return Array.from(counts.values()).map(
    (c) => `course ${c.course}: ${c.n} ${c.n === 1 ? 'lesson' : 'lessons'} unplaced: ${c.reason}`,
  );
}

/** Every hard violation of a placed lesson, one line each. */
export function describeHardViolations(model: Model, s: Solution): string[] {
  return [
    ...describeGroupClashes(model, s),
    ...describeTeacherClashes(model, s),
    ...describeRoomOccupancy(model, s),
    ...describeUnavailability(model, s),
    ...describeRoomSuitability(model, s),
  ];
}

/**
 * Capacity problems visible before any search: a teacher or group with more lessons than periods
 * it can attend, and lessons that need a set of rooms with fewer room-periods than lessons.
 */
export function describeOverloads(model: Model): string[] {
  const out: string[] = [];
  const E = model.eventCount;
  const P = model.periodCount;
  const resources: [string, string[], Int32Array, Int32Array][] = [
    ['teacher', model.teacherIds, model.eventTeacherStart, model.eventTeacherList],
    ['group', model.groupIds, model.eventGroupStart, model.eventGroupList],
  ];
  for (const [kind, ids, start, list] of resources) {
    const lessons = new Int32Array(ids.length);
    const usable = new Uint8Array(ids.length * P);
    for (let e = 0; e < E; e++) {
      for (let i = start[e]; i < start[e + 1]; i++) {
        const x = list[i];
        lessons[x]++;
        for (let j = model.eventPeriodStart[e]; j < model.eventPeriodStart[e + 1]; j++) usable[x * P + model.eventPeriodList[j]] = 1;
      }
    }
    ids.forEach((id, x) => {
      let periods = 0;
      for (let p = 0; p < P; p++) periods += usable[x * P + p];
      if (lessons[x] > periods) out.push(`${kind} ${id} has ${lessons[x]} lessons but only ${periods} available periods`);
    });
  }
  const bySet = new Map<string, { rooms: number[]; lessons: number }>();
  for (let e = 0; e < E; e++) {
    const rooms = Array.from(model.eventRoomList.slice(model.eventRoomStart[e], model.eventRoomStart[e + 1]));
    if (rooms.length === 0) continue;
    const key = rooms.join(',');
    const entry = bySet.get(key);
    if (entry) entry.lessons++;
    else bySet.set(key, { rooms, lessons: 1 });
  }
  const sets = Array.from(bySet.values());
  for (const s of sets) {
    let demand = 0;
    for (const t of sets) if (t.rooms.every((r) => s.rooms.indexOf(r) >= 0)) demand += t.lessons;
    const supply = s.rooms.length * P;
    if (demand > supply) {
      const names = s.rooms.length === model.roomCount ? 'all rooms' : `rooms ${s.rooms.map((r) => model.roomIds[r]).join(', ')}`;
      out.push(`${demand} lessons can only use ${names}, which offer ${supply} room-periods`);
    }
  }
  return out;
}

function reasonFor(model: Model, s: Solution, e: number): string {
  const P = model.periodCount;
  const R = model.roomCount;
  const lesson = model.problem.lessons[e];
  const fixedP = model.eventFixedPeriod[e];
  if (fixedP >= 0) {
    const fixedR = model.eventFixedRoom[e];
    const at = `${describePeriod(fixedP, model.periodsPerDay)} in room ${model.roomIds[fixedR]}`;
    if (model.eventPeriodAllowed[e * P + fixedP] === 0) return `its fixed slot (${at}) is an unavailable period`;
    if (model.eventRoomAllowed[e * R + fixedR] === 0) return `its fixed room ${model.roomIds[fixedR]} does not have the required type or features`;
    return `its fixed slot (${at}) is taken by another fixed lesson`;
  }
  if (model.eventPeriodStart[e + 1] === model.eventPeriodStart[e]) {
    for (const id of lesson.teachers) {
      if (fullyBlocked(model, model.problem.teachers?.find((t) => t.id === id)?.unavailable)) return `teacher ${id} has no available period`;
    }
    for (const id of lesson.groups) {
      if (fullyBlocked(model, model.problem.groups?.find((g) => g.id === id)?.unavailable)) return `group ${id} has no available period`;
    }
    if (fullyBlocked(model, lesson.unavailable)) return 'it is unavailable in every period';
    return 'its teachers, groups and own unavailability leave no period';
  }
  if (model.eventRoomStart[e + 1] === model.eventRoomStart[e]) {
    const wants: string[] = [];
    if (lesson.roomTypes && lesson.roomTypes.length > 0) wants.push(`type ${lesson.roomTypes.join(' or ')}`);
    if (lesson.roomFeatures && lesson.roomFeatures.length > 0) wants.push(`features ${lesson.roomFeatures.join(', ')}`);
    return `no room has ${wants.join(' and ')}`;
  }
  let freeSlots = 0;
  let suitableSlots = 0;
  const taken = new Uint8Array(P * R);
  for (let o = 0; o < model.eventCount; o++) if (s.periods[o] >= 0 && s.rooms[o] >= 0) taken[s.periods[o] * R + s.rooms[o]] = 1;
  for (let i = model.eventPeriodStart[e]; i < model.eventPeriodStart[e + 1]; i++) {
    const p = model.eventPeriodList[i];
    for (let j = model.eventRoomStart[e]; j < model.eventRoomStart[e + 1]; j++) {
      suitableSlots++;
      if (taken[p * R + model.eventRoomList[j]] === 0) freeSlots++;
    }
  }
  if (freeSlots === 0) return `no room slot left (all ${suitableSlots} suitable room-periods in its available periods are taken)`;
  const overload = overloadedResource(model, e);
  if (overload) return overload;
  return 'every free suitable slot clashes with a lesson of the same group or teacher';
}

function fullyBlocked(model: Model, periods: number[] | undefined): boolean {
  if (!periods) return false;
  return new Set(periods).size >= model.periodCount;
}

/** A teacher or group of e with more lessons than periods it can attend, if any. */
function overloadedResource(model: Model, e: number): string | undefined {
  const P = model.periodCount;
  const check = (kind: string, id: string, owns: (o: number) => boolean): string | undefined => {
    let lessons = 0;
    const usable = new Uint8Array(P);
    for (let o = 0; o < model.eventCount; o++) {
      if (!owns(o)) continue;
      lessons++;
      for (let i = model.eventPeriodStart[o]; i < model.eventPeriodStart[o + 1]; i++) usable[model.eventPeriodList[i]] = 1;
    }
    let periods = 0;
    for (let p = 0; p < P; p++) periods += usable[p];
    return lessons > periods ? `${kind} ${id} has ${lessons} lessons but only ${periods} available periods` : undefined;
  };
  for (let i = model.eventTeacherStart[e]; i < model.eventTeacherStart[e + 1]; i++) {
    const t = model.eventTeacherList[i];
    const msg = check('teacher', model.teacherIds[t], (o) => hasIn(model.eventTeacherStart, model.eventTeacherList, o, t));
    if (msg) return msg;
  }
  for (let i = model.eventGroupStart[e]; i < model.eventGroupStart[e + 1]; i++) {
    const g = model.eventGroupList[i];
    const msg = check('group', model.groupIds[g], (o) => hasIn(model.eventGroupStart, model.eventGroupList, o, g));
    if (msg) return msg;
  }
  return undefined;
}

function hasIn(start: Int32Array, list: Int32Array, e: number, x: number): boolean {
  for (let i = start[e]; i < start[e + 1]; i++) if (list[i] === x) return true;
  return false;
}
