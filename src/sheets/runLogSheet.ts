// The run log: who ran which action when, for which plan items, with what result — the office's audit trail.

import { defineSheet } from './schema';

export interface RunLogRow {
  at: string;
  user: string;
  action: string;
  planItems: string[];
  status: string;
  summary: string;
  counts: string;
  links: string;
}

export const runLogSheet = defineSheet<RunLogRow>({
  key: 'runLog',
  version: 1,
  name: { en: 'Run log', ru: 'Журнал операций', kk: 'Операциялар журналы' },
  columns: [
    { key: 'at', header: { en: 'When', ru: 'Когда', kk: 'Қашан' }, type: 'text', required: true, width: 170 },
    { key: 'user', header: { en: 'Who', ru: 'Кто', kk: 'Кім' }, type: 'text', width: 220 },
    { key: 'action', header: { en: 'Action', ru: 'Операция', kk: 'Операция' }, type: 'text', required: true, width: 180 },
    { key: 'planItems', header: { en: 'Plan items', ru: 'Пункты плана', kk: 'Жоспар тармақтары' }, type: 'list', width: 100 },
    { key: 'status', header: { en: 'Status', ru: 'Статус', kk: 'Мәртебесі' }, type: 'text', width: 90 },
    { key: 'summary', header: { en: 'Summary', ru: 'Итог', kk: 'Қорытынды' }, type: 'text', width: 400 },
    { key: 'counts', header: { en: 'Counts', ru: 'Количества', kk: 'Сандар' }, type: 'text', width: 250 },
    { key: 'links', header: { en: 'Links', ru: 'Ссылки', kk: 'Сілтемелер' }, type: 'text', width: 250 },
  ],
});
