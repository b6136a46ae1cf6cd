import { describe, expect, it } from 'vitest';
import {
  belowTransferThreshold,
  computeGpa,
  computeGroupRatings,
  computeStudentRatings,
  computeTeacherRatings,
  type GradeRecord,
  latestAttempts,
  performanceAndQuality,
  rankByScore,
  teacherRatingFormula,
} from '../../../src/domain/grades';

const rules = { fxPoints: 0, countDebts: true };
const shareRules = { performanceMinLetter: 'D', qualityMinLetter: 'C+' };
const sem = { academicYear: '2026-2027', term: 'autumn' as const };

function rec(studentId: string, disciplineCode: string, letter: string, points: number | null, credits: number, extra: Partial<GradeRecord> = {}): GradeRecord {
  const outcome = letter === 'FX' ? 'fx' : letter === 'F' ? 'f' : letter === '' ? 'pending' : 'passed';
  return {
    studentId,
    disciplineCode,
    credits,
    academicYear: '2026-2027',
    term: 'autumn',
    statementNo: 'S1',
    teacherId: 'T1',
    final: null,
    letter,
    points,
    outcome,
    passFail: false,
    retakesUsed: 0,
    fxDeadline: '',
    ...extra,
  };
}

describe('GPA', () => {
  it('is credit-weighted: (4×5 + 2×10) / 15 = 2.67', () => {
    expect(computeGpa([rec('s', 'A', 'A', 4, 5), rec('s', 'B', 'C', 2, 10)], rules).gpa).toBe(2.67);
  });
  it('is null for an empty semester', () => {
    expect(computeGpa([], rules)).toEqual({ gpa: null, gpaCredits: 0, earnedCredits: 0, debts: 0, fx: 0 });
  });
  it('counts a debt as 0 when the setting says so, and leaves it out otherwise', () => {
    const list = [rec('s', 'A', 'A', 4, 5), rec('s', 'B', 'F', 0, 5)];
    expect(computeGpa(list, rules).gpa).toBe(2);
    expect(computeGpa(list, rules).debts).toBe(1);
    expect(computeGpa(list, { fxPoints: 0, countDebts: false }).gpa).toBe(4);
  });
  it('counts FX with the points of the setting (0 or 0.5)', () => {
    const list = [rec('s', 'A', 'A', 4, 5), rec('s', 'B', 'FX', 0.5, 5)];
    expect(computeGpa(list, rules).gpa).toBe(2);
    expect(computeGpa(list, { fxPoints: 0.5, countDebts: true }).gpa).toBe(2.25);
  });
  it('leaves pass/fail disciplines out of the GPA but counts their credits as earned', () => {
    const g = computeGpa([rec('s', 'A', 'B', 3, 5), rec('s', 'P1', 'P', null, 3, { passFail: true })], rules);
    expect(g.gpa).toBe(3);
    expect(g.earnedCredits).toBe(8);
  });
  it('uses the re-studied grade instead of the old debt', () => {
    const old = rec('s', 'A', 'F', 0, 5);
    const again = rec('s', 'A', 'C', 2, 5, { academicYear: '2026-2027', term: 'summer' });
    expect(latestAttempts([again, old])).toEqual([again]);
    expect(computeGpa([old, again], rules).gpa).toBe(2);
  });
  it('does not change its input', () => {
    const list = Object.freeze([rec('s', 'A', 'A', 4, 5), rec('s', 'A', 'F', 0, 5, { term: 'spring' })]);
    const copy = JSON.parse(JSON.stringify(list));
    computeGpa(list, rules);
    expect(list).toEqual(copy);
  });
});

