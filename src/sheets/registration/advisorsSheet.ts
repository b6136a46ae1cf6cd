// Advisors (эдвайзеры): one row per academic group with the proposed advisor; the office edits and approves it.

import type { Lang } from '../../domain/types';
import { LANGUAGE_OPTIONS } from '../options';
import { defineSheet } from '../schema';
import { ADVISOR_STATUS_OPTIONS } from './registrationOptions';

export interface AdvisorRow {
  group: string;
  programmeCode: string;
  year: number;
  language: Lang;
  students: number;
  advisorId: string;
  advisorName: string;
  advisorEmail: string;
  departmentCode: string;
  status: keyof typeof ADVISOR_STATUS_OPTIONS;
  note: string;
}

export const advisorsSheet = defineSheet<AdvisorRow>({
  key: 'advisors',
  version: 1,
  name: { en: 'Advisors', ru: 'Эдвайзеры', kk: 'Эдвайзерлер' },
  columns: [
    { key: 'group', header: { en: 'Group', ru: 'Группа', kk: 'Топ' }, type: 'text', required: true, unique: true, width: 150 },
    { key: 'programmeCode', header: { en: 'Programme', ru: 'ОП', kk: 'ББ' }, type: 'text', required: true, width: 90 },
    { key: 'year', header: { en: 'Year', ru: 'Курс', kk: 'Курс' }, type: 'integer', required: true, min: 1, max: 6, width: 60 },
    { key: 'language', header: { en: 'Language', ru: 'Язык обучения', kk: 'Оқу тілі' }, type: 'enum', options: LANGUAGE_OPTIONS, required: true, width: 100 },
    { key: 'students', header: { en: 'Students', ru: 'Студентов', kk: 'Студент саны' }, type: 'integer', min: 0, width: 80 },
    { key: 'advisorId', header: { en: 'Advisor ID', ru: 'ID эдвайзера', kk: 'Эдвайзер ID' }, type: 'text', width: 100 },
    { key: 'advisorName', header: { en: 'Advisor', ru: 'Эдвайзер', kk: 'Эдвайзер' }, type: 'text', width: 220 },
    { key: 'advisorEmail', header: { en: 'Advisor email', ru: 'Email эдвайзера', kk: 'Эдвайзер email' }, type: 'text', width: 220 },
    { key: 'departmentCode', header: { en: 'Department', ru: 'Кафедра', kk: 'Кафедра' }, type: 'text', width: 90 },
    { key: 'status', header: { en: 'Status', ru: 'Статус', kk: 'Мәртебесі' }, type: 'enum', options: ADVISOR_STATUS_OPTIONS, width: 120 },
    { key: 'note', header: { en: 'Note', ru: 'Примечание', kk: 'Ескертпе' }, type: 'text', width: 300 },
  ],
});
