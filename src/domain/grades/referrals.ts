// Referrals (направления): individual grade sheets for an FX exam retake or an individually scheduled sitting
// (illness, mobility), with a number, a deadline, the examiner; the retake limit from the rules is enforced.

import { type FinalGrade, computeRetakeGrade } from './finalGrade';
import type { GradeRecord } from './gradeRecord';
import type { GradeRules } from './gradeRules';

export type ReferralReason = 'fxRetake' | 'illness' | 'mobility';
export const REFERRAL_REASONS: readonly ReferralReason[] = ['fxRetake', 'illness', 'mobility'];

export interface ReferralRequest {
  studentId: string;
  statementNo: string;
  reason: ReferralReason;
}

export type ReferralRefusal = 'retakeLimit' | 'notFx' | 'positiveGrade' | 'noGrade';

/**
 * Whether a referral may be issued for a grade: an FX retake only for an FX with retakes left; an individual
 * sitting only for a grade not yet positive (no sitting to raise a positive grade).
 * @example referralAllowed({ outcome: 'fx', retakesUsed: 1, ... }, 'fxRetake', 1) // → 'retakeLimit'
 * @example referralAllowed({ outcome: 'fx', retakesUsed: 0, ... }, 'fxRetake', 1) // → null (allowed)
 */
export function referralAllowed(record: GradeRecord | undefined, reason: ReferralReason, maxFxRetakes: number): ReferralRefusal | null {
  if (!record) return 'noGrade';
  if (record.outcome === 'passed') return 'positiveGrade';
  if (reason === 'fxRetake') {
    if (record.outcome !== 'fx') return 'notFx';
    if (record.retakesUsed >= maxFxRetakes) return 'retakeLimit';
  }
  return null;
}

/** @example referralNumber('2026A', 7) // → '2026A-R0007' */
export function referralNumber(code: string, seq: number): string {
  return `${code}-R${String(seq).padStart(4, '0')}`;
}

/** The next sequence number after the existing referral numbers of a semester code. */
export function nextReferralSeq(existing: readonly string[], code: string): number {
  let max = 0;
  for (const no of existing) {
    const m = new RegExp(`^${code}-R(\\d+)$`).exec(no);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

/**
 * The grade a referral's exam gives: the recorded admission rating with the new exam score. An FX retake
 * uses one retake; an individual sitting does not.
 * @example applyReferralExam(70, 60, 'fxRetake', rules).grade.letter // → 'C'
 */
export function applyReferralExam(admission: number, exam: number | null, reason: ReferralReason, rules: GradeRules, absent = false): { grade: FinalGrade; usesRetake: boolean } {
  return { grade: computeRetakeGrade(admission, exam, rules, absent), usesRetake: reason === 'fxRetake' };
}
