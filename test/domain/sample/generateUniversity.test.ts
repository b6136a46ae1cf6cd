import { describe, expect, it } from 'vitest';
import { apportion, generateUniversity } from '../../../src/domain/sample/generateUniversity';
import { crossReferenceProblems } from '../../../src/domain/validation/crossReferences';

const located = <T>(rows: T[]) => ({ sheet: 's', rows: rows.map((record, i) => ({ row: i + 2, record })) });

describe('generateUniversity', () => {
  const u = generateUniversity({ students: 2000, seed: 7 });

  it('makes exactly the number of students asked for, with unique ids and e-mails', () => {
    expect(u.students).toHaveLength(2000);
    expect(new Set(u.students.map((s) => s.id)).size).toBe(2000);
    expect(new Set(u.students.map((s) => s.email)).size).toBe(2000);
  });

  it('is the same for the same seed and differs for another seed', () => {
    expect(generateUniversity({ students: 2000, seed: 7 }).students.slice(0, 50)).toEqual(u.students.slice(0, 50));
    expect(generateUniversity({ students: 2000, seed: 8 }).students.slice(0, 50)).not.toEqual(u.students.slice(0, 50));
  });

  it('gives every semester of every curriculum 30 credits (one option per elective block)', () => {
    const credits = new Map<string, number>();
    const seen = new Set<string>();
    for (const c of u.curriculum) {
      if (c.component === 'elective') {
        if (seen.has(c.electiveBlock)) continue;
        seen.add(c.electiveBlock);
      }
      const key = `${c.programmeCode} ${c.year}/${c.semester}`;
      credits.set(key, (credits.get(key) ?? 0) + c.credits);
    }
    expect([...credits.values()].every((v) => v === 30)).toBe(true);
    const bachelor = [...credits].filter(([k]) => k.startsWith('6B06101 ')).reduce((a, [, v]) => a + v, 0);
    expect(bachelor).toBe(240);
  });

  it('uses real-style programme codes and trilingual names', () => {
    expect(u.programmes.every((p) => /^(6B|7M)\d{5}$/.test(p.code))).toBe(true);
    expect(u.disciplines.every((d) => d.name.kk && d.name.ru && d.name.en && d.credits >= 5)).toBe(true);
  });

  it('has no dangling references between its sheets', () => {
    const problems = crossReferenceProblems({
      faculties: located(u.faculties),
      departments: located(u.departments),
      programmes: located(u.programmes),
      disciplines: located(u.disciplines),
      curriculum: located(u.curriculum),
      students: located(u.students),
      teachers: located(u.teachers),
      timeGrid: located(u.timeGrid.map((s) => ({ ...s, startText: s.start, endText: s.end }))),
      calendar: located(u.calendar),
    });
    expect(problems).toEqual([]);
  });

  it('puts at most 25 students in a group and keeps a group to one programme, year and language', () => {
    const groups = new Map<string, typeof u.students>();
    for (const s of u.students) groups.set(s.group, [...(groups.get(s.group) ?? []), s]);
    for (const members of groups.values()) {
      expect(members.length).toBeLessThanOrEqual(25);
      expect(new Set(members.map((m) => `${m.programmeCode}|${m.year}|${m.language}`)).size).toBe(1);
    }
  });

  it('handles 20,000 students', () => {
    const big = generateUniversity({ students: 20000, seed: 1 });
    expect(big.students).toHaveLength(20000);
    expect(big.teachers.length).toBeGreaterThan(1000);
  });
});

describe('apportion', () => {
  it('splits a total into parts that sum exactly to it', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [0.6, 0.4]).reduce((a, b) => a + b)).toBe(7);
  });
});
