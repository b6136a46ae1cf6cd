// Localized labels of the attestation enumerations (outcomes, traditional grades, statuses, reasons) for cells and dropdowns.

import type { Trilingual } from '../../domain/types';

const tri = (en: string, ru: string, kk: string): Trilingual => ({ en, ru, kk });

export const TRADITIONAL_OPTIONS = {
  excellent: tri('excellent', 'отлично', 'өте жақсы'),
  good: tri('good', 'хорошо', 'жақсы'),
  satisfactory: tri('satisfactory', 'удовлетворительно', 'қанағаттанарлық'),
  unsatisfactory: tri('unsatisfactory', 'неудовлетворительно', 'қанағаттанарлықсыз'),
} as const;

export const OUTCOME_OPTIONS = {
  pending: tri('pending', 'ожидается', 'күтілуде'),
  passed: tri('passed', 'сдано', 'тапсырылды'),
  fx: tri('FX: exam retake', 'FX: пересдача экзамена', 'FX: емтиханды қайта тапсыру'),
  f: tri('F: re-study', 'F: повторное изучение', 'F: қайта оқу'),
  notAdmitted: tri('not admitted', 'не допущен', 'жіберілмеді'),
  absent: tri('absent', 'неявка', 'келмеді'),
} as const;

export const STATEMENT_STATUS_OPTIONS = {
  open: tri('open', 'открыта', 'ашық'),
  locked: tri('locked', 'закрыта', 'жабық'),
} as const;

export const ASSESSMENT_OPTIONS = {
  exam: tri('exam', 'экзамен', 'емтихан'),
  passFail: tri('pass/fail', 'зачёт', 'сынақ'),
} as const;

export const REFERRAL_REASON_OPTIONS = {
  fxRetake: tri('FX retake', 'пересдача FX', 'FX қайта тапсыру'),
  illness: tri('illness', 'болезнь', 'науқастану'),
  mobility: tri('academic mobility', 'академическая мобильность', 'академиялық ұтқырлық'),
} as const;

export const REFERRAL_STATUS_OPTIONS = {
  open: tri('open', 'открыто', 'ашық'),
  done: tri('graded', 'оценено', 'бағаланды'),
  expired: tri('expired', 'просрочено', 'мерзімі өтті'),
  refused: tri('refused', 'отказано', 'бас тартылды'),
} as const;

export const DEBT_REASON_OPTIONS = {
  f: tri('F', 'F', 'F'),
  notAdmitted: tri('not admitted', 'не допущен', 'жіберілмеді'),
  absent: tri('absent', 'неявка', 'келмеді'),
  fxExpired: tri('FX not retaken in time', 'FX не пересдан в срок', 'FX мерзімінде қайта тапсырылмады'),
  fxExhausted: tri('FX retakes used up', 'пересдачи FX исчерпаны', 'FX қайта тапсыру мүмкіндігі бітті'),
} as const;

export const RESTUDY_WHEN_OPTIONS = {
  regular: tri('regular semester', 'в учебном семестре', 'оқу семестрінде'),
  summer: tri('summer semester', 'в летнем семестре', 'жазғы семестрде'),
} as const;

export const RESTUDY_STATUS_OPTIONS = {
  waiting: tri('awaiting the choice', 'ожидается выбор', 'таңдау күтілуде'),
  accepted: tri('accepted', 'принято', 'қабылданды'),
  overCap: tri('over the summer credit cap', 'превышен лимит кредитов лета', 'жазғы кредит шегінен асты'),
} as const;

export const MONITORING_LEVEL_OPTIONS = {
  faculty: tri('faculty', 'факультет', 'факультет'),
  programme: tri('programme', 'ОП', 'ББ'),
  group: tri('group', 'группа', 'топ'),
  discipline: tri('discipline', 'дисциплина', 'пән'),
  teacher: tri('teacher without grades', 'преподаватель без оценок', 'бағасыз оқытушы'),
} as const;

export const CONTROL_OPTIONS = {
  midterm1: tri('midterm 1', 'РК1', 'АБ1'),
  midterm2: tri('midterm 2', 'РК2', 'АБ2'),
} as const;

export const MAIL_STATUS_OPTIONS = {
  queued: tri('queued', 'в очереди', 'кезекте'),
  sent: tri('sent', 'отправлено', 'жіберілді'),
  noAdvisor: tri('no advisor', 'нет эдвайзера', 'эдвайзер жоқ'),
} as const;

export const AUDIT_STATUS_OPTIONS = {
  applied: tri('applied', 'внесено', 'енгізілді'),
  rejected: tri('rejected: statement locked', 'отклонено: ведомость закрыта', 'қабылданбады: ведомость жабық'),
} as const;

export const GRADE_FIELD_OPTIONS = {
  current: tri('current control', 'текущий контроль', 'ағымдағы бақылау'),
  midterm1: tri('midterm 1', 'РК1', 'АБ1'),
  midterm2: tri('midterm 2', 'РК2', 'АБ2'),
  exam: tri('exam', 'экзамен', 'емтихан'),
} as const;

export const TERM_CODE_OPTIONS = {
  autumn: tri('autumn', 'осенний', 'күзгі'),
  spring: tri('spring', 'весенний', 'көктемгі'),
  summer: tri('summer', 'летний', 'жазғы'),
} as const;
