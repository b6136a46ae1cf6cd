// Enrolment requests: one appended row per form response (history kept: a later response of the same student
// supersedes the earlier one); rejected responses keep their reason.

import { defineSheet } from '../schema';
import { REQUEST_STATUS_OPTIONS } from './registrationOptions';

export interface RegistrationRequestRow {
  at: string;
  responseId: string;
  formKey: string;
  email: string;
  studentId: string;
  status: keyof typeof REQUEST_STATUS_OPTIONS;
  reason: string;
  supersedes: string;
  /** 'B1:E1,E2;B2:E4' — elective block → chosen disciplines. */
  chosen: string;
  /** 'B1:E3' — elective block → reserve disciplines. */
  reserve: string;
  /** 'A2=A2.1.ru.2;E1=E1.1.ru.1' — discipline → preferred lecture section. */
  teachers: string;
  credits1: number;
  credits2: number;
  /** Live policy: discipline → section given, or '…=waitlist'. */
  placed: string;
}

export const registrationRequestsSheet = defineSheet<RegistrationRequestRow>({
  key: 'registrationRequests',
  version: 1,
  name: { en: 'Enrolment requests', ru: 'Заявки на запись', kk: 'Жазылу өтінімдері' },
  columns: [
    { key: 'at', header: { en: 'Submitted', ru: 'Отправлено', kk: 'Жіберілді' }, type: 'text', required: true, width: 170 },
    { key: 'responseId', header: { en: 'Response ID', ru: 'ID ответа', kk: 'Жауап ID' }, type: 'text', width: 160 },
    { key: 'formKey', header: { en: 'Form key', ru: 'Ключ формы', kk: 'Форма кілті' }, type: 'text', width: 140 },
    { key: 'email', header: { en: 'Verified email', ru: 'Подтверждённый email', kk: 'Расталған email' }, type: 'text', width: 220 },
    { key: 'studentId', header: { en: 'Student ID', ru: 'ID студента', kk: 'Студент ID' }, type: 'text', width: 100 },
    { key: 'status', header: { en: 'Status', ru: 'Статус', kk: 'Мәртебесі' }, type: 'enum', options: REQUEST_STATUS_OPTIONS, required: true, width: 150 },
    { key: 'reason', header: { en: 'Reason', ru: 'Причина', kk: 'Себебі' }, type: 'text', width: 300 },
    { key: 'supersedes', header: { en: 'Supersedes', ru: 'Заменяет', kk: 'Ауыстырады' }, type: 'text', width: 160 },
    { key: 'chosen', header: { en: 'Chosen', ru: 'Выбрано', kk: 'Таңдалды' }, type: 'text', width: 260 },
    { key: 'reserve', header: { en: 'Reserve', ru: 'Резерв', kk: 'Қосалқы' }, type: 'text', width: 200 },
    { key: 'teachers', header: { en: 'Teachers chosen', ru: 'Выбор преподавателей', kk: 'Оқытушы таңдауы' }, type: 'text', width: 260 },
    { key: 'credits1', header: { en: 'Credits, sem. 1', ru: 'Кредиты, 1 сем.', kk: 'Кредит, 1 сем.' }, type: 'integer', min: 0, width: 90 },
    { key: 'credits2', header: { en: 'Credits, sem. 2', ru: 'Кредиты, 2 сем.', kk: 'Кредит, 2 сем.' }, type: 'integer', min: 0, width: 90 },
    { key: 'placed', header: { en: 'Placed (live)', ru: 'Зачислен (живая запись)', kk: 'Орналастырылды (тікелей)' }, type: 'text', width: 260 },
  ],
});
