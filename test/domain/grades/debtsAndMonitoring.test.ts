import { describe, expect, it } from 'vitest';
import {
  applyReferralExam,
  assignStatementNumbers,
  balancedSizes,
  checkSummerCap,
  DEFAULT_GRADE_RULES,
  deriveSections,
  examDateFor,
  formRetakeStreams,
  type GradeRecord,
  listDebts,
  midtermDueDate,
  monitorMidterm,
  monitorSession,
  nextReferralSeq,
  referralAllowed,
  referralNumber,
  sectionsFromEnrolments,
  semesterCode,
  sessionExamDays,
} from '../../../src/domain/grades';
import type { CurriculumEntry, Discipline, Programme, Student, Teacher } from '../../../src/domain/types';

function rec(outcome: GradeRecord['outcome'], extra: Partial<GradeRecord> = {}): GradeRecord {
  return {
    studentId: 's1',
    disciplineCode: 'MAT101',
    credits: 5,
    academicYear: '2026-2027',
    term: 'autumn',
    statementNo: '2026A-00001',
    teacherId: 'T1',
    final: 40,
    letter: outcome === 'fx' ? 'FX' : outcome === 'passed' ? 'C' : 'F',
    points: 0,
    outcome,
    passFail: false,
    retakesUsed: 0,
    fxDeadline: outcome === 'fx' ? '2027-01-20' : '',
    ...extra,
  };
}

describe('academic debts', () => {
  it('lists F, not admitted and absent', () => {
    const debts = listDebts([rec('f'), rec('notAdmitted', { disciplineCode: 'B' }), rec('absent', { disciplineCode: 'C' }), rec('passed', { disciplineCode: 'D' })], '2027-01-10', 1);
    expect(debts.map((d) => [d.disciplineCode, d.reason])).toEqual([
      ['B', 'notAdmitted'],
      ['C', 'absent'],
      ['MAT101', 'f'],
    ]);
  });
  it('keeps an FX open until its deadline, then lists it', () => {
    expect(listDebts([rec('fx')], '2027-01-20', 1)).toEqual([]);
    expect(listDebts([rec('fx')], '2027-01-21', 1)[0].reason).toBe('fxExpired');
  });
  it('lists an FX whose retakes are used up', () => {
    expect(listDebts([rec('fx', { retakesUsed: 1 })], '2027-01-10', 1)[0].reason).toBe('fxExhausted');
    expect(listDebts([rec('fx', { retakesUsed: 1 })], '2027-01-10', 2)).toEqual([]);
  });
  it('clears a debt re-studied in the summer', () => {
    expect(listDebts([rec('f'), rec('passed', { term: 'summer' })], '2027-07-01', 1)).toEqual([]);
  });
  it('refuses summer re-study above the credit cap', () => {
    const c = (disciplineCode: string, credits: number, when: 'summer' | 'regular') => ({ rowNumber: 2, studentId: 's', disciplineCode, credits, when });
    const { accepted, overCap } = checkSummerCap([c('A', 10, 'summer'), c('B', 6, 'summer'), c('C', 5, 'summer'), c('D', 6, 'regular')], 15);
    expect(accepted.map((x) => x.disciplineCode)).toEqual(['A', 'C', 'D']);
    expect(overCap.map((x) => x.disciplineCode)).toEqual(['B']);
  });
});

describe('re-study streams', () => {
  it('splits sizes evenly', () => {
    expect(balancedSizes(31, 30)).toEqual([16, 15]);
    expect(balancedSizes(30, 30)).toEqual([30]);
    expect(balancedSizes(0, 30)).toEqual([]);
  });
  it('groups by discipline, language and semester and flags small streams', () => {
    const regs = [
      ...Array.from({ length: 7 }, (_, i) => ({ studentId: `s${i}`, disciplineCode: 'MAT', language: 'ru' as const, when: 'summer' as const })),
      { studentId: 'k1', disciplineCode: 'MAT', language: 'kk' as const, when: 'summer' as const },
    ];
    const streams = formRetakeStreams(regs, { min: 5, max: 4 });
    expect(streams.map((s) => [s.id, s.studentIds.length, s.belowMinimum])).toEqual([
      ['MAT-kk-summer-1', 1, true],
      ['MAT-ru-summer-1', 4, true],
      ['MAT-ru-summer-2', 3, true],
    ]);
    expect(formRetakeStreams(regs, { min: 5, max: 25 }).map((s) => s.belowMinimum)).toEqual([true, false]);
  });
});

