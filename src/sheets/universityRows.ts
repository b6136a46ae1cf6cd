// Converts between the University model and the core sheets' rows, in both directions.

import type { Settings } from '../domain/settings';
import type { University } from '../domain/types';
import { calendarSheet } from './calendarSheet';
import { curriculaSheet } from './curriculaSheet';
import { departmentsSheet } from './departmentsSheet';
import { disciplinesSheet } from './disciplinesSheet';
import { facultiesSheet } from './facultiesSheet';
import { programmesSheet } from './programmesSheet';
import { roomsSheet } from './roomsSheet';
import { formatTable, type SheetSchema } from './schema';
import { studentsSheet } from './studentsSheet';
import { teachersSheet } from './teachersSheet';
import { timeGridSheet } from './timeGridSheet';
import { SETTING_DEFINITIONS } from '../domain/settings';
import type { CalendarEvent, CurriculumEntry, Department, Discipline, Faculty, Lang, Programme, Room, Student, Teacher, TimeSlot } from '../domain/types';
import type { CalendarRow } from './calendarSheet';
import type { CurriculumRow } from './curriculaSheet';
import type { DepartmentRow } from './departmentsSheet';
import type { DisciplineRow } from './disciplinesSheet';
import type { FacultyRow } from './facultiesSheet';
import type { ProgrammeRow } from './programmesSheet';
import type { SettingRow } from './settingsSheet';
import type { TimeSlotRow } from './timeGridSheet';

const names = (n: { kk: string; ru: string; en: string }) => ({ nameKk: n.kk, nameRu: n.ru, nameEn: n.en });
const fromNames = (r: { nameKk: string; nameRu: string; nameEn: string }) => ({ kk: r.nameKk, ru: r.nameRu, en: r.nameEn });

export function settingRows(lang: Lang, values: Settings = {}): SettingRow[] {
  return SETTING_DEFINITIONS.map((def) => ({
    key: def.key,
    group: def.group,
    value: values[def.key] === undefined || values[def.key] === def.default ? '' : String(values[def.key]),
    defaultValue: String(def.default),
    label: def.label[lang],
    source: def.source,
  }));
}

export const facultyRow = (f: Faculty): FacultyRow => ({ code: f.code, ...names(f.name), dean: f.dean, deanEmail: f.deanEmail });
export const facultyFromRow = (r: FacultyRow): Faculty => ({ code: r.code, name: fromNames(r), dean: r.dean, deanEmail: r.deanEmail });

export const departmentRow = (d: Department): DepartmentRow => ({ code: d.code, facultyCode: d.facultyCode, ...names(d.name), head: d.head });
export const departmentFromRow = (r: DepartmentRow): Department => ({ code: r.code, facultyCode: r.facultyCode, name: fromNames(r), head: r.head });

export const programmeRow = (p: Programme): ProgrammeRow => ({
  code: p.code, ...names(p.name), facultyCode: p.facultyCode, departmentCode: p.departmentCode, level: p.level,
  languages: p.languages, studyForm: p.studyForm, years: p.years, creditsToGraduate: p.creditsToGraduate,
});
export const programmeFromRow = (r: ProgrammeRow): Programme => ({
  code: r.code, name: fromNames(r), facultyCode: r.facultyCode, departmentCode: r.departmentCode, level: r.level,
  languages: r.languages, studyForm: r.studyForm, years: r.years, creditsToGraduate: r.creditsToGraduate,
});

export const disciplineRow = (d: Discipline): DisciplineRow => ({ code: d.code, ...names(d.name), credits: d.credits, departmentCode: d.departmentCode });
export const disciplineFromRow = (r: DisciplineRow): Discipline => ({ code: r.code, name: fromNames(r), credits: r.credits, departmentCode: r.departmentCode });

export const curriculumRow = (c: CurriculumEntry): CurriculumRow => ({ ...c });
export const curriculumFromRow = (r: CurriculumRow): CurriculumEntry => ({
  ...r,
  semester: r.semester === 2 ? 2 : 1,
  choose: r.choose ?? 0,
  hoursLecture: r.hoursLecture ?? 0,
  hoursPractice: r.hoursPractice ?? 0,
  hoursLab: r.hoursLab ?? 0,
});

export const studentRow = (s: Student) => ({ ...s });
export const studentFromRow = (r: Student): Student => ({ ...r });

export const teacherRow = (t: Teacher) => ({ ...t });
export const roomRow = (r: Room) => ({ ...r });

export const timeSlotRow = (s: TimeSlot): TimeSlotRow => ({ ...s, days: s.days.map(String) });
export const timeSlotFromRow = (r: TimeSlotRow): TimeSlot => ({ ...r, days: r.days.map(Number) });

export const calendarRow = (e: CalendarEvent, lang: Lang): CalendarRow => ({
  academicYear: e.academicYear, term: e.term, kind: e.kind, studyForm: e.studyForm, start: e.start, end: e.end, note: e.name[lang],
});
export const calendarFromRow = (r: CalendarRow): CalendarEvent => ({
  academicYear: r.academicYear, term: r.term, kind: r.kind, studyForm: r.studyForm, start: r.start, end: r.end,
  name: { kk: r.note, ru: r.note, en: r.note },
});

/** Every reference sheet of a university, formatted for one write each (header + rows, in `lang`). */
export function universityTables(u: University, lang: Lang): Array<{ schema: SheetSchema<any>; values: unknown[][] }> {
  const tables: Array<[SheetSchema<any>, unknown[]]> = [
    [facultiesSheet, u.faculties.map(facultyRow)],
    [departmentsSheet, u.departments.map(departmentRow)],
    [programmesSheet, u.programmes.map(programmeRow)],
    [disciplinesSheet, u.disciplines.map(disciplineRow)],
    [curriculaSheet, u.curriculum.map(curriculumRow)],
    [studentsSheet, u.students.map(studentRow)],
    [teachersSheet, u.teachers.map(teacherRow)],
    [roomsSheet, u.rooms.map(roomRow)],
    [timeGridSheet, u.timeGrid.map(timeSlotRow)],
    [calendarSheet, u.calendar.map((e) => calendarRow(e, lang))],
  ];
  return tables.map(([schema, rows]) => ({ schema, values: formatTable(schema, rows, lang) }));
}
