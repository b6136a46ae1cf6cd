// Meetings from registration's Streams, Groups and Enrolments: a lecture per stream, practice per group, lab per
// subgroup, and clash units that follow the students' own enrolments (not academic group names).

import { describe, expect, it } from 'vitest';
import { generateUniversity } from '../../../src/domain/sample/generateUniversity';
import type { MeetingOptions } from '../../../src/domain/timetable/meetings';
import { deriveSummerMeetings, relieveOverloadedTeachers } from '../../../src/domain/timetable/meetings';
import { deriveRegistrationMeetings, type RegistrationInput } from '../../../src/domain/timetable/registrationMeetings';
import { assignStudentUnits } from '../../../src/domain/timetable/units';
import type { Meeting } from '../../../src/domain/timetable/meetings';
import type { Student, University } from '../../../src/domain/types';

const base = generateUniversity({ students: 60, seed: 3, startYear: 2026 });
const options: MeetingOptions = { term: 'autumn', studyForm: 'fulltime', weeks: 15, hoursPerPair: 2, lectureStreamMax: 150, labSubgroupMax: 12, separateStreamsByLanguage: true };

/** A university whose students, curriculum and teachers are set by the test (programmes, disciplines, rooms from the sample). */
function university(students: Array<Pick<Student, 'id' | 'group'>>): University {
  const programme = base.programmes.find((p) => p.studyForm === 'fulltime') ?? base.programmes[0];
  const [d1, d2, d3] = base.disciplines;
  const template = base.students[0];
  return {
    ...base,
    students: students.map((s) => ({ ...template, ...s, programmeCode: programme.code, year: 1, studyForm: 'fulltime', status: 'active' })),
    curriculum: [
      { ...base.curriculum[0], programmeCode: programme.code, year: 1, semester: 1, disciplineCode: d1.code, hoursLecture: 30, hoursPractice: 30, hoursLab: 15, electiveBlock: '' },
      { ...base.curriculum[0], programmeCode: programme.code, year: 1, semester: 1, disciplineCode: d2.code, hoursLecture: 45, hoursPractice: 0, hoursLab: 0, electiveBlock: 'B1' },
      { ...base.curriculum[0], programmeCode: programme.code, year: 1, semester: 1, disciplineCode: d3.code, hoursLecture: 15, hoursPractice: 30, hoursLab: 0, electiveBlock: 'B1' },
    ],
  };
}

const [d1, d2, d3] = base.disciplines;
const teacher = base.teachers[0];
const other = base.teachers[1];
/** C: compulsory d1 with one practice group and two lab subgroups; E2 and E3: two electives of one block. */
const input: RegistrationInput = {
  streams: [
    { streamId: 'C-S1', disciplineCode: d1.code, semester: 1, language: 'ru', teacherId: teacher.id, academicGroups: ['G1', 'G2'] },
    { streamId: 'E2-S1', disciplineCode: d2.code, semester: 1, language: 'ru', teacherId: teacher.id, academicGroups: ['G1', 'G2'] },
    { streamId: 'E3-S1', disciplineCode: d3.code, semester: 1, language: 'ru', teacherId: other.id, academicGroups: ['G1', 'G2'] },
    { streamId: 'SPRING-S1', disciplineCode: d1.code, semester: 2, language: 'ru', teacherId: teacher.id, academicGroups: ['G1'] },
  ],
  groups: [
    { groupId: 'C-S1-P1', streamId: 'C-S1', kind: 'practice', parentGroupId: '', teacherId: other.id },
    { groupId: 'C-S1-P1-L1', streamId: 'C-S1', kind: 'lab', parentGroupId: 'C-S1-P1', teacherId: '' },
    { groupId: 'C-S1-P1-L2', streamId: 'C-S1', kind: 'lab', parentGroupId: 'C-S1-P1', teacherId: '' },
    { groupId: 'E3-S1-P1', streamId: 'E3-S1', kind: 'practice', parentGroupId: '', teacherId: other.id },
  ],
  enrolments: [
    // s1 and s2 are in G1, s3 and s4 in G2; s1 and s3 chose E2, s2 and s4 chose E3.
    { studentId: 's1', entries: ['C>C-S1-P1-L1', 'E2>E2-S1', 'SP>SPRING-S1'] },
    { studentId: 's2', entries: ['C>C-S1-P1-L1', 'E3>E3-S1-P1*'] },
    { studentId: 's3', entries: ['C>C-S1-P1-L2', 'E2>E2-S1'] },
    { studentId: 's4', entries: ['C>C-S1-P1-L2', 'E3>E3-S1-P1', 'X>NOWHERE'] },
  ],
};
const uni = university([{ id: 's1', group: 'G1' }, { id: 's2', group: 'G1' }, { id: 's3', group: 'G2' }, { id: 's4', group: 'G2' }]);

