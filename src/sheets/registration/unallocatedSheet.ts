// Students left without a discipline they need after allocation, with the reason.

import { defineSheet } from '../schema';

export interface UnallocatedRow {
  studentId: string;
  studentName: string;
  programmeCode: string;
  year: number;
  need: string;
  missing: number;
  reason: string;
}

export const unallocatedSheet = defineSheet<UnallocatedRow>({
  key: 'unallocated',
  version: 1,
  name: { en: 'Unallocated', ru: 'Нераспределённые', kk: 'Бөлінбегендер' },
  columns: [
    { key: 'studentId', header: { en: 'Student ID', ru: 'ID студента', kk: 'Студент ID' }, type: 'text', required: true, width: 100 },
    { key: 'studentName', header: { en: 'Student', ru: 'Студент', kk: 'Студент' }, type: 'text', width: 220 },
    { key: 'programmeCode', header: { en: 'Programme', ru: 'ОП', kk: 'ББ' }, type: 'text', width: 90 },
    { key: 'year', header: { en: 'Year', ru: 'Курс', kk: 'Курс' }, type: 'integer', min: 1, max: 6, width: 60 },
    { key: 'need', header: { en: 'Discipline or block', ru: 'Дисциплина или блок', kk: 'Пән немесе блок' }, type: 'text', width: 140 },
    { key: 'missing', header: { en: 'Missing', ru: 'Не хватает', kk: 'Жетіспейді' }, type: 'integer', min: 0, width: 80 },
    { key: 'reason', header: { en: 'Reason', ru: 'Причина', kk: 'Себебі' }, type: 'text', width: 420 },
  ],
});
