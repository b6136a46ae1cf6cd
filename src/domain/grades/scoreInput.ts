// Reading a score a teacher typed: '85,5' and 85.5 are scores, 'н/я' marks an absence, 'отл' and 120 are rejected.

import { parseNumber } from '../values';

export type ScoreParse =
  | { kind: 'empty' }
  | { kind: 'score'; value: number }
  | { kind: 'absent' }
  | { kind: 'error'; code: 'gradeNotANumber' | 'gradeOutOfRange' };

/** Marks of an absence from an exam, in the office's three languages. */
const ABSENT_MARKS = new Set(['н/я', 'н/я.', 'ня', 'неявка', 'absent', 'abs', 'келмеді', 'к/м']);

/**
 * Parses one score cell (0–100). Only the exam column accepts an absence mark.
 * @example parseScore('85,5') // → { kind: 'score', value: 85.5 }
 * @example parseScore('отл') // → { kind: 'error', code: 'gradeNotANumber' }
 * @example parseScore(101) // → { kind: 'error', code: 'gradeOutOfRange' }
 * @example parseScore('н/я', true) // → { kind: 'absent' }
 */
export function parseScore(raw: unknown, allowAbsent = false): ScoreParse {
  if (raw === null || raw === undefined) return { kind: 'empty' };
  if (typeof raw === 'string' && raw.trim() === '') return { kind: 'empty' };
  if (allowAbsent && typeof raw === 'string' && ABSENT_MARKS.has(raw.trim().toLowerCase())) return { kind: 'absent' };
  const n = parseNumber(raw);
  if (n === null) return { kind: 'error', code: 'gradeNotANumber' };
  if (n < 0 || n > 100) return { kind: 'error', code: 'gradeOutOfRange' };
  return { kind: 'score', value: n };
}

/** True when two recorded scores are the same (null = empty). */
export function sameScore(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) < 1e-9;
}
