// The Incoming and Outgoing registers (журналы регистрации): one row per registered document, numbered by the office's scheme.

import type { Column } from '../schema';
import { defineSheet } from '../schema';
import { DOCUMENT_STATUS_OPTIONS, DOCUMENT_TYPE_OPTIONS } from './options';

export interface RegisterRow {
  number: string;
  registeredOn: string;
  correspondent: string;
  theirNumber: string;
  theirDate: string;
  subject: string;
  docType: string;
  executor: string;
  deadline: string;
  resolution: string;
  status: string;
  fileUrl: string;
  inReplyTo: string;
  registeredBy: string;
  note: string;
}

const common = (correspondent: Column['header']): Column[] => [
  { key: 'number', header: { en: 'Reg. number', ru: 'Рег. номер', kk: 'Тіркеу нөмірі' }, type: 'text', required: true, unique: true, width: 110 },
  { key: 'registeredOn', header: { en: 'Registered on', ru: 'Дата регистрации', kk: 'Тіркелген күні' }, type: 'date', required: true, width: 110 },
  { key: 'correspondent', header: correspondent, type: 'text', required: true, width: 220 },
  { key: 'theirNumber', header: { en: 'Their number', ru: 'Исх. номер корреспондента', kk: 'Корреспонденттің нөмірі' }, type: 'text', width: 110 },
  { key: 'theirDate', header: { en: 'Their date', ru: 'Дата документа', kk: 'Құжат күні' }, type: 'date', width: 100 },
  { key: 'subject', header: { en: 'Subject', ru: 'Краткое содержание', kk: 'Қысқаша мазмұны' }, type: 'text', required: true, width: 300 },
  { key: 'docType', header: { en: 'Document type', ru: 'Вид документа', kk: 'Құжат түрі' }, type: 'enum', options: DOCUMENT_TYPE_OPTIONS, width: 120 },
  { key: 'executor', header: { en: 'Executor (email)', ru: 'Исполнитель (email)', kk: 'Орындаушы (email)' }, type: 'email', width: 200 },
  { key: 'deadline', header: { en: 'Deadline', ru: 'Срок исполнения', kk: 'Орындау мерзімі' }, type: 'date', width: 100 },
  { key: 'resolution', header: { en: 'Resolution', ru: 'Резолюция', kk: 'Бұрыштама' }, type: 'text', width: 220 },
  { key: 'status', header: { en: 'Status', ru: 'Статус', kk: 'Мәртебесі' }, type: 'enum', options: DOCUMENT_STATUS_OPTIONS, width: 120 },
  { key: 'fileUrl', header: { en: 'File', ru: 'Файл', kk: 'Файл' }, type: 'text', width: 220 },
  { key: 'inReplyTo', header: { en: 'In reply to (incoming No.)', ru: 'В ответ на (вх. №)', kk: 'Жауап ретінде (кіріс №)' }, type: 'text', width: 130 },
  { key: 'registeredBy', header: { en: 'Registered by', ru: 'Зарегистрировал', kk: 'Тіркеген' }, type: 'text', width: 200 },
  { key: 'note', header: { en: 'Note', ru: 'Примечание', kk: 'Ескерту' }, type: 'text', width: 200 },
];

export const incomingSheet = defineSheet<RegisterRow>({
  key: 'incomingDocuments',
  version: 1,
  name: { en: 'Incoming documents', ru: 'Входящие документы', kk: 'Кіріс құжаттар' },
  columns: common({ en: 'From (correspondent)', ru: 'Корреспондент', kk: 'Корреспондент' }),
});

export const outgoingSheet = defineSheet<RegisterRow>({
  key: 'outgoingDocuments',
  version: 1,
  name: { en: 'Outgoing documents', ru: 'Исходящие документы', kk: 'Шығыс құжаттар' },
  columns: common({ en: 'To (addressee)', ru: 'Адресат', kk: 'Алушы' }),
});