describe('referrals', () => {
  it('allows an FX retake up to the limit', () => {
    expect(referralAllowed(rec('fx'), 'fxRetake', 1)).toBeNull();
    expect(referralAllowed(rec('fx', { retakesUsed: 1 }), 'fxRetake', 1)).toBe('retakeLimit');
    expect(referralAllowed(rec('fx', { retakesUsed: 1 }), 'fxRetake', 2)).toBeNull();
  });
  it('refuses a referral to raise a positive grade, or for an F retake', () => {
    expect(referralAllowed(rec('passed'), 'illness', 1)).toBe('positiveGrade');
    expect(referralAllowed(rec('f'), 'fxRetake', 1)).toBe('notFx');
    expect(referralAllowed(undefined, 'illness', 1)).toBe('noGrade');
    expect(referralAllowed(rec('absent'), 'illness', 1)).toBeNull();
  });
  it('numbers referrals per semester', () => {
    expect(referralNumber('2026A', 7)).toBe('2026A-R0007');
    expect(nextReferralSeq(['2026A-R0007', '2026A-R0002', '2025S-R0100'], '2026A')).toBe(8);
  });
  it('turns an FX into C with a retake of 60 on an admission of 70', () => {
    const { grade, usesRetake } = applyReferralExam(70, 60, 'fxRetake', DEFAULT_GRADE_RULES);
    expect(grade.letter).toBe('C');
    expect(usesRetake).toBe(true);
    expect(applyReferralExam(70, 60, 'illness', DEFAULT_GRADE_RULES).usesRetake).toBe(false);
  });
});

describe('midterm monitoring', () => {
  const line = (studentId: string, disciplineCode: string, score: number | null, group = 'G1') => ({
    statementNo: `N-${disciplineCode}`,
    studentId,
    disciplineCode,
    teacherId: `T-${disciplineCode}`,
    facultyCode: 'F1',
    programmeCode: 'P1',
    group,
    score,
  });
  it('counts 49 as below 50 and 50 as not', () => {
    const r = monitorMidterm([line('a', 'X', 49), line('b', 'X', 50)], 50, 2);
    expect(r.figures[0]).toEqual({ level: 'faculty', key: 'F1', lines: 2, entered: 2, below: 1, share: 50 });
  });
  it('lists at-risk students, those below in several disciplines first', () => {
    const r = monitorMidterm([line('a', 'X', 49), line('b', 'X', 10), line('b', 'Y', 20), line('c', 'Y', 80)], 50, 2);
    expect(r.atRisk.map((s) => [s.studentId, s.disciplines, s.several])).toEqual([
      ['b', ['X', 'Y'], true],
      ['a', ['X'], false],
    ]);
  });
  it('names teachers who have not entered grades', () => {
    const r = monitorMidterm([line('a', 'X', null), line('b', 'X', null), line('a', 'Y', 70)], 50, 2);
    expect(r.missingTeachers).toEqual([{ teacherId: 'T-X', statements: ['N-X'], missing: 2 }]);
    expect(r.figures.find((f) => f.level === 'discipline' && f.key === 'X')?.share).toBeNull();
  });
  it('is due 2 days after the control', () => {
    expect(midtermDueDate('2026-10-24', 2)).toBe('2026-10-26');
    expect(midtermDueDate('2026-12-31', 2)).toBe('2027-01-02');
  });
});

describe('session monitoring', () => {
  it('counts expected, filled, locked and overdue per faculty and day', () => {
    const s = (statementNo: string, graded: number, locked: boolean, examDate = '2027-01-10') => ({ statementNo, facultyCode: 'F1', examDate, deadline: '2027-01-13', lines: 2, graded, locked });
    const rows = monitorSession([s('1', 2, true), s('2', 1, false), s('3', 0, false, '2027-01-11')], '2027-01-14');
    expect(rows).toEqual([
      { facultyCode: 'F1', examDate: '2027-01-10', expected: 2, filled: 1, locked: 1, overdue: 1 },
      { facultyCode: 'F1', examDate: '2027-01-11', expected: 1, filled: 0, locked: 0, overdue: 1 },
    ]);
    expect(monitorSession([s('2', 1, false)], '2027-01-13')[0].overdue).toBe(0);
  });
  it('takes every session day but Sundays as an exam day', () => {
    expect(sessionExamDays('2027-01-08', '2027-01-11')).toEqual(['2027-01-08', '2027-01-09', '2027-01-11']);
    expect(sessionExamDays('2027-01-11', '2027-01-10')).toEqual([]);
  });
  it('spreads exam days over the session', () => {
    expect(examDateFor(3, '2027-01-04', 10)).toBe('2027-01-07');
    expect(examDateFor(12, '2027-01-04', 10)).toBe('2027-01-06');
  });
});