describe('ratings', () => {
  it('ranks ties together (1, 2, 2, 4)', () => {
    const items = [{ s: 3 }, { s: 3.5 }, { s: 3 }, { s: 2 }, { s: null }];
    const ranks = rankByScore(items, (i) => i.s);
    expect(items.map((i) => ranks.get(i) ?? null)).toEqual([2, 1, 2, 4, null]);
  });
  it('ranks students inside the group, the programme-year and the faculty', () => {
    const students = [
      { id: 'a', group: 'G1', programmeCode: 'P', year: 1, facultyCode: 'F' },
      { id: 'b', group: 'G1', programmeCode: 'P', year: 1, facultyCode: 'F' },
      { id: 'c', group: 'G2', programmeCode: 'P', year: 1, facultyCode: 'F' },
    ];
    const records = [rec('a', 'X', 'B', 3, 5), rec('b', 'X', 'A', 4, 5), rec('c', 'X', 'A-', 3.67, 5)];
    const rows = computeStudentRatings(students, records, sem, rules);
    const by = Object.fromEntries(rows.map((r) => [r.studentId, r]));
    expect(by.b.rankInGroup).toBe(1);
    expect(by.a.rankInGroup).toBe(2);
    expect(by.c.rankInGroup).toBe(1);
    expect(by.a.rankInFaculty).toBe(3);
    expect(by.c.rankInProgrammeYear).toBe(2);
  });
  it('computes performance % (A…D) and quality % (A…C+)', () => {
    expect(performanceAndQuality(['A', 'C', 'FX', 'F'], shareRules)).toEqual({ graded: 4, performance: 50, quality: 25 });
    expect(performanceAndQuality([], shareRules)).toEqual({ graded: 0, performance: null, quality: null });
  });
  it('rates groups by average GPA', () => {
    const ratings = computeStudentRatings(
      [
        { id: 'a', group: 'G1', programmeCode: 'P', year: 1, facultyCode: 'F' },
        { id: 'b', group: 'G2', programmeCode: 'P', year: 1, facultyCode: 'F' },
      ],
      [rec('a', 'X', 'C', 2, 5), rec('b', 'X', 'A', 4, 5)],
      sem,
      rules,
    );
    const groups = computeGroupRatings(ratings, [rec('a', 'X', 'C', 2, 5), rec('b', 'X', 'A', 4, 5)], sem, shareRules);
    expect(groups.map((g) => [g.group, g.averageGpa, g.performance, g.quality, g.rank])).toEqual([
      ['G1', 2, 100, 0, 2],
      ['G2', 4, 100, 100, 1],
    ]);
  });
  it('rates a teacher 0.4·80 + 0.2·100 + 0.2·75 + 0.2·100 = 87 with the default weights', () => {
    const rows = computeTeacherRatings(
      [{ teacherId: 'T', finals: [{ final: 90, letter: 'A-' }, { final: 70, letter: 'C+' }, { final: 65, letter: 'C' }, { final: 95, letter: 'A' }], onTime: true }],
      { score: 0.4, pass: 0.2, quality: 0.2, onTime: 0.2 },
      shareRules,
    );
    expect(rows[0]).toMatchObject({ averageScore: 80, passRate: 100, qualityRate: 75, onTimeRate: 100, score: 87, rank: 1 });
    expect(teacherRatingFormula({ score: 0.4, pass: 0.2, quality: 0.2, onTime: 0.2 })).toBe('0.4×avg + 0.2×pass% + 0.2×quality% + 0.2×onTime%');
  });
  it('lists students below their year’s transfer GPA', () => {
    const below = belowTransferThreshold(
      [
        { studentId: 'x', year: 1, cumulativeGpa: 1.79 },
        { studentId: 'y', year: 1, cumulativeGpa: 1.8 },
        { studentId: 'z', year: 2, cumulativeGpa: 1.9 },
        { studentId: 'w', year: 3, cumulativeGpa: null },
      ],
      [1.8, 2.0, 2.1, 2.2],
    );
    expect(below).toEqual([
      { studentId: 'x', year: 1, gpa: 1.79, threshold: 1.8 },
      { studentId: 'z', year: 2, gpa: 1.9, threshold: 2.0 },
    ]);
  });
});
