// The checkpoint of a collection of teachers' grade files spread over several executions: per file read, its lines as
// JSON in cell-sized parts (hidden; rewritten when a new collection starts, emptied when it ends).

import { defineSheet } from '../schema';

export interface GradeCollectionRow {
  job: string;
  fileId: string;
  part: number;
  text: string;
}

export const gradeCollectionSheet = defineSheet<GradeCollectionRow>({
  key: 'gradeCollection',
  version: 1,
  name: { en: 'Grade collection', ru: 'Сбор оценок', kk: 'Бағаларды жинау' },
  columns: [
    { key: 'job', header: { en: 'Job', ru: 'Задание', kk: 'Тапсырма' }, type: 'text', required: true, width: 200 },
    { key: 'fileId', header: { en: 'File ID', ru: 'ID файла', kk: 'Файл ID' }, type: 'text', required: true, width: 200 },
    { key: 'part', header: { en: 'Part', ru: 'Часть', kk: 'Бөлік' }, type: 'integer', min: 0, width: 60 },
    { key: 'text', header: { en: 'Lines', ru: 'Строки', kk: 'Жолдар' }, type: 'text', width: 400 },
  ],
});
