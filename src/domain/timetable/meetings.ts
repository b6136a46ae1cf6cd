// Meetings of a semester derived from the curricula: a lecture stream per cohort, practice per group, lab per subgroup.

import { assignStudentUnits } from './units';
import type { CurriculumEntry, Discipline, Lang, LessonType, RoomType, Student, StudyForm, Teacher, Trilingual, University } from '../types';

export type Term = 'autumn' | 'spring' | 'summer';
export const TERMS: readonly Term[] = ['autumn', 'spring', 'summer'];

/** One weekly meeting of a discipline with one set of students: it becomes `weeklyPairs` solver lessons. */
export interface Meeting {
  id: string;
  disciplineCode: string;
  disciplineName: Trilingual;
  type: LessonType;
  facultyCode: string;
  programmeCode: string;
  language: Lang;
  /** The lecture stream the meeting belongs to (its cohort, or a re-study stream). */
  stream: string;
  /** What the sheet shows: academic groups (lectures), one group (practice) or one subgroup `G/2` (labs). */
  groups: string[];
  /** Student sets that must not meet twice at once: subgroups where a group is split for labs. */
  units: string[];
  students: number;
  weeklyPairs: number;
  roomTypes: RoomType[];
  departmentCode: string;
  teacherId: string;
  teacherEmail: string;
  teacherName: string;
}

export interface MeetingOptions {
  term: Term;
  studyForm: StudyForm;
  faculty?: string;
  weeks: number;
  hoursPerPair: number;
  lectureStreamMax: number;
  labSubgroupMax: number;
  separateStreamsByLanguage: boolean;
}

/** A need the office could not meet while deriving meetings (no teacher for a discipline...). */
export interface MeetingWarning {
  code: 'noTeacher' | 'teacherLanguage' | 'unknownDiscipline' | 'unknownGroup' | 'unknownTeacher' | 'teacherReassigned';
  params: Record<string, string | number>;
}

export const ROOM_TYPES_FOR: Readonly<Record<LessonType, RoomType[]>> = {
  lecture: ['lecture'],
  practice: ['practice'],
  lab: ['lab', 'computerLab'],
};

const STUDYING = new Set(['active', 'reinstated', 'transferredIn']);

/**
 * Weekly pairs from the hours of a curriculum line: hours ÷ weeks ÷ academic hours per pair, rounded up,
 * at least 1 when there are hours at all.
 * @example weeklyPairs(15, 15, 2) // → 1  (15 h over 15 weeks is one pair every other week: scheduled weekly)
 * @example weeklyPairs(45, 15, 2) // → 2
 * @example weeklyPairs(0, 15, 2)  // → 0
 */
export function weeklyPairs(hours: number, weeks: number, hoursPerPair: number): number {
  if (!(hours > 0)) return 0;
  return Math.max(1, Math.ceil(hours / Math.max(1, weeks) / Math.max(1, hoursPerPair) - 1e-9));
}

/** Curriculum semester (1 or 2 of a year) taught in a term. */
export function semesterOfTerm(term: Term): 1 | 2 {
  return term === 'spring' ? 2 : 1;
}

/** Splits n into k near-equal integer parts, larger first. */
export function splitEvenly(n: number, k: number): number[] {
  const base = Math.floor(n / k);
  return Array.from({ length: k }, (_, i) => base + (i < n % k ? 1 : 0));
}

interface Cohort {
  programmeCode: string;
  facultyCode: string;
  year: number;
  language: Lang;
  groups: Array<{ code: string; size: number }>;
}

function cohorts(university: University, options: MeetingOptions): Cohort[] {
  const programmes = new Map(university.programmes.map((p) => [p.code, p]));
  const byKey = new Map<string, Cohort>();
  const sizes = new Map<string, number>();
  const studying = university.students.filter((s: Student) => STUDYING.has(s.status) && s.studyForm === options.studyForm);
  for (const s of studying) {
    const programme = programmes.get(s.programmeCode);
    if (!programme) continue;
    if (options.faculty && programme.facultyCode !== options.faculty) continue;
    const lang = options.separateStreamsByLanguage ? s.language : programme.languages[0];
    const key = `${s.programmeCode}|${s.year}|${lang}`;
    if (!byKey.has(key)) byKey.set(key, { programmeCode: s.programmeCode, facultyCode: programme.facultyCode, year: s.year, language: lang, groups: [] });
    sizes.set(`${key}|${s.group}`, (sizes.get(`${key}|${s.group}`) ?? 0) + 1);
  }
  for (const [k, size] of sizes) {
    const [programmeCode, year, lang, group] = k.split('|');
    byKey.get(`${programmeCode}|${year}|${lang}`)?.groups.push({ code: group, size });
  }
  const out = Array.from(byKey.values());
  for (const c of out) c.groups.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return out.sort((a, b) => (a.programmeCode + a.year + a.language < b.programmeCode + b.year + b.language ? -1 : 1));
}

