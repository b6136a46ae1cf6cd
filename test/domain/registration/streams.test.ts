// Tests of stream, practice-group and lab-subgroup formation within the size limits.

import { describe, expect, it } from 'vitest';
import { formStreamsAndGroups, splitSizes } from '../../../src/domain/registration/streams';
import type { Enrolment, Section } from '../../../src/domain/registration/types';

const sizes = { lectureMax: 150, lectureMin: 30, practiceMin: 10, practiceMax: 30, labMin: 10, labMax: 12 };
const lecture: Section = { id: 'M.1.ru.1', disciplineCode: 'M', semester: 1, lessonType: 'lecture', language: 'ru', teacherId: 'T1', capacity: 200, audience: ['P/2'], electiveBlock: '', credits: 5, open: true, lectureSectionId: '' };
const practice: Section = { ...lecture, id: 'M.1.ru.1.P', lessonType: 'practice', teacherId: 'T2', lectureSectionId: 'M.1.ru.1' };
const enrol = (n: number): Enrolment[] => Array.from({ length: n }, (_, i) => ({ studentId: `s${String(i).padStart(3, '0')}`, sectionId: 'M.1.ru.1', disciplineCode: 'M', needKey: 'C:M', rank: 0, preferredSection: true }));
const groupOf = (n: number, per: number) => new Map(Array.from({ length: n }, (_, i) => [`s${String(i).padStart(3, '0')}`, `G${Math.floor(i / per)}`]));

describe('splitSizes', () => {
  it('splits into the fewest parts no larger than the maximum, as equal as possible', () => {
    expect(splitSizes(31, 30)).toEqual([16, 15]);
    expect(splitSizes(30, 30)).toEqual([30]);
    expect(splitSizes(12, 12)).toEqual([12]);
    expect(splitSizes(13, 12)).toEqual([7, 6]);
    expect(splitSizes(0, 30)).toEqual([]);
  });
});

describe('formStreamsAndGroups', () => {
  it('splits a section above the lecture maximum into streams, and streams into practice groups and lab subgroups', () => {
    const { streams, groups } = formStreamsAndGroups({ enrolments: enrol(160), sections: [lecture, practice], academicGroupOf: groupOf(160, 25), hoursOf: new Map([['M', { practice: true, lab: true }]]), sizes });
    expect(streams.map((s) => s.studentIds.length)).toEqual([80, 80]);
    const p = groups.filter((g) => g.kind === 'practice');
    expect(p.map((g) => g.studentIds.length)).toEqual([27, 27, 26, 27, 27, 26]);
    expect(p.every((g) => g.teacherId === 'T2')).toBe(true);
    const labs = groups.filter((g) => g.kind === 'lab');
    expect(labs.map((g) => g.studentIds.length)).toEqual([9, 9, 9, 9, 9, 9, 9, 9, 8, 9, 9, 9, 9, 9, 9, 9, 9, 8]);
    expect(labs.every((g) => g.belowMinimum === g.studentIds.length < 10)).toBe(true);
    expect(labs.reduce((n, g) => n + g.studentIds.length, 0)).toBe(160);
    expect(labs[0].parentGroupId).toBe(p[0].id);
  });
  it('keeps the students of one academic group together in a stream', () => {
    const { streams } = formStreamsAndGroups({ enrolments: enrol(160), sections: [lecture], academicGroupOf: groupOf(160, 20), hoursOf: new Map([['M', { practice: false, lab: false }]]), sizes });
    expect(streams[0].academicGroups).toEqual(['G0', 'G1', 'G2', 'G3']);
    expect(streams[1].academicGroups).toEqual(['G4', 'G5', 'G6', 'G7']);
  });
  it('flags a stream and a group below the minimum instead of dropping them', () => {
    const { streams, groups } = formStreamsAndGroups({ enrolments: enrol(8), sections: [lecture], academicGroupOf: groupOf(8, 8), hoursOf: new Map([['M', { practice: true, lab: false }]]), sizes });
    expect(streams[0].belowMinimum).toBe(true);
    expect(groups[0]).toMatchObject({ kind: 'practice', teacherId: 'T1', belowMinimum: true });
  });
});
