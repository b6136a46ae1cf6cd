// The Timetable sheet: one row per weekly pair of a meeting, for every term and study form; the office edits it by hand.

import type { LessonType, StudyForm } from '../../domain/types';
import { defineSheet } from '../schema';
import { LESSON_TYPE_OPTIONS, STUDY_FORM_OPTIONS, TERM_OPTIONS } from '../options';
import { DAY_OPTIONS } from './timetableOptions';

export interface TimetableRow {
  term: 'autumn' | 'spring' | 'summer';
  studyForm: StudyForm;
  faculty: string;
  day: string;
  pair: number;
  time: string;
  disciplineCode: string;
  disciplineName: string;
  type: LessonType;
  teacher: string;
  teacherName: string;
  room: string;
  groups: string[];
  stream: string;
  students: number;
  lesson: string;
  pinned: boolean;
}

export const timetableSheet = defineSheet<TimetableRow>({
  key: 'timetable',
  version: 1,
  name: { en: 'Timetable', ru: 'Расписание', kk: 'Сабақ кестесі' },
  columns: [
    { key: 'term', header: { en: 'Term', ru: 'Период', kk: 'Кезең' }, type: 'enum', options: TERM_OPTIONS, required: true, width: 80 },
    { key: 'studyForm', header: { en: 'Study form', ru: 'Форма обучения', kk: 'Оқу түрі' }, type: 'enum', options: STUDY_FORM_OPTIONS, required: true, width: 100 },
    { key: 'faculty', header: { en: 'Faculty', ru: 'Факультет', kk: 'Факультет' }, type: 'text', width: 70 },
    { key: 'day', header: { en: 'Day', ru: 'День', kk: 'Күн' }, type: 'enum', options: DAY_OPTIONS, required: true, width: 100 },
    { key: 'pair', header: { en: 'Pair', ru: 'Пара', kk: 'Жұп' }, type: 'integer', required: true, min: 1, max: 10, width: 50 },
    { key: 'time', header: { en: 'Time', ru: 'Время', kk: 'Уақыты' }, type: 'text', width: 90 },
    { key: 'disciplineCode', header: { en: 'Discipline', ru: 'Дисциплина', kk: 'Пән' }, type: 'text', required: true, width: 90 },
    { key: 'disciplineName', header: { en: 'Discipline name', ru: 'Наименование дисциплины', kk: 'Пән атауы' }, type: 'text', width: 220 },
    { key: 'type', header: { en: 'Type', ru: 'Вид занятия', kk: 'Сабақ түрі' }, type: 'enum', options: LESSON_TYPE_OPTIONS, required: true, width: 90 },
    { key: 'teacher', header: { en: 'Teacher email', ru: 'Email преподавателя', kk: 'Оқытушы email' }, type: 'email', width: 200 },
    { key: 'teacherName', header: { en: 'Teacher', ru: 'Преподаватель', kk: 'Оқытушы' }, type: 'text', width: 150 },
    { key: 'room', header: { en: 'Room', ru: 'Аудитория', kk: 'Аудитория' }, type: 'text', required: true, width: 80 },
    { key: 'groups', header: { en: 'Groups', ru: 'Группы', kk: 'Топтар' }, type: 'list', required: true, width: 220 },
    { key: 'stream', header: { en: 'Stream', ru: 'Поток', kk: 'Ағын' }, type: 'text', width: 150 },
    { key: 'students', header: { en: 'Students', ru: 'Студентов', kk: 'Студенттер' }, type: 'integer', min: 0, max: 5000, width: 70 },
    { key: 'lesson', header: { en: 'Lesson ID', ru: 'ID занятия', kk: 'Сабақ ID' }, type: 'text', width: 200 },
    { key: 'pinned', header: { en: 'Pinned', ru: 'Закреплено', kk: 'Бекітілген' }, type: 'boolean', width: 80 },
  ],
});
