// Writes a finished timetable: the Timetable sheet, the three printable grids and the approval row — each in one batch.

import type { Lang } from '../../domain/types';
import { slotOf, type StudyGrid } from '../../domain/timetable/grid';
import type { Meeting } from '../../domain/timetable/meetings';
import { parseLessonId } from '../../domain/timetable/problem';
import { buildGridSheet, type GridKind, type GridLesson } from '../../reports/timetable/grids';
import { LESSON_TYPE_OPTIONS } from '../../sheets/options';
import { formatTable } from '../../sheets/schema';
import { sheetLayout } from '../../sheets/layout';
import { DAY_OPTIONS, GRID_SHEET_NAMES, timetableApprovalsSheet, timetableSheet, type TimetableApprovalRow, type TimetableRow } from '../../sheets/timetable';
import type { ActionContext } from '../types';
import type { TimetableScope } from './inputs';

/** Timetable rows of placed lessons, sorted by faculty, day, pair and groups. */
export function rowsOfPlacements(
  placements: ReadonlyArray<{ lesson: string; period: number; room: string }>,
  meetings: readonly Meeting[],
  grid: StudyGrid,
  scope: TimetableScope,
  pinned: ReadonlySet<string>,
  lang: Lang,
): TimetableRow[] {
  const byId = new Map(meetings.map((m) => [m.id, m]));
  const rows: TimetableRow[] = [];
  for (const p of placements) {
    const ref = parseLessonId(p.lesson);
    const m = ref ? byId.get(ref.meetingId) : undefined;
    if (!m) continue;
    const slot = slotOf(grid, p.period);
    rows.push({
      term: scope.term,
      studyForm: scope.studyForm,
      faculty: m.facultyCode,
      day: String(slot.day),
      pair: slot.pair,
      time: `${slot.start}–${slot.end}`,
      disciplineCode: m.disciplineCode,
      disciplineName: m.disciplineName[lang],
      type: m.type,
      teacher: m.teacherEmail,
      teacherName: m.teacherName,
      room: p.room,
      groups: m.groups,
      stream: m.stream,
      students: m.students,
      lesson: p.lesson,
      pinned: pinned.has(p.lesson),
    });
  }
  return rows.sort((a, b) => a.faculty.localeCompare(b.faculty) || Number(a.day) - Number(b.day) || a.pair - b.pair || a.groups.join().localeCompare(b.groups.join()));
}

/** The grid lessons of Timetable rows, in the words of `lang`. */
export function gridLessons(rows: readonly TimetableRow[], lang: Lang): GridLesson[] {
  return rows.map((r) => ({
    day: Number(r.day),
    pair: r.pair,
    discipline: r.disciplineName || r.disciplineCode,
    type: LESSON_TYPE_OPTIONS[r.type]?.[lang] ?? r.type,
    teacher: r.teacherName || r.teacher,
    room: r.room,
    groups: r.groups,
    faculty: r.faculty,
  }));
}

export function dayNames(lang: Lang): Record<number, string> {
  const out: Record<number, string> = {};
  for (const [k, v] of Object.entries(DAY_OPTIONS)) out[Number(k)] = v[lang];
  return out;
}

/** Writes the Timetable sheet (all rows, one write) — creating it with its layout the first time. */
export function writeTimetable(ctx: ActionContext, rows: readonly TimetableRow[]): string {
  const name = ctx.tables.nameFor(timetableSheet);
  if (!ctx.tables.find(timetableSheet)) ctx.ports.workbook.ensureSheet(sheetLayout(timetableSheet, ctx.lang, name));
  ctx.ports.workbook.replaceValues(name, formatTable(timetableSheet, rows, ctx.lang));
  return name;
}

/** Writes the three grid sheets for one term and study form; each is one write plus one formatting batch. */
export function writeGrids(ctx: ActionContext, rows: readonly TimetableRow[], grid: StudyGrid, title: string): Record<GridKind, number> {
  const lessons = gridLessons(rows, ctx.lang);
  const out: Record<GridKind, number> = { group: 0, teacher: 0, room: 0 };
  for (const kind of ['group', 'teacher', 'room'] as const) {
    const sheet = buildGridSheet(kind, lessons, grid.days, grid.pairs, { title: `${title} — ${ctx.t(`timetable.grid.${kind}`)}`, pair: ctx.t('timetable.grid.pair'), dayNames: dayNames(ctx.lang) });
    const names = ctx.tables.sheetNames();
    const name = names.find((n) => Object.values(GRID_SHEET_NAMES[kind]).includes(n)) ?? GRID_SHEET_NAMES[kind][ctx.lang];
    ctx.ports.workbook.replaceValues(name, sheet.values);
    ctx.ports.workbook.formatBlocks(name, sheet.boldRows, sheet.fillRows, true);
    out[kind] = sheet.blocks;
  }
  return out;
}

/** Inserts or replaces the approval row of (academic year, term, study form); one write. */
export function writeApproval(ctx: ActionContext, update: TimetableApprovalRow): void {
  const name = ctx.tables.nameFor(timetableApprovalsSheet);
  const existing = ctx.tables.find(timetableApprovalsSheet) ? ctx.tables.read(timetableApprovalsSheet).rows.map((r) => r.record) : [];
  const same = (r: TimetableApprovalRow) => r.academicYear === update.academicYear && r.term === update.term && r.studyForm === update.studyForm;
  const rows = [...existing.filter((r) => !same(r)), update];
  if (!ctx.tables.find(timetableApprovalsSheet)) ctx.ports.workbook.ensureSheet(sheetLayout(timetableApprovalsSheet, ctx.lang, name));
  ctx.ports.workbook.replaceValues(name, formatTable(timetableApprovalsSheet, rows, ctx.lang));
}

export function findApproval(ctx: ActionContext, academicYear: string, scope: TimetableScope): TimetableApprovalRow | null {
  if (!ctx.tables.find(timetableApprovalsSheet)) return null;
  return ctx.tables.read(timetableApprovalsSheet).rows.map((r) => r.record).find((r) => r.academicYear === academicYear && r.term === scope.term && r.studyForm === scope.studyForm) ?? null;
}
