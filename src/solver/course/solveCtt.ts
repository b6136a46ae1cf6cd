// Solves an ITC-2007 curriculum-based instance with the general engine and scores it by the competition rules.

import { compileProblem } from '../core/model';
import type { CttInstance, CttLecture } from '../io/ctt';
import { type SolveOptions, type SolveResult, solveModel } from '../search/solve';
import { CTT_WEIGHTS, cttToProblem, solutionToLectures } from './cttProblem';
import { type CttScore, scoreCtt } from './cttValidator';

export interface CttSolveResult {
  lectures: CttLecture[];
  score: CttScore;
  result: SolveResult;
}

/** `options.weights` is ignored: the competition weights apply. */
export function solveCtt(instance: CttInstance, options: SolveOptions): CttSolveResult {
  const problem = cttToProblem(instance);
  const result = solveModel(compileProblem(problem, CTT_WEIGHTS), options);
  const lectures = solutionToLectures(problem, result.solution);
  return { lectures, score: scoreCtt(instance, lectures), result };
}
