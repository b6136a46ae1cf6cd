// The official record of final grades (one row per student × statement): what GPA, ratings and debts are computed from.

import type { Outcome, Term } from '../../domain/grades';
import { defineSheet } from '../schema';
import { OUTCOME_OPTIONS, TERM_CODE_OPTIONS } from './gradeOptions';

export interface FinalGradeRow {
  statementNo: string;
  academicYear: string;
  term: Term;
  studentId: string;
  studentName: string;
  group: string;
  programmeCode: string;
  facultyCode: string;
  disciplineCode: string;
  credits: number;
  teacherId: string;
  current: number | null;
  midterm1: number | null;
  midterm2: number | null;
  exam: number | null;
  examAbsent: boolean;
  admission: number | null;
  final: number | null;
  letter: string;
  points: number | null;
  outcome: Outcome;
  passFail: boolean;
  retakesUsed: number;
  fxDeadline: string;
  locked: boolean;
}

export const finalGradesSheet = defineSheet<FinalGradeRow>({
  key: 'finalGrades',
  version: 1,
  name: { en: 'Final grades', ru: 'Итоговые оценки', kk: 'Қорытынды бағалар' },
  columns: [
    { key: 'statementNo', header: { en: 'Statement No.', ru: '№ ведомости', kk: 'Ведомость №' }, type: 'text', required: true, width: 120 },
    { key: 'academicYear', header: { en: 'Academic year', ru: 'Учебный год', kk: 'Оқу жылы' }, type: 'text', required: true, width: 90 },
    { key: 'term', header: { en: 'Term', ru: 'Период', kk: 'Кезең' }, type: 'enum', options: TERM_CODE_OPTIONS, required: true, width: 80 },
    { key: 'studentId', header: { en: 'Student ID', ru: 'ID студента', kk: 'Студент ID' }, type: 'text', required: true, width: 100 },
    { key: 'studentName', header: { en: 'Student', ru: 'Студент', kk: 'Студент' }, type: 'text', width: 220 },
    { key: 'group', header: { en: 'Group', ru: 'Группа', kk: 'Топ' }, type: 'text', width: 120 },
    { key: 'programmeCode', header: { en: 'Programme', ru: 'ОП', kk: 'ББ' }, type: 'text', width: 90 },
    { key: 'facultyCode', header: { en: 'Faculty', ru: 'Факультет', kk: 'Факультет' }, type: 'text', width: 80 },
    { key: 'disciplineCode', header: { en: 'Discipline', ru: 'Дисциплина', kk: 'Пән' }, type: 'text', required: true, width: 90 },
    { key: 'credits', header: { en: 'Credits', ru: 'Кредиты', kk: 'Кредит' }, type: 'number', required: true, min: 0, max: 60, width: 70 },
    { key: 'teacherId', header: { en: 'Teacher ID', ru: 'ID преподавателя', kk: 'Оқытушы ID' }, type: 'text', width: 90 },
    { key: 'current', header: { en: 'Current control', ru: 'Текущий контроль', kk: 'Ағымдағы бақылау' }, type: 'number', min: 0, max: 100, width: 80 },
    { key: 'midterm1', header: { en: 'Midterm 1', ru: 'РК1', kk: 'АБ1' }, type: 'number', min: 0, max: 100, width: 60 },
    { key: 'midterm2', header: { en: 'Midterm 2', ru: 'РК2', kk: 'АБ2' }, type: 'number', min: 0, max: 100, width: 60 },
    { key: 'exam', header: { en: 'Exam', ru: 'Экзамен', kk: 'Емтихан' }, type: 'number', min: 0, max: 100, width: 70 },
    { key: 'examAbsent', header: { en: 'Absent from the exam', ru: 'Неявка на экзамен', kk: 'Емтиханға келмеді' }, type: 'boolean', width: 80 },
    { key: 'admission', header: { en: 'Admission rating', ru: 'Рейтинг допуска', kk: 'Жіберу рейтингі' }, type: 'number', width: 80 },
    { key: 'final', header: { en: 'Final score', ru: 'Итоговый балл', kk: 'Қорытынды балл' }, type: 'number', width: 80 },
    { key: 'letter', header: { en: 'Letter', ru: 'Буквенная оценка', kk: 'Әріптік баға' }, type: 'text', width: 60 },
    { key: 'points', header: { en: 'Points', ru: 'Цифровой эквивалент', kk: 'Сандық балама' }, type: 'number', width: 70 },
    { key: 'outcome', header: { en: 'Result', ru: 'Результат', kk: 'Нәтиже' }, type: 'enum', options: OUTCOME_OPTIONS, required: true, width: 160 },
    { key: 'passFail', header: { en: 'Pass/fail', ru: 'Зачёт', kk: 'Сынақ' }, type: 'boolean', width: 60 },
    { key: 'retakesUsed', header: { en: 'FX retakes used', ru: 'Пересдач FX', kk: 'FX қайта тапсыру' }, type: 'integer', min: 0, width: 70 },
    { key: 'fxDeadline', header: { en: 'FX retake by', ru: 'Пересдать FX до', kk: 'FX қайта тапсыру мерзімі' }, type: 'date', width: 100 },
    { key: 'locked', header: { en: 'Locked', ru: 'Закрыто', kk: 'Жабық' }, type: 'boolean', width: 60 },
  ],
});
