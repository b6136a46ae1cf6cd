// Streams formed for re-studied disciplines: discipline × language × semester, size-checked.

import { defineSheet } from '../schema';
import { RESTUDY_WHEN_OPTIONS } from './gradeOptions';

export interface RetakeStreamRow {
  streamId: string;
  disciplineCode: string;
  disciplineName: string;
  language: string;
  when: 'regular' | 'summer';
  students: number;
  studentIds: string[];
  belowMinimum: boolean;
}

export const retakeStreamsSheet = defineSheet<RetakeStreamRow>({
  key: 'restudyStreams',
  version: 1,
  name: { en: 'Re-study streams', ru: 'Потоки повторного изучения', kk: 'Қайта оқу ағындары' },
  columns: [
    { key: 'streamId', header: { en: 'Stream', ru: 'Поток', kk: 'Ағын' }, type: 'text', required: true, width: 180 },
    { key: 'disciplineCode', header: { en: 'Discipline', ru: 'Дисциплина', kk: 'Пән' }, type: 'text', required: true, width: 90 },
    { key: 'disciplineName', header: { en: 'Discipline name', ru: 'Наименование дисциплины', kk: 'Пән атауы' }, type: 'text', width: 220 },
    { key: 'language', header: { en: 'Language', ru: 'Язык обучения', kk: 'Оқу тілі' }, type: 'text', width: 70 },
    { key: 'when', header: { en: 'Semester', ru: 'Семестр', kk: 'Семестр' }, type: 'enum', options: RESTUDY_WHEN_OPTIONS, width: 150 },
    { key: 'students', header: { en: 'Students', ru: 'Студентов', kk: 'Студенттер' }, type: 'integer', width: 80 },
    { key: 'studentIds', header: { en: 'Student IDs', ru: 'ID студентов', kk: 'Студенттер ID' }, type: 'list', width: 400 },
    { key: 'belowMinimum', header: { en: 'Below minimum size', ru: 'Меньше минимума', kk: 'Ең аздан кем' }, type: 'boolean', width: 90 },
  ],
});