const shares = (a: Meeting, b: Meeting) => a.units.some((u) => b.units.includes(u));

describe('meetings from registration', () => {
  const out = deriveRegistrationMeetings(uni, input, options);
  const byId = new Map(out.meetings.map((m) => [m.id, m]));
  const get = (id: string) => {
    const m = byId.get(id);
    if (!m) throw new Error(`no meeting ${id} in ${[...byId.keys()].join(', ')}`);
    return m;
  };

  it('makes a lecture per stream, practice per group and a lab per subgroup of the term, with the section teachers and curriculum pairs', () => {
    expect([...byId.keys()].sort()).toEqual([`${d1.code}:B:C-S1-P1-L1`, `${d1.code}:B:C-S1-P1-L2`, `${d1.code}:L:C-S1`, `${d1.code}:P:C-S1-P1`, `${d2.code}:L:E2-S1`, `${d3.code}:L:E3-S1`, `${d3.code}:P:E3-S1-P1`].sort());
    const lecture = get(`${d1.code}:L:C-S1`);
    expect(lecture).toMatchObject({ type: 'lecture', students: 4, weeklyPairs: 1, teacherId: teacher.id, groups: ['G1', 'G2'], stream: 'C-S1', roomTypes: ['lecture'] });
    expect(get(`${d1.code}:P:C-S1-P1`)).toMatchObject({ type: 'practice', students: 4, teacherId: other.id, groups: ['C-S1-P1'] });
    // A lab subgroup without its own teacher takes the stream's.
    expect(get(`${d1.code}:B:C-S1-P1-L2`)).toMatchObject({ type: 'lab', students: 2, teacherId: teacher.id, roomTypes: ['lab', 'computerLab'] });
    expect(get(`${d2.code}:L:E2-S1`).weeklyPairs).toBe(2);
    expect(out.students).toBe(4);
  });

  it('lets two meetings clash only when a student is enrolled in both', () => {
    const e2 = get(`${d2.code}:L:E2-S1`);
    const e3 = get(`${d3.code}:L:E3-S1`);
    const e3p = get(`${d3.code}:P:E3-S1-P1`);
    const lab1 = get(`${d1.code}:B:C-S1-P1-L1`);
    const lab2 = get(`${d1.code}:B:C-S1-P1-L2`);
    // Both electives list academic groups G1 and G2, but no student takes both: they may share a slot.
    expect(e2.groups).toEqual(e3.groups);
    expect(shares(e2, e3)).toBe(false);
    expect(shares(e2, e3p)).toBe(false);
    expect(shares(lab1, lab2)).toBe(false);
    // s1 takes E2 and lab 1; s4 takes E3 and lab 2; everyone takes the compulsory lecture and practice.
    expect(shares(e2, lab1)).toBe(true);
    expect(shares(e3, lab2)).toBe(true);
    expect(shares(e3, e3p)).toBe(true);
    for (const m of out.meetings) expect(shares(m, get(`${d1.code}:L:C-S1`))).toBe(true);
  });

  it('names an enrolment whose group is in neither sheet, and ignores streams of the other semester', () => {
    expect(out.warnings).toEqual([{ code: 'unknownGroup', params: { discipline: 'X>NOWHERE', group: 'NOWHERE' } }]);
    expect(out.meetings.some((m) => m.stream === 'SPRING-S1')).toBe(false);
    const spring = deriveRegistrationMeetings(uni, input, { ...options, term: 'spring' });
    expect(spring.meetings.map((m) => m.stream)).toEqual(['SPRING-S1']);
  });

  it('keeps only the faculty asked for, and gives the others for blockers', () => {
    const faculty = uni.programmes.find((p) => p.code === uni.students[0].programmeCode)?.facultyCode ?? '';
    const mine = deriveRegistrationMeetings(uni, input, { ...options, faculty });
    expect(mine.meetings).toHaveLength(7);
    const elsewhere = deriveRegistrationMeetings(uni, input, { ...options, faculty: 'NONE' });
    expect(elsewhere.meetings).toHaveLength(0);
    expect(elsewhere.others).toHaveLength(7);
  });
});

