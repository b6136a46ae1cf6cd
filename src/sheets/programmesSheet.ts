// Educational programmes (ОП): code like 6B01501, level, languages, study form, credits to graduate.

import type { Lang, Level, StudyForm } from '../domain/types';
import { defineSheet } from './schema';
import { LANGUAGE_OPTIONS, LEVEL_OPTIONS, STUDY_FORM_OPTIONS } from './options';

export interface ProgrammeRow {
  code: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  facultyCode: string;
  departmentCode: string;
  level: Level;
  languages: Lang[];
  studyForm: StudyForm;
  years: number;
  creditsToGraduate: number;
}

export const programmesSheet = defineSheet<ProgrammeRow>({
  key: 'programmes',
  version: 1,
  name: { en: 'Programmes', ru: 'Образовательные программы', kk: 'Білім беру бағдарламалары' },
  columns: [
    { key: 'code', header: { en: 'Code', ru: 'Шифр', kk: 'Шифр' }, type: 'text', required: true, unique: true, width: 90 },
    { key: 'nameKk', header: { en: 'Name (kk)', ru: 'Название (каз.)', kk: 'Атауы (қаз.)' }, type: 'text', required: true, width: 260 },
    { key: 'nameRu', header: { en: 'Name (ru)', ru: 'Название (рус.)', kk: 'Атауы (орыс.)' }, type: 'text', required: true, width: 260 },
    { key: 'nameEn', header: { en: 'Name (en)', ru: 'Название (англ.)', kk: 'Атауы (ағыл.)' }, type: 'text', required: true, width: 260 },
    { key: 'facultyCode', header: { en: 'Faculty', ru: 'Факультет', kk: 'Факультет' }, type: 'text', required: true, width: 90 },
    { key: 'departmentCode', header: { en: 'Department', ru: 'Кафедра', kk: 'Кафедра' }, type: 'text', required: true, width: 90 },
    { key: 'level', header: { en: 'Level', ru: 'Уровень', kk: 'Деңгейі' }, type: 'enum', options: LEVEL_OPTIONS, required: true, width: 120 },
    { key: 'languages', header: { en: 'Languages', ru: 'Языки обучения', kk: 'Оқыту тілдері' }, type: 'enumList', options: LANGUAGE_OPTIONS, required: true, width: 160 },
    { key: 'studyForm', header: { en: 'Study form', ru: 'Форма обучения', kk: 'Оқу түрі' }, type: 'enum', options: STUDY_FORM_OPTIONS, required: true, width: 120 },
    { key: 'years', header: { en: 'Years', ru: 'Срок (лет)', kk: 'Мерзімі (жыл)' }, type: 'integer', required: true, min: 1, max: 6, width: 80 },
    { key: 'creditsToGraduate', header: { en: 'Credits to graduate', ru: 'Кредитов для выпуска', kk: 'Бітіру кредиті' }, type: 'integer', required: true, min: 1, max: 400, width: 110 },
  ],
});