describe('sections', () => {
  const student = (id: string, group: string, language: 'ru' | 'kk' = 'ru', extra: Partial<Student> = {}): Student => ({
    id, lastName: 'L', firstName: 'F', patronymic: '', email: `${id}@u.kz`, programmeCode: 'P1', year: 1, group, studyForm: 'fulltime', language, funding: 'grant', status: 'active', gpa: null, ...extra,
  });
  const teacher = (id: string, languages: Array<'ru' | 'kk'>): Teacher => ({ id, lastName: id, firstName: 'T', patronymic: '', email: `${id.toLowerCase()}@u.kz`, departmentCode: 'D1', position: 'lecturer', languages, maxLoadHours: 600 });
  const line = (disciplineCode: string, practice: number, extra: Partial<CurriculumEntry> = {}): CurriculumEntry => ({
    programmeCode: 'P1', disciplineCode, year: 1, semester: 1, component: 'compulsory', cycle: 'basic', electiveBlock: '', choose: 0, credits: 5, hoursLecture: 30, hoursPractice: practice, hoursLab: 0, prerequisites: [], ...extra,
  });
  const disciplines: Discipline[] = ['MAT', 'HIS', 'E1', 'E2'].map((code) => ({ code, name: { kk: code, ru: code, en: code }, credits: 5, departmentCode: 'D1' }));
  const programmes: Programme[] = [{ code: 'P1', name: { kk: 'P', ru: 'P', en: 'P' }, facultyCode: 'F1', departmentCode: 'D1', level: 'bachelor', languages: ['ru', 'kk'], studyForm: 'fulltime', years: 4, creditsToGraduate: 240 }];
  const input = {
    students: [student('s1', 'G1'), student('s2', 'G1'), student('s3', 'G2'), student('s4', 'G3', 'kk'), student('s5', 'G1', 'ru', { status: 'expelled' })],
    teachers: [teacher('T1', ['ru']), teacher('T2', ['ru', 'kk']), teacher('T3', ['kk'])],
    disciplines,
    curriculum: [line('MAT', 30), line('HIS', 0), line('E1', 30, { electiveBlock: 'B1', choose: 1, component: 'elective' }), line('E2', 30, { electiveBlock: 'B1', choose: 1, component: 'elective' }), line('MAT', 30, { semester: 2 })],
    programmes,
  };
  it('derives one section per practice discipline × group and per lecture discipline × stream', () => {
    const { sections, problems } = deriveSections(input, { academicYear: '2026-2027', term: 'autumn' });
    expect(problems).toEqual([]);
    expect(sections.map((s) => [s.id, s.studentIds.join(' '), s.unit])).toEqual([
      ['E1/G1/2026A', 's1 s2', 'group'],
      ['E1/G2/2026A', 's3', 'group'],
      ['E1/G3/2026A', 's4', 'group'],
      ['HIS/P1-1-kk/2026A', 's4', 'stream'],
      ['HIS/P1-1-ru/2026A', 's1 s2 s3', 'stream'],
      ['MAT/G1/2026A', 's1 s2', 'group'],
      ['MAT/G2/2026A', 's3', 'group'],
      ['MAT/G3/2026A', 's4', 'group'],
    ]);
    expect(sections.find((s) => s.id === 'MAT/G3/2026A')?.teacherId).not.toBe('T1');
    expect(sections.every((s) => s.teacherEmail !== '' && s.facultyCode === 'F1')).toBe(true);
  });
  it('does not change its input and gives the same result twice', () => {
    const frozen = JSON.parse(JSON.stringify(input));
    const a = deriveSections(input, { academicYear: '2026-2027', term: 'autumn' });
    const b = deriveSections(input, { academicYear: '2026-2027', term: 'autumn' });
    expect(input).toEqual(frozen);
    expect(a).toEqual(b);
  });
  it('derives nothing for the summer term', () => {
    expect(deriveSections(input, { academicYear: '2026-2027', term: 'summer' }).sections).toEqual([]);
  });
  it('reports an unknown teacher, two teachers on a section and a student in two sections of one discipline', () => {
    const e = (rowNumber: number, studentId: string, sectionId: string, teacher: string) => ({ rowNumber, studentId, sectionId, disciplineCode: 'MAT', teacher, unitLabel: 'G1' });
    const { sections, problems } = sectionsFromEnrolments(
      [e(2, 's1', 'MAT-1', 't1@u.kz'), e(3, 's2', 'MAT-1', 'nobody@u.kz'), e(4, 's3', 'MAT-1', 't2@u.kz'), e(5, 's1', 'MAT-2', 't2@u.kz'), e(6, 's2', 'MAT-2', 'T2')],
      input,
    );
    expect(problems.map((p) => [p.rowNumber, p.code])).toEqual([
      [3, 'teacherUnknown'],
      [4, 'sectionTwoTeachers'],
      [5, 'studentTwoSections'],
    ]);
    expect(sections.map((s) => [s.id, s.teacherId, s.studentIds])).toEqual([
      ['MAT-1', 'T1', ['s1']],
      ['MAT-2', 'T2', ['s2']],
    ]);
  });
  it('keeps existing statement numbers and continues the sequence', () => {
    expect(semesterCode({ academicYear: '2026-2027', term: 'spring' })).toBe('2026S');
    const numbers = assignStatementNumbers(['C', 'A', 'B'], new Map([['B', '2026A-00007']]), '2026A');
    expect([...numbers.entries()]).toEqual([
      ['A', '2026A-00008'],
      ['B', '2026A-00007'],
      ['C', '2026A-00009'],
    ]);
  });
});