/** The lines a cohort studies this term: compulsory lines, and the first option of each elective block. */
function linesFor(university: University, cohort: Cohort, semester: 1 | 2): CurriculumEntry[] {
  const seenBlocks = new Set<string>();
  const out: CurriculumEntry[] = [];
  for (const line of university.curriculum) {
    if (line.programmeCode !== cohort.programmeCode || line.year !== cohort.year || line.semester !== semester) continue;
    if (line.electiveBlock) {
      if (seenBlocks.has(line.electiveBlock)) continue;
      seenBlocks.add(line.electiveBlock);
    }
    out.push(line);
  }
  return out;
}

/** Chunks consecutive groups into lecture streams of at most `max` students (a group larger than max is a stream alone). */
export function lectureStreams<G extends { size: number }>(groups: readonly G[], max: number): G[][] {
  const total = groups.reduce((a, g) => a + g.size, 0);
  const count = Math.max(1, Math.ceil(total / Math.max(1, max)));
  const target = total / count;
  const streams: G[][] = [[]];
  let size = 0;
  for (const g of groups) {
    const current = streams[streams.length - 1];
    if (current.length > 0 && (size + g.size > max || size >= target - 1e-9) && streams.length < count) {
      streams.push([g]);
      size = g.size;
    } else {
      current.push(g);
      size += g.size;
    }
  }
  return streams;
}

function meetingsOfLine(
  line: { disciplineCode: string; hoursLecture: number; hoursPractice: number; hoursLab: number },
  cohort: Cohort,
  discipline: Discipline,
  options: MeetingOptions,
  streamName: string,
): Meeting[] {
  const out: Meeting[] = [];
  const base = {
    disciplineCode: discipline.code,
    disciplineName: discipline.name,
    facultyCode: cohort.facultyCode,
    programmeCode: cohort.programmeCode,
    language: cohort.language,
    departmentCode: discipline.departmentCode,
    teacherId: '',
    teacherEmail: '',
    teacherName: '',
  };
  const lecturePairs = weeklyPairs(line.hoursLecture, options.weeks, options.hoursPerPair);
  const practicePairs = weeklyPairs(line.hoursPractice, options.weeks, options.hoursPerPair);
  const labPairs = weeklyPairs(line.hoursLab, options.weeks, options.hoursPerPair);
  const subgroupCount = (size: number) => Math.max(1, Math.ceil(size / Math.max(1, options.labSubgroupMax)));
  const unitsOf = (g: { code: string; size: number }) => [g.code];
  if (lecturePairs > 0) {
    const streams = lectureStreams(cohort.groups, options.lectureStreamMax);
    streams.forEach((groups, i) => {
      const stream = streams.length > 1 ? `${streamName}-${i + 1}` : streamName;
      out.push({
        ...base,
        id: `${discipline.code}:L:${stream}`,
        type: 'lecture',
        stream,
        groups: groups.map((g) => g.code),
        units: groups.flatMap(unitsOf),
        students: groups.reduce((a, g) => a + g.size, 0),
        weeklyPairs: lecturePairs,
        roomTypes: ROOM_TYPES_FOR.lecture,
      });
    });
  }
  for (const g of cohort.groups) {
    if (practicePairs > 0) {
      out.push({ ...base, id: `${discipline.code}:P:${g.code}`, type: 'practice', stream: streamName, groups: [g.code], units: unitsOf(g), students: g.size, weeklyPairs: practicePairs, roomTypes: ROOM_TYPES_FOR.practice });
    }
    if (labPairs > 0) {
      const n = subgroupCount(g.size);
      splitEvenly(g.size, n).forEach((size, i) => {
        const unit = n > 1 ? `${g.code}/${i + 1}` : g.code;
        out.push({ ...base, id: `${discipline.code}:B:${unit}`, type: 'lab', stream: streamName, groups: [unit], units: [unit], students: size, weeklyPairs: labPairs, roomTypes: ROOM_TYPES_FOR.lab });
      });
    }
  }
  return out;
}

/**
 * Every meeting of a semester and study form, from the curricula and the students' groups (until the
 * registration area's Streams/Groups/Enrolments sheets are used): per programme-year-language cohort one
 * lecture stream (split above `lectureStreamMax`), practice per academic group, labs per subgroup of at most
 * `labSubgroupMax`. Elective blocks are represented by their first option (choices are not known yet).
 */
