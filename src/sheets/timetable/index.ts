// The timetable area's sheets: the Timetable, approvals, teacher availability, the hidden job sheet, and the grid sheets' names.

import type { Trilingual } from '../../domain/types';

export { timetableSheet, type TimetableRow } from './timetableSheet';
export { timetableApprovalsSheet, type TimetableApprovalRow } from './timetableApprovalsSheet';
export { teacherAvailabilitySheet, type TeacherAvailabilityRow } from './teacherAvailabilitySheet';
export { timetableJobSheet, type TimetableJobRow } from './timetableJobSheet';
export { APPROVAL_OPTIONS, DAY_OPTIONS } from './timetableOptions';

/** The printable grids (blocks, not tables: not parsed back). */
export const GRID_SHEET_NAMES: Readonly<Record<'group' | 'teacher' | 'room', Trilingual>> = {
  group: { en: 'Timetable by group', ru: 'Расписание групп', kk: 'Топтар кестесі' },
  teacher: { en: 'Timetable by teacher', ru: 'Расписание ППС', kk: 'ПОҚ кестесі' },
  room: { en: 'Timetable by room', ru: 'Расписание аудиторий', kk: 'Аудиториялар кестесі' },
};
