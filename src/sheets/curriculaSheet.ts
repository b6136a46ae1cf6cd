// Curricula: per programme, the disciplines of each year and semester with component, cycle, block and hours.

import type { Component, Cycle } from '../domain/types';
import { defineSheet } from './schema';
import { COMPONENT_OPTIONS, CYCLE_OPTIONS } from './options';

export interface CurriculumRow {
  programmeCode: string;
  disciplineCode: string;
  year: number;
  semester: number;
  component: Component;
  cycle: Cycle;
  electiveBlock: string;
  choose: number | null;
  credits: number;
  hoursLecture: number | null;
  hoursPractice: number | null;
  hoursLab: number | null;
  prerequisites: string[];
}

export const curriculaSheet = defineSheet<CurriculumRow>({
  key: 'curricula',
  version: 1,
  name: { en: 'Curricula', ru: 'Учебные планы', kk: 'Оқу жоспарлары' },
  columns: [
    { key: 'programmeCode', header: { en: 'Programme', ru: 'ОП', kk: 'ББ' }, type: 'text', required: true, width: 90 },
    { key: 'disciplineCode', header: { en: 'Discipline', ru: 'Дисциплина', kk: 'Пән' }, type: 'text', required: true, width: 100 },
    { key: 'year', header: { en: 'Year', ru: 'Курс', kk: 'Курс' }, type: 'integer', required: true, min: 1, max: 6, width: 60 },
    { key: 'semester', header: { en: 'Semester', ru: 'Семестр', kk: 'Семестр' }, type: 'integer', required: true, min: 1, max: 2, width: 70 },
    { key: 'component', header: { en: 'Component', ru: 'Компонент', kk: 'Компонент' }, type: 'enum', options: COMPONENT_OPTIONS, required: true, width: 100 },
    { key: 'cycle', header: { en: 'Cycle', ru: 'Цикл', kk: 'Цикл' }, type: 'enum', options: CYCLE_OPTIONS, required: true, width: 80 },
    { key: 'electiveBlock', header: { en: 'Elective block', ru: 'Блок КЭД', kk: 'ЭПК блогы' }, type: 'text', width: 100 },
    { key: 'choose', header: { en: 'Choose', ru: 'Выбрать', kk: 'Таңдау' }, type: 'integer', min: 0, max: 20, width: 70 },
    { key: 'credits', header: { en: 'Credits', ru: 'Кредиты', kk: 'Кредит' }, type: 'integer', required: true, min: 1, max: 60, width: 70 },
    { key: 'hoursLecture', header: { en: 'Lecture hours', ru: 'Лекции, ч', kk: 'Дәріс, сағ' }, type: 'integer', min: 0, max: 500, width: 80 },
    { key: 'hoursPractice', header: { en: 'Practice hours', ru: 'Практика, ч', kk: 'Практика, сағ' }, type: 'integer', min: 0, max: 500, width: 80 },
    { key: 'hoursLab', header: { en: 'Lab hours', ru: 'Лабораторные, ч', kk: 'Зертханалық, сағ' }, type: 'integer', min: 0, max: 500, width: 80 },
    { key: 'prerequisites', header: { en: 'Prerequisites', ru: 'Пререквизиты', kk: 'Пререквизиттер' }, type: 'list', width: 160 },
  ],
});
