// The Plan marks sheet: the durable record of completion marks — runs of actions (automatic) and marks made by a person (manual).

import { defineSheet } from '../schema';
import { MARK_SOURCE_OPTIONS, MARK_STATUS_OPTIONS } from './options';

export interface PlanMarkRow {
  at: string;
  academicYear: string;
  no: string;
  occurrenceKey: string;
  status: 'done' | 'inProgress' | 'notApplicable' | 'notStarted';
  source: 'auto' | 'manual';
  user: string;
  action: string;
  evidence: string;
  runKey: string;
}

export const planMarksSheet = defineSheet<PlanMarkRow>({
  key: 'planMarks',
  version: 1,
  name: { en: 'Plan marks', ru: 'Отметки об исполнении', kk: 'Орындалу белгілері' },
  columns: [
    { key: 'at', header: { en: 'When', ru: 'Когда', kk: 'Қашан' }, type: 'text', required: true, width: 170 },
    { key: 'academicYear', header: { en: 'Academic year', ru: 'Учебный год', kk: 'Оқу жылы' }, type: 'text', required: true, width: 100 },
    { key: 'no', header: { en: 'No.', ru: '№', kk: '№' }, type: 'text', required: true, width: 50 },
    { key: 'occurrenceKey', header: { en: 'Occurrence key', ru: 'Код этапа', kk: 'Кезең коды' }, type: 'text', width: 120 },
    { key: 'status', header: { en: 'Status', ru: 'Статус', kk: 'Мәртебесі' }, type: 'enum', options: MARK_STATUS_OPTIONS, required: true, width: 120 },
    { key: 'source', header: { en: 'Mark', ru: 'Отметка', kk: 'Белгі' }, type: 'enum', options: MARK_SOURCE_OPTIONS, required: true, width: 150 },
    { key: 'user', header: { en: 'Who', ru: 'Кто', kk: 'Кім' }, type: 'text', width: 200 },
    { key: 'action', header: { en: 'Action', ru: 'Операция', kk: 'Операция' }, type: 'text', width: 160 },
    { key: 'evidence', header: { en: 'Evidence', ru: 'Подтверждение', kk: 'Растау' }, type: 'text', width: 300 },
    { key: 'runKey', header: { en: 'Run', ru: 'Запуск', kk: 'Іске қосу' }, type: 'text', width: 200 },
  ],
});
