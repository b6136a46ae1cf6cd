// Group rating for a semester: average GPA, performance % and quality %, rank.

import { defineSheet } from '../schema';

export interface GroupRatingRow {
  group: string;
  programmeCode: string;
  facultyCode: string;
  students: number;
  averageGpa: number | null;
  performance: number | null;
  quality: number | null;
  rank: number | null;
}

export const groupRatingSheet = defineSheet<GroupRatingRow>({
  key: 'groupRating',
  version: 1,
  name: { en: 'Group rating', ru: 'Рейтинг групп', kk: 'Топтар рейтингі' },
  columns: [
    { key: 'group', header: { en: 'Group', ru: 'Группа', kk: 'Топ' }, type: 'text', required: true, width: 120 },
    { key: 'programmeCode', header: { en: 'Programme', ru: 'ОП', kk: 'ББ' }, type: 'text', width: 90 },
    { key: 'facultyCode', header: { en: 'Faculty', ru: 'Факультет', kk: 'Факультет' }, type: 'text', width: 80 },
    { key: 'students', header: { en: 'Students', ru: 'Студентов', kk: 'Студенттер' }, type: 'integer', width: 80 },
    { key: 'averageGpa', header: { en: 'Average GPA', ru: 'Средний GPA', kk: 'Орташа GPA' }, type: 'number', width: 80 },
    { key: 'performance', header: { en: 'Performance, %', ru: 'Успеваемость, %', kk: 'Үлгерім, %' }, type: 'number', width: 90 },
    { key: 'quality', header: { en: 'Quality, %', ru: 'Качество знаний, %', kk: 'Білім сапасы, %' }, type: 'number', width: 90 },
    { key: 'rank', header: { en: 'Rank', ru: 'Место', kk: 'Орны' }, type: 'integer', width: 60 },
  ],
});
