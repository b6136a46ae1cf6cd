// A teacher's grade-entry sheet: one row per student of each of their statements (and referrals); the teacher types
// current control, РК1, РК2 and the exam; the add-on fills admission, final, letter, points, traditional, result.

import type { Lang } from '../../domain/types';
import { neutraliseText } from '../../domain/values';
import type { SheetLayout } from '../../ports';
import { defineSheet } from '../schema';
import { OUTCOME_OPTIONS, TRADITIONAL_OPTIONS } from './gradeOptions';

export interface GradeEntryRow {
  statementNo: string;
  disciplineCode: string;
  disciplineName: string;
  unit: string;
  studentId: string;
  studentName: string;
  /** Typed by the teacher: kept raw here, parsed by parseScore with a clear message. */
  current: string;
  midterm1: string;
  midterm2: string;
  exam: string;
  admission: number | null;
  final: number | null;
  letter: string;
  points: number | null;
  traditional: string;
  outcome: string;
}

/** Columns the teacher types into. */
export const INPUT_COLUMNS = ['current', 'midterm1', 'midterm2', 'exam'] as const;
export type InputColumn = (typeof INPUT_COLUMNS)[number];
/** Columns the add-on computes, written in one block. */
export const COMPUTED_COLUMNS = ['admission', 'final', 'letter', 'points', 'traditional', 'outcome'] as const;

const NAME = { en: 'Grades', ru: 'Ведомости', kk: 'Ведомостар' };

export const gradeEntrySheet = defineSheet<GradeEntryRow>({
  key: 'grades',
  version: 1,
  name: NAME,
  columns: [
    { key: 'statementNo', header: { en: 'Statement No.', ru: '№ ведомости', kk: 'Ведомость №' }, type: 'text', required: true, width: 120 },
    { key: 'disciplineCode', header: { en: 'Discipline', ru: 'Дисциплина', kk: 'Пән' }, type: 'text', required: true, width: 90 },
    { key: 'disciplineName', header: { en: 'Discipline name', ru: 'Наименование дисциплины', kk: 'Пән атауы' }, type: 'text', width: 200 },
    { key: 'unit', header: { en: 'Group / stream', ru: 'Группа / поток', kk: 'Топ / ағын' }, type: 'text', width: 120 },
    { key: 'studentId', header: { en: 'Student ID', ru: 'ID студента', kk: 'Студент ID' }, type: 'text', required: true, width: 100 },
    { key: 'studentName', header: { en: 'Student', ru: 'Студент', kk: 'Студент' }, type: 'text', width: 220 },
    { key: 'current', header: { en: 'Current control', ru: 'Текущий контроль', kk: 'Ағымдағы бақылау' }, type: 'text', width: 90 },
    { key: 'midterm1', header: { en: 'Midterm 1', ru: 'РК1', kk: 'АБ1' }, type: 'text', width: 70 },
    { key: 'midterm2', header: { en: 'Midterm 2', ru: 'РК2', kk: 'АБ2' }, type: 'text', width: 70 },
    { key: 'exam', header: { en: 'Exam', ru: 'Экзамен', kk: 'Емтихан' }, type: 'text', width: 80 },
    { key: 'admission', header: { en: 'Admission rating', ru: 'Рейтинг допуска', kk: 'Жіберу рейтингі' }, type: 'number', width: 90 },
    { key: 'final', header: { en: 'Final score', ru: 'Итоговый балл', kk: 'Қорытынды балл' }, type: 'number', width: 90 },
    { key: 'letter', header: { en: 'Letter', ru: 'Буквенная оценка', kk: 'Әріптік баға' }, type: 'text', width: 70 },
    { key: 'points', header: { en: 'Points', ru: 'Цифровой эквивалент', kk: 'Сандық балама' }, type: 'number', width: 80 },
    { key: 'traditional', header: { en: 'Traditional grade', ru: 'Традиционная оценка', kk: 'Дәстүрлі баға' }, type: 'enum', options: TRADITIONAL_OPTIONS, width: 150 },
    { key: 'outcome', header: { en: 'Result', ru: 'Результат', kk: 'Нәтиже' }, type: 'enum', options: OUTCOME_OPTIONS, width: 170 },
  ],
});

/**
 * The same sheet as read back: only the identity and input columns are validated, so whatever is typed into
 * a computed column never drops a student's line.
 */
export const gradeEntryReadSheet = defineSheet<Pick<GradeEntryRow, 'statementNo' | 'disciplineCode' | 'studentId' | 'studentName' | InputColumn>>({
  key: 'grades',
  version: 1,
  name: NAME,
  columns: gradeEntrySheet.columns.filter((c) => ['statementNo', 'disciplineCode', 'studentId', 'studentName', ...INPUT_COLUMNS].includes(c.key)),
});

/** One sheet row as cells: typed text neutralised, computed numbers kept as numbers, labels in `lang`. */
export function gradeEntryCells(row: GradeEntryRow, lang: Lang): unknown[] {
  return gradeEntrySheet.columns.map((col) => {
    const v = (row as unknown as Record<string, unknown>)[col.key];
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') return v;
    if (col.options) return col.options[String(v)]?.[lang] ?? neutraliseText(String(v));
    return neutraliseText(String(v));
  });
}

const PREFIXES = Object.values(gradeEntrySheet.name);

/** The name of a teacher's grade sheet. @example teacherSheetName('T0012', 'ru') // → 'Ведомости T0012' */
export function teacherSheetName(teacherId: string, lang: Lang): string {
  return `${gradeEntrySheet.name[lang]} ${teacherId}`;
}

/** The teacher id of a grade sheet's name in any language, or null. */
export function teacherOfSheet(name: string): string | null {
  for (const p of PREFIXES) if (name.startsWith(`${p} `)) return name.slice(p.length + 1).trim() || null;
  return null;
}

/**
 * The light layout of a teacher's sheet: header, frozen row, the widths and text format of the identifying columns
 * only — no dropdowns or formats on the other columns, so creating hundreds of teacher sheets costs a handful of calls each.
 */
export function gradeEntryLayout(name: string, lang: Lang): SheetLayout {
  return {
    name,
    headers: gradeEntrySheet.columns.map((c) => c.header[lang]),
    columnWidths: gradeEntrySheet.columns.slice(0, 6).map((c) => c.width ?? 120),
    frozenRows: 1,
    dropdowns: {},
    // Identifiers stay text (an ID like 0001234 keeps its zeros); score columns keep numbers as numbers.
    numberFormats: { 0: '@', 1: '@', 3: '@', 4: '@' },
    protectHeader: false,
  };
}
