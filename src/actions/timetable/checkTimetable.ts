// Re-validates the hand-edited Timetable sheet: every conflict in plain words, and the soft-penalty totals.

import type { Problem } from '../../domain/errors';
import { numberSetting } from '../../domain/settings';
import type { StudyForm } from '../../domain/types';
import { checkEntries, countByKind, type TimetableEntry } from '../../domain/timetable/checker';
import { gridFor, periodOf, type StudyGrid } from '../../domain/timetable/grid';
import type { Term } from '../../domain/timetable/meetings';
import { buildSchedulingProblem, parseLessonId } from '../../domain/timetable/problem';
import { compileProblem, evaluate } from '../../solver';
import { timetableSheet } from '../../sheets/timetable';
import { DAY_OPTIONS } from '../../sheets/timetable';
import { defineAction, type ActionContext, type ActionResult } from '../types';
import { entryOf, readInputs, type TimetableInputs } from './inputs';

/** Soft criteria of a timetable as it stands: every row becomes a fixed lesson and the solver's evaluator counts. */
export function softTotals(entries: readonly TimetableEntry[], inputs: Pick<TimetableInputs, 'rooms' | 'teachers'>, grid: StudyGrid, maxPairsPerDay: number): Record<string, number> {
  const usable = entries.filter((e) => periodOf(grid, e.day, e.pair) !== null && inputs.rooms.has(e.room));
  if (usable.length === 0 || grid.pairs.length === 0) return {};
  const problem = buildSchedulingProblem('check', [], Array.from(inputs.rooms.values()), grid, { maxPairsPerDay, unavailable: new Map(), pinned: new Map() });
  const groups = new Set<string>();
  usable.forEach((e, i) => {
    const course = parseLessonId(e.lesson)?.meetingId ?? `row${e.row}`;
    if (!problem.courses.some((c) => c.id === course)) problem.courses.push({ id: course, minWorkingDays: usable.filter((o) => (parseLessonId(o.lesson)?.meetingId ?? '') === course).length });
    for (const g of e.groups) groups.add(g);
    problem.lessons.push({ id: `${i}:${e.lesson}`, course, teachers: e.teacherEmail ? [inputs.teachers.get(e.teacherEmail.toLowerCase())?.id ?? e.teacherEmail] : [], groups: e.groups, students: e.students, roomTypes: [], roomFeatures: [], fixed: { period: periodOf(grid, e.day, e.pair) as number, room: e.room } });
  });
  problem.groups = Array.from(groups).sort().map((id) => ({ id, maxLessonsPerDay: maxPairsPerDay }));
  const model = compileProblem(problem);
  const periods = model.problem.lessons.map((l) => l.fixed?.period ?? -1);
  const rooms = model.problem.lessons.map((l) => model.roomIds.indexOf(l.fixed?.room ?? ''));
  const evaluation = evaluate(model, { periods, rooms });
  return { ...(evaluation.softCosts as unknown as Record<string, number>), total: evaluation.soft };
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
  const inputs = readInputs(ctx, { term: 'autumn', studyForm: 'fulltime', faculty: '' }, { streams: [] });
  const rowProblems = inputs.timetable.problems;
  const scopes = new Map<string, { term: Term; studyForm: StudyForm }>();
  for (const r of inputs.timetable.rows) scopes.set(`${r.record.term}|${r.record.studyForm}`, { term: r.record.term, studyForm: r.record.studyForm });
  const problems: Problem[] = [...rowProblems];
  const soft: Record<string, number> = {};
  const maxPairs = numberSetting(ctx.settings, 'timetable.maxPairsPerDay');
  for (const scope of scopes.values()) {
    if (params.term && params.term !== scope.term) continue;
    if (params.studyForm && params.studyForm !== scope.studyForm) continue;
    const grid = gridFor(inputs.university.timeGrid, scope.studyForm);
    const entries = inputs.timetable.rows.filter((r) => r.record.term === scope.term && r.record.studyForm === scope.studyForm).map(entryOf);
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
    message: ctx.t(hard === 0 ? 'timetable.checkClean' : 'timetable.checkConflicts', { count: hard, rows: inputs.timetable.rows.length, soft: soft.total ?? 0 }),
    counts: { rows: inputs.timetable.rows.length, conflicts: hard, softCost: soft.total ?? 0 },
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
