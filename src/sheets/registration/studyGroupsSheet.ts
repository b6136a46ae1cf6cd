// Practice groups and lab subgroups inside each stream, with their teacher and size.

import { defineSheet } from '../schema';
import { GROUP_KIND_OPTIONS } from './registrationOptions';

export interface StudyGroupRow {
  groupId: string;
  streamId: string;
  kind: keyof typeof GROUP_KIND_OPTIONS;
  parentGroupId: string;
  disciplineCode: string;
  teacherId: string;
  teacherName: string;
  students: number;
  note: string;
}

export const studyGroupsSheet = defineSheet<StudyGroupRow>({
  key: 'studyGroups',
  version: 1,
  name: { en: 'Groups', ru: 'Группы и подгруппы', kk: 'Топтар мен топшалар' },
  columns: [
    { key: 'groupId', header: { en: 'Group', ru: 'Группа', kk: 'Топ' }, type: 'text', required: true, unique: true, width: 170 },
    { key: 'streamId', header: { en: 'Stream', ru: 'Поток', kk: 'Ағын' }, type: 'text', required: true, width: 150 },
    { key: 'kind', header: { en: 'Kind', ru: 'Вид', kk: 'Түрі' }, type: 'enum', options: GROUP_KIND_OPTIONS, required: true, width: 160 },
    { key: 'parentGroupId', header: { en: 'Practice group', ru: 'Практическая группа', kk: 'Практикалық топ' }, type: 'text', width: 170 },
    { key: 'disciplineCode', header: { en: 'Discipline', ru: 'Дисциплина', kk: 'Пән' }, type: 'text', width: 100 },
    { key: 'teacherId', header: { en: 'Teacher ID', ru: 'ID преподавателя', kk: 'Оқытушы ID' }, type: 'text', width: 100 },
    { key: 'teacherName', header: { en: 'Teacher', ru: 'Преподаватель', kk: 'Оқытушы' }, type: 'text', width: 200 },
    { key: 'students', header: { en: 'Students', ru: 'Студентов', kk: 'Студент саны' }, type: 'integer', min: 0, width: 80 },
    { key: 'note', header: { en: 'Note', ru: 'Примечание', kk: 'Ескертпе' }, type: 'text', width: 260 },
  ],
});
