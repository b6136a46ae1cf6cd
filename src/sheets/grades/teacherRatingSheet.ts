// Teaching-staff (ППС) rating from their statements' outcomes, with each indicator and the formula beside the figures.

import { defineSheet } from '../schema';

export interface TeacherRatingRow {
  teacherId: string;
  teacherName: string;
  departmentCode: string;
  statements: number;
  grades: number;
  averageScore: number | null;
  passRate: number | null;
  qualityRate: number | null;
  onTimeRate: number;
  score: number | null;
  rank: number | null;
  formula: string;
}

export const teacherRatingSheet = defineSheet<TeacherRatingRow>({
  key: 'teacherRating',
  version: 1,
  name: { en: 'Teaching staff rating', ru: 'Рейтинг ППС', kk: 'ПОҚ рейтингі' },
  columns: [
    { key: 'teacherId', header: { en: 'Teacher ID', ru: 'ID преподавателя', kk: 'Оқытушы ID' }, type: 'text', required: true, width: 90 },
    { key: 'teacherName', header: { en: 'Teacher', ru: 'Преподаватель', kk: 'Оқытушы' }, type: 'text', width: 220 },
    { key: 'departmentCode', header: { en: 'Department', ru: 'Кафедра', kk: 'Кафедра' }, type: 'text', width: 90 },
    { key: 'statements', header: { en: 'Statements', ru: 'Ведомостей', kk: 'Ведомостар' }, type: 'integer', width: 80 },
    { key: 'grades', header: { en: 'Grades', ru: 'Оценок', kk: 'Бағалар' }, type: 'integer', width: 70 },
    { key: 'averageScore', header: { en: 'Average final score', ru: 'Средний итоговый балл', kk: 'Орташа қорытынды балл' }, type: 'number', width: 90 },
    { key: 'passRate', header: { en: 'Performance, %', ru: 'Успеваемость, %', kk: 'Үлгерім, %' }, type: 'number', width: 90 },
    { key: 'qualityRate', header: { en: 'Quality, %', ru: 'Качество знаний, %', kk: 'Білім сапасы, %' }, type: 'number', width: 90 },
    { key: 'onTimeRate', header: { en: 'Statements on time, %', ru: 'Ведомости в срок, %', kk: 'Уақытылы ведомостар, %' }, type: 'number', width: 100 },
    { key: 'score', header: { en: 'Rating score', ru: 'Рейтинговый балл', kk: 'Рейтингтік балл' }, type: 'number', width: 90 },
    { key: 'rank', header: { en: 'Rank', ru: 'Место', kk: 'Орны' }, type: 'integer', width: 60 },
    { key: 'formula', header: { en: 'Formula', ru: 'Формула', kk: 'Формула' }, type: 'text', width: 320 },
  ],
});
