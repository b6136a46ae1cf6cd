// Academic debts: every F, not-admitted and absent grade, and every FX not retaken by its deadline or past the
// retake limit; re-study choices (regular or summer semester) checked against the summer credit cap.

import type { GradeRecord } from './gradeRecord';
import { latestAttempts } from './gradeRecord';

export type DebtReason = 'f' | 'notAdmitted' | 'absent' | 'fxExpired' | 'fxExhausted';

export interface Debt {
  studentId: string;
  disciplineCode: string;
  credits: number;
  academicYear: string;
  term: GradeRecord['term'];
  statementNo: string;
  letter: string;
  final: number | null;
  reason: DebtReason;
}

/**
 * The open debts: the latest grade of each discipline when it is F, not admitted or absent, or FX whose
 * retake deadline has passed (`today` > deadline) or whose retakes are used up.
 * @example listDebts([{ outcome: 'fx', fxDeadline: '2027-01-20', retakesUsed: 0, ... }], '2027-01-21', 1)[0].reason // → 'fxExpired'
 */
export function listDebts(records: readonly GradeRecord[], today: string, maxFxRetakes: number): Debt[] {
  const debts: Debt[] = [];
  for (const r of latestAttempts(records)) {
    let reason: DebtReason | null = null;
    if (r.outcome === 'f') reason = 'f';
    else if (r.outcome === 'notAdmitted') reason = 'notAdmitted';
    else if (r.outcome === 'absent') reason = 'absent';
    else if (r.outcome === 'fx') {
      if (r.retakesUsed >= maxFxRetakes) reason = 'fxExhausted';
      else if (r.fxDeadline !== '' && today > r.fxDeadline) reason = 'fxExpired';
    }
    if (reason === null) continue;
    debts.push({
      studentId: r.studentId,
      disciplineCode: r.disciplineCode,
      credits: r.credits,
      academicYear: r.academicYear,
      term: r.term,
      statementNo: r.statementNo,
      letter: r.letter,
      final: r.final,
      reason,
    });
  }
  return debts.sort((a, b) => a.studentId.localeCompare(b.studentId) || a.disciplineCode.localeCompare(b.disciplineCode));
}

export type RestudyWhen = 'regular' | 'summer';

export interface RestudyChoice {
  rowNumber: number;
  studentId: string;
  disciplineCode: string;
  credits: number;
  when: RestudyWhen | '';
}

/**
 * Accepts re-study choices in row order; a summer choice that would take the student's summer credits above
 * the cap is refused (the student must choose the regular semester for it).
 * @example checkSummerCap([{ studentId: 's', credits: 10, when: 'summer', ... }, { studentId: 's', credits: 10, when: 'summer', ... }], 15) // → second refused
 */
export function checkSummerCap(choices: readonly RestudyChoice[], summerCap: number): { accepted: RestudyChoice[]; overCap: RestudyChoice[] } {
  const used = new Map<string, number>();
  const accepted: RestudyChoice[] = [];
  const overCap: RestudyChoice[] = [];
  for (const c of choices) {
    if (c.when === '') continue;
    if (c.when === 'summer') {
      const total = (used.get(c.studentId) ?? 0) + c.credits;
      if (total > summerCap) {
        overCap.push(c);
        continue;
      }
      used.set(c.studentId, total);
    }
    accepted.push(c);
  }
  return { accepted, overCap };
}
