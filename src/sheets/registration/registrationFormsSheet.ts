// Enrolment forms: one row per form and advisor, with the links and the advisor's distribution list; the form ids
// let a re-run update the same forms.

import { defineSheet } from '../schema';
import { FORM_KIND_OPTIONS } from './registrationOptions';

export interface RegistrationFormRow {
  formKey: string;
  programmeCode: string;
  year: number;
  kind: keyof typeof FORM_KIND_OPTIONS;
  formId: string;
  url: string;
  editUrl: string;
  advisorName: string;
  advisorEmail: string;
  groups: string[];
  recipients: number;
  distribution: string;
  updatedAt: string;
}

export const registrationFormsSheet = defineSheet<RegistrationFormRow>({
  key: 'registrationForms',
  version: 1,
  name: { en: 'Enrolment forms', ru: 'Формы записи', kk: 'Жазылу формалары' },
  columns: [
    { key: 'formKey', header: { en: 'Form key', ru: 'Ключ формы', kk: 'Форма кілті' }, type: 'text', required: true, width: 150 },
    { key: 'programmeCode', header: { en: 'Programme', ru: 'ОП', kk: 'ББ' }, type: 'text', required: true, width: 90 },
    { key: 'year', header: { en: 'Year', ru: 'Курс', kk: 'Курс' }, type: 'integer', required: true, min: 1, max: 6, width: 60 },
    { key: 'kind', header: { en: 'Students', ru: 'Контингент', kk: 'Контингент' }, type: 'enum', options: FORM_KIND_OPTIONS, required: true, width: 200 },
    { key: 'formId', header: { en: 'Form ID', ru: 'ID формы', kk: 'Форма ID' }, type: 'text', width: 200 },
    { key: 'url', header: { en: 'Link for students', ru: 'Ссылка для студентов', kk: 'Студенттерге сілтеме' }, type: 'text', width: 300 },
    { key: 'editUrl', header: { en: 'Edit link', ru: 'Ссылка для редактирования', kk: 'Өңдеу сілтемесі' }, type: 'text', width: 200 },
    { key: 'advisorName', header: { en: 'Advisor', ru: 'Эдвайзер', kk: 'Эдвайзер' }, type: 'text', width: 200 },
    { key: 'advisorEmail', header: { en: 'Advisor email', ru: 'Email эдвайзера', kk: 'Эдвайзер email' }, type: 'text', width: 200 },
    { key: 'groups', header: { en: 'Groups', ru: 'Группы', kk: 'Топтар' }, type: 'list', width: 200 },
    { key: 'recipients', header: { en: 'Recipients', ru: 'Получателей', kk: 'Алушылар' }, type: 'integer', min: 0, width: 90 },
    { key: 'distribution', header: { en: 'Distribution list', ru: 'Список рассылки', kk: 'Тарату тізімі' }, type: 'text', width: 400 },
    { key: 'updatedAt', header: { en: 'Updated', ru: 'Обновлено', kk: 'Жаңартылды' }, type: 'text', width: 170 },
  ],
});
