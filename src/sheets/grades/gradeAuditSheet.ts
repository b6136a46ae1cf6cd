// The audit log of grade changes after a statement is locked: who (Google identity), when, what, old and new value, why.

import { defineSheet } from '../schema';
import { AUDIT_STATUS_OPTIONS } from './gradeOptions';

export interface GradeAuditRow {
  at: string;
  user: string;
  statementNo: string;
  studentId: string;
  field: string;
  oldValue: string;
  newValue: string;
  reason: string;
  status: 'applied' | 'rejected';
}

export const gradeAuditSheet = defineSheet<GradeAuditRow>({
  key: 'gradeAudit',
  version: 1,
  name: { en: 'Grade changes log', ru: 'Журнал изменений оценок', kk: 'Бағаларды өзгерту журналы' },
  columns: [
    { key: 'at', header: { en: 'When', ru: 'Когда', kk: 'Қашан' }, type: 'text', required: true, width: 170 },
    { key: 'user', header: { en: 'Who', ru: 'Кто', kk: 'Кім' }, type: 'text', width: 220 },
    { key: 'statementNo', header: { en: 'Statement No.', ru: '№ ведомости', kk: 'Ведомость №' }, type: 'text', required: true, width: 120 },
    { key: 'studentId', header: { en: 'Student ID', ru: 'ID студента', kk: 'Студент ID' }, type: 'text', required: true, width: 100 },
    { key: 'field', header: { en: 'Field', ru: 'Поле', kk: 'Өріс' }, type: 'text', width: 120 },
    { key: 'oldValue', header: { en: 'Old value', ru: 'Было', kk: 'Болды' }, type: 'text', width: 90 },
    { key: 'newValue', header: { en: 'New value', ru: 'Стало', kk: 'Болды (жаңа)' }, type: 'text', width: 90 },
    { key: 'reason', header: { en: 'Reason', ru: 'Основание', kk: 'Негіздеме' }, type: 'text', width: 300 },
    { key: 'status', header: { en: 'Status', ru: 'Статус', kk: 'Мәртебесі' }, type: 'enum', options: AUDIT_STATUS_OPTIONS, required: true, width: 200 },
  ],
});
