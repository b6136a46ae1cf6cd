import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/solver/core/evaluator';
import { compileProblem } from '../../../src/solver/core/model';
import { CTT_WEIGHTS, cttToProblem, lecturesToSolution } from '../../../src/solver/course/cttProblem';
import { solveCtt } from '../../../src/solver/course/solveCtt';
import { parseCtt, parseCttSolution, writeCttSolution } from '../../../src/solver/io/ctt';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const benchDir = path.resolve(repoRoot, '../shared/benchmarks/ctt');

describe('the shared ITC-2007 instances', () => {
  for (const name of ['comp01', 'comp05', 'comp07', 'comp11']) {
    it(`solves ${name} without hard violations in 3 seconds`, () => {
      const instance = parseCtt(readFileSync(path.join(benchDir, `${name}.ctt`), 'utf8'));
      const solved = solveCtt(instance, { seed: 1, seconds: 3, now: () => Date.now() });
      expect(solved.score.hard).toBe(0);
      expect(solved.lectures.length).toBe(instance.courses.reduce((n, c) => n + c.lectures, 0));
      // The written file, read back and scored by the general evaluator, gives the same soft cost.
      const problem = cttToProblem(instance);
      const reread = lecturesToSolution(problem, parseCttSolution(writeCttSolution(solved.lectures), instance));
      const general = evaluate(compileProblem(problem, CTT_WEIGHTS), reread);
      expect(general.hard).toBe(0);
      expect(general.soft).toBe(solved.score.cost);
      expect([general.softCosts.roomCapacity, general.softCosts.minWorkingDays, general.softCosts.groupCompactness, general.softCosts.roomStability]).toEqual([
        solved.score.S1,
        solved.score.S2,
        solved.score.S3,
        solved.score.S4,
      ]);
    });
  }
});
