// Localized labels of the registration enumerations (statuses, form kinds, sources, group kinds).

import { REQUEST_STATUS_WORDS } from '../../domain/registration/requestHistory';
import type { Trilingual } from '../../domain/types';

const tri = (en: string, ru: string, kk: string): Trilingual => ({ en, ru, kk });

export const ADVISOR_STATUS_OPTIONS = {
  proposed: tri('proposed', 'предложен', 'ұсынылды'),
  approved: tri('approved', 'утверждён', 'бекітілді'),
  missing: tri('no candidate', 'нет кандидата', 'үміткер жоқ'),
} as const;

export const FORM_KIND_OPTIONS = {
  regular: tri('2nd year and above', '2 курс и старше', '2 курс және жоғары'),
  newcomers: tri('1st year, reinstated, transferred', '1 курс, восстановленные, переведённые', '1 курс, қайта қабылданған, ауысқан'),
} as const;

export const REQUEST_STATUS_OPTIONS = {
  form: tri('form', 'форма', 'форма'),
  notSubmitted: tri('not submitted', 'не подана', 'берілмеді'),
  ...REQUEST_STATUS_WORDS,
} as const;

export const PLAN_STATUS_OPTIONS = {
  draft: tri('draft', 'черновик', 'жоба'),
  problems: tri('problems', 'есть замечания', 'ескертулер бар'),
  approved: tri('approved by advisor', 'согласован эдвайзером', 'эдвайзер келісті'),
  registered: tri('registered', 'зарегистрирован', 'тіркелді'),
} as const;

export const DOCUMENT_STATUS_OPTIONS = {
  requested: tri('requested', 'запрошен', 'сұралды'),
  done: tri('done', 'готов', 'дайын'),
} as const;

export const ENROLMENT_SOURCE_OPTIONS = {
  compulsory: tri('compulsory', 'обязательная', 'міндетті'),
  choice: tri('first choice', 'первый выбор', 'бірінші таңдау'),
  reserve: tri('reserve choice', 'резервный выбор', 'қосалқы таңдау'),
  difference: tri('academic difference', 'академическая разница', 'академиялық айырма'),
} as const;

export const GROUP_KIND_OPTIONS = {
  practice: tri('practice group', 'практическая группа', 'практикалық топ'),
  lab: tri('lab subgroup', 'лабораторная подгруппа', 'зертханалық топша'),
} as const;
