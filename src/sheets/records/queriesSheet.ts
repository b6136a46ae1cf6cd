// The Queries sheet: saved dataset queries (filter, grouping, columns) reused to answer information requests.

import { defineSheet } from '../schema';
import { DATASET_OPTIONS } from './options';

export interface QueryRow {
  name: string;
  dataset: 'students' | 'teachers' | 'incoming' | 'outgoing' | 'planTracker';
  filter: string;
  groupBy: string;
  columns: string[];
  title: string;
  note: string;
}

export const queriesSheet = defineSheet<QueryRow>({
  key: 'queries',
  version: 1,
  name: { en: 'Queries', ru: 'Запросы', kk: 'Сұраулар' },
  columns: [
    { key: 'name', header: { en: 'Name', ru: 'Название', kk: 'Атауы' }, type: 'text', required: true, unique: true, width: 200 },
    { key: 'dataset', header: { en: 'Dataset', ru: 'Набор данных', kk: 'Деректер жиыны' }, type: 'enum', options: DATASET_OPTIONS, required: true, width: 150 },
    { key: 'filter', header: { en: 'Filter', ru: 'Фильтр', kk: 'Сүзгі' }, type: 'text', width: 260 },
    { key: 'groupBy', header: { en: 'Group by', ru: 'Группировать по', kk: 'Топтастыру' }, type: 'text', width: 120 },
    { key: 'columns', header: { en: 'Columns', ru: 'Столбцы', kk: 'Бағандар' }, type: 'list', width: 260 },
    { key: 'title', header: { en: 'Document title', ru: 'Заголовок документа', kk: 'Құжат тақырыбы' }, type: 'text', width: 260 },
    { key: 'note', header: { en: 'Note', ru: 'Примечание', kk: 'Ескерту' }, type: 'text', width: 200 },
  ],
});