export function deriveMeetings(university: University, options: MeetingOptions): { meetings: Meeting[]; warnings: MeetingWarning[] } {
  const disciplines = new Map(university.disciplines.map((d) => [d.code, d]));
  const meetings: Meeting[] = [];
  const warnings: MeetingWarning[] = [];
  const semester = semesterOfTerm(options.term);
  for (const cohort of cohorts(university, options)) {
    const entry = cohort.groups[0]?.code.split('-')[1] ?? String(cohort.year);
    const streamName = `${cohort.programmeCode}-${entry}-${cohort.language}`;
    for (const line of linesFor(university, cohort, semester)) {
      const discipline = disciplines.get(line.disciplineCode);
      if (!discipline) {
        warnings.push({ code: 'unknownDiscipline', params: { discipline: line.disciplineCode } });
        continue;
      }
      meetings.push(...meetingsOfLine(line, cohort, discipline, options, streamName));
    }
  }
  return { meetings: expandUnits(meetings), warnings };
}

/**
 * Where a group is split into lab subgroups this term, every meeting of the whole group involves each of its
 * subgroups, so that the solver sees a lab of `G/1` clash with a practice of `G`.
 */
export function expandUnits(meetings: Meeting[]): Meeting[] {
  const subgroups = new Map<string, string[]>();
  for (const m of meetings) {
    if (m.type !== 'lab') continue;
    for (const unit of m.groups) {
      const slash = unit.lastIndexOf('/');
      if (slash < 0) continue;
      const group = unit.slice(0, slash);
      const list = subgroups.get(group) ?? [];
      if (!list.includes(unit)) list.push(unit);
      subgroups.set(group, list);
    }
  }
  for (const m of meetings) {
    if (m.type === 'lab') m.units = [...m.groups];
    else m.units = m.groups.flatMap((g) => (subgroups.get(g) ?? [g]).slice().sort());
  }
  return meetings;
}

/** A summer-semester need: a re-study (or academic-difference) stream of one discipline in one language. */
export interface SummerStream {
  streamId: string;
  disciplineCode: string;
  language: Lang;
  students: number;
  /** The stream's students when known (re-study streams list them): clashes then follow them, not the stream names. */
  studentIds?: string[];
}

/** Meetings of the summer semester: each stream gets the discipline's lectures and practice (and labs) over the summer weeks. */
export function deriveSummerMeetings(university: University, streams: readonly SummerStream[], options: MeetingOptions): { meetings: Meeting[]; warnings: MeetingWarning[] } {
  const disciplines = new Map(university.disciplines.map((d) => [d.code, d]));
  const department = new Map(university.departments.map((d) => [d.code, d.facultyCode]));
  const meetings: Meeting[] = [];
  const members: string[][] = [];
  const warnings: MeetingWarning[] = [];
  const studentGroup = new Map(university.students.map((st) => [st.id, st.group]));
  for (const s of streams) {
    const discipline = disciplines.get(s.disciplineCode);
    if (!discipline) {
      warnings.push({ code: 'unknownDiscipline', params: { discipline: s.disciplineCode } });
      continue;
    }
    const line = university.curriculum.find((c) => c.disciplineCode === s.disciplineCode && c.hoursLecture + c.hoursPractice + c.hoursLab > 0) ?? {
      disciplineCode: s.disciplineCode, hoursLecture: 15, hoursPractice: 30, hoursLab: 0,
    };
    const facultyCode = department.get(discipline.departmentCode) ?? '';
    if (options.faculty && facultyCode !== options.faculty) continue;
    const cohort: Cohort = { programmeCode: line.disciplineCode, facultyCode, year: 0, language: s.language, groups: [{ code: s.streamId, size: s.students }] };
    const made = meetingsOfLine(line, cohort, discipline, { ...options, lectureStreamMax: Number.MAX_SAFE_INTEGER }, s.streamId).map((m) => ({ ...m, programmeCode: '' }));
    // Who sits in each meeting: the listed students (or stand-ins for a stream without a list); labs take them in order.
    const ids = s.studentIds && s.studentIds.length > 0 ? [...s.studentIds].sort() : Array.from({ length: s.students }, (_, i) => `${s.streamId}#${i + 1}`);
    const labs = made.filter((m) => m.type === 'lab');
    const sizes = splitEvenly(ids.length, Math.max(1, labs.length));
    let at = 0;
    for (const m of made) {
      meetings.push(m);
      if (m.type !== 'lab') members.push(ids);
      else {
        const size = sizes[labs.indexOf(m)] ?? 0;
        members.push(ids.slice(at, at + size));
        at += size;
      }
    }
  }
  assignStudentUnits(meetings, members, (id) => studentGroup.get(id) ?? id.split('#')[0]);
  return { meetings, warnings };
}

/**
 * Gives each meeting a teacher of the discipline's department who teaches in the meeting's language,
 * balancing load (weekly pairs × hours per pair × weeks) and staying within each teacher's maximum where
 * possible. Deterministic: meetings in id order, ties broken by teacher id.
 */
