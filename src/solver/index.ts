// The solver's public surface: what the add-on and the CLI import.

export type { Course, Group, Lesson, Problem, Room, Teacher, Model } from './core/model';
export { compileProblem, ProblemError } from './core/model';
export type { CriterionWeights } from './core/criteria/weights';
export { DEFAULT_WEIGHTS } from './core/criteria/weights';
export type { Evaluation, HardCounts } from './core/evaluator';
export { evaluate } from './core/evaluator';
export type { Solution } from './core/solution';
export type { AnnealingParams } from './search/annealing';
export { DEFAULT_ANNEALING } from './search/annealing';
export type { Checkpoint } from './search/checkpoint';
export type { UnplacedLesson } from './search/diagnosis';
export type { Placement, SolveOptions, SolveResult } from './search/solve';
export { solve, solveModel } from './search/solve';
export type { CttCourse, CttInstance, CttLecture } from './io/ctt';
export { CttFormatError, parseCtt, parseCttSolution, writeCttSolution } from './io/ctt';
export { CTT_WEIGHTS, cttToProblem, lecturesToSolution, solutionToLectures } from './course/cttProblem';
export type { CttScore } from './course/cttValidator';
export { scoreCtt } from './course/cttValidator';
export type { CttSolveResult } from './course/solveCtt';
export { solveCtt } from './course/solveCtt';
