// Individual study plans (ИУП): one row per student with credits, disciplines, audit problems, status and document.

import { defineSheet } from '../schema';
import { DOCUMENT_STATUS_OPTIONS, PLAN_STATUS_OPTIONS } from './registrationOptions';

export interface StudyPlanRow {
  studentId: string;
  studentName: string;
  programmeCode: string;
  year: number;
  group: string;
  advisorName: string;
  credits1: number;
  credits2: number;
  disciplines: string[];
  problems: string;
  status: keyof typeof PLAN_STATUS_OPTIONS;
  document: keyof typeof DOCUMENT_STATUS_OPTIONS | '';
  documentUrl: string;
}

export const studyPlansSheet = defineSheet<StudyPlanRow>({
  key: 'studyPlans',
  version: 1,
  name: { en: 'Study plans', ru: 'ИУП', kk: 'ЖОЖ' },
  columns: [
    { key: 'studentId', header: { en: 'Student ID', ru: 'ID студента', kk: 'Студент ID' }, type: 'text', required: true, unique: true, width: 100 },
    { key: 'studentName', header: { en: 'Student', ru: 'Студент', kk: 'Студент' }, type: 'text', width: 220 },
    { key: 'programmeCode', header: { en: 'Programme', ru: 'ОП', kk: 'ББ' }, type: 'text', width: 90 },
    { key: 'year', header: { en: 'Year', ru: 'Курс', kk: 'Курс' }, type: 'integer', min: 1, max: 6, width: 60 },
    { key: 'group', header: { en: 'Group', ru: 'Группа', kk: 'Топ' }, type: 'text', width: 140 },
    { key: 'advisorName', header: { en: 'Advisor', ru: 'Эдвайзер', kk: 'Эдвайзер' }, type: 'text', width: 200 },
    { key: 'credits1', header: { en: 'Credits, sem. 1', ru: 'Кредиты, 1 сем.', kk: 'Кредит, 1 сем.' }, type: 'integer', min: 0, width: 90 },
    { key: 'credits2', header: { en: 'Credits, sem. 2', ru: 'Кредиты, 2 сем.', kk: 'Кредит, 2 сем.' }, type: 'integer', min: 0, width: 90 },
    { key: 'disciplines', header: { en: 'Disciplines', ru: 'Дисциплины', kk: 'Пәндер' }, type: 'list', width: 320 },
    { key: 'problems', header: { en: 'Problems', ru: 'Замечания', kk: 'Ескертулер' }, type: 'text', width: 420 },
    { key: 'status', header: { en: 'Status', ru: 'Статус', kk: 'Мәртебесі' }, type: 'enum', options: PLAN_STATUS_OPTIONS, required: true, width: 170 },
    { key: 'document', header: { en: 'Document', ru: 'Документ', kk: 'Құжат' }, type: 'enum', options: DOCUMENT_STATUS_OPTIONS, width: 100 },
    { key: 'documentUrl', header: { en: 'Document link', ru: 'Ссылка на документ', kk: 'Құжат сілтемесі' }, type: 'text', width: 260 },
  ],
});
