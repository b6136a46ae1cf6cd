// Registration nouns: sections students choose, their requests, allocations, streams, groups and study plans.

import type { Lang, LessonType } from '../types';

/** One teaching unit of the coming year: discipline × teacher × language × lesson type (a row of Offerings). */
export interface Section {
  id: string;
  disciplineCode: string;
  semester: number;
  lessonType: LessonType;
  language: Lang;
  teacherId: string;
  capacity: number;
  /** Who may take it: 'programme/year' entries, e.g. '6B01501/2'. */
  audience: string[];
  /** Elective block id, '' for compulsory disciplines. */
  electiveBlock: string;
  credits: number;
  /** False when the office closed it (or set capacity 0). */
  open: boolean;
  /** Lecture section a practice or lab section belongs to ('' for lectures). */
  lectureSectionId: string;
}

/** One thing a student must get: a compulsory discipline (count 1) or an elective block (count = choose). */
export interface Need {
  key: string;
  /** Disciplines still needed from this need. */
  count: number;
  /** Discipline codes, best first; each with the student's sections, best first (preferred teacher first). */
  options: Array<{ disciplineCode: string; rank: number; sections: string[] }>;
  compulsory: boolean;
}

export interface AllocationStudent {
  id: string;
  /** Higher sorts first under 'gpaThenTime' and 'yearThenGpa'. */
  gpa: number | null;
  year: number;
  /** ISO time of the (latest) request; '' for students who did not submit (compulsory only). */
  submittedAt: string;
  needs: Need[];
}

export type PriorityRule = 'gpaThenTime' | 'timeOnly' | 'yearThenGpa';

export interface AllocationOptions {
  priority: PriorityRule;
  /** Minimum registered students to open an elective discipline (per language). */
  electiveMin: number;
  /** Minimum students of a lecture section; smaller sections are merged into a sibling when one has room. */
  sectionMin: number;
}

export interface Enrolment {
  studentId: string;
  sectionId: string;
  disciplineCode: string;
  needKey: string;
  /** 1 = first choice, 2 = reserve, 0 = compulsory. */
  rank: number;
  /** True when the student got the teacher they asked for (or asked for none). */
  preferredSection: boolean;
}

export type AllocationEventKind = 'disciplineClosed' | 'sectionClosed' | 'studentMoved' | 'studentUnallocated' | 'compulsoryBelowMinimum';

/** One line of the allocation log, explained in plain language by the i18n catalog. */
export interface AllocationEvent {
  kind: AllocationEventKind;
  studentId: string;
  disciplineCode: string;
  sectionId: string;
  /** Where the student went ('' when nowhere). */
  toSectionId: string;
  count: number;
  minimum: number;
  round: number;
}

export interface Unallocated {
  studentId: string;
  needKey: string;
  missing: number;
  reason: 'allClosed' | 'allFull' | 'noOptions' | 'noSection' | 'noRequest';
}

export interface AllocationResult {
  enrolments: Enrolment[];
  unallocated: Unallocated[];
  closedSections: string[];
  /** Discipline@language keys closed for too few students. */
  closedDisciplines: string[];
  events: AllocationEvent[];
  rounds: number;
  stats: { students: number; choices: number; firstChoice: number; anyChoice: number; sectionsClosed: number };
}

/** A lecture stream: one teacher lecturing one section's students (split when above the maximum). */
export interface AcademicStream {
  id: string;
  sectionId: string;
  disciplineCode: string;
  semester: number;
  language: Lang;
  teacherId: string;
  studentIds: string[];
  academicGroups: string[];
  belowMinimum: boolean;
}

/** A practice group or a lab subgroup inside a stream. */
export interface StudyGroup {
  id: string;
  streamId: string;
  kind: 'practice' | 'lab';
  parentGroupId: string;
  teacherId: string;
  studentIds: string[];
  belowMinimum: boolean;
}

export interface PlanLine {
  disciplineCode: string;
  semester: number;
  credits: number;
  source: 'compulsory' | 'elective' | 'difference';
  electiveBlock: string;
  sectionId: string;
}

export type StudyPlanStatus = 'draft' | 'problems' | 'approved' | 'registered';

export interface PlanProblem {
  code: 'compulsoryMissing' | 'blockUnfilled' | 'blockOverfilled' | 'prerequisiteNotPassed' | 'creditsBelowMin' | 'creditsAboveMax' | 'duplicateDiscipline' | 'noCurriculum' | 'notInCurriculum';
  disciplineCode: string;
  semester: number;
  value: number;
  limit: number;
}