export function assignTeachers(meetings: Meeting[], teachers: readonly Teacher[], options: { weeks: number; hoursPerPair: number }): MeetingWarning[] {
  const warnings: MeetingWarning[] = [];
  const byDepartment = new Map<string, Teacher[]>();
  for (const t of [...teachers].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (!byDepartment.has(t.departmentCode)) byDepartment.set(t.departmentCode, []);
    byDepartment.get(t.departmentCode)?.push(t);
  }
  const load = new Map<string, number>();
  const order = [...meetings].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const m of order) {
    const staff = byDepartment.get(m.departmentCode) ?? [];
    if (staff.length === 0) {
      warnings.push({ code: 'noTeacher', params: { discipline: m.disciplineCode, department: m.departmentCode, meeting: m.id } });
      continue;
    }
    let candidates = staff.filter((t) => t.languages.includes(m.language));
    if (candidates.length === 0) {
      warnings.push({ code: 'teacherLanguage', params: { discipline: m.disciplineCode, department: m.departmentCode, language: m.language } });
      candidates = staff;
    }
    const hours = m.weeklyPairs * options.hoursPerPair * options.weeks;
    const fits = candidates.filter((t) => (load.get(t.id) ?? 0) + hours <= t.maxLoadHours);
    const pool = fits.length > 0 ? fits : candidates;
    let best = pool[0];
    for (const t of pool) if ((load.get(t.id) ?? 0) < (load.get(best.id) ?? 0)) best = t;
    load.set(best.id, (load.get(best.id) ?? 0) + hours);
    m.teacherId = best.id;
    m.teacherEmail = best.email;
    m.teacherName = `${best.lastName} ${best.firstName.slice(0, 1)}.${best.patronymic ? ` ${best.patronymic.slice(0, 1)}.` : ''}`;
  }
  return warnings;
}

/** A practice or lab meeting moved from a teacher who has more weekly pairs than the week has free pairs. */
export interface Reassignment {
  meeting: string;
  disciplineCode: string;
  from: string;
  to: string;
  lessons: number;
  periods: number;
}

/**
 * No timetable can give a teacher more pairs than the week has (their free pairs): such a load is a clash whatever the
 * solver does. For each overloaded teacher, practice and lab meetings (labs first, then practice; never lectures) go to
 * the least loaded colleague of the same department who teaches in the meeting's language and still has room, until the
 * teacher fits. Deterministic (meetings by id, ties by teacher id). Returns each move, for the office to see; a teacher
 * with no colleague to relieve them stays overloaded (and the build says so).
 * @example relieveOverloadedTeachers(meetings, teachers, () => 36) // → [{ meeting: 'CS-101:B:…-L7', from: 'T1', to: 'T2', … }]
 */
export function relieveOverloadedTeachers(meetings: Meeting[], teachers: readonly Teacher[], freePairs: (teacherId: string) => number): Reassignment[] {
  const load = new Map<string, number>();
  for (const m of meetings) if (m.teacherId) load.set(m.teacherId, (load.get(m.teacherId) ?? 0) + m.weeklyPairs);
  const byId = new Map(teachers.map((t) => [t.id, t]));
  const moves: Reassignment[] = [];
  const overloaded = Array.from(load.keys()).filter((id) => (load.get(id) ?? 0) > freePairs(id)).sort();
  for (const id of overloaded) {
    const periods = freePairs(id);
    const lessons = load.get(id) ?? 0;
    const movable = meetings
      .filter((m) => m.teacherId === id && m.type !== 'lecture')
      .sort((a, b) => (a.type === b.type ? (a.id < b.id ? -1 : 1) : a.type === 'lab' ? -1 : 1));
    for (const m of movable) {
      if ((load.get(id) ?? 0) <= periods) break;
      const department = byId.get(id)?.departmentCode ?? m.departmentCode;
      let best: Teacher | null = null;
      for (const t of teachers) {
        if (t.id === id || t.departmentCode !== department || !t.languages.includes(m.language)) continue;
        if ((load.get(t.id) ?? 0) + m.weeklyPairs > freePairs(t.id)) continue;
        if (!best || (load.get(t.id) ?? 0) < (load.get(best.id) ?? 0) || ((load.get(t.id) ?? 0) === (load.get(best.id) ?? 0) && t.id < best.id)) best = t;
      }
      if (!best) continue;
      load.set(id, (load.get(id) ?? 0) - m.weeklyPairs);
      load.set(best.id, (load.get(best.id) ?? 0) + m.weeklyPairs);
      moves.push({ meeting: m.id, disciplineCode: m.disciplineCode, from: m.teacherName || id, to: '', lessons, periods });
      m.teacherId = best.id;
      m.teacherEmail = best.email;
      m.teacherName = `${best.lastName} ${best.firstName.slice(0, 1)}.${best.patronymic ? ` ${best.patronymic.slice(0, 1)}.` : ''}`;
      moves[moves.length - 1].to = m.teacherName;
    }
  }
  return moves;
}
