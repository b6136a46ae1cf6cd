import { describe, expect, it } from 'vitest';
import { scoreCtt } from '../../../src/solver/course/cttValidator';
import { parseCtt, parseCttSolution } from '../../../src/solver/io/ctt';
import { TINY_CTT } from '../fixtures';

const instance = parseCtt(TINY_CTT);
const score = (text: string) => scoreCtt(instance, parseCttSolution(text, instance));

describe('scoreCtt', () => {
  it('scores a hand-computed solution with every kind of violation', () => {
    // H2: c1 and c2 share q1 in (0,1); c1 and c3 share teacher t1 in (0,1). H3: rA holds c1 and c3 in (0,1).
    // H4: c1 in (0,0). S1: c3 has 50 students in rA (40). S2: c1 uses 1 day of 2 → 5.
    // S3: q1 is isolated in (1,2); q2 in (0,1) → 2 × 2. S4: c2 uses rB and rA.
    expect(score('c1 rA 0 0\nc1 rA 0 1\nc2 rB 0 1\nc2 rA 1 2\nc3 rA 0 1\n')).toEqual({
      H1: 0, H2: 2, H3: 1, H4: 1, hard: 4, S1: 10, S2: 5, S3: 4, S4: 1, cost: 20,
    });
  });

  it('counts missing lectures and two lectures of a course in one period under H1', () => {
    // c1: 2 lectures in one period (1 missing), c2: both missing, c3: missing.
    expect(score('c1 rA 1 0\nc1 rB 1 0\n').H1).toBe(4);
  });

  it('counts surplus lectures under H1', () => {
    expect(score('c1 rA 0 1\nc1 rA 1 0\nc2 rB 0 2\nc2 rB 1 1\nc3 rA 1 0\nc3 rB 0 0\nc3 rA 1 1\n').H1).toBe(2);
  });

  it('counts one H2 violation per clashing pair of courses, not per shared curriculum', () => {
    const twice = parseCtt(TINY_CTT.replace('Curricula: 2', 'Curricula: 3').replace('q2 1 c3\n', 'q2 1 c3\nq3 2 c2 c1\n'));
    const lectures = parseCttSolution('c1 rA 0 1\nc1 rA 1 0\nc2 rB 0 1\nc2 rB 1 1\nc3 rA 1 1\n', twice);
    expect(scoreCtt(twice, lectures).H2).toBe(1);
  });

  it('finds no hard violation in a clean solution and still counts its soft costs', () => {
    // c1 on days 0 and 1 in rA, c2 next to it both days in rB; c3 (50 students in rA) is q2's only lecture, so isolated.
    expect(score('c1 rA 0 1\nc1 rA 1 0\nc2 rB 0 2\nc2 rB 1 1\nc3 rA 0 0\n')).toEqual({
      H1: 0, H2: 0, H3: 0, H4: 0, hard: 0, S1: 10, S2: 0, S3: 2, S4: 0, cost: 12,
    });
  });
});
