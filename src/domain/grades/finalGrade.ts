// The admission rating and the final grade of one student in one discipline, by the formula and thresholds in the rules.

import { DEFAULT_GRADE_RULES, type GradeRules, round2 } from './gradeRules';
import { bandFor, bandOfLetter, F, FX, type Traditional } from './gradeScale';

/** The scores of one statement line; null means "not entered yet". */
export interface ScoreEntry {
  /** Current-control average (текущий контроль). */
  current: number | null;
  midterm1: number | null;
  midterm2: number | null;
  exam: number | null;
  /** Absent from the exam (no valid reason). */
  examAbsent?: boolean;
  /** Pass/fail discipline (зачёт): no letter points, no GPA. */
  passFail?: boolean;
}

/**
 * pending: scores missing; passed: positive letter; fx: exam retake allowed; f: re-study;
 * notAdmitted: admission rating below the threshold; absent: admitted but missed the exam.
 */
export type Outcome = 'pending' | 'passed' | 'fx' | 'f' | 'notAdmitted' | 'absent';
export const OUTCOMES: readonly Outcome[] = ['pending', 'passed', 'fx', 'f', 'notAdmitted', 'absent'];

export interface FinalGrade {
  admission: number | null;
  admitted: boolean | null;
  final: number | null;
  /** '' while pending; 'P' for a passed pass/fail discipline. */
  letter: string;
  points: number | null;
  traditional: Traditional | '';
  outcome: Outcome;
  /** An academic debt: re-study needed (F, not admitted, absent). */
  debt: boolean;
}

export const PASS_LETTER = 'P';

/**
 * The admission rating (рейтинг допуска): (R1 + R2) / 2 with Rk = (current + РКk) / 2, or (РК1 + РК2) / 2
 * when the formula is 'midtermOnly'. Null while a needed score is missing.
 * @example computeAdmission({ current: 80, midterm1: 70, midterm2: 90, exam: null }) // → 80
 * @example computeAdmission({ current: 40, midterm1: 60, midterm2: 60, exam: null }) // → 50
 * @example computeAdmission({ current: null, midterm1: 60, midterm2: 70, exam: null }, { ...rules, admissionFormula: 'midtermOnly' }) // → 65
 */
export function computeAdmission(entry: ScoreEntry, rules: GradeRules = DEFAULT_GRADE_RULES): number | null {
  const { current, midterm1, midterm2 } = entry;
  if (midterm1 === null || midterm2 === null) return null;
  if (rules.admissionFormula === 'midtermOnly') return round2((midterm1 + midterm2) / 2);
  if (current === null) return null;
  const r1 = (current + midterm1) / 2;
  const r2 = (current + midterm2) / 2;
  return round2((r1 + r2) / 2);
}

/** True when the admission rating (and, if the rules say so, each midterm) reaches the threshold. */
export function isAdmitted(entry: ScoreEntry, admission: number, rules: GradeRules = DEFAULT_GRADE_RULES): boolean {
  if (admission < rules.admissionThreshold) return false;
  if (rules.eachMidtermThreshold) {
    return (entry.midterm1 ?? 0) >= rules.admissionThreshold && (entry.midterm2 ?? 0) >= rules.admissionThreshold;
  }
  return true;
}

/**
 * The final grade: admission × 0.6 + exam × 0.4 (weights from the rules), the letter from the scale, and
 * the outcome. An exam below the exam threshold makes the grade unsatisfactory whatever the admission
 * rating (FX, or F when the final score is in the F band). The input is never changed.
 * @example computeFinalGrade({ current: 80, midterm1: 80, midterm2: 80, exam: 90 }).letter // → 'B' (final 84)
 * @example computeFinalGrade({ current: 90, midterm1: 90, midterm2: 90, exam: 49 }).letter // → 'FX' (exam below 50)
 * @example computeFinalGrade({ current: 30, midterm1: 40, midterm2: 40, exam: null }).outcome // → 'notAdmitted'
 */
export function computeFinalGrade(entry: ScoreEntry, rules: GradeRules = DEFAULT_GRADE_RULES): FinalGrade {
  const admission = computeAdmission(entry, rules);
  const pending: FinalGrade = { admission, admitted: null, final: null, letter: '', points: null, traditional: '', outcome: 'pending', debt: false };
  if (admission === null) return pending;
  const admitted = isAdmitted(entry, admission, rules);
  const failing = (outcome: Outcome): FinalGrade => ({
    admission,
    admitted,
    final: outcome === 'notAdmitted' ? null : round2(admission * rules.admissionWeight),
    letter: F,
    points: bandOfLetter(F, rules.scale)?.points ?? 0,
    traditional: 'unsatisfactory',
    outcome,
    debt: true,
  });
  if (!admitted) return failing('notAdmitted');
  if (entry.exam === null) return entry.examAbsent ? failing('absent') : { ...pending, admitted };
  let final = round2(admission * rules.admissionWeight + entry.exam * rules.examWeight);
  if (rules.roundFinalToInteger) final = Math.floor(final + 0.5);
  let band = bandFor(final, rules.scale);
  const examFailed = entry.exam < rules.examThreshold;
  if (examFailed && band.letter !== FX && band.letter !== F) band = bandOfLetter(FX, rules.scale) ?? band;
  if (entry.passFail) {
    const passed = band.letter !== FX && band.letter !== F;
    return {
      admission,
      admitted,
      final,
      letter: passed ? PASS_LETTER : band.letter,
      points: null,
      traditional: passed ? 'satisfactory' : 'unsatisfactory',
      outcome: passed ? 'passed' : band.letter === FX ? 'fx' : 'f',
      debt: !passed && band.letter === F,
    };
  }
  const outcome: Outcome = band.letter === FX ? 'fx' : band.letter === F ? 'f' : 'passed';
  return { admission, admitted, final, letter: band.letter, points: band.points, traditional: band.traditional, outcome, debt: outcome === 'f' };
}

/**
 * The grade after an FX exam retake (or an individually scheduled sitting): the same admission rating with
 * the new exam score. The retake limit is checked by the caller (see referrals.ts).
 * @example computeRetakeGrade(70, 60).letter // → 'C' (70 × 0.6 + 60 × 0.4 = 66)
 */
export function computeRetakeGrade(admission: number, exam: number | null, rules: GradeRules = DEFAULT_GRADE_RULES, examAbsent = false): FinalGrade {
  // Any midterm pair whose average is the admission rating reproduces it under both formulas.
  return computeFinalGrade(
    { current: admission, midterm1: admission, midterm2: admission, exam, examAbsent },
    { ...rules, eachMidtermThreshold: false },
  );
}
