// The registration index (hidden): students sorted by a hash bucket of their email, so a form-submit handler reads
// only its bucket's rows (a few dozen cells) instead of the Students sheet; it also keeps each student's last response.
// Its column order is fixed: the handler reads and writes it by position.

import { defineSheet } from '../schema';

export interface RegistrationIndexRow {
  bucket: number;
  email: string;
  studentId: string;
  formKey: string;
  language: string;
  gpa: number | null;
  /** Open academic debts (discipline codes). */
  debts: string[];
  /** Academic difference: 'CODE:semester:credits;…'. */
  difference: string;
  lastResponse: string;
  /** Live policy: sections the student holds, 'A.1.ru.1,B.2.ru.1'. */
  sections: string;
}

export const registrationIndexSheet = defineSheet<RegistrationIndexRow>({
  key: 'registrationIndex',
  version: 1,
  name: { en: 'Registration index', ru: 'Индекс регистрации', kk: 'Тіркеу индексі' },
  columns: [
    { key: 'bucket', header: { en: 'Bucket', ru: 'Корзина', kk: 'Себет' }, type: 'integer', required: true, min: 0, width: 70 },
    { key: 'email', header: { en: 'Email', ru: 'Email', kk: 'Email' }, type: 'text', required: true, width: 220 },
    { key: 'studentId', header: { en: 'Student ID', ru: 'ID студента', kk: 'Студент ID' }, type: 'text', required: true, width: 100 },
    { key: 'formKey', header: { en: 'Form key', ru: 'Ключ формы', kk: 'Форма кілті' }, type: 'text', width: 140 },
    { key: 'language', header: { en: 'Language', ru: 'Язык', kk: 'Тіл' }, type: 'text', width: 60 },
    { key: 'gpa', header: { en: 'GPA', ru: 'GPA', kk: 'GPA' }, type: 'number', width: 60 },
    { key: 'debts', header: { en: 'Debts', ru: 'Задолженности', kk: 'Қарыздар' }, type: 'list', width: 160 },
    { key: 'difference', header: { en: 'Academic difference', ru: 'Академическая разница', kk: 'Академиялық айырма' }, type: 'text', width: 200 },
    { key: 'lastResponse', header: { en: 'Last response', ru: 'Последний ответ', kk: 'Соңғы жауап' }, type: 'text', width: 160 },
    { key: 'sections', header: { en: 'Sections held', ru: 'Занятые места', kk: 'Алынған орындар' }, type: 'text', width: 200 },
  ],
});

/** 1-based column numbers of the handler's mutable columns. */
export const INDEX_COLUMN = { lastResponse: 9, sections: 10, width: 10 } as const;
