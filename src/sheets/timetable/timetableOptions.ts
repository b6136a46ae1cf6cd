// Localized labels of the timetable's enumerations: weekdays, terms and approval states.

import type { Trilingual } from '../../domain/types';

const tri = (en: string, ru: string, kk: string): Trilingual => ({ en, ru, kk });

export const DAY_OPTIONS = {
  '1': tri('Monday', 'понедельник', 'дүйсенбі'),
  '2': tri('Tuesday', 'вторник', 'сейсенбі'),
  '3': tri('Wednesday', 'среда', 'сәрсенбі'),
  '4': tri('Thursday', 'четверг', 'бейсенбі'),
  '5': tri('Friday', 'пятница', 'жұма'),
  '6': tri('Saturday', 'суббота', 'сенбі'),
  '7': tri('Sunday', 'воскресенье', 'жексенбі'),
} as const;

export const APPROVAL_OPTIONS = {
  draft: tri('draft', 'проект', 'жоба'),
  approved: tri('approved', 'утверждено', 'бекітілді'),
} as const;
