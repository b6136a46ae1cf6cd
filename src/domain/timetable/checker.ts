// Re-validates a (hand-edited) timetable: every clash, unsuitable room, unavailable period and slot outside the grid.

import type { Problem } from '../errors';
import type { LessonType, Room } from '../types';
import { periodOf, type StudyGrid } from './grid';
import { ROOM_TYPES_FOR } from './meetings';

/** One row of the Timetable sheet, as the checker needs it. */
export interface TimetableEntry {
  row: number;
  lesson: string;
  day: number;
  pair: number;
  disciplineCode: string;
  disciplineName: string;
  type: LessonType;
  teacherEmail: string;
  room: string;
  groups: string[];
  students: number;
  pinned: boolean;
  faculty?: string;
  /** The row's students as clash units (registration: sets of students); without them its groups are compared. */
  units?: readonly string[];
}

export interface CheckContext {
  sheet: string;
  grid: StudyGrid;
  rooms: ReadonlyMap<string, Room>;
  /** Teacher email (lower case) → id and printable name. */
  teachers: ReadonlyMap<string, { id: string; name: string }>;
  /** Teacher id → periods the teacher cannot teach. */
  unavailable: ReadonlyMap<string, ReadonlySet<number>>;
}

export const CONFLICT_CODES = [
  'groupClash',
  'studentClash',
  'teacherClash',
  'roomClash',
  'roomTooSmall',
  'wrongRoomType',
  'unavailablePeriod',
  'outsideGrid',
  'unknownTeacher',
  'unknownRoom',
] as const;
export type ConflictCode = (typeof CONFLICT_CODES)[number];

function conflict(ctx: CheckContext, e: TimetableEntry, code: ConflictCode, column: string, value: string, params: Record<string, string | number>): Problem {
  return {
    sheet: ctx.sheet,
    row: e.row,
    column,
    value,
    code: `timetable.${code}`,
    params: { day: e.day, pair: e.pair, discipline: `${e.disciplineCode} ${e.disciplineName}`.trim(), type: e.type, ...params },
    severity: 'error',
  };
}

/** Student sets of an entry: a group split into lab subgroups stands for all of its subgroups. */
function atomsOf(groups: readonly string[], subgroups: ReadonlyMap<string, string[]>): string[] {
  return groups.flatMap((g) => subgroups.get(g) ?? [g]);
}

/**
 * Every hard conflict of a timetable, one problem per offending row (the second of two clashing rows names
 * the first). Rows outside the grid or with an unknown room/teacher are reported and left out of the clash checks.
 * @example checkEntries([a, sameGroupSameTime], ctx)[0].code // → 'timetable.groupClash'
 */
export function checkEntries(entries: readonly TimetableEntry[], ctx: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const subgroups = new Map<string, string[]>();
  for (const e of entries) {
    for (const g of e.groups) {
      const slash = g.lastIndexOf('/');
      if (slash < 0) continue;
      const whole = g.slice(0, slash);
      const list = subgroups.get(whole) ?? [];
      if (!list.includes(g)) list.push(g);
      subgroups.set(whole, list);
    }
  }
  const groupAt = new Map<string, TimetableEntry>();
  const teacherAt = new Map<string, TimetableEntry>();
  const roomAt = new Map<string, TimetableEntry>();
  const sorted = [...entries].sort((a, b) => a.row - b.row);
  for (const e of sorted) {
    const period = periodOf(ctx.grid, e.day, e.pair);
    if (period === null) {
      problems.push(conflict(ctx, e, 'outsideGrid', 'day', `${e.day}/${e.pair}`, { studyForm: ctx.grid.studyForm }));
      continue;
    }
    const teacher = e.teacherEmail ? ctx.teachers.get(e.teacherEmail.toLowerCase()) : undefined;
    if (e.teacherEmail && !teacher) problems.push(conflict(ctx, e, 'unknownTeacher', 'teacher', e.teacherEmail, { teacher: e.teacherEmail }));
    const room = ctx.rooms.get(e.room);
    if (!room) problems.push(conflict(ctx, e, 'unknownRoom', 'room', e.room, { room: e.room }));
    else {
      if (room.capacity < e.students) problems.push(conflict(ctx, e, 'roomTooSmall', 'room', e.room, { room: e.room, capacity: room.capacity, students: e.students }));
      const wanted = ROOM_TYPES_FOR[e.type] ?? [];
      if (wanted.length > 0 && !wanted.includes(room.type)) problems.push(conflict(ctx, e, 'wrongRoomType', 'room', e.room, { room: e.room, roomType: room.type, wanted: wanted.join('|') }));
      const other = roomAt.get(`${e.room}@${period}`);
      if (other) problems.push(conflict(ctx, e, 'roomClash', 'room', e.room, { room: e.room, other: `${other.disciplineCode} ${other.disciplineName}`.trim(), otherRow: other.row }));
      else roomAt.set(`${e.room}@${period}`, e);
    }
    if (teacher) {
      if (ctx.unavailable.get(teacher.id)?.has(period)) problems.push(conflict(ctx, e, 'unavailablePeriod', 'teacher', e.teacherEmail, { teacher: teacher.name }));
      const other = teacherAt.get(`${teacher.id}@${period}`);
      if (other) problems.push(conflict(ctx, e, 'teacherClash', 'teacher', e.teacherEmail, { teacher: teacher.name, other: `${other.disciplineCode} ${other.disciplineName}`.trim(), otherRow: other.row }));
      else teacherAt.set(`${teacher.id}@${period}`, e);
    }
    const reported = new Set<number>();
    for (const atom of e.units ?? atomsOf(e.groups, subgroups)) {
      const key = `${atom}@${period}`;
      const other = groupAt.get(key);
      if (other && !reported.has(other.row)) {
        reported.add(other.row);
        const params = { other: `${other.disciplineCode} ${other.disciplineName}`.trim(), otherRow: other.row };
        if (e.units) problems.push(conflict(ctx, e, 'studentClash', 'groups', e.groups.join(', '), { group: atom.includes('~') ? atom.slice(0, atom.lastIndexOf('~')) : atom, ...params }));
        else problems.push(conflict(ctx, e, 'groupClash', 'groups', e.groups.join(', '), { group: e.groups.find((g) => atom === g || atom.startsWith(`${g}/`)) ?? atom, ...params }));
      } else if (!other) groupAt.set(key, e);
    }
  }
  return problems;
}

/** How many problems of each conflict kind (for the result's counts). */
export function countByKind(problems: readonly Problem[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of problems) {
    const kind = p.code.replace(/^timetable\./, '');
    out[kind] = (out[kind] ?? 0) + 1;
  }
  return out;
}
