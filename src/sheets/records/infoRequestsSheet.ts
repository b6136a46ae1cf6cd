// The Information requests sheet (plan items 25, 26): who asked, what, by when, and the answer the add-on produced.

import { defineSheet } from '../schema';
import { REQUEST_STATUS_OPTIONS } from './options';

export interface InfoRequestRow {
  id: string;
  receivedOn: string;
  requestedBy: string;
  subject: string;
  due: string;
  query: string;
  status: string;
  answeredOn: string;
  answeredBy: string;
  answerUrl: string;
  note: string;
}

export const infoRequestsSheet = defineSheet<InfoRequestRow>({
  key: 'infoRequests',
  version: 1,
  name: { en: 'Information requests', ru: 'Запросы информации', kk: 'Ақпарат сұраулары' },
  columns: [
    { key: 'id', header: { en: 'No.', ru: '№', kk: '№' }, type: 'text', required: true, unique: true, width: 60 },
    { key: 'receivedOn', header: { en: 'Received on', ru: 'Дата поступления', kk: 'Түскен күні' }, type: 'date', required: true, width: 110 },
    { key: 'requestedBy', header: { en: 'Requested by', ru: 'Кто запросил', kk: 'Кім сұрады' }, type: 'text', required: true, width: 200 },
    { key: 'subject', header: { en: 'What is asked', ru: 'Что запрошено', kk: 'Не сұралды' }, type: 'text', required: true, width: 300 },
    { key: 'due', header: { en: 'Due', ru: 'Срок', kk: 'Мерзімі' }, type: 'date', width: 100 },
    { key: 'query', header: { en: 'Saved query', ru: 'Сохранённый запрос', kk: 'Сақталған сұрау' }, type: 'text', width: 200 },
    { key: 'status', header: { en: 'Status', ru: 'Статус', kk: 'Мәртебесі' }, type: 'enum', options: REQUEST_STATUS_OPTIONS, width: 120 },
    { key: 'answeredOn', header: { en: 'Answered on', ru: 'Дата ответа', kk: 'Жауап күні' }, type: 'date', width: 100 },
    { key: 'answeredBy', header: { en: 'Answered by', ru: 'Кто ответил', kk: 'Кім жауап берді' }, type: 'text', width: 200 },
    { key: 'answerUrl', header: { en: 'Answer', ru: 'Ответ', kk: 'Жауап' }, type: 'text', width: 260 },
    { key: 'note', header: { en: 'Note', ru: 'Примечание', kk: 'Ескерту' }, type: 'text', width: 200 },
  ],
});
