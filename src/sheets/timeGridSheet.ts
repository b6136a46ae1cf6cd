// The time grid: per study form, each pair (пара) with its start and end time and the days it runs.

import type { StudyForm } from '../domain/types';
import { defineSheet } from './schema';
import { STUDY_FORM_OPTIONS } from './options';

export interface TimeSlotRow {
  studyForm: StudyForm;
  pair: number;
  start: string;
  end: string;
  days: string[];
}

export const timeGridSheet = defineSheet<TimeSlotRow>({
  key: 'timeGrid',
  version: 1,
  name: { en: 'Time grid', ru: 'Сетка времени', kk: 'Уақыт торы' },
  columns: [
    { key: 'studyForm', header: { en: 'Study form', ru: 'Форма обучения', kk: 'Оқу түрі' }, type: 'enum', options: STUDY_FORM_OPTIONS, required: true, width: 120 },
    { key: 'pair', header: { en: 'Pair', ru: 'Пара', kk: 'Жұп' }, type: 'integer', required: true, min: 1, max: 10, width: 60 },
    { key: 'start', header: { en: 'Start', ru: 'Начало', kk: 'Басталуы' }, type: 'text', required: true, width: 80 },
    { key: 'end', header: { en: 'End', ru: 'Конец', kk: 'Аяқталуы' }, type: 'text', required: true, width: 80 },
    { key: 'days', header: { en: 'Days (1=Mon)', ru: 'Дни (1=пн)', kk: 'Күндер (1=дс)' }, type: 'list', required: true, width: 120 },
  ],
});
