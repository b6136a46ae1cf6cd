// Students: id, names, Google email (their identity), programme, year, group, form, language, funding, status.

import type { Funding, Lang, StudentStatus, StudyForm } from '../domain/types';
import { defineSheet } from './schema';
import { FUNDING_OPTIONS, LANGUAGE_OPTIONS, STUDENT_STATUS_OPTIONS, STUDY_FORM_OPTIONS } from './options';

export interface StudentRow {
  id: string;
  lastName: string;
  firstName: string;
  patronymic: string;
  email: string;
  programmeCode: string;
  year: number;
  group: string;
  studyForm: StudyForm;
  language: Lang;
  funding: Funding;
  status: StudentStatus;
  gpa: number | null;
}

export const studentsSheet = defineSheet<StudentRow>({
  key: 'students',
  version: 1,
  name: { en: 'Students', ru: 'Студенты', kk: 'Студенттер' },
  columns: [
    { key: 'id', header: { en: 'Student ID', ru: 'ID студента', kk: 'Студент ID' }, type: 'text', required: true, unique: true, width: 100 },
    { key: 'lastName', header: { en: 'Last name', ru: 'Фамилия', kk: 'Тегі' }, type: 'text', required: true, width: 140 },
    { key: 'firstName', header: { en: 'First name', ru: 'Имя', kk: 'Аты' }, type: 'text', required: true, width: 120 },
    { key: 'patronymic', header: { en: 'Patronymic', ru: 'Отчество', kk: 'Әкесінің аты' }, type: 'text', width: 140 },
    { key: 'email', header: { en: 'Email', ru: 'Email', kk: 'Email' }, type: 'email', required: true, unique: true, width: 230 },
    { key: 'programmeCode', header: { en: 'Programme', ru: 'ОП', kk: 'ББ' }, type: 'text', required: true, width: 90 },
    { key: 'year', header: { en: 'Year', ru: 'Курс', kk: 'Курс' }, type: 'integer', required: true, min: 1, max: 6, width: 60 },
    { key: 'group', header: { en: 'Group', ru: 'Группа', kk: 'Топ' }, type: 'text', required: true, width: 150 },
    { key: 'studyForm', header: { en: 'Study form', ru: 'Форма обучения', kk: 'Оқу түрі' }, type: 'enum', options: STUDY_FORM_OPTIONS, required: true, width: 110 },
    { key: 'language', header: { en: 'Language', ru: 'Язык обучения', kk: 'Оқу тілі' }, type: 'enum', options: LANGUAGE_OPTIONS, required: true, width: 100 },
    { key: 'funding', header: { en: 'Funding', ru: 'Основа обучения', kk: 'Оқу негізі' }, type: 'enum', options: FUNDING_OPTIONS, required: true, width: 120 },
    { key: 'status', header: { en: 'Status', ru: 'Статус', kk: 'Мәртебесі' }, type: 'enum', options: STUDENT_STATUS_OPTIONS, required: true, width: 150 },
    { key: 'gpa', header: { en: 'GPA', ru: 'GPA', kk: 'GPA' }, type: 'number', min: 0, max: 4, width: 60 },
  ],
});
