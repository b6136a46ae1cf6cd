// The grade scale as data: letter, points, score range and traditional grade (the office edits it as a table).

import type { Traditional } from '../../domain/grades';
import { defineSheet } from '../schema';
import { TRADITIONAL_OPTIONS } from './gradeOptions';

export interface GradeScaleRow {
  letter: string;
  points: number;
  minScore: number;
  maxScore: number;
  traditional: Traditional;
}

export const gradeScaleSheet = defineSheet<GradeScaleRow>({
  key: 'gradeScale',
  version: 1,
  name: { en: 'Grade scale', ru: 'Шкала оценок', kk: 'Бағалау шкаласы' },
  columns: [
    { key: 'letter', header: { en: 'Letter', ru: 'Буквенная оценка', kk: 'Әріптік баға' }, type: 'text', required: true, unique: true, width: 90 },
    { key: 'points', header: { en: 'Points', ru: 'Цифровой эквивалент', kk: 'Сандық балама' }, type: 'number', required: true, min: 0, max: 4, width: 90 },
    { key: 'minScore', header: { en: 'From, %', ru: 'От, %', kk: 'Бастап, %' }, type: 'number', required: true, min: 0, max: 100, width: 70 },
    { key: 'maxScore', header: { en: 'To, %', ru: 'До, %', kk: 'Дейін, %' }, type: 'number', required: true, min: 0, max: 100, width: 70 },
    { key: 'traditional', header: { en: 'Traditional grade', ru: 'Традиционная оценка', kk: 'Дәстүрлі баға' }, type: 'enum', options: TRADITIONAL_OPTIONS, required: true, width: 180 },
  ],
});
