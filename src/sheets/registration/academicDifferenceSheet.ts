// Academic difference (академическая разница): disciplines a reinstated or transferred student must make up,
// entered by the office from the order; they join the student's ИУП.

import { defineSheet } from '../schema';

export interface AcademicDifferenceRow {
  studentId: string;
  disciplineCode: string;
  semester: number;
  credits: number;
  note: string;
}

export const academicDifferenceSheet = defineSheet<AcademicDifferenceRow>({
  key: 'academicDifference',
  version: 1,
  name: { en: 'Academic difference', ru: 'Академическая разница', kk: 'Академиялық айырма' },
  columns: [
    { key: 'studentId', header: { en: 'Student ID', ru: 'ID студента', kk: 'Студент ID' }, type: 'text', required: true, width: 100 },
    { key: 'disciplineCode', header: { en: 'Discipline', ru: 'Дисциплина', kk: 'Пән' }, type: 'text', required: true, width: 100 },
    { key: 'semester', header: { en: 'Semester', ru: 'Семестр', kk: 'Семестр' }, type: 'integer', required: true, min: 1, max: 2, width: 70 },
    { key: 'credits', header: { en: 'Credits', ru: 'Кредиты', kk: 'Кредит' }, type: 'integer', required: true, min: 1, max: 60, width: 70 },
    { key: 'note', header: { en: 'Note (order)', ru: 'Примечание (приказ)', kk: 'Ескертпе (бұйрық)' }, type: 'text', width: 260 },
  ],
});
