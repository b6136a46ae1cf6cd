// Enrolments: student × section, with the stream, practice group and lab subgroup the student sits in.

import { defineSheet } from '../schema';
import { ENROLMENT_SOURCE_OPTIONS } from './registrationOptions';

export interface EnrolmentRow {
  studentId: string;
  programmeCode: string;
  year: number;
  disciplineCode: string;
  semester: number;
  credits: number;
  sectionId: string;
  streamId: string;
  practiceGroupId: string;
  labGroupId: string;
  source: keyof typeof ENROLMENT_SOURCE_OPTIONS;
}

export const enrolmentsSheet = defineSheet<EnrolmentRow>({
  key: 'enrolments',
  version: 1,
  name: { en: 'Enrolments', ru: 'Записи студентов', kk: 'Студенттердің жазылуы' },
  columns: [
    { key: 'studentId', header: { en: 'Student ID', ru: 'ID студента', kk: 'Студент ID' }, type: 'text', required: true, width: 100 },
    { key: 'programmeCode', header: { en: 'Programme', ru: 'ОП', kk: 'ББ' }, type: 'text', width: 90 },
    { key: 'year', header: { en: 'Year', ru: 'Курс', kk: 'Курс' }, type: 'integer', min: 1, max: 6, width: 60 },
    { key: 'disciplineCode', header: { en: 'Discipline', ru: 'Дисциплина', kk: 'Пән' }, type: 'text', required: true, width: 100 },
    { key: 'semester', header: { en: 'Semester', ru: 'Семестр', kk: 'Семестр' }, type: 'integer', min: 1, max: 2, width: 70 },
    { key: 'credits', header: { en: 'Credits', ru: 'Кредиты', kk: 'Кредит' }, type: 'integer', min: 0, width: 70 },
    { key: 'sectionId', header: { en: 'Section', ru: 'Секция', kk: 'Секция' }, type: 'text', width: 140 },
    { key: 'streamId', header: { en: 'Stream', ru: 'Поток', kk: 'Ағын' }, type: 'text', width: 150 },
    { key: 'practiceGroupId', header: { en: 'Practice group', ru: 'Практическая группа', kk: 'Практикалық топ' }, type: 'text', width: 170 },
    { key: 'labGroupId', header: { en: 'Lab subgroup', ru: 'Лабораторная подгруппа', kk: 'Зертханалық топша' }, type: 'text', width: 170 },
    { key: 'source', header: { en: 'Source', ru: 'Основание', kk: 'Негізі' }, type: 'enum', options: ENROLMENT_SOURCE_OPTIONS, width: 150 },
  ],
});
