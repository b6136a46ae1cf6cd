// Meetings of a semester from registration's Streams, Groups and Enrolments (a lecture per stream, practice per group,
// lab per subgroup); the students' own enrolments give the clash units, so two meetings clash only when they share a student.

import type { CurriculumEntry, Student, University } from '../types';
import { type Meeting, type MeetingOptions, type MeetingWarning, ROOM_TYPES_FOR, semesterOfTerm, weeklyPairs } from './meetings';
import { assignStudentUnits } from './units';

/** A Streams row as the timetable needs it. */
export interface RegistrationStream {
  streamId: string;
  disciplineCode: string;
  semester: number;
  language: string;
  teacherId: string;
  academicGroups: readonly string[];
}

/** A Groups row (practice group or lab subgroup). */
export interface RegistrationGroup {
  groupId: string;
  streamId: string;
  kind: 'practice' | 'lab';
  parentGroupId: string;
  teacherId: string;
}

/** An Enrolments row: every 'section>group' entry of the student (compulsory and electives, reserve mark removed). */
export interface RegistrationEnrolment {
  studentId: string;
  entries: readonly string[];
}

export interface RegistrationInput {
  streams: readonly RegistrationStream[];
  groups: readonly RegistrationGroup[];
  enrolments: readonly RegistrationEnrolment[];
}

export interface RegistrationMeetings {
  /** Meetings of the scope (its faculty, or all). */
  meetings: Meeting[];
  /** Meetings of the same term and study form in other faculties (their units matter for blockers). */
  others: Meeting[];
  warnings: MeetingWarning[];
  /** Students of the study form with at least one meeting this term. */
  students: number;
  /** Distinct clash units (maximal sets of meetings some student attends together). */
  units: number;
}

const STUDYING = new Set(['active', 'reinstated', 'transferredIn']);

function majority<T extends string>(values: readonly T[]): T | '' {
  const counts = new Map<T, number>();
  let best: T | '' = '';
  let bestCount = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestCount || (n === bestCount && v < best)) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

/** The entry's group (lab subgroup, practice group or stream id) from 'section>group', a trailing '*' ignored. */
function groupOfEntry(entry: string): string {
  const text = entry.endsWith('*') ? entry.slice(0, -1) : entry;
  const at = text.indexOf('>');
  return at < 0 ? '' : text.slice(at + 1).trim();
}

/**
 * Every meeting of a term and study form from registration: a lecture for each stream of the term's semester,
 * practice for each practice group, a lab for each lab subgroup, with the teacher registration gave them. Weekly pairs
 * come from the curriculum hours of the discipline (the line of the meeting's main programme and year, else any line of
 * the discipline in that semester, else any line). A student's entry names the finest group; its parents are found
 * through the Groups sheet. Units: students with the same meetings form one class; a class whose meetings are all
 * attended together by another class adds nothing and is dropped. A meeting lists the units of its students, so two
 * meetings share a unit exactly when some student is enrolled in both.
 * @example deriveRegistrationMeetings(university, { streams, groups, enrolments }, options).meetings[0].type // → 'lecture'
 */
