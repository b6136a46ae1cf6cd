// The registry of sheets the add-on owns; later areas append their schemas here.

import { calendarSheet } from './calendarSheet';
import { curriculaSheet } from './curriculaSheet';
import { departmentsSheet } from './departmentsSheet';
import { disciplinesSheet } from './disciplinesSheet';
import { facultiesSheet } from './facultiesSheet';
import { problemsSheet } from './problemsSheet';
import { programmesSheet } from './programmesSheet';
import { roomsSheet } from './roomsSheet';
import { runLogSheet } from './runLogSheet';
import type { SheetSchema } from './schema';
import { settingsSheet } from './settingsSheet';
import { studentsSheet } from './studentsSheet';
import { teachersSheet } from './teachersSheet';
import { timeGridSheet } from './timeGridSheet';
import { teacherAvailabilitySheet, timetableApprovalsSheet, timetableSheet } from './timetable';
import {
  academicDifferenceSheet,
  advisorsSheet,
  allocationLogSheet,
  enrolmentsSheet,
  offeringsSheet,
  registrationFormsSheet,
  registrationRequestsSheet,
  registrationSeatsSheet,
  streamsSheet,
  studyGroupsSheet,
  studyPlansSheet,
  unallocatedSheet,
} from './registration';
import {
  advisorDigestSheet,
  atRiskSheet,
  debtsSheet,
  finalGradesSheet,
  gradeAuditSheet,
  gradeCollectionSheet,
  gradeScaleSheet,
  groupRatingSheet,
  midtermMonitoringSheet,
  referralsSheet,
  retakeStreamsSheet,
  sessionMonitoringSheet,
  statementsSheet,
  studentRatingSheet,
  teacherRatingSheet,
  transferCheckSheet,
} from './grades';
import { RECORDS_SHEETS } from './records';
import { TRACKER_SHEETS } from './tracker';

/** Reference sheets, in the order they appear in the workbook. */
export const CORE_SHEETS: readonly SheetSchema<any>[] = [
  settingsSheet,
  facultiesSheet,
  departmentsSheet,
  programmesSheet,
  disciplinesSheet,
  curriculaSheet,
  studentsSheet,
  teachersSheet,
  roomsSheet,
  timeGridSheet,
  calendarSheet,
];

/** Sheets the add-on writes for the office to read (not validated as input). */
export const OUTPUT_SHEETS: readonly SheetSchema<any>[] = [problemsSheet, runLogSheet];

/**
 * Every other sheet the add-on owns, from each area (registration, attestation, tracker, records, timetable).
 * switchLanguage renames and translates all of them; an area adds its schemas here.
 * Not here: the teachers' grade sheets (gradeEntrySheet: one per teacher, in their own files, named per teacher) and
 * the timetable's hidden job sheet (machine state). The registration form-submit handler finds its sheets by the
 * names kept in document properties (reg.index); switchLanguage updates those names when it renames the sheets.
 */
export const AREA_SHEETS: readonly SheetSchema<any>[] = [
  timetableSheet,
  timetableApprovalsSheet,
  teacherAvailabilitySheet,
  // registration
  offeringsSheet,
  streamsSheet,
  studyGroupsSheet,
  enrolmentsSheet,
  academicDifferenceSheet,
  advisorsSheet,
  studyPlansSheet,
  registrationFormsSheet,
  registrationRequestsSheet,
  registrationSeatsSheet,
  allocationLogSheet,
  unallocatedSheet,
  // attestation
  statementsSheet,
  gradeScaleSheet,
  gradeCollectionSheet,
  finalGradesSheet,
  gradeAuditSheet,
  midtermMonitoringSheet,
  atRiskSheet,
  advisorDigestSheet,
  sessionMonitoringSheet,
  debtsSheet,
  referralsSheet,
  retakeStreamsSheet,
  transferCheckSheet,
  studentRatingSheet,
  groupRatingSheet,
  teacherRatingSheet,
  // tracker and records
  ...TRACKER_SHEETS,
  ...RECORDS_SHEETS,
];

export const ALL_SHEETS: readonly SheetSchema<any>[] = [...CORE_SHEETS, ...OUTPUT_SHEETS, ...AREA_SHEETS];

export {
  calendarSheet,
  curriculaSheet,
  departmentsSheet,
  disciplinesSheet,
  facultiesSheet,
  problemsSheet,
  programmesSheet,
  roomsSheet,
  runLogSheet,
  settingsSheet,
  studentsSheet,
  teachersSheet,
  timeGridSheet,
};
