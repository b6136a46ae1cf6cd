// Checks that hold across sheets: codes that must exist elsewhere, prerequisites, credits, elective blocks, times.

import type { Problem } from '../errors';
import type { CalendarEvent, CurriculumEntry, Department, Discipline, Faculty, Programme, Student, Teacher, TimeSlot } from '../types';

/** A record with the sheet row it came from and the sheet's actual name. */
export interface Located<T> {
  row: number;
  record: T;
}

export interface ReferenceTables {
  faculties: { sheet: string; rows: Located<Faculty>[] };
  departments: { sheet: string; rows: Located<Department>[] };
  programmes: { sheet: string; rows: Located<Programme>[] };
  disciplines: { sheet: string; rows: Located<Discipline>[] };
  curriculum: { sheet: string; rows: Located<CurriculumEntry>[] };
  students: { sheet: string; rows: Located<Student>[] };
  teachers: { sheet: string; rows: Located<Teacher>[] };
  timeGrid: { sheet: string; rows: Located<TimeSlot & { startText: string; endText: string }>[] };
  calendar: { sheet: string; rows: Located<CalendarEvent>[] };
}

const problem = (sheet: string, row: number, column: string, value: string, code: string, params: Problem['params'] = {}, severity: Problem['severity'] = 'error'): Problem => ({
  sheet, row, column, value, code, params: { columnLabel: column, ...params }, severity,
});


const TIME = /^([01]?\d|2[0-3]):[0-5]\d$/;

/**
 * Every cross-sheet problem, in sheet order. Pure: the inputs are not changed.
 * @example crossReferenceProblems(tables).filter(p => p.code === 'unknownReference')
 */
export function crossReferenceProblems(t: ReferenceTables, columnLabel: (sheetKey: string, column: string) => string = (_s, c) => c): Problem[] {
  const out: Problem[] = [];
  const label = (sheetKey: string, column: string) => columnLabel(sheetKey, column);
  const faculties = new Set(t.faculties.rows.map((r) => r.record.code));
  const departments = new Set(t.departments.rows.map((r) => r.record.code));
  const programmes = new Map(t.programmes.rows.map((r) => [r.record.code, r.record]));
  const disciplines = new Map(t.disciplines.rows.map((r) => [r.record.code, r.record]));
  const ref = (sheetKey: string, sheet: string, row: number, column: string, value: string, known: { has(k: string): boolean }, target: string) => {
    if (value !== '' && !known.has(value)) out.push(problem(sheet, row, column, value, 'unknownReference', { target, columnLabel: label(sheetKey, column) }));
  };

  for (const { row, record } of t.departments.rows) ref('departments', t.departments.sheet, row, 'facultyCode', record.facultyCode, faculties, t.faculties.sheet);
  for (const { row, record } of t.programmes.rows) {
    ref('programmes', t.programmes.sheet, row, 'facultyCode', record.facultyCode, faculties, t.faculties.sheet);
    ref('programmes', t.programmes.sheet, row, 'departmentCode', record.departmentCode, departments, t.departments.sheet);
  }
  for (const { row, record } of t.disciplines.rows) ref('disciplines', t.disciplines.sheet, row, 'departmentCode', record.departmentCode, departments, t.departments.sheet);

  const blocks = new Map<string, { row: number; choose: number; count: number }>();
  const programmesWithCurriculum = new Set<string>();
  for (const { row, record } of t.curriculum.rows) {
    programmesWithCurriculum.add(record.programmeCode);
    ref('curricula', t.curriculum.sheet, row, 'programmeCode', record.programmeCode, programmes, t.programmes.sheet);
    ref('curricula', t.curriculum.sheet, row, 'disciplineCode', record.disciplineCode, disciplines, t.disciplines.sheet);
    for (const pre of record.prerequisites) {
      if (!disciplines.has(pre)) out.push(problem(t.curriculum.sheet, row, 'prerequisites', pre, 'unknownPrerequisite'));
    }
    const d = disciplines.get(record.disciplineCode);
    if (d && d.credits !== record.credits) {
      out.push(problem(t.curriculum.sheet, row, 'credits', String(record.credits), 'creditsMismatch', { expected: d.credits }, 'warning'));
    }
    const p = programmes.get(record.programmeCode);
    if (p && record.year > p.years) out.push(problem(t.curriculum.sheet, row, 'year', String(record.year), 'yearBeyondProgramme', { years: p.years }));
    if (record.component === 'elective' && record.electiveBlock !== '') {
      const key = `${record.programmeCode}|${record.electiveBlock}`;
      const b = blocks.get(key) ?? { row, choose: record.choose, count: 0 };
      b.count++;
      b.choose = Math.max(b.choose, record.choose);
      blocks.set(key, b);
    }
  }
  for (const [key, b] of blocks) {
    if (b.count < Math.max(1, b.choose)) {
      out.push(problem(t.curriculum.sheet, b.row, 'electiveBlock', key.split('|')[1], 'electiveBlockMismatch', { available: b.count, choose: b.choose }));
    }
  }
  for (const { row, record } of t.programmes.rows) {
    if (t.curriculum.rows.length > 0 && !programmesWithCurriculum.has(record.code)) {
      out.push(problem(t.programmes.sheet, row, 'code', record.code, 'noCurriculum', {}, 'warning'));
    }
  }

  for (const { row, record } of t.students.rows) {
    const p = programmes.get(record.programmeCode);
    ref('students', t.students.sheet, row, 'programmeCode', record.programmeCode, programmes, t.programmes.sheet);
    if (p && record.year > p.years) out.push(problem(t.students.sheet, row, 'year', String(record.year), 'yearBeyondProgramme', { years: p.years }));
    if (p && !p.languages.includes(record.language)) out.push(problem(t.students.sheet, row, 'language', record.language, 'languageNotOffered', {}, 'warning'));
    if (p && !programmesWithCurriculum.has(p.code) && t.curriculum.rows.length > 0) {
      out.push(problem(t.students.sheet, row, 'programmeCode', p.code, 'noCurriculum'));
    }
  }
  for (const { row, record } of t.teachers.rows) ref('teachers', t.teachers.sheet, row, 'departmentCode', record.departmentCode, departments, t.departments.sheet);

  for (const { row, record } of t.timeGrid.rows) {
    if (!TIME.test(record.startText)) out.push(problem(t.timeGrid.sheet, row, 'start', record.startText, 'badTime'));
    if (!TIME.test(record.endText)) out.push(problem(t.timeGrid.sheet, row, 'end', record.endText, 'badTime'));
    else if (TIME.test(record.startText) && minutes(record.endText) <= minutes(record.startText)) {
      out.push(problem(t.timeGrid.sheet, row, 'end', record.endText, 'endBeforeStart'));
    }
    if (record.days.length === 0 || record.days.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
      out.push(problem(t.timeGrid.sheet, row, 'days', record.days.join(', '), 'badDays'));
    }
  }
  for (const { row, record } of t.calendar.rows) {
    if (record.end < record.start) out.push(problem(t.calendar.sheet, row, 'end', record.end, 'endBeforeStart'));
  }
  const sheetKeys = new Map<string, string>([
    [t.curriculum.sheet, 'curricula'],
    [t.programmes.sheet, 'programmes'],
    [t.students.sheet, 'students'],
    [t.timeGrid.sheet, 'timeGrid'],
    [t.calendar.sheet, 'calendar'],
  ]);
  return out.map((p) =>
    p.params.columnLabel === p.column ? { ...p, params: { ...p.params, columnLabel: label(sheetKeys.get(p.sheet) ?? '', p.column) } } : p,
  );
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}
