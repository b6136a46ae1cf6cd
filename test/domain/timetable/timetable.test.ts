// The timetable's pure rules: meetings from curricula, pairs from hours, room types, the conflict checker, deadlines, chunking.

import { describe, expect, it } from 'vitest';
import { generateUniversity } from '../../../src/domain/sample/generateUniversity';
import { checkEntries, type CheckContext, type TimetableEntry } from '../../../src/domain/timetable/checker';
import { checksum, joinChunks, splitIntoChunks } from '../../../src/domain/timetable/chunks';
import { approvalDeadline, compileDeadline, monthsBefore, semesterStart } from '../../../src/domain/timetable/deadlines';
import { gridFor, periodOf } from '../../../src/domain/timetable/grid';
import { assignTeachers, deriveMeetings, lectureStreams, weeklyPairs, type MeetingOptions } from '../../../src/domain/timetable/meetings';
import { buildSchedulingProblem } from '../../../src/domain/timetable/problem';
import { reasonCode } from '../../../src/domain/timetable/unplaced';
import { solve } from '../../../src/solver';
import type { Room } from '../../../src/domain/types';

const university = generateUniversity({ students: 300, seed: 2, startYear: 2026 });
const options: MeetingOptions = { term: 'autumn', studyForm: 'fulltime', faculty: 'FMIT', weeks: 15, hoursPerPair: 2, lectureStreamMax: 150, labSubgroupMax: 12, separateStreamsByLanguage: true };

describe('weekly pairs from curriculum hours', () => {
  it('gives 1 pair for 15 and 30 hours, 2 for 45, 0 for none', () => {
    expect([weeklyPairs(15, 15, 2), weeklyPairs(30, 15, 2), weeklyPairs(45, 15, 2), weeklyPairs(0, 15, 2)]).toEqual([1, 1, 2, 0]);
  });
  it('gives 2 pairs for 15 hours over a 6-week summer', () => {
    expect(weeklyPairs(15, 6, 2)).toBe(2);
  });
});

describe('meetings derived from the curricula', () => {
  const { meetings } = deriveMeetings(university, options);
  it('makes one lecture per cohort and discipline holding all its groups, practice per group and labs per subgroup', () => {
    const lectures = meetings.filter((m) => m.type === 'lecture');
    expect(lectures.length).toBeGreaterThan(0);
    for (const l of lectures) expect(l.roomTypes).toEqual(['lecture']);
    const practice = meetings.filter((m) => m.type === 'practice');
    for (const p of practice) expect(p.groups).toHaveLength(1);
    for (const p of practice) expect(p.roomTypes).toEqual(['practice']);
    for (const b of meetings.filter((m) => m.type === 'lab')) {
      expect(b.students).toBeLessThanOrEqual(12);
      expect(b.roomTypes).toEqual(['lab', 'computerLab']);
    }
    expect(meetings.every((m) => m.facultyCode === 'FMIT')).toBe(true);
  });
  it('splits a lecture stream above the maximum', () => {
    const streams = lectureStreams([{ size: 25 }, { size: 25 }, { size: 25 }, { size: 25 }], 60);
    expect(streams.map((s) => s.reduce((a, g) => a + g.size, 0))).toEqual([50, 50]);
  });
  it('assigns teachers of the department in the meeting language, deterministically', () => {
    const a = deriveMeetings(university, options).meetings;
    const b = deriveMeetings(university, options).meetings;
    assignTeachers(a, university.teachers, options);
    assignTeachers(b, university.teachers, options);
    expect(a.map((m) => m.teacherId)).toEqual(b.map((m) => m.teacherId));
    const byId = new Map(university.teachers.map((t) => [t.id, t]));
    for (const m of a.filter((x) => x.teacherId)) expect(byId.get(m.teacherId)?.departmentCode).toBe(m.departmentCode);
  });
});

describe('the scheduling problem', () => {
  it('has one lesson per weekly pair, capacity as a hard room feature, and solves without clashes on a tiny case', () => {
    const grid = gridFor(university.timeGrid, 'fulltime');
    const rooms: Room[] = [
      { number: 'H1', building: '1', capacity: 100, type: 'lecture', features: [] },
      { number: 'C1', building: '1', capacity: 30, type: 'practice', features: [] },
    ];
    const meeting = { id: 'D:L:S', disciplineCode: 'D', disciplineName: { en: 'D', ru: 'D', kk: 'D' }, type: 'lecture' as const, facultyCode: 'F', programmeCode: 'P', language: 'kk' as const, stream: 'S', groups: ['G1', 'G2'], units: ['G1', 'G2'], students: 50, weeklyPairs: 2, roomTypes: ['lecture' as const], departmentCode: 'X', teacherId: 'T1', teacherEmail: 't@x.kz', teacherName: 'T' };
    const problem = buildSchedulingProblem('t', [meeting], rooms, grid, { maxPairsPerDay: 4, unavailable: new Map(), pinned: new Map() });
    expect(problem.lessons.map((l) => l.id)).toEqual(['D:L:S#1', 'D:L:S#2']);
    expect(problem.rooms.find((r) => r.id === 'H1')?.features).toContain('seats:50');
    expect(problem.rooms.find((r) => r.id === 'C1')?.features).not.toContain('seats:50');
    const result = solve(problem, { seed: 1, maxIterations: 2000 });
    expect(result.evaluation.hard).toBe(0);
    expect(result.placements).toHaveLength(2);
  });
  it('explains a teacher unavailable all week in words', () => {
    expect(reasonCode('teacher T00001 has no available period')).toEqual({ code: 'teacherUnavailable', params: { teacher: 'T00001' } });
    expect(reasonCode('no room has type lecture and features seats:200')).toEqual({ code: 'noRoomSeats', params: { roomTypes: 'lecture', students: 200 } });
  });
});

