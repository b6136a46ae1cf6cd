// Students at risk after a midterm control: below the threshold in one or several disciplines.

import { defineSheet } from '../schema';
import { CONTROL_OPTIONS } from './gradeOptions';

export interface AtRiskRow {
  control: 'midterm1' | 'midterm2';
  studentId: string;
  studentName: string;
  group: string;
  facultyCode: string;
  disciplines: string[];
  count: number;
  several: boolean;
}

export const atRiskSheet = defineSheet<AtRiskRow>({
  key: 'atRisk',
  version: 1,
  name: { en: 'Students at risk', ru: 'Группа риска', kk: 'Тәуекел тобы' },
  columns: [
    { key: 'control', header: { en: 'Control', ru: 'Контроль', kk: 'Бақылау' }, type: 'enum', options: CONTROL_OPTIONS, required: true, width: 80 },
    { key: 'studentId', header: { en: 'Student ID', ru: 'ID студента', kk: 'Студент ID' }, type: 'text', required: true, width: 100 },
    { key: 'studentName', header: { en: 'Student', ru: 'Студент', kk: 'Студент' }, type: 'text', width: 220 },
    { key: 'group', header: { en: 'Group', ru: 'Группа', kk: 'Топ' }, type: 'text', width: 120 },
    { key: 'facultyCode', header: { en: 'Faculty', ru: 'Факультет', kk: 'Факультет' }, type: 'text', width: 80 },
    { key: 'disciplines', header: { en: 'Disciplines below threshold', ru: 'Дисциплины ниже порога', kk: 'Шектен төмен пәндер' }, type: 'list', width: 260 },
    { key: 'count', header: { en: 'How many', ru: 'Сколько', kk: 'Саны' }, type: 'integer', width: 70 },
    { key: 'several', header: { en: 'Several disciplines', ru: 'По нескольким дисциплинам', kk: 'Бірнеше пән бойынша' }, type: 'boolean', width: 90 },
  ],
});
