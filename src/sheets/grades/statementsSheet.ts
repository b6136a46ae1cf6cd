// The register of grade statements (ведомости) of every semester: number, section, discipline, teacher, dates, status,
// and the link to the teacher's grade file where the statement is typed.

import type { Term } from '../../domain/grades';
import { defineSheet } from '../schema';
import { ASSESSMENT_OPTIONS, STATEMENT_STATUS_OPTIONS, TERM_CODE_OPTIONS } from './gradeOptions';

export interface StatementRow {
  statementNo: string;
  academicYear: string;
  term: Term;
  sectionId: string;
  disciplineCode: string;
  disciplineName: string;
  credits: number;
  assessment: 'exam' | 'passFail';
  unit: string;
  facultyCode: string;
  teacherId: string;
  teacherEmail: string;
  students: number;
  graded: number | null;
  examDate: string;
  deadline: string;
  status: 'open' | 'locked';
  /** The grade sheet inside the teacher's file. */
  sheetName: string;
  lockedAt: string;
  /** The teacher's grade file for the semester (one spreadsheet per teacher): name, id, link; '' until created. */
  fileName: string;
  fileId: string;
  fileUrl: string;
  /** Fingerprint of the lines the file was last written with: a re-run skips files whose lines did not change. */
  fileHash: string;
}

export const statementsSheet = defineSheet<StatementRow>({
  key: 'gradeStatements',
  version: 1,
  name: { en: 'Grade statements', ru: 'Реестр ведомостей', kk: 'Ведомостар тізілімі' },
  columns: [
    { key: 'statementNo', header: { en: 'Statement No.', ru: '№ ведомости', kk: 'Ведомость №' }, type: 'text', required: true, unique: true, width: 120 },
    { key: 'academicYear', header: { en: 'Academic year', ru: 'Учебный год', kk: 'Оқу жылы' }, type: 'text', required: true, width: 90 },
    { key: 'term', header: { en: 'Term', ru: 'Период', kk: 'Кезең' }, type: 'enum', options: TERM_CODE_OPTIONS, required: true, width: 80 },
    { key: 'sectionId', header: { en: 'Section', ru: 'Секция', kk: 'Секция' }, type: 'text', required: true, width: 180 },
    { key: 'disciplineCode', header: { en: 'Discipline', ru: 'Дисциплина', kk: 'Пән' }, type: 'text', required: true, width: 90 },
    { key: 'disciplineName', header: { en: 'Discipline name', ru: 'Наименование дисциплины', kk: 'Пән атауы' }, type: 'text', width: 220 },
    { key: 'credits', header: { en: 'Credits', ru: 'Кредиты', kk: 'Кредит' }, type: 'number', required: true, min: 0, max: 60, width: 70 },
    { key: 'assessment', header: { en: 'Assessment', ru: 'Форма контроля', kk: 'Бақылау түрі' }, type: 'enum', options: ASSESSMENT_OPTIONS, required: true, width: 100 },
    { key: 'unit', header: { en: 'Group / stream', ru: 'Группа / поток', kk: 'Топ / ағын' }, type: 'text', width: 140 },
    { key: 'facultyCode', header: { en: 'Faculty', ru: 'Факультет', kk: 'Факультет' }, type: 'text', width: 80 },
    { key: 'teacherId', header: { en: 'Teacher ID', ru: 'ID преподавателя', kk: 'Оқытушы ID' }, type: 'text', required: true, width: 90 },
    { key: 'teacherEmail', header: { en: 'Teacher email', ru: 'Email преподавателя', kk: 'Оқытушы email' }, type: 'email', required: true, width: 200 },
    { key: 'students', header: { en: 'Students', ru: 'Студентов', kk: 'Студенттер' }, type: 'integer', min: 0, width: 80 },
    { key: 'graded', header: { en: 'Graded', ru: 'Оценено', kk: 'Бағаланды' }, type: 'integer', min: 0, width: 80 },
    { key: 'examDate', header: { en: 'Exam date', ru: 'Дата экзамена', kk: 'Емтихан күні' }, type: 'date', width: 100 },
    { key: 'deadline', header: { en: 'Submit by', ru: 'Сдать до', kk: 'Тапсыру мерзімі' }, type: 'date', width: 100 },
    { key: 'status', header: { en: 'Status', ru: 'Статус', kk: 'Мәртебесі' }, type: 'enum', options: STATEMENT_STATUS_OPTIONS, required: true, width: 90 },
    { key: 'sheetName', header: { en: 'Sheet', ru: 'Лист', kk: 'Парақ' }, type: 'text', required: true, width: 140 },
    { key: 'lockedAt', header: { en: 'Locked at', ru: 'Закрыта', kk: 'Жабылды' }, type: 'text', width: 150 },
    { key: 'fileName', header: { en: 'Teacher file', ru: 'Файл преподавателя', kk: 'Оқытушы файлы' }, type: 'text', width: 220 },
    { key: 'fileUrl', header: { en: 'Link', ru: 'Ссылка', kk: 'Сілтеме' }, type: 'text', width: 260 },
    { key: 'fileId', header: { en: 'File ID', ru: 'ID файла', kk: 'Файл ID' }, type: 'text', width: 120 },
    { key: 'fileHash', header: { en: 'Lines fingerprint', ru: 'Отпечаток строк', kk: 'Жолдар ізі' }, type: 'text', width: 90 },
  ],
});
