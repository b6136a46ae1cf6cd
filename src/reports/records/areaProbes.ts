// Which workbook sheets show that an area of the office's work is in use, and the figure each gives (its rows) for the annual report.

import type { Trilingual } from '../../domain/types';

export interface AreaProbe {
  /** Message key suffix of the area (report.area.<area>) and of the figure (report.figure.<figure>). */
  area: 'reference' | 'registration' | 'attestation' | 'outcomes' | 'mobility' | 'records' | 'timetable';
  figure: string;
  /** The sheet, by its stable key and its name in each language (as the owning area defines it). */
  sheet: { key: string; name: Trilingual };
}

const sheet = (key: string, en: string, ru: string, kk: string) => ({ key, name: { en, ru, kk } });

/** Each figure is the number of data rows of a sheet; an area none of whose sheets exists or has rows is "not in use". */
export const AREA_PROBES: readonly AreaProbe[] = [
  { area: 'reference', figure: 'students', sheet: sheet('students', 'Students', 'Студенты', 'Студенттер') },
  { area: 'reference', figure: 'teachers', sheet: sheet('teachers', 'Teachers', 'ППС', 'ПОҚ') },
  { area: 'registration', figure: 'enrolments', sheet: sheet('enrolments', 'Enrolments', 'Записи студентов', 'Студенттердің жазылуы') },
  { area: 'registration', figure: 'studyPlans', sheet: sheet('studyPlans', 'Study plans', 'ИУП', 'ЖОЖ') },
  { area: 'registration', figure: 'streams', sheet: sheet('streams', 'Streams', 'Потоки', 'Ағындар') },
  { area: 'registration', figure: 'groups', sheet: sheet('studyGroups', 'Groups', 'Группы и подгруппы', 'Топтар мен топшалар') },
  { area: 'timetable', figure: 'timetable', sheet: sheet('timetable', 'Timetable', 'Расписание', 'Сабақ кестесі') },
  { area: 'attestation', figure: 'statements', sheet: sheet('gradeStatements', 'Grade statements', 'Реестр ведомостей', 'Ведомостар тізілімі') },
  { area: 'attestation', figure: 'finalGrades', sheet: sheet('finalGrades', 'Final grades', 'Итоговые оценки', 'Қорытынды бағалар') },
  { area: 'attestation', figure: 'debts', sheet: sheet('academicDebts', 'Academic debts', 'Академические задолженности', 'Академиялық қарыздар') },
  { area: 'attestation', figure: 'referrals', sheet: sheet('referrals', 'Referrals', 'Направления', 'Жолдамалар') },
  { area: 'attestation', figure: 'ratings', sheet: sheet('studentRating', 'Student rating', 'Рейтинг студентов', 'Студенттер рейтингі') },
  { area: 'outcomes', figure: 'midtermMonitoring', sheet: sheet('midtermMonitoring', 'Midterm monitoring', 'Мониторинг РК', 'АБ мониторингі') },
  { area: 'outcomes', figure: 'transcripts', sheet: sheet('transcripts', 'Transcripts', 'Транскрипты', 'Транскриптер') },
  { area: 'mobility', figure: 'mobility', sheet: sheet('mobility', 'Academic mobility', 'Академическая мобильность', 'Академиялық ұтқырлық') },
  { area: 'records', figure: 'incoming', sheet: sheet('incomingDocuments', 'Incoming documents', 'Входящие документы', 'Кіріс құжаттар') },
  { area: 'records', figure: 'outgoing', sheet: sheet('outgoingDocuments', 'Outgoing documents', 'Исходящие документы', 'Шығыс құжаттар') },
  { area: 'records', figure: 'infoRequests', sheet: sheet('infoRequests', 'Information requests', 'Запросы информации', 'Ақпарат сұраулары') },
];

/** Data rows of a sheet's values (header excluded, empty rows skipped). */
export function dataRowCount(values: readonly (readonly unknown[])[] | null): number {
  if (!values) return 0;
  let n = 0;
  for (let r = 1; r < values.length; r++) if (values[r].some((c) => c !== '' && c !== null && c !== undefined)) n++;
  return n;
}
