// Academic debts per student with credits, and the student's re-study choice (regular or summer semester).

import type { DebtReason, RestudyWhen, Term } from '../../domain/grades';
import { defineSheet } from '../schema';
import { DEBT_REASON_OPTIONS, RESTUDY_STATUS_OPTIONS, RESTUDY_WHEN_OPTIONS, TERM_CODE_OPTIONS } from './gradeOptions';

export interface DebtRow {
  studentId: string;
  studentName: string;
  group: string;
  language: string;
  disciplineCode: string;
  disciplineName: string;
  credits: number;
  academicYear: string;
  term: Term;
  statementNo: string;
  letter: string;
  reason: DebtReason;
  /** Typed by the office from the student's application. */
  restudy: RestudyWhen | '';
  status: 'waiting' | 'accepted' | 'overCap';
}

export const debtsSheet = defineSheet<DebtRow>({
  key: 'academicDebts',
  version: 1,
  name: { en: 'Academic debts', ru: 'Академические задолженности', kk: 'Академиялық қарыздар' },
  columns: [
    { key: 'studentId', header: { en: 'Student ID', ru: 'ID студента', kk: 'Студент ID' }, type: 'text', required: true, width: 100 },
    { key: 'studentName', header: { en: 'Student', ru: 'Студент', kk: 'Студент' }, type: 'text', width: 220 },
    { key: 'group', header: { en: 'Group', ru: 'Группа', kk: 'Топ' }, type: 'text', width: 120 },
    { key: 'language', header: { en: 'Language', ru: 'Язык обучения', kk: 'Оқу тілі' }, type: 'text', width: 70 },
    { key: 'disciplineCode', header: { en: 'Discipline', ru: 'Дисциплина', kk: 'Пән' }, type: 'text', required: true, width: 90 },
    { key: 'disciplineName', header: { en: 'Discipline name', ru: 'Наименование дисциплины', kk: 'Пән атауы' }, type: 'text', width: 220 },
    { key: 'credits', header: { en: 'Credits', ru: 'Кредиты', kk: 'Кредит' }, type: 'number', required: true, width: 70 },
    { key: 'academicYear', header: { en: 'Academic year', ru: 'Учебный год', kk: 'Оқу жылы' }, type: 'text', width: 90 },
    { key: 'term', header: { en: 'Term', ru: 'Период', kk: 'Кезең' }, type: 'enum', options: TERM_CODE_OPTIONS, width: 80 },
    { key: 'statementNo', header: { en: 'Statement No.', ru: '№ ведомости', kk: 'Ведомость №' }, type: 'text', width: 120 },
    { key: 'letter', header: { en: 'Letter', ru: 'Буквенная оценка', kk: 'Әріптік баға' }, type: 'text', width: 60 },
    { key: 'reason', header: { en: 'Reason', ru: 'Основание', kk: 'Негіздеме' }, type: 'enum', options: DEBT_REASON_OPTIONS, required: true, width: 200 },
    { key: 'restudy', header: { en: 'Re-study in', ru: 'Повторное изучение', kk: 'Қайта оқу' }, type: 'enum', options: RESTUDY_WHEN_OPTIONS, width: 170 },
    { key: 'status', header: { en: 'Status', ru: 'Статус', kk: 'Мәртебесі' }, type: 'enum', options: RESTUDY_STATUS_OPTIONS, width: 200 },
  ],
});
