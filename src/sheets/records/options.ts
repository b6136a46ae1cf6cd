// Localized labels of the registers' enumerations: document types, statuses, information-request statuses, datasets.

import type { Trilingual } from '../../domain/types';

const tri = (en: string, ru: string, kk: string): Trilingual => ({ en, ru, kk });

export const DOCUMENT_TYPE_OPTIONS = {
  letter: tri('letter', 'письмо', 'хат'),
  order: tri('order', 'приказ', 'бұйрық'),
  instruction: tri('instruction', 'распоряжение', 'өкім'),
  request: tri('request', 'запрос', 'сұрау салу'),
  report: tri('report', 'отчёт', 'есеп'),
  certificate: tri('certificate', 'справка', 'анықтама'),
  other: tri('other', 'прочее', 'басқа'),
} as const;

export const DOCUMENT_STATUS_OPTIONS = {
  registered: tri('registered', 'зарегистрирован', 'тіркелді'),
  inProgress: tri('in progress', 'на исполнении', 'орындалуда'),
  done: tri('executed', 'исполнен', 'орындалды'),
  sent: tri('sent', 'отправлен', 'жөнелтілді'),
  cancelled: tri('cancelled', 'аннулирован', 'күшін жойды'),
} as const;

export const REQUEST_STATUS_OPTIONS = {
  open: tri('open', 'на исполнении', 'орындалуда'),
  answered: tri('answered', 'исполнен', 'жауап берілді'),
} as const;

export const DATASET_OPTIONS = {
  students: tri('students', 'обучающиеся', 'білім алушылар'),
  teachers: tri('teachers', 'преподаватели', 'оқытушылар'),
  incoming: tri('incoming documents', 'входящие документы', 'кіріс құжаттар'),
  outgoing: tri('outgoing documents', 'исходящие документы', 'шығыс құжаттар'),
  planTracker: tri('plan tracker', 'исполнение плана', 'жоспардың орындалуы'),
} as const;
