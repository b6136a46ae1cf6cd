// Builds a semester's class schedule (plan items 8 and 15): time-boxed solver slices, resumed with a saved checkpoint.

import type { Problem } from '../../domain/errors';
import { RegistrarError } from '../../domain/errors';
import { numberSetting, textSetting } from '../../domain/settings';
import { compileDeadline, semesterStart, type DeadlineCheck } from '../../domain/timetable/deadlines';
import { periodOf } from '../../domain/timetable/grid';
import { buildSchedulingProblem, parseLessonId } from '../../domain/timetable/problem';
import { reasonCode } from '../../domain/timetable/unplaced';
import { compileProblem, ProblemError, solveModel, type Model, type SolveResult } from '../../solver';
import { defineAction, type ActionContext, type ActionResult } from '../types';
import { defineRpc } from '../extensions';
import { timetableSheet } from '../../sheets/timetable';
import { inScope, parseScope, readInputs, summerStreams, type TimetableInputs, type TimetableScope } from './inputs';
import { clearJob, loadJob, saveJob, type TimetableJob } from './jobStore';
import { rowsOfPlacements, writeApproval, writeGrids, writeTimetable } from './outputs';

/** Where an execution should end at the latest (Apps Script stops it at 360 s), leaving a margin for the lock and logging. */
const EXECUTION_LIMIT_SECONDS = 330;

function blocked(ctx: ActionContext, problems: Problem[]): ActionResult {
  return { ok: false, message: ctx.t('timetable.badInput', { count: problems.length }), counts: { problems: problems.length }, problems };
}

/** The localized deadline sentence for item 8/15 (or 9), from a deadline check. */
export function deadlineText(ctx: ActionContext, check: DeadlineCheck | null): string {
  if (!check) return ctx.t('timetable.deadline.noCalendar');
  return ctx.t(check.onTime ? 'timetable.deadline.onTime' : 'timetable.deadline.late', { item: check.item, deadline: check.deadline, start: check.semesterStart, days: Math.abs(check.daysLeft) });
}

function scopeTitle(ctx: ActionContext, scope: TimetableScope, academicYear: string): string {
  return ctx.t('timetable.title', { term: ctx.t(`timetable.term.${scope.term}`), studyForm: ctx.t(`timetable.studyForm.${scope.studyForm}`), year: academicYear, faculty: scope.faculty ? ` — ${scope.faculty}` : '' });
}

/** Pinned rows of the scope become fixed placements; other faculties' rows of the same term block their rooms and teachers. */
function fixedFromSheet(inputs: TimetableInputs, scope: TimetableScope) {
  const pinned = new Map<string, { period: number; room: string }>();
  const blockers: Array<{ id: string; teacher: string; room: string; period: number; groups: string[] }> = [];
  const lessons = new Set(inputs.meetings.flatMap((m) => Array.from({ length: m.weeklyPairs }, (_, k) => `${m.id}#${k + 1}`)));
  // Another faculty's lesson keeps its students too (registration source): students enrolled across faculties do not clash.
  const otherUnits = new Map(inputs.others.map((m) => [m.id, m.units]));
  for (const row of inputs.timetable.rows) {
    const r = row.record;
    if (r.term !== scope.term || r.studyForm !== scope.studyForm) continue;
    const period = periodOf(inputs.grid, Number(r.day), r.pair);
    if (period === null || !inputs.rooms.has(r.room)) continue;
    if (inScope(r, scope)) {
      if (r.pinned && lessons.has(r.lesson)) pinned.set(r.lesson, { period, room: r.room });
    } else if (scope.faculty) {
      blockers.push({ id: `${row.rowNumber}`, teacher: inputs.teachers.get(r.teacher.toLowerCase())?.id ?? '', room: r.room, period, groups: [...(otherUnits.get(parseLessonId(r.lesson)?.meetingId ?? '') ?? [])] });
    }
  }
  return { pinned, blockers };
}

