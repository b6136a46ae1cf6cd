// Sheets the registration issue writes and attestation only reads: Enrolments (student × section) and Advisors
// (group → advisor). Read by header in any language; when a sheet is absent attestation derives or skips.

import { defineSheet } from '../schema';

export interface EnrolmentInputRow {
  studentId: string;
  sectionId: string;
  disciplineCode: string;
  teacher: string;
  unit: string;
}

export const enrolmentsInputSheet = defineSheet<EnrolmentInputRow>({
  key: 'enrolments',
  version: 1,
  name: { en: 'Enrolments', ru: 'Записи на дисциплины', kk: 'Пәндерге жазылу' },
  columns: [
    { key: 'studentId', header: { en: 'Student ID', ru: 'ID студента', kk: 'Студент ID' }, type: 'text', required: true },
    { key: 'sectionId', header: { en: 'Section', ru: 'Секция', kk: 'Секция' }, type: 'text', required: true },
    { key: 'disciplineCode', header: { en: 'Discipline', ru: 'Дисциплина', kk: 'Пән' }, type: 'text', required: true },
    { key: 'teacher', header: { en: 'Teacher', ru: 'Преподаватель', kk: 'Оқытушы' }, type: 'text', required: true },
    { key: 'unit', header: { en: 'Group / stream', ru: 'Группа / поток', kk: 'Топ / ағын' }, type: 'text' },
  ],
});

export interface AdvisorInputRow {
  group: string;
  advisorEmail: string;
}

export const advisorsInputSheet = defineSheet<AdvisorInputRow>({
  key: 'advisors',
  version: 1,
  name: { en: 'Advisors', ru: 'Эдвайзеры', kk: 'Эдвайзерлер' },
  columns: [
    { key: 'group', header: { en: 'Group', ru: 'Группа', kk: 'Топ' }, type: 'text', required: true },
    { key: 'advisorEmail', header: { en: 'Advisor email', ru: 'Email эдвайзера', kk: 'Эдвайзер email' }, type: 'email', required: true },
  ],
});
