// Offerings: the sections of the coming year (discipline × teacher × language × lesson type) the office edits;
// the menu students choose from.

import type { Lang, LessonType } from '../../domain/types';
import { LANGUAGE_OPTIONS, LESSON_TYPE_OPTIONS } from '../options';
import { defineSheet } from '../schema';

export interface OfferingRow {
  sectionId: string;
  disciplineCode: string;
  disciplineName: string;
  semester: number;
  lessonType: LessonType;
  language: Lang;
  teacherId: string;
  teacherName: string;
  capacity: number;
  audience: string[];
  electiveBlock: string;
  credits: number;
  lectureSectionId: string;
  open: boolean;
}

export const offeringsSheet = defineSheet<OfferingRow>({
  key: 'offerings',
  version: 1,
  name: { en: 'Offerings', ru: 'Предложения дисциплин', kk: 'Пәндер ұсынысы' },
  columns: [
    { key: 'sectionId', header: { en: 'Section', ru: 'Секция', kk: 'Секция' }, type: 'text', required: true, unique: true, width: 140 },
    { key: 'disciplineCode', header: { en: 'Discipline', ru: 'Дисциплина', kk: 'Пән' }, type: 'text', required: true, width: 100 },
    { key: 'disciplineName', header: { en: 'Discipline name', ru: 'Название дисциплины', kk: 'Пән атауы' }, type: 'text', width: 240 },
    { key: 'semester', header: { en: 'Semester', ru: 'Семестр', kk: 'Семестр' }, type: 'integer', required: true, min: 1, max: 2, width: 70 },
    { key: 'lessonType', header: { en: 'Lesson type', ru: 'Вид занятия', kk: 'Сабақ түрі' }, type: 'enum', options: LESSON_TYPE_OPTIONS, required: true, width: 110 },
    { key: 'language', header: { en: 'Language', ru: 'Язык обучения', kk: 'Оқу тілі' }, type: 'enum', options: LANGUAGE_OPTIONS, required: true, width: 100 },
    { key: 'teacherId', header: { en: 'Teacher ID', ru: 'ID преподавателя', kk: 'Оқытушы ID' }, type: 'text', width: 100 },
    { key: 'teacherName', header: { en: 'Teacher', ru: 'Преподаватель', kk: 'Оқытушы' }, type: 'text', width: 200 },
    { key: 'capacity', header: { en: 'Capacity', ru: 'Вместимость', kk: 'Сыйымдылығы' }, type: 'integer', required: true, min: 0, max: 5000, width: 90 },
    { key: 'audience', header: { en: 'For (programme/year)', ru: 'Для (ОП/курс)', kk: 'Кімге (ББ/курс)' }, type: 'list', required: true, width: 200 },
    { key: 'electiveBlock', header: { en: 'Elective block', ru: 'Блок КЭД', kk: 'ЭПК блогы' }, type: 'text', width: 100 },
    { key: 'credits', header: { en: 'Credits', ru: 'Кредиты', kk: 'Кредит' }, type: 'integer', required: true, min: 1, max: 60, width: 70 },
    { key: 'lectureSectionId', header: { en: 'Lecture section', ru: 'Лекционная секция', kk: 'Дәріс секциясы' }, type: 'text', width: 140 },
    { key: 'open', header: { en: 'Open', ru: 'Открыта', kk: 'Ашық' }, type: 'boolean', width: 70 },
  ],
});
