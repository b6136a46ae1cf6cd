// Enrolment requests: the registration roster and its record. createEnrollmentForms writes one block per form — a
// form row (its id and the compact state its submissions need) followed by a row for every student expected on that
// form ("not submitted" until they answer). The form-submit handler reads its form's block (one range) and rewrites
// one row: the student's effective request (a later response supersedes it; earlier ones move to History), or, for
// an address that is not on the form's list, a line in the form row's History. Column order is fixed: the handler
// reads and writes by position (REQUEST_COLUMN).

import { defineSheet } from '../schema';
import { REQUEST_STATUS_OPTIONS } from './registrationOptions';

export interface RegistrationRequestRow {
  formKey: string;
  /** Verified email ('' on a form row). */
  email: string;
  studentId: string;
  language: string;
  gpa: number | null;
  /** Open academic debts (discipline codes). */
  debts: string[];
  /** Academic difference: 'CODE:semester:credits;…'. */
  difference: string;
  status: keyof typeof REQUEST_STATUS_OPTIONS;
  /** When the effective request was submitted (ISO). */
  at: string;
  responseId: string;
  /** 'B1:E1,E2;B2:E4' — elective block → chosen disciplines. */
  chosen: string;
  /** 'B1:E3' — elective block → reserve disciplines. */
  reserve: string;
  /** 'A2=A2.1.ru.2;E1=E1.1.ru.1' — discipline → preferred lecture section. */
  teachers: string;
  credits1: number | null;
  credits2: number | null;
  /** Live policy: discipline → section given, or '…=waitlist'. */
  placed: string;
  /** Live policy: lecture sections the student holds a seat in. */
  held: string;
  /** 'responseId|submittedAt' of the latest response handled, whatever its outcome (repeated events, order). */
  lastResponse: string;
  /** Why the latest response was rejected ('' when it was recorded). */
  reason: string;
  /** Earlier responses, one a line: 'submitted | response id | status | chosen | reason'. */
  history: string;
  /** Form rows only: the Google Form's id. */
  formId: string;
  /** Form rows only: the compact state (rules of the year, question map, sections, options removed). */
  state: string;
}

export const registrationRequestsSheet = defineSheet<RegistrationRequestRow>({
  key: 'registrationRequests',
  version: 2,
  name: { en: 'Enrolment requests', ru: 'Заявки на запись', kk: 'Жазылу өтінімдері' },
  columns: [
    { key: 'formKey', header: { en: 'Form key', ru: 'Ключ формы', kk: 'Форма кілті' }, type: 'text', required: true, width: 150 },
    { key: 'email', header: { en: 'Verified email', ru: 'Подтверждённый email', kk: 'Расталған email' }, type: 'text', width: 220 },
    { key: 'studentId', header: { en: 'Student ID', ru: 'ID студента', kk: 'Студент ID' }, type: 'text', width: 100 },
    { key: 'language', header: { en: 'Language', ru: 'Язык', kk: 'Тіл' }, type: 'text', width: 60 },
    { key: 'gpa', header: { en: 'GPA', ru: 'GPA', kk: 'GPA' }, type: 'number', width: 60 },
    { key: 'debts', header: { en: 'Debts', ru: 'Задолженности', kk: 'Қарыздар' }, type: 'list', width: 140 },
    { key: 'difference', header: { en: 'Academic difference', ru: 'Академическая разница', kk: 'Академиялық айырма' }, type: 'text', width: 180 },
    { key: 'status', header: { en: 'Status', ru: 'Статус', kk: 'Мәртебесі' }, type: 'enum', options: REQUEST_STATUS_OPTIONS, required: true, width: 150 },
    { key: 'at', header: { en: 'Submitted', ru: 'Отправлено', kk: 'Жіберілді' }, type: 'text', width: 170 },
    { key: 'responseId', header: { en: 'Response ID', ru: 'ID ответа', kk: 'Жауап ID' }, type: 'text', width: 150 },
    { key: 'chosen', header: { en: 'Chosen', ru: 'Выбрано', kk: 'Таңдалды' }, type: 'text', width: 260 },
    { key: 'reserve', header: { en: 'Reserve', ru: 'Резерв', kk: 'Қосалқы' }, type: 'text', width: 200 },
    { key: 'teachers', header: { en: 'Teachers chosen', ru: 'Выбор преподавателей', kk: 'Оқытушы таңдауы' }, type: 'text', width: 260 },
    { key: 'credits1', header: { en: 'Credits, sem. 1', ru: 'Кредиты, 1 сем.', kk: 'Кредит, 1 сем.' }, type: 'integer', min: 0, width: 90 },
    { key: 'credits2', header: { en: 'Credits, sem. 2', ru: 'Кредиты, 2 сем.', kk: 'Кредит, 2 сем.' }, type: 'integer', min: 0, width: 90 },
    { key: 'placed', header: { en: 'Placed (live)', ru: 'Зачислен (живая запись)', kk: 'Орналастырылды (тікелей)' }, type: 'text', width: 240 },
    { key: 'held', header: { en: 'Seats held (live)', ru: 'Занятые места (живая запись)', kk: 'Алынған орындар (тікелей)' }, type: 'text', width: 180 },
    { key: 'lastResponse', header: { en: 'Last response', ru: 'Последний ответ', kk: 'Соңғы жауап' }, type: 'text', width: 160 },
    { key: 'reason', header: { en: 'Reason', ru: 'Причина', kk: 'Себебі' }, type: 'text', width: 300 },
    { key: 'history', header: { en: 'Earlier responses', ru: 'Предыдущие ответы', kk: 'Бұрынғы жауаптар' }, type: 'text', width: 320 },
    { key: 'formId', header: { en: 'Form ID', ru: 'ID формы', kk: 'Форма ID' }, type: 'text', width: 120 },
    { key: 'state', header: { en: 'Form state', ru: 'Состояние формы', kk: 'Форма күйі' }, type: 'text', width: 80 },
  ],
});

/** 1-based columns the form-submit handler reads and writes by position. */
export const REQUEST_COLUMN = {
  formKey: 1,
  email: 2,
  studentId: 3,
  language: 4,
  debts: 6,
  difference: 7,
  status: 8,
  at: 9,
  responseId: 10,
  chosen: 11,
  reserve: 12,
  teachers: 13,
  credits1: 14,
  credits2: 15,
  placed: 16,
  held: 17,
  lastResponse: 18,
  reason: 19,
  history: 20,
  formId: 21,
  state: 22,
  /** The handler's writable span: status … history. */
  firstWritten: 8,
  lastWritten: 20,
  width: 22,
} as const;