export function deriveRegistrationMeetings(university: University, input: RegistrationInput, options: MeetingOptions): RegistrationMeetings {
  const semester = semesterOfTerm(options.term);
  const warnings: MeetingWarning[] = [];
  const disciplines = new Map(university.disciplines.map((d) => [d.code, d]));
  const programmes = new Map(university.programmes.map((p) => [p.code, p]));
  const teachers = new Map(university.teachers.map((t) => [t.id, t]));
  const students = new Map<string, Student>();
  for (const s of university.students) if (STUDYING.has(s.status) && s.studyForm === options.studyForm) students.set(s.id, s);
  const allStreams = new Map(input.streams.map((s) => [s.streamId, s]));
  const groups = new Map(input.groups.map((g) => [g.groupId, g]));
  const lines = new Map<string, CurriculumEntry>();
  for (const c of university.curriculum) {
    for (const k of [`${c.disciplineCode}|${c.programmeCode}|${c.year}|${c.semester}`, `${c.disciplineCode}||${c.semester}`, `${c.disciplineCode}`]) if (!lines.has(k)) lines.set(k, c);
  }

  interface Draft {
    key: string;
    type: 'lecture' | 'practice' | 'lab';
    stream: RegistrationStream;
    group: RegistrationGroup | null;
    members: Student[];
  }
  const drafts = new Map<string, Draft>();
  const draft = (key: string, type: Draft['type'], stream: RegistrationStream, group: RegistrationGroup | null): Draft => {
    let d = drafts.get(key);
    if (!d) {
      d = { key, type, stream, group, members: [] };
      drafts.set(key, d);
    }
    return d;
  };
  const attends = new Map<string, Draft[]>();
  const unknownGroups = new Set<string>();
  for (const row of input.enrolments) {
    const student = students.get(row.studentId);
    if (!student) continue;
    for (const entry of row.entries) {
      const groupId = groupOfEntry(entry);
      const finest = groups.get(groupId);
      const streamId = finest ? finest.streamId : groupId;
      const stream = allStreams.get(streamId);
      if (!stream) {
        if (groupId !== '' && !unknownGroups.has(groupId)) {
          unknownGroups.add(groupId);
          warnings.push({ code: 'unknownGroup', params: { discipline: entry, group: groupId } });
        }
        continue;
      }
      if (stream.semester !== semester) continue;
      const chain: Draft[] = [draft(`L|${stream.streamId}`, 'lecture', stream, null)];
      if (finest?.kind === 'lab') {
        const parent = finest.parentGroupId ? groups.get(finest.parentGroupId) : undefined;
        if (parent) chain.push(draft(`P|${parent.groupId}`, 'practice', stream, parent));
        chain.push(draft(`B|${finest.groupId}`, 'lab', stream, finest));
      } else if (finest?.kind === 'practice') chain.push(draft(`P|${finest.groupId}`, 'practice', stream, finest));
      const mine = attends.get(student.id) ?? [];
      for (const d of chain) {
        if (mine.includes(d)) continue;
        d.members.push(student);
        mine.push(d);
      }
      attends.set(student.id, mine);
    }
  }

  // Meetings, in a stable order (by key).
  const ordered = Array.from(drafts.values()).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const draftOf = new Map<Meeting, Draft>();
  const all: Meeting[] = [];
  for (const d of ordered) {
    const discipline = disciplines.get(d.stream.disciplineCode);
    if (!discipline) {
      if (d.type === 'lecture') warnings.push({ code: 'unknownDiscipline', params: { discipline: d.stream.disciplineCode } });
      continue;
    }
    const cohort = majority(d.members.map((s) => `${s.programmeCode}|${s.year}`));
    const [programmeCode, year] = cohort.split('|');
    const line = lines.get(`${discipline.code}|${programmeCode}|${year}|${semester}`) ?? lines.get(`${discipline.code}||${semester}`) ?? lines.get(discipline.code);
    const hours = line ? { lecture: line.hoursLecture, practice: line.hoursPractice, lab: line.hoursLab } : { lecture: 15, practice: 30, lab: 15 };
    const pairs = weeklyPairs(hours[d.type], options.weeks, options.hoursPerPair);
    // A lecture without lecture hours is not held; a practice group or lab subgroup registration formed is held at least weekly.
    const weekly = d.type === 'lecture' ? pairs : Math.max(1, pairs);
    if (weekly === 0) continue;
    const teacherId = (d.group?.teacherId || d.stream.teacherId || '').trim();
    const teacher = teachers.get(teacherId);
    if (teacherId && !teacher) warnings.push({ code: 'unknownTeacher', params: { discipline: discipline.code, teacher: teacherId, meeting: d.key } });
    const groupIdOf = d.group ? d.group.groupId : '';
    const meeting: Meeting = {
      id: `${discipline.code}:${d.type === 'lecture' ? 'L' : d.type === 'practice' ? 'P' : 'B'}:${d.group ? groupIdOf : d.stream.streamId}`,
      disciplineCode: discipline.code,
      disciplineName: discipline.name,
      type: d.type,
      facultyCode: programmes.get(programmeCode)?.facultyCode ?? '',
      programmeCode,
      language: (d.stream.language || 'ru') as Meeting['language'],
      stream: d.stream.streamId,
      groups: d.type === 'lecture' ? (d.stream.academicGroups.length > 0 ? [...d.stream.academicGroups] : [d.stream.streamId]) : [groupIdOf],
      units: [],
      students: d.members.length,
      weeklyPairs: weekly,
      roomTypes: ROOM_TYPES_FOR[d.type],
      departmentCode: discipline.departmentCode,
      teacherId: teacher ? teacher.id : '',
      teacherEmail: teacher ? teacher.email : '',
      teacherName: teacher ? `${teacher.lastName} ${teacher.firstName.slice(0, 1)}.${teacher.patronymic ? ` ${teacher.patronymic.slice(0, 1)}.` : ''}` : '',
    };
    draftOf.set(meeting, d);
    all.push(meeting);
  }

  const members = all.map((m) => (draftOf.get(m) as Draft).members.map((s) => s.id));
  const unitCount = assignStudentUnits(all, members, (id) => students.get(id)?.group ?? '');
  const meetings = all.filter((m) => !options.faculty || m.facultyCode === options.faculty);
  const others = options.faculty ? all.filter((m) => m.facultyCode !== options.faculty) : [];
  return { meetings, others, warnings, students: Array.from(attends.values()).filter((l) => l.length > 0).length, units: unitCount };
}