describe('clash units from student lists', () => {
  const meeting = (id: string): Meeting => ({ id, units: [] }) as unknown as Meeting;
  it('drops a class whose meetings another class attends too, and keeps the others', () => {
    const ms = ['a', 'b', 'c'].map(meeting);
    // s1: a,b; s2: a,b,c (superset of s1); s3: c alone (subset of s2).
    const n = assignStudentUnits(ms, [['s1', 's2'], ['s1', 's2'], ['s2', 's3']], () => 'G');
    expect(n).toBe(1);
    expect(ms.map((m) => m.units)).toEqual([['G~1'], ['G~1'], ['G~1']]);
  });
  it('gives disjoint student sets disjoint units', () => {
    const ms = ['a', 'b', 'c'].map(meeting);
    assignStudentUnits(ms, [['s1', 's2'], ['s1'], ['s2']], (id) => (id === 's1' ? 'G1' : 'G2'));
    expect(ms[1].units.some((u) => ms[2].units.includes(u))).toBe(false);
    expect(ms[0].units.sort()).toEqual(['G1~1', 'G2~1']);
  });
});

describe('summer meetings from re-study streams with their students', () => {
  it('makes streams that share a student clash, and streams without one not', () => {
    const summerUni = university([{ id: 's1', group: 'G1' }, { id: 's2', group: 'G2' }, { id: 's3', group: 'G3' }]);
    const { meetings } = deriveSummerMeetings(summerUni, [
      { streamId: 'R1', disciplineCode: d1.code, language: 'ru', students: 2, studentIds: ['s1', 's2'] },
      { streamId: 'R2', disciplineCode: d2.code, language: 'ru', students: 1, studentIds: ['s2'] },
      { streamId: 'R3', disciplineCode: d3.code, language: 'ru', students: 1, studentIds: ['s3'] },
    ], { ...options, term: 'summer', weeks: 6 });
    const of = (stream: string) => meetings.filter((m) => m.stream === stream);
    expect(of('R1').length).toBeGreaterThan(0);
    for (const a of of('R1')) for (const b of of('R2')) expect(shares(a, b)).toBe(true);
    for (const a of [...of('R1'), ...of('R2')]) for (const b of of('R3')) expect(shares(a, b)).toBe(false);
    // 15 lecture hours over 6 summer weeks: 2 pairs a week.
    expect(of('R3').find((m) => m.type === 'lecture')?.weeklyPairs).toBe(2);
  });
});

describe('a teacher with more pairs than the week has', () => {
  it('keeps the lectures and gives labs, then practice, to the least loaded colleague of the department and language until the teacher fits', () => {
    const [t1, ...rest] = base.teachers.filter((t) => t.departmentCode === base.teachers[0].departmentCode && t.languages.includes('ru'));
    expect(rest.length).toBeGreaterThan(0);
    const m = (id: string, type: Meeting['type'], weeklyPairs: number): Meeting => ({ id, type, weeklyPairs, teacherId: t1.id, teacherName: 'T1', language: 'ru', departmentCode: t1.departmentCode, disciplineCode: 'D' }) as unknown as Meeting;
    const meetings = [m('L', 'lecture', 4), m('P1', 'practice', 2), m('B1', 'lab', 2), m('B2', 'lab', 2)];
    const moves = relieveOverloadedTeachers(meetings, base.teachers, () => 6);
    expect(moves.map((x) => x.meeting)).toEqual(['B1', 'B2']);
    expect(meetings.find((x) => x.id === 'L')?.teacherId).toBe(t1.id);
    expect(meetings.find((x) => x.id === 'P1')?.teacherId).toBe(t1.id);
    expect(meetings.filter((x) => x.teacherId === t1.id).reduce((a, x) => a + x.weeklyPairs, 0)).toBeLessThanOrEqual(6);
    for (const x of meetings.filter((y) => y.teacherId !== t1.id)) expect(rest.map((t) => t.id)).toContain(x.teacherId);
    // Nobody is moved when everyone fits.
    expect(relieveOverloadedTeachers(meetings, base.teachers, () => 36)).toEqual([]);
  });
});
