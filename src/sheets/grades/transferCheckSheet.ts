// Transfer-GPA check: students whose cumulative GPA is below their year's threshold (repeat the year).

import { defineSheet } from '../schema';

export interface TransferCheckRow {
  studentId: string;
  studentName: string;
  group: string;
  year: number;
  gpa: number;
  threshold: number;
}

export const transferCheckSheet = defineSheet<TransferCheckRow>({
  key: 'transferCheck',
  version: 1,
  name: { en: 'Below transfer GPA', ru: 'Ниже переводного GPA', kk: 'Ауысу GPA-дан төмен' },
  columns: [
    { key: 'studentId', header: { en: 'Student ID', ru: 'ID студента', kk: 'Студент ID' }, type: 'text', required: true, width: 100 },
    { key: 'studentName', header: { en: 'Student', ru: 'Студент', kk: 'Студент' }, type: 'text', width: 220 },
    { key: 'group', header: { en: 'Group', ru: 'Группа', kk: 'Топ' }, type: 'text', width: 120 },
    { key: 'year', header: { en: 'Year', ru: 'Курс', kk: 'Курс' }, type: 'integer', width: 50 },
    { key: 'gpa', header: { en: 'Cumulative GPA', ru: 'Общий GPA', kk: 'Жалпы GPA' }, type: 'number', width: 80 },
    { key: 'threshold', header: { en: 'Transfer GPA', ru: 'Переводной GPA', kk: 'Ауысу GPA' }, type: 'number', width: 80 },
  ],
});
