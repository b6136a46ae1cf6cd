// Teaching staff (ППС): id, names, email, department, position, languages of teaching, maximum load.

import type { Lang, Position } from '../domain/types';
import { defineSheet } from './schema';
import { LANGUAGE_OPTIONS, POSITION_OPTIONS } from './options';

export interface TeacherRow {
  id: string;
  lastName: string;
  firstName: string;
  patronymic: string;
  email: string;
  departmentCode: string;
  position: Position;
  languages: Lang[];
  maxLoadHours: number;
}

export const teachersSheet = defineSheet<TeacherRow>({
  key: 'teachers',
  version: 1,
  name: { en: 'Teachers', ru: 'ППС', kk: 'ПОҚ' },
  columns: [
    { key: 'id', header: { en: 'Teacher ID', ru: 'ID преподавателя', kk: 'Оқытушы ID' }, type: 'text', required: true, unique: true, width: 100 },
    { key: 'lastName', header: { en: 'Last name', ru: 'Фамилия', kk: 'Тегі' }, type: 'text', required: true, width: 140 },
    { key: 'firstName', header: { en: 'First name', ru: 'Имя', kk: 'Аты' }, type: 'text', required: true, width: 120 },
    { key: 'patronymic', header: { en: 'Patronymic', ru: 'Отчество', kk: 'Әкесінің аты' }, type: 'text', width: 140 },
    { key: 'email', header: { en: 'Email', ru: 'Email', kk: 'Email' }, type: 'email', required: true, unique: true, width: 230 },
    { key: 'departmentCode', header: { en: 'Department', ru: 'Кафедра', kk: 'Кафедра' }, type: 'text', required: true, width: 90 },
    { key: 'position', header: { en: 'Position', ru: 'Должность', kk: 'Лауазымы' }, type: 'enum', options: POSITION_OPTIONS, required: true, width: 160 },
    { key: 'languages', header: { en: 'Languages', ru: 'Языки преподавания', kk: 'Оқыту тілдері' }, type: 'enumList', options: LANGUAGE_OPTIONS, required: true, width: 160 },
    { key: 'maxLoadHours', header: { en: 'Max load, hours', ru: 'Макс. нагрузка, ч', kk: 'Ең көп жүктеме, сағ' }, type: 'integer', required: true, min: 0, max: 2000, width: 110 },
  ],
});