function unplacedProblems(ctx: ActionContext, result: SolveResult, inputs: TimetableInputs, sheet: string): Problem[] {
  const meetings = new Map(inputs.meetings.map((m) => [m.id, m]));
  const teacherNames = new Map(Array.from(inputs.teachers.values()).map((t) => [t.id, t.name]));
  return result.unplaced.map((u) => {
    const m = meetings.get(u.course);
    const reason = reasonCode(u.reason);
    const params: Record<string, string | number> = { ...reason.params };
    if (typeof params.teacher === 'string') params.teacher = teacherNames.get(params.teacher) ?? params.teacher;
    if (typeof params.roomTypes === 'string') params.roomTypes = params.roomTypes.split('|').filter(Boolean).map((t) => ctx.t(`timetable.roomType.${t}`)).join(' / ');
    return {
      sheet,
      row: 0,
      column: '',
      value: u.lesson,
      code: `timetable.unplaced.${reason.code}`,
      params: {
        ...params,
        discipline: m ? `${m.disciplineCode} ${m.disciplineName[ctx.lang]}` : u.course,
        type: m ? ctx.t(`timetable.type.${m.type}`) : '',
        groups: m ? m.groups.join(', ') : '',
      },
      severity: 'warning' as const,
    };
  });
}

/**
 * One slice of the build. Without a token it starts a job; with one it continues the saved search. It ends
 * (writing every output) when the timetable is perfect, when an execution no longer improves it, or after the
 * maximum number of executions; otherwise it saves the checkpoint and returns `continueToken`.
 */
