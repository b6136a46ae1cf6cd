// GPA: Σ(points × credits) / Σ credits over the counted grades; FX and debts counted as the rules say.

import type { GpaRules } from './gradeRules';
import { round2 } from './gradeRules';
import { type GradeRecord, latestAttempts } from './gradeRecord';

export interface GpaSummary {
  /** Null when no grade counts (an empty semester). */
  gpa: number | null;
  /** Credits in the denominator. */
  gpaCredits: number;
  /** Credits earned: positive grades only (pass/fail included). */
  earnedCredits: number;
  /** Academic debts among the records (F, not admitted, absent). */
  debts: number;
  fx: number;
}

/**
 * The points a grade brings to the GPA, or null when it does not count (pending, pass/fail, or a debt when
 * debts are not counted).
 * @example gradePoints({ outcome: 'fx', points: 0.5, passFail: false }, { fxPoints: 0, countDebts: true }) // → 0
 */
export function gradePoints(r: Pick<GradeRecord, 'outcome' | 'points' | 'passFail'>, rules: GpaRules): number | null {
  if (r.passFail || r.outcome === 'pending') return null;
  if (r.outcome === 'passed') return r.points ?? 0;
  if (r.outcome === 'fx') return rules.fxPoints;
  return rules.countDebts ? 0 : null;
}

/**
 * Credit-weighted GPA of the given grades (the latest attempt of each discipline), rounded to 2 decimals.
 * @example computeGpa([{ points: 4, credits: 5, outcome: 'passed', ... }, { points: 2, credits: 10, outcome: 'passed', ... }], rules).gpa // → 2.67
 * @example computeGpa([], rules).gpa // → null
 */
export function computeGpa(records: readonly GradeRecord[], rules: GpaRules): GpaSummary {
  let weighted = 0;
  let gpaCredits = 0;
  let earnedCredits = 0;
  let debts = 0;
  let fx = 0;
  for (const r of latestAttempts(records)) {
    if (r.outcome === 'passed') earnedCredits += r.credits;
    if (r.outcome === 'f' || r.outcome === 'notAdmitted' || r.outcome === 'absent') debts++;
    if (r.outcome === 'fx') fx++;
    const p = gradePoints(r, rules);
    if (p === null) continue;
    weighted += p * r.credits;
    gpaCredits += r.credits;
  }
  return { gpa: gpaCredits > 0 ? round2(weighted / gpaCredits) : null, gpaCredits, earnedCredits, debts, fx };
}
