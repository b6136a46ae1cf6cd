// Approval status of each timetable (term × study form): draft → approved, by whom (Google identity) and when.

import type { StudyForm } from '../../domain/types';
import { defineSheet } from '../schema';
import { STUDY_FORM_OPTIONS, TERM_OPTIONS } from '../options';
import { APPROVAL_OPTIONS } from './timetableOptions';

export interface TimetableApprovalRow {
  academicYear: string;
  term: 'autumn' | 'spring' | 'summer';
  studyForm: StudyForm;
  status: 'draft' | 'approved';
  meetings: number;
  hardViolations: number;
  softCost: number;
  seed: number;
  builtAt: string;
  approvedBy: string;
  approvedAt: string;
  onTime: string;
  /** Where the meetings came from (registration, curricula, re-study streams), in the office language. */
  source?: string;
}

export const timetableApprovalsSheet = defineSheet<TimetableApprovalRow>({
  key: 'timetableApprovals',
  version: 1,
  name: { en: 'Timetable approvals', ru: 'Утверждение расписания', kk: 'Кестені бекіту' },
  columns: [
    { key: 'academicYear', header: { en: 'Academic year', ru: 'Учебный год', kk: 'Оқу жылы' }, type: 'text', required: true, width: 90 },
    { key: 'term', header: { en: 'Term', ru: 'Период', kk: 'Кезең' }, type: 'enum', options: TERM_OPTIONS, required: true, width: 80 },
    { key: 'studyForm', header: { en: 'Study form', ru: 'Форма обучения', kk: 'Оқу түрі' }, type: 'enum', options: STUDY_FORM_OPTIONS, required: true, width: 100 },
    { key: 'status', header: { en: 'Status', ru: 'Статус', kk: 'Мәртебесі' }, type: 'enum', options: APPROVAL_OPTIONS, required: true, width: 100 },
    { key: 'meetings', header: { en: 'Lessons a week', ru: 'Занятий в неделю', kk: 'Аптадағы сабақтар' }, type: 'integer', width: 90 },
    { key: 'hardViolations', header: { en: 'Conflicts', ru: 'Конфликты', kk: 'Қайшылықтар' }, type: 'integer', width: 80 },
    { key: 'softCost', header: { en: 'Soft cost', ru: 'Штраф мягких', kk: 'Жұмсақ айыппұл' }, type: 'integer', width: 80 },
    { key: 'seed', header: { en: 'Seed', ru: 'Seed', kk: 'Seed' }, type: 'integer', width: 60 },
    { key: 'builtAt', header: { en: 'Built at', ru: 'Составлено', kk: 'Құрылған уақыты' }, type: 'text', width: 160 },
    { key: 'approvedBy', header: { en: 'Approved by', ru: 'Утвердил', kk: 'Бекіткен' }, type: 'text', width: 180 },
    { key: 'approvedAt', header: { en: 'Approved at', ru: 'Дата утверждения', kk: 'Бекітілген уақыты' }, type: 'text', width: 160 },
    { key: 'onTime', header: { en: 'Deadline', ru: 'Срок', kk: 'Мерзімі' }, type: 'text', width: 240 },
    { key: 'source', header: { en: 'Built from', ru: 'Источник занятий', kk: 'Сабақтар көзі' }, type: 'text', width: 200 },
  ],
});
