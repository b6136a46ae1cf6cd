import { describe, expect, it } from 'vitest';
import { CttFormatError, parseCtt, parseCttSolution, writeCttSolution } from '../../../src/solver/io/ctt';
import { TINY_CTT } from '../fixtures';

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(CttFormatError);
    return (error as Error).message;
  }
  throw new Error('expected a CttFormatError');
}

describe('parseCtt', () => {
  it('reads the header, courses, rooms, curricula and unavailability', () => {
    const i = parseCtt(TINY_CTT);
    expect(i.name).toBe('Tiny');
    expect([i.days, i.periodsPerDay]).toEqual([2, 3]);
    expect(i.courses[2]).toEqual({ id: 'c3', teacher: 't1', lectures: 1, minWorkingDays: 1, students: 50 });
    expect(i.rooms).toEqual([{ id: 'rA', capacity: 40 }, { id: 'rB', capacity: 20 }]);
    expect(i.curricula[0]).toEqual({ id: 'q1', courses: ['c1', 'c2'] });
    expect(i.unavailability).toEqual([{ course: 'c1', day: 0, period: 0 }, { course: 'c3', day: 1, period: 2 }]);
  });

  it('accepts CRLF line ends', () => {
    expect(parseCtt(TINY_CTT.replace(/\n/g, '\r\n')).courses.length).toBe(3);
  });

  it('names the line of a course line with a missing field', () => {
    const text = TINY_CTT.replace('c2 t2 2 1 10', 'c2 t2 2 1');
    expect(errorOf(() => parseCtt(text))).toBe('line 11: expected "CourseID Teacher #Lectures MinWorkingDays #Students"');
  });

  it('names the line of a non-numeric room capacity', () => {
    expect(errorOf(() => parseCtt(TINY_CTT.replace('rB 20', 'rB twenty')))).toBe('line 16: expected "RoomID Capacity"');
  });

  it('names the line of a curriculum that lists an unknown course', () => {
    expect(errorOf(() => parseCtt(TINY_CTT.replace('q2 1 c3', 'q2 1 c9')))).toBe('line 20: unknown course c9');
  });

  it('names the line of a header that is out of place', () => {
    expect(errorOf(() => parseCtt(TINY_CTT.replace('Rooms: 2', 'Room: 2')))).toBe('line 3: expected "Rooms: <number>"');
  });

  it('names the line of an unavailability outside the grid', () => {
    expect(errorOf(() => parseCtt(TINY_CTT.replace('c3 1 2', 'c3 1 3')))).toBe('line 24: day 1 period 3 is outside the 2 x 3 grid');
  });

  it('reports a file that ends before END.', () => {
    expect(errorOf(() => parseCtt(TINY_CTT.replace('END.\n', '')))).toMatch(/^line \d+: unexpected end of file, expected "END\."$/);
  });
});

describe('parseCttSolution', () => {
  const instance = parseCtt(TINY_CTT);

  it('reads one lecture per line', () => {
    expect(parseCttSolution('c1 rA 0 1\n\nc3 rB 1 2\n', instance)).toEqual([
      { course: 'c1', room: 'rA', day: 0, period: 1 },
      { course: 'c3', room: 'rB', day: 1, period: 2 },
    ]);
  });

  it('names the line of an unknown room', () => {
    expect(errorOf(() => parseCttSolution('c1 rA 0 1\nc2 rZ 0 2\n', instance))).toBe('line 2: unknown room rZ');
  });

  it('names the line of a period outside the grid', () => {
    expect(errorOf(() => parseCttSolution('c1 rA 0 3\n', instance))).toBe('line 1: day 0 period 3 is outside the 2 x 3 grid');
  });
});

describe('writeCttSolution', () => {
  it('writes CourseID RoomID Day Period lines that read back the same', () => {
    const lectures = [{ course: 'c1', room: 'rB', day: 1, period: 0 }];
    const text = writeCttSolution(lectures);
    expect(text).toBe('c1 rB 1 0\n');
    expect(parseCttSolution(text, parseCtt(TINY_CTT))).toEqual(lectures);
  });
});
