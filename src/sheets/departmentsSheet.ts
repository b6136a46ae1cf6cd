// Departments (кафедры): code, faculty and trilingual name; teachers and disciplines belong to one.

import { defineSheet } from './schema';

export interface DepartmentRow {
  code: string;
  facultyCode: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  head: string;
}

export const departmentsSheet = defineSheet<DepartmentRow>({
  key: 'departments',
  version: 1,
  name: { en: 'Departments', ru: 'Кафедры', kk: 'Кафедралар' },
  columns: [
    { key: 'code', header: { en: 'Code', ru: 'Код', kk: 'Коды' }, type: 'text', required: true, unique: true, width: 90 },
    { key: 'facultyCode', header: { en: 'Faculty', ru: 'Факультет', kk: 'Факультет' }, type: 'text', required: true, width: 90 },
    { key: 'nameKk', header: { en: 'Name (kk)', ru: 'Название (каз.)', kk: 'Атауы (қаз.)' }, type: 'text', required: true, width: 260 },
    { key: 'nameRu', header: { en: 'Name (ru)', ru: 'Название (рус.)', kk: 'Атауы (орыс.)' }, type: 'text', required: true, width: 260 },
    { key: 'nameEn', header: { en: 'Name (en)', ru: 'Название (англ.)', kk: 'Атауы (ағыл.)' }, type: 'text', required: true, width: 260 },
    { key: 'head', header: { en: 'Head', ru: 'Заведующий', kk: 'Меңгеруші' }, type: 'text', width: 200 },
  ],
});
