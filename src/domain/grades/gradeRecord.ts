// The official record of one final grade (student × discipline × semester × attempt), as GPA, ratings and debts read it.

import type { Outcome } from './finalGrade';
import type { Term } from './sections';

export interface GradeRecord {
  studentId: string;
  disciplineCode: string;
  credits: number;
  academicYear: string;
  term: Term;
  statementNo: string;
  teacherId: string;
  final: number | null;
  letter: string;
  points: number | null;
  outcome: Outcome;
  passFail: boolean;
  /** FX exam retakes already taken for this grade. */
  retakesUsed: number;
  /** Last day to retake an FX exam (ISO), '' when not FX. */
  fxDeadline: string;
}

const TERM_ORDER: Record<Term, number> = { autumn: 0, spring: 1, summer: 2 };

/** A sortable key of a record's semester: '2026-0' for the autumn of 2026-2027. */
export function semesterOrder(r: Pick<GradeRecord, 'academicYear' | 'term'>): string {
  return `${r.academicYear.slice(0, 4)}-${TERM_ORDER[r.term]}`;
}

/**
 * The latest grade of each student × discipline: a re-studied discipline's new grade replaces the old one.
 * Returns a new array; the input is not changed.
 */
export function latestAttempts<R extends GradeRecord>(records: readonly R[]): R[] {
  const best = new Map<string, R>();
  for (const r of records) {
    const key = `${r.studentId}|${r.disciplineCode}`;
    const prev = best.get(key);
    if (!prev) {
      best.set(key, r);
      continue;
    }
    const a = semesterOrder(prev);
    const b = semesterOrder(r);
    if (b > a || (b === a && r.retakesUsed > prev.retakesUsed)) best.set(key, r);
  }
  return [...best.values()];
}
