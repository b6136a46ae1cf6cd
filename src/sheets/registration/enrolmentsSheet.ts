// Enrolments: one row per student with every section they sit in and the group they sit in there
// ("section>group", the finest group: lab subgroup, else practice group, else stream). One row per student, not per
// pair: at 20,000 students the pairs would be 240,000 rows, too slow to write in one Apps Script execution.

import { defineSheet } from '../schema';

export interface EnrolmentRow {
  studentId: string;
  programmeCode: string;
  year: number;
  /** 'sectionId>groupId' for each compulsory discipline. */
  compulsory: string[];
  /** 'sectionId>groupId' for each elective; a reserve choice ends with '*'. */
  electives: string[];
  /** Academic difference: 'CODE:semester:credits'. */
  difference: string[];
}

export const enrolmentsSheet = defineSheet<EnrolmentRow>({
  key: 'enrolments',
  version: 2,
  name: { en: 'Enrolments', ru: 'Записи студентов', kk: 'Студенттердің жазылуы' },
  columns: [
    { key: 'studentId', header: { en: 'Student ID', ru: 'ID студента', kk: 'Студент ID' }, type: 'text', required: true, unique: true, width: 100 },
    { key: 'programmeCode', header: { en: 'Programme', ru: 'ОП', kk: 'ББ' }, type: 'text', width: 90 },
    { key: 'year', header: { en: 'Year', ru: 'Курс', kk: 'Курс' }, type: 'integer', min: 1, max: 6, width: 60 },
    { key: 'compulsory', header: { en: 'Compulsory: section>group', ru: 'Обязательные: секция>группа', kk: 'Міндетті: секция>топ' }, type: 'list', width: 420 },
    { key: 'electives', header: { en: 'Electives: section>group (* reserve)', ru: 'Элективы: секция>группа (* резерв)', kk: 'Элективтер: секция>топ (* қосалқы)' }, type: 'list', width: 320 },
    { key: 'difference', header: { en: 'Academic difference', ru: 'Академическая разница', kk: 'Академиялық айырма' }, type: 'list', width: 200 },
  ],
});

/** Splits 'sectionId>groupId' (a trailing '*' marks a reserve choice). */
export function parseEnrolment(entry: string): { sectionId: string; groupId: string; reserve: boolean } {
  const reserve = entry.endsWith('*');
  const text = reserve ? entry.slice(0, -1) : entry;
  const at = text.indexOf('>');
  return at < 0 ? { sectionId: text, groupId: '', reserve } : { sectionId: text.slice(0, at), groupId: text.slice(at + 1), reserve };
}
