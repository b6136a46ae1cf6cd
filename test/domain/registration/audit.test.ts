// Tests of the study-plan audit: each rule, its boundaries, and the rules derived from a curriculum.

import { describe, expect, it } from 'vitest';
import { auditStudyPlan, planRulesFor, planStatus, type PlanRules } from '../../../src/domain/registration/audit';
import type { PlanLine } from '../../../src/domain/registration/types';
import type { CurriculumEntry } from '../../../src/domain/types';

const entry = (disciplineCode: string, year: number, semester: 1 | 2, credits: number, electiveBlock = '', choose = 0, prerequisites: string[] = []): CurriculumEntry => ({
  programmeCode: 'P',
  disciplineCode,
  year,
  semester,
  component: electiveBlock ? 'elective' : 'compulsory',
  cycle: 'basic',
  electiveBlock,
  choose,
  credits,
  hoursLecture: 30,
  hoursPractice: 15,
  hoursLab: 0,
  prerequisites,
});
const curriculum: CurriculumEntry[] = [
  entry('A1', 1, 1, 5),
  entry('A2', 2, 1, 10),
  entry('A3', 2, 2, 10, '', 0, ['A1']),
  entry('E1', 2, 1, 5, 'B1', 2),
  entry('E2', 2, 1, 5, 'B1', 2),
  entry('E3', 2, 1, 5, 'B1', 2, ['X9']),
  entry('E4', 2, 2, 10, 'B2', 1, ['A2']),
];
const rules = planRulesFor(curriculum, 'P', 2, { minCredits: 15, maxCredits: 20 }) as PlanRules;
const line = (disciplineCode: string, semester: number, credits: number, source: PlanLine['source'] = 'compulsory', electiveBlock = ''): PlanLine => ({ disciplineCode, semester, credits, source, electiveBlock, sectionId: '' });
const sound = [line('A2', 1, 10), line('E1', 1, 5, 'elective', 'B1'), line('E2', 1, 5, 'elective', 'B1'), line('A3', 2, 10), line('E4', 2, 10, 'elective', 'B2')];
const codes = (lines: PlanLine[], options = {}) => auditStudyPlan(lines, rules, options).map((p) => p.code);

describe('planRulesFor', () => {
  it('separates compulsory lines, elective blocks with their choose count, and earlier years', () => {
    expect(rules.compulsory.map((c) => c.disciplineCode)).toEqual(['A2', 'A3']);
    expect(rules.blocks).toEqual([{ block: 'B1', choose: 2 }, { block: 'B2', choose: 1 }]);
    expect(rules.earlier).toEqual(['A1']);
    expect(rules.semesters).toEqual([1, 2]);
    expect(rules.prerequisites).toEqual({ A3: ['A1'], E3: ['X9'], E4: ['A2'] });
  });
  it('returns null for a programme without a curriculum', () => {
    expect(planRulesFor(curriculum, 'NONE', 1, { minCredits: 0, maxCredits: 30 })).toBeNull();
  });
});

describe('auditStudyPlan', () => {
  it('finds nothing wrong in a sound plan', () => {
    expect(codes(sound)).toEqual([]);
  });
  it('reports a missing compulsory discipline', () => {
    expect(codes(sound.filter((l) => l.disciplineCode !== 'A3'))).toContain('compulsoryMissing');
  });
  it('reports an elective block with fewer or more choices than allowed', () => {
    expect(codes(sound.filter((l) => l.disciplineCode !== 'E2'))).toContain('blockUnfilled');
    expect(codes([...sound, line('E3', 1, 5, 'elective', 'B1')])).toContain('blockOverfilled');
  });
  it('reports a prerequisite never taken, one with an open debt, and accepts one taken earlier this year', () => {
    const withE3 = [...sound.filter((l) => l.disciplineCode !== 'E2'), line('E3', 1, 5, 'elective', 'B1')];
    expect(auditStudyPlan(withE3, rules).find((p) => p.code === 'prerequisiteNotPassed')?.disciplineCode).toBe('E3');
    expect(auditStudyPlan(sound, rules, { debts: new Set(['A1']) }).map((p) => [p.code, p.disciplineCode])).toEqual([['prerequisiteNotPassed', 'A3']]);
    expect(codes(sound)).not.toContain('prerequisiteNotPassed'); // E4 needs A2, taken in semester 1
  });
  it('checks credits per semester at the exact boundaries', () => {
    expect(codes(sound)).toEqual([]); // 20 and 20 with max 20
    const over = auditStudyPlan([...sound, line('D1', 1, 1, 'difference')], rules);
    expect(over).toEqual([{ code: 'creditsAboveMax', disciplineCode: '', semester: 1, value: 21, limit: 20 }]);
    const under = auditStudyPlan(sound.filter((l) => l.disciplineCode !== 'E4'), rules, { skip: ['blockUnfilled'] });
    expect(under).toEqual([{ code: 'creditsBelowMin', disciplineCode: '', semester: 2, value: 10, limit: 15 }]);
  });
  it('reports an empty semester of the curriculum as below the minimum', () => {
    expect(auditStudyPlan([], rules, { skip: ['compulsoryMissing', 'blockUnfilled'] }).map((p) => [p.code, p.semester, p.value])).toEqual([
      ['creditsBelowMin', 1, 0],
      ['creditsBelowMin', 2, 0],
    ]);
  });
  it('reports a discipline taken twice', () => {
    expect(codes([...sound, line('A2', 2, 10, 'difference')])).toContain('duplicateDiscipline');
  });
  it('reports an elective outside the curriculum of the year', () => {
    expect(codes([...sound, line('Q1', 1, 0, 'elective', 'B1')])).toContain('notInCurriculum');
  });
  it('reports a programme without a curriculum as one problem', () => {
    expect(auditStudyPlan(sound, null).map((p) => p.code)).toEqual(['noCurriculum']);
  });
  it('does not mutate the lines it audits', () => {
    const copy = JSON.parse(JSON.stringify(sound));
    auditStudyPlan(sound, rules);
    expect(sound).toEqual(copy);
  });
});

describe('planStatus', () => {
  it('keeps an approval only when the plan is sound', () => {
    expect(planStatus([], 'approved')).toBe('registered');
    expect(planStatus([], '')).toBe('draft');
    expect(planStatus([{ code: 'creditsAboveMax', disciplineCode: '', semester: 1, value: 40, limit: 35 }], 'approved')).toBe('problems');
  });
});
