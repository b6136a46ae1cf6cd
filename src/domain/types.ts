// The registrar's nouns: plain data shared by every pure module (no behaviour, no services).

export type Lang = 'kk' | 'ru' | 'en';
export const LANGS: readonly Lang[] = ['kk', 'ru', 'en'];

/** A text in the three languages of the office. */
export interface Trilingual {
  kk: string;
  ru: string;
  en: string;
}

export type StudyForm = 'fulltime' | 'evening' | 'masters';
export const STUDY_FORMS: readonly StudyForm[] = ['fulltime', 'evening', 'masters'];

export type Level = 'bachelor' | 'master' | 'doctorate';
export const LEVELS: readonly Level[] = ['bachelor', 'master', 'doctorate'];

export type Funding = 'grant' | 'paid';
export const FUNDINGS: readonly Funding[] = ['grant', 'paid'];

export type StudentStatus = 'active' | 'reinstated' | 'transferredIn' | 'academicLeave' | 'expelled' | 'graduated';
export const STUDENT_STATUSES: readonly StudentStatus[] = [
  'active',
  'reinstated',
  'transferredIn',
  'academicLeave',
  'expelled',
  'graduated',
];

/** ОК / ВК / КВ — compulsory, university component, elective (by choice). */
export type Component = 'compulsory' | 'university' | 'elective';
export const COMPONENTS: readonly Component[] = ['compulsory', 'university', 'elective'];

/** ООД / БД / ПД — general, basic, profile disciplines. */
export type Cycle = 'general' | 'basic' | 'profile';
export const CYCLES: readonly Cycle[] = ['general', 'basic', 'profile'];

export type RoomType = 'lecture' | 'practice' | 'computerLab' | 'lab' | 'gym';
export const ROOM_TYPES: readonly RoomType[] = ['lecture', 'practice', 'computerLab', 'lab', 'gym'];

export type LessonType = 'lecture' | 'practice' | 'lab';
export const LESSON_TYPES: readonly LessonType[] = ['lecture', 'practice', 'lab'];

export type Position = 'professor' | 'associateProfessor' | 'seniorLecturer' | 'lecturer' | 'assistant';
export const POSITIONS: readonly Position[] = [
  'professor',
  'associateProfessor',
  'seniorLecturer',
  'lecturer',
  'assistant',
];

export interface Faculty {
  code: string;
  name: Trilingual;
  dean: string;
  deanEmail: string;
}

export interface Department {
  code: string;
  facultyCode: string;
  name: Trilingual;
  head: string;
}

export interface Programme {
  code: string; // e.g. 6B01501
  name: Trilingual;
  facultyCode: string;
  departmentCode: string;
  level: Level;
  languages: Lang[];
  studyForm: StudyForm;
  years: number;
  creditsToGraduate: number;
}

export interface Discipline {
  code: string;
  name: Trilingual;
  credits: number;
  departmentCode: string;
}

/** One line of a programme's curriculum (РУП / типовой учебный план). */
export interface CurriculumEntry {
  programmeCode: string;
  disciplineCode: string;
  year: number;
  semester: 1 | 2;
  component: Component;
  cycle: Cycle;
  /** Elective block id ('' for compulsory lines); students choose `choose` disciplines of a block. */
  electiveBlock: string;
  /** How many disciplines of the block a student must choose (0 for compulsory lines). */
  choose: number;
  credits: number;
  hoursLecture: number;
  hoursPractice: number;
  hoursLab: number;
  prerequisites: string[];
}

export interface Student {
  id: string;
  lastName: string;
  firstName: string;
  patronymic: string;
  email: string;
  programmeCode: string;
  year: number;
  group: string;
  studyForm: StudyForm;
  language: Lang;
  funding: Funding;
  status: StudentStatus;
  gpa: number | null;
}

export interface Teacher {
  id: string;
  lastName: string;
  firstName: string;
  patronymic: string;
  email: string;
  departmentCode: string;
  position: Position;
  languages: Lang[];
  maxLoadHours: number;
}

export interface Room {
  number: string;
  building: string;
  capacity: number;
  type: RoomType;
  features: string[];
}

/** One pair (пара) of a study form's time grid. */
export interface TimeSlot {
  studyForm: StudyForm;
  pair: number;
  start: string; // HH:MM
  end: string; // HH:MM
  days: number[]; // 1 = Monday … 6 = Saturday
}

export type CalendarEventKind =
  | 'semester'
  | 'midterm1'
  | 'midterm2'
  | 'session'
  | 'summerSemester'
  | 'holiday'
  | 'registration';
export const CALENDAR_EVENT_KINDS: readonly CalendarEventKind[] = [
  'semester',
  'midterm1',
  'midterm2',
  'session',
  'summerSemester',
  'holiday',
  'registration',
];

/** A dated period of the academic calendar, e.g. the autumn semester or the winter session. */
export interface CalendarEvent {
  academicYear: string; // 2026-2027
  term: 'autumn' | 'spring' | 'summer';
  kind: CalendarEventKind;
  studyForm: StudyForm | 'all';
  start: string; // ISO date YYYY-MM-DD
  end: string; // ISO date YYYY-MM-DD
  name: Trilingual;
}

/** The whole reference data of a university, as the core sheets hold it. */
export interface University {
  name: Trilingual;
  academicYear: string;
  faculties: Faculty[];
  departments: Department[];
  programmes: Programme[];
  disciplines: Discipline[];
  curriculum: CurriculumEntry[];
  students: Student[];
  teachers: Teacher[];
  rooms: Room[];
  timeGrid: TimeSlot[];
  calendar: CalendarEvent[];
}
