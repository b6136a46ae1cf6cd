// Monitoring of the session (work plan item 11): per faculty and exam day, statements expected, filled, locked, overdue.

import { defineSheet } from '../schema';

export interface SessionMonitoringRow {
  facultyCode: string;
  examDate: string;
  expected: number;
  filled: number;
  locked: number;
  overdue: number;
}

export const sessionMonitoringSheet = defineSheet<SessionMonitoringRow>({
  key: 'sessionMonitoring',
  version: 1,
  name: { en: 'Session monitoring', ru: 'Мониторинг сессии', kk: 'Сессия мониторингі' },
  columns: [
    { key: 'facultyCode', header: { en: 'Faculty', ru: 'Факультет', kk: 'Факультет' }, type: 'text', required: true, width: 100 },
    { key: 'examDate', header: { en: 'Exam date', ru: 'Дата экзамена', kk: 'Емтихан күні' }, type: 'date', width: 100 },
    { key: 'expected', header: { en: 'Statements expected', ru: 'Ожидается ведомостей', kk: 'Күтілетін ведомостар' }, type: 'integer', width: 110 },
    { key: 'filled', header: { en: 'Filled', ru: 'Заполнено', kk: 'Толтырылды' }, type: 'integer', width: 90 },
    { key: 'locked', header: { en: 'Locked', ru: 'Закрыто', kk: 'Жабылды' }, type: 'integer', width: 90 },
    { key: 'overdue', header: { en: 'Overdue', ru: 'Просрочено', kk: 'Мерзімі өтті' }, type: 'integer', width: 90 },
  ],
});
