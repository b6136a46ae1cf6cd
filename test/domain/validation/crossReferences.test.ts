import { describe, expect, it } from 'vitest';
import { generateUniversity } from '../../../src/domain/sample/generateUniversity';
import { crossReferenceProblems, type ReferenceTables } from '../../../src/domain/validation/crossReferences';

function tables(mutate: (t: ReturnType<typeof generateUniversity>) => void): ReferenceTables {
  const u = generateUniversity({ students: 200, seed: 3 });
  mutate(u);
  const located = <T>(rows: T[]) => ({ sheet: 'S', rows: rows.map((record, i) => ({ row: i + 2, record })) });
  return {
    faculties: located(u.faculties),
    departments: located(u.departments),
    programmes: located(u.programmes),
    disciplines: located(u.disciplines),
    curriculum: located(u.curriculum),
    students: located(u.students),
    teachers: located(u.teachers),
    timeGrid: located(u.timeGrid.map((s) => ({ ...s, startText: s.start, endText: s.end }))),
    calendar: located(u.calendar),
  };
}

describe('crossReferenceProblems', () => {
  it('names a student whose programme does not exist', () => {
    const problems = crossReferenceProblems(tables((u) => (u.students[4].programmeCode = '6B99999')));
    expect(problems).toEqual([expect.objectContaining({ row: 6, column: 'programmeCode', value: '6B99999', code: 'unknownReference' })]);
  });

  it('names a prerequisite missing from the catalogue', () => {
    const problems = crossReferenceProblems(tables((u) => (u.curriculum[10].prerequisites = ['NOPE-1'])));
    expect(problems).toEqual([expect.objectContaining({ row: 12, column: 'prerequisites', value: 'NOPE-1', code: 'unknownPrerequisite' })]);
  });

  it('flags a time slot that ends before it starts and days outside 1–7', () => {
    const problems = crossReferenceProblems(
      tables((u) => {
        u.timeGrid[0] = { ...u.timeGrid[0], start: '10:00', end: '09:00' };
        u.timeGrid[1] = { ...u.timeGrid[1], days: [0, 8] };
      }),
    );
    expect(problems.map((p) => p.code).sort()).toEqual(['badDays', 'endBeforeStart']);
  });

  it('flags an elective block offering fewer disciplines than must be chosen', () => {
    const problems = crossReferenceProblems(
      tables((u) => {
        const block = u.curriculum.find((c) => c.component === 'elective');
        if (!block) throw new Error('no elective');
        for (const c of u.curriculum) if (c.electiveBlock === block.electiveBlock) c.choose = 5;
      }),
    );
    expect(problems).toEqual([expect.objectContaining({ code: 'electiveBlockMismatch', params: expect.objectContaining({ choose: 5 }) })]);
  });

  it('does not change its input', () => {
    const t = tables(() => undefined);
    const before = JSON.stringify(t);
    crossReferenceProblems(t);
    expect(JSON.stringify(t)).toBe(before);
  });
});
