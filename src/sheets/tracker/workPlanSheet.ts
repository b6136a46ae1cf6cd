// The Work plan sheet: the office's editable plan — items by section in three languages, deadline as written and as a rule, who is responsible.

import { defineSheet } from '../schema';
import { SECTION_OPTIONS } from './options';

export interface WorkPlanRow {
  no: string;
  section: 'A' | 'B' | 'C' | 'D' | 'E';
  textKk: string;
  textRu: string;
  textEn: string;
  deadlineKk: string;
  deadlineRu: string;
  deadlineEn: string;
  rule: string;
  responsible: string;
  responsibleEmail: string;
  coResponsible: string;
  note: string;
}

export const workPlanSheet = defineSheet<WorkPlanRow>({
  key: 'workPlan',
  version: 1,
  name: { en: 'Work plan', ru: 'План работы', kk: 'Жұмыс жоспары' },
  columns: [
    { key: 'no', header: { en: 'No.', ru: '№', kk: '№' }, type: 'text', required: true, unique: true, width: 50 },
    { key: 'section', header: { en: 'Section', ru: 'Раздел', kk: 'Бөлім' }, type: 'enum', options: SECTION_OPTIONS, required: true, width: 70 },
    { key: 'textKk', header: { en: 'Item (Kazakh)', ru: 'Содержание (каз.)', kk: 'Мазмұны (қаз.)' }, type: 'text', width: 320 },
    { key: 'textRu', header: { en: 'Item (Russian)', ru: 'Содержание (рус.)', kk: 'Мазмұны (орыс.)' }, type: 'text', width: 320 },
    { key: 'textEn', header: { en: 'Item (English)', ru: 'Содержание (англ.)', kk: 'Мазмұны (ағыл.)' }, type: 'text', width: 320 },
    { key: 'deadlineKk', header: { en: 'Deadline as written (Kazakh)', ru: 'Срок исполнения (каз.)', kk: 'Орындау мерзімі (қаз.)' }, type: 'text', width: 200 },
    { key: 'deadlineRu', header: { en: 'Deadline as written (Russian)', ru: 'Срок исполнения (рус.)', kk: 'Орындау мерзімі (орыс.)' }, type: 'text', width: 200 },
    { key: 'deadlineEn', header: { en: 'Deadline as written (English)', ru: 'Срок исполнения (англ.)', kk: 'Орындау мерзімі (ағыл.)' }, type: 'text', width: 200 },
    { key: 'rule', header: { en: 'Deadline rule', ru: 'Правило срока', kk: 'Мерзім ережесі' }, type: 'text', width: 160 },
    { key: 'responsible', header: { en: 'Responsible', ru: 'Ответственный исполнитель', kk: 'Жауапты орындаушы' }, type: 'text', width: 160 },
    { key: 'responsibleEmail', header: { en: 'Responsible email', ru: 'Email ответственного', kk: 'Жауаптының email-і' }, type: 'email', width: 200 },
    { key: 'coResponsible', header: { en: 'Co-responsible', ru: 'Соисполнители', kk: 'Бірлескен орындаушылар' }, type: 'text', width: 180 },
    { key: 'note', header: { en: 'Note', ru: 'Примечание', kk: 'Ескерту' }, type: 'text', width: 200 },
  ],
});
