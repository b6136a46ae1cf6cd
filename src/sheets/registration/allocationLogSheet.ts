// The allocation log: every closure, move and unallocated student of formStreams, explained in plain language.

import { defineSheet } from '../schema';

export interface AllocationLogRow {
  round: number;
  event: string;
  /** The students a move concerns ('' for closures); one row per closure and destination, not per student. */
  students: string[];
  count: number;
  disciplineCode: string;
  fromSection: string;
  toSection: string;
  message: string;
}

export const allocationLogSheet = defineSheet<AllocationLogRow>({
  key: 'allocationLog',
  version: 1,
  name: { en: 'Allocation log', ru: 'Журнал распределения', kk: 'Бөлу журналы' },
  columns: [
    { key: 'round', header: { en: 'Round', ru: 'Раунд', kk: 'Кезең' }, type: 'integer', min: 0, width: 60 },
    { key: 'event', header: { en: 'Event', ru: 'Событие', kk: 'Оқиға' }, type: 'text', width: 180 },
    { key: 'students', header: { en: 'Students', ru: 'Студенты', kk: 'Студенттер' }, type: 'list', width: 260 },
    { key: 'count', header: { en: 'Count', ru: 'Количество', kk: 'Саны' }, type: 'integer', min: 0, width: 80 },
    { key: 'disciplineCode', header: { en: 'Discipline', ru: 'Дисциплина', kk: 'Пән' }, type: 'text', width: 100 },
    { key: 'fromSection', header: { en: 'From', ru: 'Откуда', kk: 'Қайдан' }, type: 'text', width: 140 },
    { key: 'toSection', header: { en: 'To', ru: 'Куда', kk: 'Қайда' }, type: 'text', width: 140 },
    { key: 'message', header: { en: 'Explanation', ru: 'Пояснение', kk: 'Түсіндірме' }, type: 'text', width: 520 },
  ],
});
