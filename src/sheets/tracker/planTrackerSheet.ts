// The Plan tracker sheet: computed by "Refresh the plan tracker" — one row per item occurrence with its due date, status and evidence.

import { defineSheet } from '../schema';
import { MARK_SOURCE_OPTIONS, OCCURRENCE_STATUS_OPTIONS, SECTION_OPTIONS } from './options';

export interface PlanTrackerRow {
  no: string;
  section: string;
  item: string;
  deadline: string;
  occurrence: string;
  occurrenceKey: string;
  due: string;
  status: string;
  completedOn: string;
  completedBy: string;
  source: string;
  evidence: string;
  actions: string;
  responsible: string;
  problem: string;
}

export const planTrackerSheet = defineSheet<PlanTrackerRow>({
  key: 'planTracker',
  version: 1,
  name: { en: 'Plan tracker', ru: 'Исполнение плана', kk: 'Жоспардың орындалуы' },
  columns: [
    { key: 'no', header: { en: 'No.', ru: '№', kk: '№' }, type: 'text', width: 50 },
    { key: 'section', header: { en: 'Section', ru: 'Раздел', kk: 'Бөлім' }, type: 'enum', options: SECTION_OPTIONS, width: 70 },
    { key: 'item', header: { en: 'Item', ru: 'Содержание', kk: 'Мазмұны' }, type: 'text', width: 320 },
    { key: 'deadline', header: { en: 'Deadline', ru: 'Срок исполнения', kk: 'Орындау мерзімі' }, type: 'text', width: 200 },
    { key: 'occurrence', header: { en: 'Occurrence', ru: 'Этап', kk: 'Кезең' }, type: 'text', width: 170 },
    { key: 'occurrenceKey', header: { en: 'Occurrence key', ru: 'Код этапа', kk: 'Кезең коды' }, type: 'text', width: 120 },
    { key: 'due', header: { en: 'Due', ru: 'Срок', kk: 'Мерзімі' }, type: 'date', width: 100 },
    { key: 'status', header: { en: 'Status', ru: 'Статус', kk: 'Мәртебесі' }, type: 'enum', options: OCCURRENCE_STATUS_OPTIONS, width: 120 },
    { key: 'completedOn', header: { en: 'Completed on', ru: 'Дата исполнения', kk: 'Орындалған күні' }, type: 'date', width: 100 },
    { key: 'completedBy', header: { en: 'Completed by', ru: 'Кем исполнено', kk: 'Кім орындады' }, type: 'text', width: 180 },
    { key: 'source', header: { en: 'Mark', ru: 'Отметка', kk: 'Белгі' }, type: 'enum', options: MARK_SOURCE_OPTIONS, width: 150 },
    { key: 'evidence', header: { en: 'Evidence', ru: 'Подтверждение', kk: 'Растау' }, type: 'text', width: 300 },
    { key: 'actions', header: { en: 'Done by the add-on action', ru: 'Операция надстройки', kk: 'Қондырма операциясы' }, type: 'text', width: 220 },
    { key: 'responsible', header: { en: 'Responsible', ru: 'Ответственный', kk: 'Жауапты' }, type: 'text', width: 160 },
    { key: 'problem', header: { en: 'Problem', ru: 'Проблема', kk: 'Мәселе' }, type: 'text', width: 260 },
  ],
});
