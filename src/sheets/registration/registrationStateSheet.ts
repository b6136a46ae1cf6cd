// Registration state (hidden): one row per enrolment form with the compact state its submissions need (rules of
// the year, question map, section fill counts, recent response ids). Kept in a sheet, not document properties,
// because a university's forms together outgrow the 500 KB property store. Column order is fixed (read by position).

import { defineSheet } from '../schema';

export interface RegistrationStateRow {
  formId: string;
  formKey: string;
  state: string;
}

export const registrationStateSheet = defineSheet<RegistrationStateRow>({
  key: 'registrationState',
  version: 1,
  name: { en: 'Registration state', ru: 'Состояние регистрации', kk: 'Тіркеу күйі' },
  columns: [
    { key: 'formId', header: { en: 'Form ID', ru: 'ID формы', kk: 'Форма ID' }, type: 'text', required: true, unique: true, width: 200 },
    { key: 'formKey', header: { en: 'Form key', ru: 'Ключ формы', kk: 'Форма кілті' }, type: 'text', width: 150 },
    { key: 'state', header: { en: 'State', ru: 'Состояние', kk: 'Күйі' }, type: 'text', width: 400 },
  ],
});

/** 1-based column of the state cell. */
export const STATE_COLUMN = 3;
