// The academic calendar: semesters, midterm controls, sessions, summer semester, holidays — dated periods.

import type { CalendarEventKind, StudyForm } from '../domain/types';
import { defineSheet } from './schema';
import { CALENDAR_KIND_OPTIONS, STUDY_FORM_OR_ALL_OPTIONS, TERM_OPTIONS } from './options';

export interface CalendarRow {
  academicYear: string;
  term: 'autumn' | 'spring' | 'summer';
  kind: CalendarEventKind;
  studyForm: StudyForm | 'all';
  start: string;
  end: string;
  note: string;
}

export const calendarSheet = defineSheet<CalendarRow>({
  key: 'calendar',
  version: 1,
  name: { en: 'Academic calendar', ru: 'Академический календарь', kk: 'Академиялық күнтізбе' },
  columns: [
    { key: 'academicYear', header: { en: 'Academic year', ru: 'Учебный год', kk: 'Оқу жылы' }, type: 'text', required: true, width: 100 },
    { key: 'term', header: { en: 'Term', ru: 'Период', kk: 'Кезең' }, type: 'enum', options: TERM_OPTIONS, required: true, width: 100 },
    { key: 'kind', header: { en: 'Event', ru: 'Событие', kk: 'Оқиға' }, type: 'enum', options: CALENDAR_KIND_OPTIONS, required: true, width: 200 },
    { key: 'studyForm', header: { en: 'Study form', ru: 'Форма обучения', kk: 'Оқу түрі' }, type: 'enum', options: STUDY_FORM_OR_ALL_OPTIONS, required: true, width: 120 },
    { key: 'start', header: { en: 'Start', ru: 'Начало', kk: 'Басталуы' }, type: 'date', required: true, width: 100 },
    { key: 'end', header: { en: 'End', ru: 'Окончание', kk: 'Аяқталуы' }, type: 'date', required: true, width: 100 },
    { key: 'note', header: { en: 'Note', ru: 'Примечание', kk: 'Ескерту' }, type: 'text', width: 240 },
  ],
});
