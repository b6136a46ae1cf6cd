// Tests of the allocation engine: priorities, capacities, ranked choices, closures until stable.

import { describe, expect, it } from 'vitest';
import { allocateSections, orderByPriority, type AllocatableSection } from '../../../src/domain/registration/allocation';
import type { AllocationStudent, Need } from '../../../src/domain/registration/types';

const sec = (id: string, disciplineCode: string, capacity: number, electiveBlock = 'B1', language = 'ru', open = true): AllocatableSection => ({ id, disciplineCode, capacity, electiveBlock, language, open });
const elective = (key: string, count: number, ...choices: Array<[string, number, string[]]>): Need => ({
  key,
  count,
  compulsory: false,
  options: choices.map(([disciplineCode, rank, sections]) => ({ disciplineCode, rank, sections })),
});
const student = (id: string, needs: Need[], gpa: number | null = 3, submittedAt = '2026-04-01T10:00:00Z', year = 2): AllocationStudent => ({ id, needs, gpa, submittedAt, year });
const opts = { priority: 'gpaThenTime' as const, electiveMin: 2, sectionMin: 1 };

describe('orderByPriority', () => {
  const a = student('a', [], 2.5, '2026-04-01T09:00:00Z', 2);
  const b = student('b', [], 3.5, '2026-04-01T11:00:00Z', 2);
  const c = student('c', [], null, '2026-04-01T08:00:00Z', 3);
  it('puts the higher GPA first under gpaThenTime, students without GPA last', () => {
    expect(orderByPriority([a, b, c], 'gpaThenTime').map((s) => s.id)).toEqual(['b', 'a', 'c']);
  });
  it('puts the earlier submission first under timeOnly', () => {
    expect(orderByPriority([a, b, c], 'timeOnly').map((s) => s.id)).toEqual(['c', 'a', 'b']);
  });
  it('puts the senior year first under yearThenGpa', () => {
    expect(orderByPriority([a, b, c], 'yearThenGpa').map((s) => s.id)).toEqual(['c', 'b', 'a']);
  });
  it('does not mutate its input', () => {
    const list = [a, b, c];
    orderByPriority(list, 'timeOnly');
    expect(list.map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('allocateSections', () => {
  it('gives every student their first choice when there is room', () => {
    const sections = [sec('X.1', 'X', 10), sec('Y.1', 'Y', 10)];
    const students = ['s1', 's2', 's3'].map((id) => student(id, [elective('B:B1', 1, ['X', 1, ['X.1']], ['Y', 2, ['Y.1']])]));
    const r = allocateSections(students, sections, { ...opts, electiveMin: 1 });
    expect(r.enrolments.map((e) => e.sectionId)).toEqual(['X.1', 'X.1', 'X.1']);
    expect(r.stats).toMatchObject({ choices: 3, firstChoice: 3, anyChoice: 3, sectionsClosed: 0 });
  });

  it('never fills a section over its capacity; the higher GPA wins the last seat', () => {
    const sections = [sec('X.1', 'X', 1), sec('Y.1', 'Y', 5)];
    const low = student('low', [elective('B:B1', 1, ['X', 1, ['X.1']], ['Y', 2, ['Y.1']])], 2.0);
    const high = student('high', [elective('B:B1', 1, ['X', 1, ['X.1']], ['Y', 2, ['Y.1']])], 3.9);
    const r = allocateSections([low, high], sections, { ...opts, electiveMin: 1 });
    expect(r.enrolments.find((e) => e.studentId === 'high')?.sectionId).toBe('X.1');
    expect(r.enrolments.find((e) => e.studentId === 'low')?.sectionId).toBe('Y.1');
  });

  it('falls to another teacher of the same discipline before the next discipline', () => {
    const sections = [sec('X.1', 'X', 1), sec('X.2', 'X', 1), sec('Y.1', 'Y', 5)];
    const s = (id: string, gpa: number) => student(id, [elective('B:B1', 1, ['X', 1, ['X.1', 'X.2']], ['Y', 2, ['Y.1']])], gpa);
    const r = allocateSections([s('a', 4), s('b', 3)], sections, { ...opts, electiveMin: 1 });
    expect(r.enrolments.map((e) => [e.studentId, e.sectionId, e.preferredSection])).toEqual([
      ['a', 'X.1', true],
      ['b', 'X.2', false],
    ]);
  });

  it('closes an elective below its minimum and moves its students to their next choice, logging each move', () => {
    const sections = [sec('X.1', 'X', 30), sec('Y.1', 'Y', 30)];
    const wantX = ['a', 'b', 'c'].map((id) => student(id, [elective('B:B1', 1, ['X', 1, ['X.1']], ['Y', 2, ['Y.1']])]));
    const wantY = ['d'].map((id) => student(id, [elective('B:B1', 1, ['Y', 1, ['Y.1']], ['X', 2, ['X.1']])]));
    const r = allocateSections([...wantX, ...wantY], sections, { ...opts, electiveMin: 2 });
    expect(r.closedDisciplines).toEqual(['Y@ru']);
    expect(r.enrolments.every((e) => e.sectionId === 'X.1')).toBe(true);
    expect(r.events.filter((e) => e.kind === 'disciplineClosed')).toHaveLength(1);
    expect(r.events.find((e) => e.kind === 'studentMoved')).toMatchObject({ studentId: 'd', sectionId: 'Y.1', toSectionId: 'X.1' });
  });

  it('repeats until stable: a closure that leaves another elective below minimum closes it too', () => {
    // Y and Z have 1 each; even with Z's student Y could reach only 2 of 3: both are hopeless and close in round 1.
    const sections = [sec('X.1', 'X', 30), sec('Y.1', 'Y', 30), sec('Z.1', 'Z', 30)];
    const students = [
      ...['a', 'b', 'c'].map((id) => student(id, [elective('B:B1', 1, ['X', 1, ['X.1']])])),
      student('d', [elective('B:B1', 1, ['Y', 1, ['Y.1']], ['X', 2, ['X.1']])]),
      student('e', [elective('B:B1', 1, ['Z', 1, ['Z.1']], ['Y', 2, ['Y.1']], ['X', 2, ['X.1']])]),
    ];
    const r = allocateSections(students, sections, { ...opts, electiveMin: 3 });
    expect(r.closedDisciplines).toEqual(['Y@ru', 'Z@ru']);
    expect(r.rounds).toBe(2);
    expect(new Set(r.enrolments.map((e) => e.sectionId))).toEqual(new Set(['X.1']));
    expect(r.unallocated).toEqual([]);
  });

  it('closes only the smallest elective when a closure could still rescue another, then re-counts', () => {
    // Y has 2 (min 3) and would reach 3 with Z's student; Z (1) closes first, and then Y is stable.
    const sections = [sec('X.1', 'X', 30), sec('Y.1', 'Y', 30), sec('Z.1', 'Z', 30)];
    const students = [
      ...['a', 'b', 'c'].map((id) => student(id, [elective('B:B1', 1, ['X', 1, ['X.1']])])),
      ...['d', 'f'].map((id) => student(id, [elective('B:B1', 1, ['Y', 1, ['Y.1']])])),
      student('e', [elective('B:B1', 1, ['Z', 1, ['Z.1']], ['Y', 2, ['Y.1']])]),
    ];
    const r = allocateSections(students, sections, { ...opts, electiveMin: 3 });
    expect(r.closedDisciplines).toEqual(['Z@ru']);
    expect(r.enrolments.filter((e) => e.sectionId === 'Y.1').map((e) => e.studentId).sort()).toEqual(['d', 'e', 'f']);
    expect(r.events.find((e) => e.kind === 'studentMoved')).toMatchObject({ studentId: 'e', sectionId: 'Z.1', toSectionId: 'Y.1' });
  });

  it('lists a student whose every choice closed as unallocated with the reason', () => {
    const sections = [sec('X.1', 'X', 30), sec('Y.1', 'Y', 30)];
    const students = [
      ...['a', 'b'].map((id) => student(id, [elective('B:B1', 1, ['X', 1, ['X.1']])])),
      student('c', [elective('B:B1', 1, ['Y', 1, ['Y.1']])]),
    ];
    const r = allocateSections(students, sections, { ...opts, electiveMin: 2 });
    expect(r.unallocated).toEqual([{ studentId: 'c', needKey: 'B:B1', missing: 1, reason: 'allClosed' }]);
    expect(r.events.some((e) => e.kind === 'studentUnallocated' && e.studentId === 'c')).toBe(true);
  });

  it('reports allFull when the options were open but full', () => {
    const r = allocateSections([student('a', [elective('B:B1', 1, ['X', 1, ['X.1']])], 4), student('b', [elective('B:B1', 1, ['X', 1, ['X.1']])], 3)], [sec('X.1', 'X', 1)], { ...opts, electiveMin: 1 });
    expect(r.unallocated).toEqual([{ studentId: 'b', needKey: 'B:B1', missing: 1, reason: 'allFull' }]);
  });

  it('never gives a student the same discipline twice across needs', () => {
    const sections = [sec('X.1', 'X', 5), sec('Y.1', 'Y', 5)];
    const s = student('a', [elective('B:B1', 1, ['X', 1, ['X.1']]), elective('B:B2', 1, ['X', 1, ['X.1']], ['Y', 2, ['Y.1']])]);
    const r = allocateSections([s], sections, { ...opts, electiveMin: 1 });
    expect(r.enrolments.map((e) => e.disciplineCode)).toEqual(['X', 'Y']);
  });

  it('merges a small section into a sibling with room, but keeps a lone compulsory section and reports it', () => {
    const compulsory = (id: string, sections: string[]): AllocationStudent => student(id, [{ key: 'C:M', count: 1, compulsory: true, options: [{ disciplineCode: 'M', rank: 0, sections }] }]);
    const sections = [sec('M.1', 'M', 30, ''), sec('M.2', 'M', 30, '')];
    const students = [...['a', 'b', 'c'].map((id) => compulsory(id, ['M.1', 'M.2'])), compulsory('d', ['M.2', 'M.1'])];
    const r = allocateSections(students, sections, { ...opts, sectionMin: 3 });
    expect(r.closedSections).toEqual(['M.2']);
    expect(r.enrolments.every((e) => e.sectionId === 'M.1')).toBe(true);
    const lone = allocateSections([compulsory('a', ['M.1'])], [sec('M.1', 'M', 30, '')], { ...opts, sectionMin: 3 });
    expect(lone.closedSections).toEqual([]);
    expect(lone.events).toEqual([expect.objectContaining({ kind: 'compulsoryBelowMinimum', count: 1, minimum: 3 })]);
  });

  it('treats capacity 0 and closed sections as unavailable', () => {
    const r = allocateSections([student('a', [elective('B:B1', 1, ['X', 1, ['X.1']], ['Y', 2, ['Y.1']], ['Z', 2, ['Z.1']])])], [sec('X.1', 'X', 0), sec('Y.1', 'Y', 5, 'B1', 'ru', false), sec('Z.1', 'Z', 5)], { ...opts, electiveMin: 1 });
    expect(r.enrolments.map((e) => e.sectionId)).toEqual(['Z.1']);
  });

  it('reports noOptions for a student who chose nothing', () => {
    const r = allocateSections([student('a', [elective('B:B1', 2)])], [], opts);
    expect(r.unallocated).toEqual([{ studentId: 'a', needKey: 'B:B1', missing: 2, reason: 'noOptions' }]);
  });

  it('gives the same result when run twice', () => {
    const sections = [sec('X.1', 'X', 2), sec('Y.1', 'Y', 2)];
    const students = ['a', 'b', 'c', 'd'].map((id, i) => student(id, [elective('B:B1', 1, ['X', 1, ['X.1']], ['Y', 2, ['Y.1']])], 2 + i / 10));
    expect(allocateSections(students, sections, opts)).toEqual(allocateSections(students, sections, opts));
  });
});
