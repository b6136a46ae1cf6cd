// A faculty's published timetable: its groups' lessons wherever filed (shared lectures), only its groups; and the
// five-column table (day + pair + time together, type with subgroups).

import { describe, expect, it } from 'vitest';
import { facultyTimetableBlocks, type GridLesson, lessonsOfFaculty } from '../../../src/reports/timetable/grids';

const lesson = (over: Partial<GridLesson>): GridLesson => ({ day: 1, pair: 1, discipline: 'History', type: 'lecture', teacher: 'T', room: '1-101', groups: [], faculty: 'FEN', ...over });

describe('lessonsOfFaculty', () => {
  const facultyOf = (g: string) => ({ 'ECO-26-kz': 'FEB', 'PHY-26-kz': 'FEN' })[g];

  it('gives a faculty the shared lecture filed under another faculty, with only its own groups', () => {
    const shared = lesson({ groups: ['ECO-26-kz', 'PHY-26-kz'], faculty: 'FEN' });
    expect(lessonsOfFaculty([shared], 'FEB', facultyOf)).toEqual([{ ...shared, groups: ['ECO-26-kz'] }]);
    expect(lessonsOfFaculty([shared], 'FEN', facultyOf)).toEqual([{ ...shared, groups: ['PHY-26-kz'] }]);
  });

  it('keeps a subgroup with its academic group, and an unknown (registration) group with the lesson’s faculty', () => {
    const lab = lesson({ type: 'lab', groups: ['ECO-26-kz/L2'], faculty: 'FEN' });
    const practice = lesson({ type: 'practice', groups: ['HIS101.1.kz.1-S1-P1'], faculty: 'FEN' });
    expect(lessonsOfFaculty([lab, practice], 'FEB', facultyOf)).toEqual([lab]);
    expect(lessonsOfFaculty([lab, practice], 'FEN', facultyOf)).toEqual([practice]);
  });
});

describe('facultyTimetableBlocks', () => {
  it('writes one five-column table per group', () => {
    const blocks = facultyTimetableBlocks([lesson({ day: 3, pair: 2, type: 'lab', groups: ['ECO-26-kz/L1'] })], {
      universityName: 'U',
      approve: ['APPROVED'],
      title: 'Timetable',
      group: 'Group',
      header: ['When', 'Discipline', 'Type', 'Teacher', 'Room'],
      dayNames: ['', 'Mon', 'Tue', 'Wed'],
      times: { 2: '09:50–11:30' },
    });
    const table = blocks.find((b) => b.kind === 'table');
    expect(table).toEqual({ kind: 'table', header: ['When', 'Discipline', 'Type', 'Teacher', 'Room'], rows: [['Wed, 2 (09:50–11:30)', 'History', 'lab (ECO-26-kz/L1)', 'T', '1-101']] });
    expect(blocks.some((b) => b.kind === 'heading' && b.text === 'Group ECO-26-kz')).toBe(true);
  });
});
