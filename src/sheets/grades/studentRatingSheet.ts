// Student rating for a semester: GPA per semester, year and cumulative; ranks in group, programme-year and faculty.

import { defineSheet } from '../schema';

export interface StudentRatingRow {
  studentId: string;
  studentName: string;
  group: string;
  programmeCode: string;
  year: number;
  facultyCode: string;
  semesterGpa: number | null;
  yearGpa: number | null;
  cumulativeGpa: number | null;
  earnedCredits: number;
  debts: number;
  rankInGroup: number | null;
  rankInProgrammeYear: number | null;
  rankInFaculty: number | null;
}

export const studentRatingSheet = defineSheet<StudentRatingRow>({
  key: 'studentRating',
  version: 1,
  name: { en: 'Student rating', ru: 'Рейтинг студентов', kk: 'Студенттер рейтингі' },
  columns: [
    { key: 'studentId', header: { en: 'Student ID', ru: 'ID студента', kk: 'Студент ID' }, type: 'text', required: true, width: 100 },
    { key: 'studentName', header: { en: 'Student', ru: 'Студент', kk: 'Студент' }, type: 'text', width: 220 },
    { key: 'group', header: { en: 'Group', ru: 'Группа', kk: 'Топ' }, type: 'text', width: 120 },
    { key: 'programmeCode', header: { en: 'Programme', ru: 'ОП', kk: 'ББ' }, type: 'text', width: 90 },
    { key: 'year', header: { en: 'Year', ru: 'Курс', kk: 'Курс' }, type: 'integer', width: 50 },
    { key: 'facultyCode', header: { en: 'Faculty', ru: 'Факультет', kk: 'Факультет' }, type: 'text', width: 80 },
    { key: 'semesterGpa', header: { en: 'Semester GPA', ru: 'GPA за семестр', kk: 'Семестрлік GPA' }, type: 'number', width: 80 },
    { key: 'yearGpa', header: { en: 'Year GPA', ru: 'GPA за год', kk: 'Жылдық GPA' }, type: 'number', width: 80 },
    { key: 'cumulativeGpa', header: { en: 'Cumulative GPA', ru: 'Общий GPA', kk: 'Жалпы GPA' }, type: 'number', width: 80 },
    { key: 'earnedCredits', header: { en: 'Credits earned', ru: 'Освоено кредитов', kk: 'Меңгерілген кредит' }, type: 'number', width: 80 },
    { key: 'debts', header: { en: 'Debts', ru: 'Задолженности', kk: 'Қарыздар' }, type: 'integer', width: 80 },
    { key: 'rankInGroup', header: { en: 'Rank in group', ru: 'Место в группе', kk: 'Топтағы орны' }, type: 'integer', width: 80 },
    { key: 'rankInProgrammeYear', header: { en: 'Rank in programme and year', ru: 'Место на ОП и курсе', kk: 'ББ мен курстағы орны' }, type: 'integer', width: 100 },
    { key: 'rankInFaculty', header: { en: 'Rank in faculty', ru: 'Место на факультете', kk: 'Факультеттегі орны' }, type: 'integer', width: 90 },
  ],
});
