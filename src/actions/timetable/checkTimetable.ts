// Re-validates the hand-edited Timetable sheet: every conflict in plain words, and the soft-penalty totals.

import type { Problem } from '../../domain/errors';
import { numberSetting } from '../../domain/settings';
import type { StudyForm } from '../../domain/types';
import { checkEntries, countByKind, type TimetableEntry } from '../../domain/timetable/checker';
import type { Meeting } from '../../domain/timetable/meetings';
import { gridFor, periodOf, type StudyGrid } from '../../domain/timetable/grid';
import type { Term } from '../../domain/timetable/meetings';
import { buildSchedulingProblem, parseLessonId } from '../../domain/timetable/problem';
import { compileProblem, evaluate } from '../../solver';
import { timetableSheet } from '../../sheets/timetable';
import { DAY_OPTIONS } from '../../sheets/timetable';
import { defineAction, type ActionContext, type ActionResult } from '../types';
import { entryOf, readInputs, type TimetableInputs } from './inputs';

/**
 * Soft criteria of a timetable as it stands, counted on the problem the build solves: the meetings of the faculties on
 * the sheet (their lessons, student units, courses and rooms), each lesson at its row's day, pair, room and teacher;
 * lessons without a row stay unplaced (as the build leaves them), and rows of unknown lessons count with their groups.
 * On the sheet a build wrote, the totals are the build's own.
 */
export function softTotals(entries: readonly TimetableEntry[], inputs: Pick<TimetableInputs, 'rooms' | 'teachers' | 'meetings'>, grid: StudyGrid, maxPairsPerDay: number): Record<string, number> {
  const usable = entries.filter((e) => periodOf(grid, e.day, e.pair) !== null && inputs.rooms.has(e.room));
  if (usable.length === 0 || grid.pairs.length === 0) return {};
  const faculties = new Set(entries.map((e) => e.faculty ?? ''));
  const meetings = inputs.meetings.filter((m) => faculties.has(m.facultyCode));
  const problem = buildSchedulingProblem('check', meetings, Array.from(inputs.rooms.values()), grid, { maxPairsPerDay, unavailable: new Map(), pinned: new Map() });
  const lessonAt = new Map(problem.lessons.map((l, i) => [l.id, i]));
  const placed = new Map<number, TimetableEntry>();
  const teacherOf = (e: TimetableEntry) => (e.teacherEmail ? [inputs.teachers.get(e.teacherEmail.toLowerCase())?.id ?? e.teacherEmail] : []);
  const groups = new Set(problem.groups.map((g) => g.id));
  usable.forEach((e, i) => {
    const at = lessonAt.get(e.lesson);
    if (at !== undefined && !placed.has(at)) {
      placed.set(at, e);
      problem.lessons[at].teachers = teacherOf(e);
      return;
    }
    const course = parseLessonId(e.lesson)?.meetingId ?? `row${e.row}`;
    if (!problem.courses.some((c) => c.id === course)) problem.courses.push({ id: course, minWorkingDays: usable.filter((o) => (parseLessonId(o.lesson)?.meetingId ?? '') === course).length });
    const units = e.units ?? e.groups;
    for (const g of units) if (!groups.has(g)) {
      groups.add(g);
      problem.groups.push({ id: g, maxLessonsPerDay: maxPairsPerDay });
    }
    const id = `row:${i}:${e.lesson}`;
    lessonAt.set(id, problem.lessons.length);
    placed.set(problem.lessons.length, e);
    problem.lessons.push({ id, course, teachers: teacherOf(e), groups: [...units], students: e.students, roomTypes: [], roomFeatures: [] });
  });
  const model = compileProblem(problem);
  const periods = model.problem.lessons.map((_, i) => {
    const e = placed.get(i);
    return e ? (periodOf(grid, e.day, e.pair) as number) : -1;
  });
  const rooms = model.problem.lessons.map((_, i) => {
    const e = placed.get(i);
    return e ? model.roomIds.indexOf(e.room) : -1;
  });
  const evaluation = evaluate(model, { periods, rooms });
  return { ...(evaluation.softCosts as unknown as Record<string, number>), total: evaluation.soft };
}

/**
 * The student units of each row: the units of its meeting (by lesson id); a row the office added by hand takes the units
 * of the academic groups or registration groups it names (so it clashes with every lesson of those students).
 */
