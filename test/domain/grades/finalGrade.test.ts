import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/domain/settings';
import {
  bandFor,
  checkGradeScale,
  computeAdmission,
  computeFinalGrade,
  computeRetakeGrade,
  DEFAULT_GRADE_RULES,
  DEFAULT_GRADE_SCALE,
  gradeRulesFromSettings,
  isAtLeast,
  parseScore,
  type ScoreEntry,
} from '../../../src/domain/grades';

const entry = (current: number | null, m1: number | null, m2: number | null, exam: number | null, extra: Partial<ScoreEntry> = {}): ScoreEntry => ({ current, midterm1: m1, midterm2: m2, exam, ...extra });

describe('the letter scale', () => {
  it('gives A- for 94.9 and A for 95', () => {
    expect(bandFor(94.9).letter).toBe('A-');
    expect(bandFor(95).letter).toBe('A');
  });
  it('gives FX for 49.5 and D for 50', () => {
    expect(bandFor(49.5).letter).toBe('FX');
    expect(bandFor(50).letter).toBe('D');
  });
  it('gives F for 24.9 and FX for 25', () => {
    expect(bandFor(24.9).letter).toBe('F');
    expect(bandFor(25).letter).toBe('FX');
  });
  it('gives A for 100 and F for 0', () => {
    expect(bandFor(100).letter).toBe('A');
    expect(bandFor(0).letter).toBe('F');
  });
  it('accepts the default scale and rejects one with a gap or without FX', () => {
    expect(checkGradeScale(DEFAULT_GRADE_SCALE)).toEqual([]);
    const gap = DEFAULT_GRADE_SCALE.map((b) => (b.letter === 'D' ? { ...b, minScore: 51 } : b));
    expect(checkGradeScale(gap)).toContain('scaleGap');
    expect(checkGradeScale(DEFAULT_GRADE_SCALE.filter((b) => b.letter !== 'FX'))).toContain('scaleNoFailLetters');
  });
  it('compares letters on the scale', () => {
    expect(isAtLeast('C+', 'C+')).toBe(true);
    expect(isAtLeast('C', 'C+')).toBe(false);
    expect(isAtLeast('A', 'D')).toBe(true);
    expect(isAtLeast('FX', 'D')).toBe(false);
  });
});

describe('the admission rating', () => {
  it('averages current control with each midterm: ((80+70)/2 + (80+90)/2)/2 = 80', () => {
    expect(computeAdmission(entry(80, 70, 90, null))).toBe(80);
  });
  it('uses only the midterms when the formula says so', () => {
    expect(computeAdmission(entry(null, 60, 70, null), { ...DEFAULT_GRADE_RULES, admissionFormula: 'midtermOnly' })).toBe(65);
  });
  it('is null while a midterm is missing', () => {
    expect(computeAdmission(entry(80, 70, null, null))).toBeNull();
  });
  it('admits a student with an admission rating of exactly 50', () => {
    const g = computeFinalGrade(entry(40, 60, 60, 50));
    expect(g.admission).toBe(50);
    expect(g.admitted).toBe(true);
    expect(g.final).toBe(50);
    expect(g.letter).toBe('D');
  });
  it('does not admit a student at 49.5 and records an academic debt', () => {
    const g = computeFinalGrade(entry(49, 50, 49, null));
    expect(g.admission).toBe(49.25);
    expect(g.outcome).toBe('notAdmitted');
    expect(g.letter).toBe('F');
    expect(g.debt).toBe(true);
  });
  it('requires each midterm to reach the threshold when that setting is on', () => {
    const rules = { ...DEFAULT_GRADE_RULES, eachMidtermThreshold: true };
    expect(computeFinalGrade(entry(90, 45, 90, 80), rules).outcome).toBe('notAdmitted');
    expect(computeFinalGrade(entry(90, 50, 90, 80), rules).outcome).toBe('passed');
  });
});

