// Teacher availability: the days and pairs a teacher cannot teach (an empty pair list means the whole day).

import { defineSheet } from '../schema';
import { DAY_OPTIONS } from './timetableOptions';

export interface TeacherAvailabilityRow {
  teacher: string;
  day: string;
  pairs: string[];
  note: string;
}

export const teacherAvailabilitySheet = defineSheet<TeacherAvailabilityRow>({
  key: 'teacherAvailability',
  version: 1,
  name: { en: 'Teacher availability', ru: 'Занятость ППС', kk: 'ПОҚ бос емес уақыты' },
  columns: [
    { key: 'teacher', header: { en: 'Teacher email', ru: 'Email преподавателя', kk: 'Оқытушы email' }, type: 'email', required: true, width: 220 },
    { key: 'day', header: { en: 'Day', ru: 'День', kk: 'Күн' }, type: 'enum', options: DAY_OPTIONS, required: true, width: 110 },
    { key: 'pairs', header: { en: 'Pairs (empty: whole day)', ru: 'Пары (пусто: весь день)', kk: 'Жұптар (бос: күні бойы)' }, type: 'list', width: 150 },
    { key: 'note', header: { en: 'Note', ru: 'Примечание', kk: 'Ескерту' }, type: 'text', width: 200 },
  ],
});
