// The disciplines catalogue: code, trilingual names, credits, the department that teaches it.

import { defineSheet } from './schema';

export interface DisciplineRow {
  code: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  credits: number;
  departmentCode: string;
}

export const disciplinesSheet = defineSheet<DisciplineRow>({
  key: 'disciplines',
  version: 1,
  name: { en: 'Disciplines', ru: 'Дисциплины', kk: 'Пәндер' },
  columns: [
    { key: 'code', header: { en: 'Code', ru: 'Код', kk: 'Коды' }, type: 'text', required: true, unique: true, width: 100 },
    { key: 'nameKk', header: { en: 'Name (kk)', ru: 'Название (каз.)', kk: 'Атауы (қаз.)' }, type: 'text', required: true, width: 260 },
    { key: 'nameRu', header: { en: 'Name (ru)', ru: 'Название (рус.)', kk: 'Атауы (орыс.)' }, type: 'text', required: true, width: 260 },
    { key: 'nameEn', header: { en: 'Name (en)', ru: 'Название (англ.)', kk: 'Атауы (ағыл.)' }, type: 'text', required: true, width: 260 },
    { key: 'credits', header: { en: 'Credits', ru: 'Кредиты', kk: 'Кредит' }, type: 'integer', required: true, min: 1, max: 60, width: 80 },
    { key: 'departmentCode', header: { en: 'Department', ru: 'Кафедра', kk: 'Кафедра' }, type: 'text', required: true, width: 90 },
  ],
});