describe('the conflict checker', () => {
  const grid = gridFor(university.timeGrid, 'fulltime');
  const ctx: CheckContext = {
    sheet: 'Timetable',
    grid,
    rooms: new Map<string, Room>([
      ['101', { number: '101', building: '1', capacity: 30, type: 'practice', features: [] }],
      ['H1', { number: 'H1', building: '1', capacity: 120, type: 'lecture', features: [] }],
    ]),
    teachers: new Map([['a@atu.edu.kz', { id: 'T1', name: 'Abai A.' }], ['b@atu.edu.kz', { id: 'T2', name: 'Bolat B.' }]]),
    unavailable: new Map([['T2', new Set([periodOf(grid, 5, 1) as number])]]),
  };
  const entry = (row: number, over: Partial<TimetableEntry>): TimetableEntry => ({ row, lesson: `L${row}`, day: 2, pair: 3, disciplineCode: `D${row}`, disciplineName: '', type: 'practice', teacherEmail: 'a@atu.edu.kz', room: '101', groups: ['6B01501-21-kz'], students: 20, pinned: false, ...over });
  const codes = (entries: TimetableEntry[]) => checkEntries(entries, ctx).map((p) => p.code);

  it('finds a group with two lessons at once, naming both rows', () => {
    const found = checkEntries([entry(2, {}), entry(3, { teacherEmail: 'b@atu.edu.kz', room: 'H1', type: 'lecture' })], ctx);
    expect(found.map((p) => p.code)).toEqual(['timetable.groupClash']);
    expect(found[0].params).toMatchObject({ group: '6B01501-21-kz', otherRow: 2, day: 2, pair: 3 });
  });
  it('lets two lab subgroups meet at once but not a subgroup and its whole group', () => {
    expect(codes([entry(2, { groups: ['G/1'], type: 'lab', room: 'X' }), entry(3, { groups: ['G/2'], teacherEmail: 'b@atu.edu.kz', type: 'lab', room: 'Y' })]).filter((c) => c === 'timetable.groupClash')).toEqual([]);
    expect(codes([entry(2, { groups: ['G/1'] }), entry(3, { groups: ['G'], teacherEmail: 'b@atu.edu.kz', room: 'H1', type: 'lecture' })])).toContain('timetable.groupClash');
  });
  it('finds teacher and room clashes', () => {
    expect(codes([entry(2, {}), entry(3, { groups: ['OTHER'] })])).toEqual(['timetable.roomClash', 'timetable.teacherClash']);
  });
  it('finds a room too small and a wrong room type', () => {
    expect(codes([entry(2, { students: 40 })])).toEqual(['timetable.roomTooSmall']);
    expect(codes([entry(2, { type: 'lecture' })])).toEqual(['timetable.wrongRoomType']);
  });
  it('finds an unavailable period, a slot outside the grid, an unknown teacher and room', () => {
    expect(codes([entry(2, { teacherEmail: 'b@atu.edu.kz', day: 5, pair: 1 })])).toEqual(['timetable.unavailablePeriod']);
    expect(codes([entry(2, { day: 7, pair: 1 })])).toEqual(['timetable.outsideGrid']);
    expect(codes([entry(2, { pair: 9 })])).toEqual(['timetable.outsideGrid']);
    expect(codes([entry(2, { teacherEmail: 'nobody@atu.edu.kz' })])).toEqual(['timetable.unknownTeacher']);
    expect(codes([entry(2, { room: 'Z9' })])).toEqual(['timetable.unknownRoom']);
  });
});

describe('deadline rules', () => {
  it('item 8: two weeks before the semester', () => {
    expect(compileDeadline('2026-09-01', '2026-08-18', 14)).toMatchObject({ item: 8, deadline: '2026-08-18', onTime: true, daysLeft: 0 });
    expect(compileDeadline('2026-09-01', '2026-08-19', 14)).toMatchObject({ onTime: false, daysLeft: -1 });
  });
  it('item 9: one month before the semester, clamped to the month end', () => {
    expect(approvalDeadline('2026-09-01', '2026-08-01', 1)).toMatchObject({ item: 9, deadline: '2026-08-01', onTime: true });
    expect(monthsBefore('2027-03-31', 1)).toBe('2027-02-28');
  });
  it('finds the semester start in the academic calendar', () => {
    expect(semesterStart(university.calendar, 'autumn', 'fulltime', '2026-2027')).toBe('2026-09-01');
    expect(semesterStart(university.calendar, 'summer', 'fulltime')).toBe('2027-06-14');
    expect(semesterStart([], 'spring', 'evening')).toBeNull();
  });
});

describe('checkpoint chunking', () => {
  it('splits into cell-sized chunks and joins them back only when intact', () => {
    const text = 'x'.repeat(100_001);
    const chunks = splitIntoChunks(text);
    expect(chunks.map((c) => c.length)).toEqual([45_000, 45_000, 10_001]);
    expect(joinChunks(chunks, checksum(text))).toBe(text);
    expect(joinChunks(chunks.slice(0, 2), checksum(text))).toBeNull();
  });
});