describe('the final grade', () => {
  it('is admission × 0.6 + exam × 0.4', () => {
    const g = computeFinalGrade(entry(80, 80, 80, 90));
    expect(g.final).toBe(84);
    expect(g.letter).toBe('B');
    expect(g.points).toBe(3);
    expect(g.traditional).toBe('good');
    expect(g.outcome).toBe('passed');
  });
  it('is FX for an exam of 49 whatever the admission rating', () => {
    const g = computeFinalGrade(entry(100, 100, 100, 49));
    expect(g.final).toBe(79.6);
    expect(g.letter).toBe('FX');
    expect(g.outcome).toBe('fx');
    expect(g.debt).toBe(false);
  });
  it('is positive for an exam of exactly 50', () => {
    expect(computeFinalGrade(entry(100, 100, 100, 50)).letter).toBe('B');
  });
  it('is F (debt) when the final score is below 25', () => {
    // With the default threshold an admitted student scores at least 30; a lower threshold reaches the F band.
    const rules = { ...DEFAULT_GRADE_RULES, admissionThreshold: 30 };
    const g = computeFinalGrade(entry(30, 30, 30, 10), rules);
    expect(g.final).toBe(22);
    expect(g.letter).toBe('F');
    expect(g.outcome).toBe('f');
    expect(g.debt).toBe(true);
  });
  it('keeps 94.9 as A- and gives A from 95', () => {
    // admission 95, exam 94.75 → 57 + 37.9 = 94.9
    expect(computeFinalGrade(entry(95, 95, 95, 94.75)).final).toBe(94.9);
    expect(computeFinalGrade(entry(95, 95, 95, 94.75)).letter).toBe('A-');
    expect(computeFinalGrade(entry(95, 95, 95, 95)).letter).toBe('A');
  });
  it('rounds 49.5 up to 50 (D) only when the rounding setting is on', () => {
    // Lower thresholds so that neither the admission nor the exam rule decides: only the rounding does.
    const low = { ...DEFAULT_GRADE_RULES, admissionThreshold: 40, examThreshold: 40 };
    const e = entry(49.25, 49.25, 49.25, 49.875);
    expect(computeFinalGrade(e, low).final).toBe(49.5);
    expect(computeFinalGrade(e, low).letter).toBe('FX');
    expect(computeFinalGrade(e, { ...low, roundFinalToInteger: true }).letter).toBe('D');
  });
  it('stays pending while the exam is not entered, and absent is a debt', () => {
    expect(computeFinalGrade(entry(80, 80, 80, null)).outcome).toBe('pending');
    const absent = computeFinalGrade(entry(80, 80, 80, null, { examAbsent: true }));
    expect(absent.outcome).toBe('absent');
    expect(absent.debt).toBe(true);
  });
  it('gives P for a passed pass/fail discipline and no points', () => {
    const g = computeFinalGrade(entry(70, 70, 70, 70, { passFail: true }));
    expect(g.letter).toBe('P');
    expect(g.points).toBeNull();
    expect(g.outcome).toBe('passed');
    expect(computeFinalGrade(entry(70, 70, 70, 30, { passFail: true })).outcome).toBe('fx');
  });
  it('turns FX into C after a retake with 60 on an admission of 70', () => {
    const first = computeFinalGrade(entry(70, 70, 70, 40));
    expect(first.letter).toBe('FX');
    const retake = computeRetakeGrade(first.admission as number, 60);
    expect(retake.final).toBe(66);
    expect(retake.letter).toBe('C');
  });
  it('reads the weights and thresholds from settings', () => {
    const rules = gradeRulesFromSettings({ ...defaultSettings(), 'grade.admissionWeight': 0.5, 'grade.examWeight': 0.5 });
    expect(computeFinalGrade(entry(80, 80, 80, 60), rules).final).toBe(70);
  });
  it('never changes its input', () => {
    const e = Object.freeze(entry(80, 70, 90, 55));
    const copy = { ...e };
    computeFinalGrade(e);
    computeAdmission(e);
    expect(e).toEqual(copy);
  });
});

describe('reading a typed score', () => {
  it('accepts "85,5" as 85.5', () => expect(parseScore('85,5')).toEqual({ kind: 'score', value: 85.5 }));
  it('rejects "отл"', () => expect(parseScore('отл')).toEqual({ kind: 'error', code: 'gradeNotANumber' }));
  it('rejects 101 and -1', () => {
    expect(parseScore(101)).toEqual({ kind: 'error', code: 'gradeOutOfRange' });
    expect(parseScore('-1')).toEqual({ kind: 'error', code: 'gradeOutOfRange' });
  });
  it('accepts 0 and 100', () => {
    expect(parseScore(0)).toEqual({ kind: 'score', value: 0 });
    expect(parseScore('100')).toEqual({ kind: 'score', value: 100 });
  });
  it('reads an empty cell as empty and "н/я" as absent only in the exam column', () => {
    expect(parseScore('')).toEqual({ kind: 'empty' });
    expect(parseScore('н/я', true)).toEqual({ kind: 'absent' });
    expect(parseScore('н/я')).toEqual({ kind: 'error', code: 'gradeNotANumber' });
  });
});
