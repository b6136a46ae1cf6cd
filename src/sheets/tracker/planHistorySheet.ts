// The Plan history sheet: each past year's tracker rows, kept when a new plan year starts.

import { defineSheet } from '../schema';

export interface PlanHistoryRow {
  academicYear: string;
  no: string;
  item: string;
  occurrence: string;
  due: string;
  status: string;
  completedOn: string;
  completedBy: string;
  evidence: string;
}

export const planHistorySheet = defineSheet<PlanHistoryRow>({
  key: 'planHistory',
  version: 1,
  name: { en: 'Plan history', ru: 'История планов', kk: 'Жоспарлар тарихы' },
  columns: [
    { key: 'academicYear', header: { en: 'Academic year', ru: 'Учебный год', kk: 'Оқу жылы' }, type: 'text', required: true, width: 100 },
    { key: 'no', header: { en: 'No.', ru: '№', kk: '№' }, type: 'text', required: true, width: 50 },
    { key: 'item', header: { en: 'Item', ru: 'Содержание', kk: 'Мазмұны' }, type: 'text', width: 320 },
    { key: 'occurrence', header: { en: 'Occurrence', ru: 'Этап', kk: 'Кезең' }, type: 'text', width: 170 },
    { key: 'due', header: { en: 'Due', ru: 'Срок', kk: 'Мерзімі' }, type: 'text', width: 100 },
    { key: 'status', header: { en: 'Status', ru: 'Статус', kk: 'Мәртебесі' }, type: 'text', width: 120 },
    { key: 'completedOn', header: { en: 'Completed on', ru: 'Дата исполнения', kk: 'Орындалған күні' }, type: 'text', width: 100 },
    { key: 'completedBy', header: { en: 'Completed by', ru: 'Кем исполнено', kk: 'Кім орындады' }, type: 'text', width: 180 },
    { key: 'evidence', header: { en: 'Evidence', ru: 'Подтверждение', kk: 'Растау' }, type: 'text', width: 300 },
  ],
});
