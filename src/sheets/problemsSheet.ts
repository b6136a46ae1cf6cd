// The problem list written by validation: sheet, row, column, value and a localized message for each problem.

import { defineSheet } from './schema';

export interface ProblemRow {
  sheet: string;
  row: number | null;
  column: string;
  value: string;
  severity: string;
  message: string;
}

export const problemsSheet = defineSheet<ProblemRow>({
  key: 'problems',
  version: 1,
  name: { en: 'Problems', ru: 'Проблемы', kk: 'Мәселелер' },
  columns: [
    { key: 'sheet', header: { en: 'Sheet', ru: 'Лист', kk: 'Парақ' }, type: 'text', required: true, width: 180 },
    { key: 'row', header: { en: 'Row', ru: 'Строка', kk: 'Жол' }, type: 'integer', width: 60 },
    { key: 'column', header: { en: 'Column', ru: 'Столбец', kk: 'Баған' }, type: 'text', width: 160 },
    { key: 'value', header: { en: 'Value', ru: 'Значение', kk: 'Мәні' }, type: 'text', width: 200 },
    { key: 'severity', header: { en: 'Severity', ru: 'Важность', kk: 'Маңыздылығы' }, type: 'text', width: 90 },
    { key: 'message', header: { en: 'Message', ru: 'Сообщение', kk: 'Хабарлама' }, type: 'text', width: 520 },
  ],
});