export function timetableStep(ctx: ActionContext, params: Record<string, unknown>): ActionResult {
  const token = typeof params.continueToken === 'string' ? params.continueToken : '';
  let job: TimetableJob | null = null;
  let scope: TimetableScope;
  if (token) {
    job = loadJob(ctx, token);
    if (!job) throw new RegistrarError('timetable.jobNotFound', { token });
    scope = { term: job.term, studyForm: job.studyForm, faculty: job.faculty };
  } else scope = parseScope(params);
  const inputs = readInputs(ctx, scope, job?.streams ? { streams: job.streams } : params);
  if (inputs.problems.length > 0) return blocked(ctx, inputs.problems);
  const sheetProblems = inputs.timetable.problems.filter((p) => p.severity === 'error');
  if (sheetProblems.length > 0) return blocked(ctx, sheetProblems);
  if (inputs.meetings.length === 0) {
    const key = scope.term === 'summer' && inputs.source === 'restudyStreams' ? 'timetable.summerNeedsInput' : 'timetable.nothingToSchedule';
    return { ok: false, message: ctx.t(key), counts: { meetings: 0 } };
  }

  const { pinned, blockers } = fixedFromSheet(inputs, scope);
  const academicYear = textSetting(ctx.settings, 'academicYear');
  const problem = buildSchedulingProblem(`${academicYear}-${scope.term}-${scope.studyForm}-${scope.faculty || 'all'}`, inputs.meetings, inputs.university.rooms, inputs.grid, {
    maxPairsPerDay: numberSetting(ctx.settings, 'timetable.maxPairsPerDay'),
    unavailable: inputs.unavailable,
    pinned,
    blockers,
  });
  let model: Model;
  try {
    model = compileProblem(problem);
  } catch (error) {
    if (error instanceof ProblemError) throw new RegistrarError('timetable.problemInvalid', { detail: error.message.slice(0, 200) });
    throw error;
  }
  const seed = job?.seed ?? (typeof params.seed === 'number' ? params.seed : numberSetting(ctx.settings, 'timetable.seed'));
  const perExecution = typeof params.seconds === 'number' ? params.seconds : numberSetting(ctx.settings, 'timetable.secondsPerExecution');
  // `untilFeasible` (benchmarks, or an office in a hurry): stop at the first timetable without hard violations.
  const untilFeasible = params.untilFeasible === true || job?.untilFeasible === true;
  const iterationsPerStep = typeof params.iterationsPerStep === 'number' ? params.iterationsPerStep : 0;
  const startedMs = ctx.ports.clock.elapsedMs();
  // The last execution still writes the Timetable and three grids after the search: measured ≈ 12 ms of Apps Script
  // time per lesson at 20,000 students (61 s for 4,984 lessons). The search ends early enough that search + writing
  // stays within 330 s of the 360 s Apps Script allows, whatever the setting says.
  const writeReserve = Math.min(150, Math.max(5, model.eventCount * 0.015));
  const budget = Math.max(1, Math.min(perExecution, EXECUTION_LIMIT_SECONDS - writeReserve) - startedMs / 1000);
  const run = (checkpoint: TimetableJob['checkpoint'] | undefined) =>
    solveModel(model, {
      seed,
      checkpoint,
      ...(iterationsPerStep > 0 ? { maxIterations: (checkpoint?.iteration ?? 0) + iterationsPerStep } : { seconds: budget }),
      now: () => ctx.ports.clock.elapsedMs(),
      stopWhenFeasible: untilFeasible,
    });
  let result: SolveResult;
  try {
    result = run(job?.checkpoint);
  } catch {
    // The sheets changed between executions (another problem): start the search again on the new data.
    job = job ? { ...job, executions: 0, lastHard: Number.MAX_SAFE_INTEGER, lastSoft: Number.MAX_SAFE_INTEGER, secondsToFeasible: null, searchSeconds: 0 } : null;
    result = run(undefined);
  }
  const searchSeconds = (ctx.ports.clock.elapsedMs() - startedMs) / 1000;
  const executions = (job?.executions ?? 0) + 1;
  const hard = result.evaluation.hard;
  const soft = result.evaluation.soft;
  const priorSeconds = job?.searchSeconds ?? 0;
  const secondsToFeasible = job?.secondsToFeasible ?? (result.secondsToFeasible !== null ? priorSeconds + result.secondsToFeasible : null);
  const improved = !job || hard < job.lastHard || (hard === job.lastHard && soft < job.lastSoft * 0.99);
  const maxExecutions = typeof params.maxExecutions === 'number' ? params.maxExecutions : numberSetting(ctx.settings, 'timetable.maxExecutions');
  // Lessons that no room or period can ever take (no hall seats them, teacher unavailable all week): no execution helps.
  const impossible = result.unplaced.filter((u) => /^no room has|has no available period|unavailable in every period|leave no period/.test(u.reason)).length;
  const done = (hard === 0 && soft === 0) || (untilFeasible && hard <= impossible) || executions >= maxExecutions || !improved;
  const lessons = model.eventCount - blockers.length;
  const placed = result.placements.filter((p) => !p.lesson.startsWith('blocker:')).length;
  const progress = {
    executions,
    lessons,
    placed,
    hard,
    soft,
    iterations: result.iterations,
    searchSeconds: Math.round((priorSeconds + searchSeconds) * 10) / 10,
    secondsToFeasible: secondsToFeasible === null ? -1 : Math.round(secondsToFeasible * 10) / 10,
  };
  const softByCriterion = result.evaluation.softCosts as unknown as Record<string, number>;
  if (!done) {
    const id = job?.job ?? `tt-${scope.term}-${scope.studyForm}-${scope.faculty || 'all'}-${ctx.ports.clock.now().getTime()}`;
    saveJob(ctx, {
      job: id,
      ...scope,
      seed: result.seed,
      executions,
      lastHard: hard,
      lastSoft: soft,
      secondsToFeasible,
      searchSeconds: priorSeconds + searchSeconds,
      startedAt: job?.startedAt ?? ctx.ports.clock.now().toISOString(),
      streams: scope.term === 'summer' ? (job?.streams ?? summerStreams(ctx, params)) : undefined,
      untilFeasible: untilFeasible || undefined,
      checkpoint: result.checkpoint,
    });
    return {
      ok: true,
      message: `${ctx.t('timetable.progress', { executions, placed, lessons, hard, soft })} ${ctx.t(`timetable.source.${inputs.source}`)}`,
      counts: progress,
      continueToken: id,
      data: { progress, source: inputs.source, softByCriterion },
    };
  }

  const sheet = ctx.tables.nameFor(timetableSheet);
  const pinnedIds = new Set(pinned.keys());
  const placedRows = rowsOfPlacements(result.placements.filter((p) => !p.lesson.startsWith('blocker:')), inputs.meetings, inputs.grid, scope, pinnedIds, ctx.lang);
  const kept = inputs.timetable.rows.filter((r) => !inScope(r.record, scope)).map((r) => r.record);
  const allRows = [...kept, ...placedRows];
  const title = `${scopeTitle(ctx, scope, academicYear)} (${ctx.t(`timetable.sourceShort.${inputs.source}`)})`;
  const today = ctx.ports.clock.now().toISOString().slice(0, 10);
  const start = semesterStart(inputs.university.calendar, scope.term, scope.studyForm, academicYear);
  const deadline = start ? compileDeadline(start, today, numberSetting(ctx.settings, 'timetable.compileLeadDays'), scope.term === 'summer' ? 15 : 8) : null;
  // What still breaks a hard rule among placed lessons, and resources with more lessons than pairs, in the solver's words
  // (teacher ids replaced by names): the office sees exactly which lessons clash and why no timetable can avoid it.
  const teacherNames = new Map(Array.from(inputs.teachers.values()).map((t) => [t.id, t.name]));
  const named = (text: string) => text.replace(/teacher (\S+)/g, (whole, id: string) => (teacherNames.has(id) ? `teacher ${teacherNames.get(id)}` : whole));
  const remaining = (code: string, lines: readonly string[]): Problem[] =>
    lines.slice(0, 200).map((detail) => ({ sheet, row: 0, column: '', value: '', code, params: { detail: named(detail) }, severity: 'warning' as const }));
  const clashesAmongPlaced = hard - result.unplaced.length;
  const warnings: Problem[] = [
    ...remaining('timetable.overload', result.overloads),
    ...(clashesAmongPlaced > 0 ? remaining('timetable.remaining', result.hardViolations) : []),
    ...unplacedProblems(ctx, result, inputs, sheet),
    ...inputs.warnings.map((w) => ({ sheet, row: 0, column: '', value: String(w.params.discipline ?? ''), code: `timetable.warning.${w.code}`, params: w.params, severity: 'warning' as const })),
  ];
  // Every output is computed above; now the writes, one batch each.
  writeTimetable(ctx, allRows);
  const grids = writeGrids(ctx, allRows.filter((r) => r.term === scope.term && r.studyForm === scope.studyForm), inputs.grid, title);
  writeApproval(ctx, {
    academicYear,
    term: scope.term,
    studyForm: scope.studyForm,
    status: 'draft',
    meetings: allRows.filter((r) => r.term === scope.term && r.studyForm === scope.studyForm).length,
    hardViolations: hard,
    softCost: soft,
    seed: result.seed,
    builtAt: ctx.ports.clock.now().toISOString(),
    approvedBy: '',
    approvedAt: '',
    onTime: deadlineText(ctx, deadline),
    source: ctx.t(`timetable.sourceShort.${inputs.source}`),
  });
  if (job) clearJob(ctx);
  ctx.tables.invalidate();
  const message = `${ctx.t(hard === 0 ? 'timetable.built' : result.unplaced.length === 0 ? 'timetable.builtWithConflicts' : 'timetable.builtWithUnplaced', { placed, lessons, unplaced: result.unplaced.length, hard, soft, executions })} ${ctx.t(`timetable.source.${inputs.source}`)} ${deadlineText(ctx, deadline)}`;
  return {
    ok: true,
    message,
    counts: { ...progress, unplaced: result.unplaced.length, groupBlocks: grids.group, teacherBlocks: grids.teacher, roomBlocks: grids.room, warnings: warnings.length },
    problems: warnings.length > 0 ? warnings : undefined,
    data: {
      progress,
      source: inputs.source,
      softByCriterion,
      hardByKind: result.evaluation.hardCounts as unknown as Record<string, number>,
      deadline: deadline ? { ...deadline } : null,
      done: true,
    },
  };
}

export const buildTimetable = defineAction<Record<string, unknown>>({
  id: 'buildTimetable',
  area: 'B',
  planItems: [8, 15],
  titleKey: 'action.buildTimetable',
  inMenu: false,
  mutates: true,
  run: (ctx, params) => timetableStep(ctx, params),
});

/** The sidebar's call: one slice of the build per call, until no continueToken comes back. */
export const timetableStepRpc = defineRpc<Record<string, unknown>, ActionResult>({
  name: 'timetableStep',
  mutates: true,
  run: (ctx, args) => {
    try {
      return timetableStep(ctx, args ?? {});
    } catch (error) {
      if (error instanceof RegistrarError) return { ok: false, message: ctx.t(`error.${error.code}`, error.params), counts: {} };
      throw error;
    }
  },
});
