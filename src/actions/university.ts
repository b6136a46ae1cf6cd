// Reads the core sheets into the University model once, with every row and cross-sheet problem found.

import { defaultSettings, universityName } from '../domain/settings';
import type { Problem } from '../domain/errors';
import type { CalendarEvent, University } from '../domain/types';
import { crossReferenceProblems, type ReferenceTables } from '../domain/validation/crossReferences';
import { calendarSheet, curriculaSheet, departmentsSheet, disciplinesSheet, facultiesSheet, programmesSheet, roomsSheet, studentsSheet, teachersSheet, timeGridSheet } from '../sheets';
import { CORE_SHEETS } from '../sheets';
import { calendarFromRow, curriculumFromRow, departmentFromRow, disciplineFromRow, facultyFromRow, programmeFromRow, timeSlotFromRow } from '../sheets/universityRows';
import { textSetting } from '../domain/settings';
import type { ActionContext } from './types';

export interface UniversityRead {
  university: University;
  problems: Problem[];
}

/** Reads every core sheet once and returns the model plus all problems (row-level and cross-sheet). */
export function readUniversity(ctx: ActionContext): UniversityRead {
  const tb = ctx.tables;
  const faculties = tb.read(facultiesSheet);
  const departments = tb.read(departmentsSheet);
  const programmes = tb.read(programmesSheet);
  const disciplines = tb.read(disciplinesSheet);
  const curriculum = tb.read(curriculaSheet);
  const students = tb.read(studentsSheet);
  const teachers = tb.read(teachersSheet);
  const rooms = tb.read(roomsSheet);
  const timeGrid = tb.read(timeGridSheet);
  const calendar = tb.read(calendarSheet);
  const loc = <R, T>(t: { sheetName: string; rows: Array<{ rowNumber: number; record: R }> }, f: (r: R) => T) => ({
    sheet: t.sheetName,
    rows: t.rows.map((r) => ({ row: r.rowNumber, record: f(r.record) })),
  });
  const refs: ReferenceTables = {
    faculties: loc(faculties, facultyFromRow),
    departments: loc(departments, departmentFromRow),
    programmes: loc(programmes, programmeFromRow),
    disciplines: loc(disciplines, disciplineFromRow),
    curriculum: loc(curriculum, curriculumFromRow),
    students: loc(students, (r) => r),
    teachers: loc(teachers, (r) => r),
    timeGrid: loc(timeGrid, (r) => ({ ...timeSlotFromRow(r), startText: r.start, endText: r.end })),
    calendar: loc(calendar, calendarFromRow),
  };
  const headerOf = (sheetKey: string, column: string) =>
    CORE_SHEETS.find((s) => s.key === sheetKey)?.columns.find((c) => c.key === column)?.header[ctx.lang] ?? column;
  const problems = [
    ...[faculties, departments, programmes, disciplines, curriculum, students, teachers, rooms, timeGrid, calendar].flatMap((t) => t.problems),
    ...crossReferenceProblems(refs, headerOf),
  ];
  const university: University = {
    name: { kk: universityName(ctx.settings, 'kk'), ru: universityName(ctx.settings, 'ru'), en: universityName(ctx.settings, 'en') },
    academicYear: textSetting(ctx.settings, 'academicYear') || String(defaultSettings().academicYear),
    faculties: refs.faculties.rows.map((r) => r.record),
    departments: refs.departments.rows.map((r) => r.record),
    programmes: refs.programmes.rows.map((r) => r.record),
    disciplines: refs.disciplines.rows.map((r) => r.record),
    curriculum: refs.curriculum.rows.map((r) => r.record),
    students: refs.students.rows.map((r) => r.record),
    teachers: refs.teachers.rows.map((r) => r.record),
    rooms: rooms.rows.map((r) => r.record),
    timeGrid: refs.timeGrid.rows.map((r) => ({ studyForm: r.record.studyForm, pair: r.record.pair, start: r.record.start, end: r.record.end, days: r.record.days })),
    calendar: refs.calendar.rows.map((r) => r.record) as CalendarEvent[],
  };
  return { university, problems };
}
