// Faculties: code, trilingual name and the dean who receives the faculty's reports.

import { defineSheet } from './schema';

export interface FacultyRow {
  code: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  dean: string;
  deanEmail: string;
}

export const facultiesSheet = defineSheet<FacultyRow>({
  key: 'faculties',
  version: 1,
  name: { en: 'Faculties', ru: 'Факультеты', kk: 'Факультеттер' },
  columns: [
    { key: 'code', header: { en: 'Code', ru: 'Код', kk: 'Коды' }, type: 'text', required: true, unique: true, width: 80 },
    { key: 'nameKk', header: { en: 'Name (kk)', ru: 'Название (каз.)', kk: 'Атауы (қаз.)' }, type: 'text', required: true, width: 260 },
    { key: 'nameRu', header: { en: 'Name (ru)', ru: 'Название (рус.)', kk: 'Атауы (орыс.)' }, type: 'text', required: true, width: 260 },
    { key: 'nameEn', header: { en: 'Name (en)', ru: 'Название (англ.)', kk: 'Атауы (ағыл.)' }, type: 'text', required: true, width: 260 },
    { key: 'dean', header: { en: 'Dean', ru: 'Декан', kk: 'Декан' }, type: 'text', width: 200 },
    { key: 'deanEmail', header: { en: 'Dean email', ru: 'Email декана', kk: 'Деканның email' }, type: 'email', width: 220 },
  ],
});
