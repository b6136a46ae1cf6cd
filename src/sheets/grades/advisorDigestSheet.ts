// The queue of advisor digests after a midterm control: one row per advisor, with a status so a later run resumes.

import { defineSheet } from '../schema';
import { CONTROL_OPTIONS, MAIL_STATUS_OPTIONS } from './gradeOptions';

export interface AdvisorDigestRow {
  control: 'midterm1' | 'midterm2';
  academicYear: string;
  advisorEmail: string;
  groups: string[];
  students: number;
  status: 'queued' | 'sent' | 'noAdvisor';
  sentAt: string;
}

export const advisorDigestSheet = defineSheet<AdvisorDigestRow>({
  key: 'advisorDigests',
  version: 1,
  name: { en: 'Advisor digests', ru: 'Рассылка эдвайзерам', kk: 'Эдвайзерлерге хабарлама' },
  columns: [
    { key: 'control', header: { en: 'Control', ru: 'Контроль', kk: 'Бақылау' }, type: 'enum', options: CONTROL_OPTIONS, required: true, width: 80 },
    { key: 'academicYear', header: { en: 'Academic year', ru: 'Учебный год', kk: 'Оқу жылы' }, type: 'text', required: true, width: 90 },
    { key: 'advisorEmail', header: { en: 'Advisor email', ru: 'Email эдвайзера', kk: 'Эдвайзер email' }, type: 'text', required: true, width: 220 },
    { key: 'groups', header: { en: 'Groups', ru: 'Группы', kk: 'Топтар' }, type: 'list', width: 200 },
    { key: 'students', header: { en: 'Students at risk', ru: 'Студентов в группе риска', kk: 'Тәуекел тобындағы студенттер' }, type: 'integer', width: 100 },
    { key: 'status', header: { en: 'Status', ru: 'Статус', kk: 'Мәртебесі' }, type: 'enum', options: MAIL_STATUS_OPTIONS, required: true, width: 110 },
    { key: 'sentAt', header: { en: 'Sent at', ru: 'Отправлено', kk: 'Жіберілді' }, type: 'text', width: 160 },
  ],
});
