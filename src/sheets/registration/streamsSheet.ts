// Academic streams (потоки): one lecture stream per row, with its teacher, size and academic groups.

import type { Lang } from '../../domain/types';
import { LANGUAGE_OPTIONS } from '../options';
import { defineSheet } from '../schema';

export interface StreamRow {
  streamId: string;
  sectionId: string;
  disciplineCode: string;
  disciplineName: string;
  semester: number;
  language: Lang;
  teacherId: string;
  teacherName: string;
  students: number;
  academicGroups: string[];
  note: string;
}

export const streamsSheet = defineSheet<StreamRow>({
  key: 'streams',
  version: 1,
  name: { en: 'Streams', ru: 'Потоки', kk: 'Ағындар' },
  columns: [
    { key: 'streamId', header: { en: 'Stream', ru: 'Поток', kk: 'Ағын' }, type: 'text', required: true, unique: true, width: 150 },
    { key: 'sectionId', header: { en: 'Section', ru: 'Секция', kk: 'Секция' }, type: 'text', width: 140 },
    { key: 'disciplineCode', header: { en: 'Discipline', ru: 'Дисциплина', kk: 'Пән' }, type: 'text', required: true, width: 100 },
    { key: 'disciplineName', header: { en: 'Discipline name', ru: 'Название дисциплины', kk: 'Пән атауы' }, type: 'text', width: 240 },
    { key: 'semester', header: { en: 'Semester', ru: 'Семестр', kk: 'Семестр' }, type: 'integer', min: 1, max: 2, width: 70 },
    { key: 'language', header: { en: 'Language', ru: 'Язык обучения', kk: 'Оқу тілі' }, type: 'enum', options: LANGUAGE_OPTIONS, width: 100 },
    { key: 'teacherId', header: { en: 'Teacher ID', ru: 'ID преподавателя', kk: 'Оқытушы ID' }, type: 'text', width: 100 },
    { key: 'teacherName', header: { en: 'Teacher', ru: 'Преподаватель', kk: 'Оқытушы' }, type: 'text', width: 200 },
    { key: 'students', header: { en: 'Students', ru: 'Студентов', kk: 'Студент саны' }, type: 'integer', min: 0, width: 80 },
    { key: 'academicGroups', header: { en: 'Academic groups', ru: 'Академические группы', kk: 'Академиялық топтар' }, type: 'list', width: 260 },
    { key: 'note', header: { en: 'Note', ru: 'Примечание', kk: 'Ескертпе' }, type: 'text', width: 260 },
  ],
});
