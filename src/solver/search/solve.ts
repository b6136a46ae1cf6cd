// The solver's entry point: construct (or resume), anneal within the limits, and report the best timetable.

import { Assignment } from '../core/assignment';
import type { CriterionWeights } from '../core/criteria/weights';
import { type Evaluation, evaluate } from '../core/evaluator';
import { compileProblem, type Model, type Problem } from '../core/model';
import { Random } from '../core/random';
import { Termination } from '../core/termination';
import { anneal, type AnnealingParams, DEFAULT_ANNEALING, initialAnnealingState, type AnnealingState } from './annealing';
import { type Checkpoint, fromCheckpoint, toCheckpoint } from './checkpoint';
import { construct } from './construction';
import { describeHardViolations, describeOverloads, explainUnplaced, summarizeUnplaced, type UnplacedLesson } from './diagnosis';

export interface SolveOptions {
  /** Seed of the generator; the same seed, limits and checkpoint give the same result. */
  seed: number;
  /** Time budget of this call in seconds (needs `now`). */
  seconds?: number;
  /** Stop when the iteration counter (which continues across checkpoints) reaches this. */
  maxIterations?: number;
  /** Milliseconds clock, e.g. `() => Date.now()`; only used to stop and to time feasibility. */
  now?: () => number;
  /** Continue the search saved by an earlier call on the same problem. */
  checkpoint?: Checkpoint;
  /** Soft criterion weights; missing ones take their defaults. */
  weights?: Partial<CriterionWeights>;
  /**
   * End the search as soon as the best timetable has no hard violation (soft cost not improved further), or when the
   * only ones left are lessons without any allowed period or suitable room (no search can place them).
   */
  stopWhenFeasible?: boolean;
  /** Annealing tuning; missing fields take {@link DEFAULT_ANNEALING}. */
  annealing?: Partial<AnnealingParams>;
}

/** Where one lesson ended up. */
export interface Placement {
  lesson: string;
  course: string;
  period: number;
  day: number;
  periodOfDay: number;
  room: string;
}

export interface SolveResult {
  seed: number;
  /** The best timetable found: `periods[e]`, `rooms[e]` per lesson index, -1 when unplaced. */
  solution: { periods: number[]; rooms: number[] };
  placements: Placement[];
  evaluation: Evaluation;
  /** One line per hard violation among placed lessons (clashes and the like). */
  hardViolations: string[];
  unplaced: UnplacedLesson[];
  /** Unplaced lessons grouped by course and reason, e.g. "course c1: 2 lessons unplaced: no room slot left". */
  unplacedSummary: string[];
  /** Capacity problems that make the problem infeasible whatever the search does (overloaded teachers, groups, room sets). */
  overloads: string[];
  /** Iteration counter at the end (cumulative across resumed calls). */
  iterations: number;
  /** Seconds into this call when the best first became feasible; null if it did not in this call. */
  secondsToFeasible: number | null;
  /** Pass to the next call to continue. */
  checkpoint: Checkpoint;
}

/**
 * Solves a general timetabling problem.
 *
 * @example
 * const result = solve(problem, { seed: 1, seconds: 60, now: () => Date.now() });
 * if (result.evaluation.hard === 0) save(result.placements); else show(result.unplacedSummary);
 */
export function solve(problem: Problem, options: SolveOptions): SolveResult {
  return solveModel(compileProblem(problem, options.weights), options);
}

/** Same as {@link solve} for an already compiled model (its weights are used, `options.weights` is ignored). */
export function solveModel(model: Model, options: SolveOptions): SolveResult {
  const params: AnnealingParams = { ...DEFAULT_ANNEALING, ...options.annealing };
  const termination = new Termination(options);
  const a = new Assignment(model);
  let rng: Random;
  let seed = options.seed;
  let state: AnnealingState;
  let secondsToFeasible: number | null = null;
  if (options.checkpoint) {
    const restored = fromCheckpoint(model, options.checkpoint);
    seed = options.checkpoint.seed;
    rng = Random.fromState(options.checkpoint.random);
    a.load(restored.current);
    state = restored.state;
  } else {
    rng = new Random(seed);
    construct(a, rng);
    state = initialAnnealingState(a, params);
    if (state.feasibleAtIteration === 0) secondsToFeasible = termination.elapsedSeconds();
  }
  anneal(a, rng, state, params, termination, () => {
    secondsToFeasible = termination.elapsedSeconds();
  }, options.stopWhenFeasible === true);
  const best = { periods: state.bestPeriods, rooms: state.bestRooms };
  const unplaced = explainUnplaced(model, best);
  const placements: Placement[] = [];
  for (let e = 0; e < model.eventCount; e++) {
    const p = best.periods[e];
    if (p < 0) continue;
    const lesson = model.problem.lessons[e];
    placements.push({
      lesson: lesson.id,
      course: lesson.course,
      period: p,
      day: model.periodDay[p],
      periodOfDay: model.periodOfDay[p],
      room: model.roomIds[best.rooms[e]],
    });
  }
  return {
    seed,
    solution: { periods: Array.from(best.periods), rooms: Array.from(best.rooms) },
    placements,
    evaluation: evaluate(model, best),
    hardViolations: describeHardViolations(model, best),
    unplaced,
    unplacedSummary: summarizeUnplaced(unplaced),
    overloads: describeOverloads(model),
    iterations: state.iteration,
    secondsToFeasible,
    checkpoint: toCheckpoint(model, seed, rng.getState(), state, { periods: a.periods, rooms: a.rooms }),
  };
}