function withUnits(entries: TimetableEntry[], meetings: readonly Meeting[]): TimetableEntry[] {
  const byId = new Map(meetings.map((m) => [m.id, m]));
  const byName = new Map<string, Set<string>>();
  const add = (name: string, units: readonly string[]) => {
    const set = byName.get(name) ?? new Set<string>();
    for (const u of units) set.add(u);
    byName.set(name, set);
  };
  for (const m of meetings) {
    for (const g of m.groups) add(g, m.units);
    for (const u of m.units) add(u.includes('~') ? u.slice(0, u.lastIndexOf('~')) : u, [u]);
  }
  return entries.map((e) => {
    const m = byId.get(parseLessonId(e.lesson)?.meetingId ?? '');
    if (m) return { ...e, units: m.units };
    const units = new Set<string>();
    for (const g of e.groups) for (const u of byName.get(g) ?? [g]) units.add(u);
    return { ...e, units: Array.from(units).sort() };
  });
}

/** Day numbers in problem params become the day's name in the user's language. */
function localiseDays(ctx: ActionContext, problems: Problem[]): Problem[] {
  return problems.map((p) => {
    const params = { ...p.params };
    const day = DAY_OPTIONS[String(params.day) as keyof typeof DAY_OPTIONS];
    if (day) params.day = day[ctx.lang];
    if (typeof params.type === 'string') params.type = ctx.t(`timetable.type.${params.type}`);
    if (typeof params.roomType === 'string') params.roomType = ctx.t(`timetable.roomType.${params.roomType}`);
    if (typeof params.wanted === 'string') params.wanted = params.wanted.split('|').map((t) => ctx.t(`timetable.roomType.${t}`)).join(' / ');
    if (typeof params.studyForm === 'string') params.studyForm = ctx.t(`timetable.studyForm.${params.studyForm}`);
    return { ...p, params };
  });
}

export function checkTimetableNow(ctx: ActionContext, params: Record<string, unknown>): ActionResult {
  if (!ctx.tables.find(timetableSheet)) return { ok: false, message: ctx.t('timetable.noTimetable'), counts: {} };
  const first = readInputs(ctx, { term: 'autumn', studyForm: 'fulltime', faculty: '' }, { streams: [] });
  const rowProblems = first.timetable.problems;
  const scopes = new Map<string, { term: Term; studyForm: StudyForm }>();
  for (const r of first.timetable.rows) scopes.set(`${r.record.term}|${r.record.studyForm}`, { term: r.record.term, studyForm: r.record.studyForm });
  const problems: Problem[] = [...rowProblems];
  const soft: Record<string, number> = {};
  const maxPairs = numberSetting(ctx.settings, 'timetable.maxPairsPerDay');
  let checked = 0;
  for (const scope of scopes.values()) {
    if (params.term && params.term !== scope.term) continue;
    if (params.studyForm && params.studyForm !== scope.studyForm) continue;
    // The meetings of this term and study form, as the build derives them: each row's students and the soft criteria.
    const inputs = scope.term === 'autumn' && scope.studyForm === 'fulltime' ? first : readInputs(ctx, { term: scope.term, studyForm: scope.studyForm, faculty: '' }, {});
    const grid = gridFor(inputs.university.timeGrid, scope.studyForm);
    const rows = inputs.timetable.rows.filter((r) => r.record.term === scope.term && r.record.studyForm === scope.studyForm).map(entryOf);
    checked += rows.length;
    // Curricula: academic groups and their lab subgroups are the students; otherwise each student's own meetings are.
    const entries = inputs.source === 'curricula' ? rows : withUnits(rows, inputs.meetings);
    const unavailable = new Map(Array.from(inputs.unavailable.entries()).map(([id, ps]) => [id, new Set(ps)]));
    const found = checkEntries(entries, { sheet: inputs.timetable.sheetName, grid, rooms: inputs.rooms, teachers: inputs.teachers, unavailable });
    problems.push(...found);
    for (const [k, v] of Object.entries(softTotals(entries, inputs, grid, maxPairs))) soft[k] = (soft[k] ?? 0) + v;
  }
  const byKind = countByKind(problems.filter((p) => p.code.startsWith('timetable.')));
  const hard = problems.filter((p) => p.severity === 'error').length;
  const localised = localiseDays(ctx, problems);
  return {
    ok: true,
    // The rows of the term / study form asked for (all of them when none is named).
    message: ctx.t(hard === 0 ? 'timetable.checkClean' : 'timetable.checkConflicts', { count: hard, rows: checked, soft: soft.total ?? 0 }),
    counts: { rows: checked, conflicts: hard, softCost: soft.total ?? 0 },
    problems: localised.length > 0 ? localised : undefined,
    data: { byKind, soft },
  };
}

export const checkTimetable = defineAction<Record<string, unknown>>({
  id: 'checkTimetable',
  area: 'B',
  planItems: [8, 9, 15],
  titleKey: 'action.checkTimetable',
  inMenu: true,
  mutates: false,
  run: (ctx, params) => checkTimetableNow(ctx, params),
});
