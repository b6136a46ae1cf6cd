// Reads what a timetable needs (university, grid, availability, summer needs, the Timetable sheet) and checks it.

import type { Problem } from '../../domain/errors';
import { RegistrarError } from '../../domain/errors';
import { booleanSetting, numberSetting } from '../../domain/settings';
import type { Lang, Room, StudyForm, University } from '../../domain/types';
import { LANGS, STUDY_FORMS } from '../../domain/types';
import { type Meeting, type MeetingOptions, type MeetingWarning, type SummerStream, type Term, TERMS, assignTeachers, deriveMeetings, deriveSummerMeetings, relieveOverloadedTeachers, semesterOfTerm } from '../../domain/timetable/meetings';
import { deriveRegistrationMeetings, type RegistrationInput } from '../../domain/timetable/registrationMeetings';
import { enrolmentsSheet, streamsSheet, studyGroupsSheet } from '../../sheets/registration';
import { closedPeriods, gridFor, periodsOfDay, type StudyGrid } from '../../domain/timetable/grid';
import type { TimetableEntry } from '../../domain/timetable/checker';
import { timeGridSheet } from '../../sheets';
import { retakeStreamsSheet } from '../../sheets/grades';
import { teacherAvailabilitySheet, timetableSheet, type TimetableRow } from '../../sheets/timetable';
import type { ParsedRow } from '../../sheets/schema';
import { readUniversity } from '../university';
import type { ActionContext } from '../types';

export interface TimetableScope {
  term: Term;
  studyForm: StudyForm;
  faculty: string;
}

/** Reads and checks the term, study form and faculty parameters. */
export function parseScope(params: Record<string, unknown>): TimetableScope {
  const term = String(params.term ?? 'autumn') as Term;
  const studyForm = String(params.studyForm ?? 'fulltime') as StudyForm;
  const faculty = params.faculty === undefined || params.faculty === null ? '' : String(params.faculty).trim();
  if (!TERMS.includes(term)) throw new RegistrarError('timetable.badTerm', { value: term });
  if (!STUDY_FORMS.includes(studyForm)) throw new RegistrarError('timetable.badStudyForm', { value: studyForm });
  return { term, studyForm, faculty };
}

export function meetingOptions(ctx: ActionContext, scope: TimetableScope): MeetingOptions {
  return {
    term: scope.term,
    studyForm: scope.studyForm,
    faculty: scope.faculty || undefined,
    weeks: scope.term === 'summer' ? numberSetting(ctx.settings, 'calendar.summerWeeksMin') : numberSetting(ctx.settings, 'calendar.semesterWeeks'),
    hoursPerPair: numberSetting(ctx.settings, 'timetable.hoursPerPair'),
    lectureStreamMax: numberSetting(ctx.settings, 'size.lectureStreamMax'),
    labSubgroupMax: numberSetting(ctx.settings, 'size.labSubgroupMax'),
    separateStreamsByLanguage: booleanSetting(ctx.settings, 'size.separateStreamsByLanguage'),
  };
}

/** Where the meetings came from: registration's sheets, the curricula (registration has not run), or the summer needs. */
export type MeetingSource = 'registration' | 'curricula' | 'restudyStreams' | 'summerList';

export interface TimetableInputs {
  university: University;
  source: MeetingSource;
  /** Meetings of other faculties (registration source, one faculty built): their student units for blockers. */
  others: Meeting[];
  grid: StudyGrid;
  meetings: Meeting[];
  warnings: MeetingWarning[];
  /** Teacher id → unavailable periods. */
  unavailable: Map<string, number[]>;
  rooms: Map<string, Room>;
  /** Teacher email (lower case) → id and printable name. */
  teachers: Map<string, { id: string; name: string }>;
  problems: Problem[];
  timetable: { sheetName: string; rows: ParsedRow<TimetableRow>[]; problems: Problem[] };
}

function teacherName(t: { lastName: string; firstName: string; patronymic: string }): string {
  return `${t.lastName} ${t.firstName.slice(0, 1)}.${t.patronymic ? ` ${t.patronymic.slice(0, 1)}.` : ''}`;
}

/** Summer needs: the explicit list in the parameters, else the re-study streams marked for the summer. */
export function summerStreams(ctx: ActionContext, params: Record<string, unknown>): SummerStream[] {
  const given = params.streams;
  const toLang = (v: unknown): Lang => (LANGS.includes(String(v) as Lang) ? (String(v) as Lang) : 'ru');
  if (Array.isArray(given)) {
    return given.map((s: Record<string, unknown>, i) => ({ streamId: String(s.streamId ?? `S${i + 1}`), disciplineCode: String(s.disciplineCode ?? ''), language: toLang(s.language), students: Math.max(1, Number(s.students ?? 1)) }));
  }
  if (typeof given === 'string' && given.trim() !== '') {
    return given.split(/[;\n]/).filter((x) => x.trim()).map((item, i) => {
      const [disciplineCode, language, students] = item.split(':').map((x) => x.trim());
      return { streamId: `SUMMER-${disciplineCode}-${language ?? 'ru'}-${i + 1}`, disciplineCode, language: toLang(language), students: Math.max(1, Number(students) || 1) };
    });
  }
  if (!ctx.tables.find(retakeStreamsSheet)) return [];
  return ctx.tables
    .read(retakeStreamsSheet)
    .rows.filter((r) => r.record.when === 'summer')
    .map((r) => ({ streamId: r.record.streamId, disciplineCode: r.record.disciplineCode, language: toLang(r.record.language), students: Math.max(1, r.record.students ?? r.record.studentIds.length), studentIds: r.record.studentIds.filter((id) => id !== '') }));
}

/**
 * Registration's Streams, Groups and Enrolments for the term's semester, or null when registration has not formed
 * streams for it (then the curricula are used). Errors in those sheets block the build like any other input error.
 */
function readRegistration(ctx: ActionContext, scope: TimetableScope, problems: Problem[]): RegistrationInput | null {
  if (!ctx.tables.find(streamsSheet) || !ctx.tables.find(enrolmentsSheet)) return null;
  const semester = semesterOfTerm(scope.term);
  const streams = ctx.tables.read(streamsSheet);
  if (!streams.rows.some((r) => r.record.semester === semester)) return null;
  const groups = ctx.tables.find(studyGroupsSheet) ? ctx.tables.read(studyGroupsSheet) : { rows: [], problems: [] };
  const enrolments = ctx.tables.read(enrolmentsSheet);
  for (const t of [streams, groups, enrolments]) problems.push(...t.problems.filter((p) => p.severity === 'error'));
  return {
    streams: streams.rows.map(({ record: r }) => ({ streamId: r.streamId, disciplineCode: r.disciplineCode, semester: r.semester, language: r.language, teacherId: r.teacherId ?? '', academicGroups: r.academicGroups ?? [] })),
    groups: groups.rows.map(({ record: r }) => ({ groupId: r.groupId, streamId: r.streamId, kind: r.kind, parentGroupId: r.parentGroupId ?? '', teacherId: r.teacherId ?? '' })),
    enrolments: enrolments.rows.map(({ record: r }) => ({ studentId: r.studentId, entries: [...(r.compulsory ?? []), ...(r.electives ?? [])] })),
  };
}

/** Reads every input once; `problems` holds what blocks building (with sheet, row and column). */
export function readInputs(ctx: ActionContext, scope: TimetableScope, params: Record<string, unknown>): TimetableInputs {
  const { university, problems: universityProblems } = readUniversity(ctx);
  const problems: Problem[] = universityProblems.filter((p) => p.severity === 'error');
  const grid = gridFor(university.timeGrid, scope.studyForm);
  if (grid.pairs.length === 0 || grid.days.length === 0) {
    problems.push({ sheet: ctx.tables.nameFor(timeGridSheet), row: 0, column: 'studyForm', value: scope.studyForm, code: 'timetable.noGrid', params: { columnLabel: timeGridSheet.columns[0].header[ctx.lang], studyForm: ctx.t(`timetable.studyForm.${scope.studyForm}`) }, severity: 'error' });
  }
  const teachers = new Map(university.teachers.map((t) => [t.email.toLowerCase(), { id: t.id, name: teacherName(t) }]));
  const unavailable = new Map<string, number[]>();
  if (ctx.tables.find(teacherAvailabilitySheet)) {
    const availability = ctx.tables.read(teacherAvailabilitySheet);
    problems.push(...availability.problems.filter((p) => p.severity === 'error'));
    const column = teacherAvailabilitySheet.columns[0].header[ctx.lang];
    for (const { rowNumber, record } of availability.rows) {
      const teacher = teachers.get(record.teacher.toLowerCase());
      if (!teacher) {
        problems.push({ sheet: availability.sheetName, row: rowNumber, column: 'teacher', value: record.teacher, code: 'timetable.unknownTeacherEmail', params: { columnLabel: column }, severity: 'error' });
        continue;
      }
      if (grid.pairs.length === 0) continue;
      const pairs = record.pairs.map(Number).filter((n) => Number.isInteger(n));
      const list = unavailable.get(teacher.id) ?? [];
      list.push(...periodsOfDay(grid, Number(record.day), pairs));
      unavailable.set(teacher.id, Array.from(new Set(list)).sort((a, b) => a - b));
    }
  }
  const options = meetingOptions(ctx, scope);
  const registration = scope.term === 'summer' || params.source === 'curricula' ? null : readRegistration(ctx, scope, problems);
  let source: MeetingSource = 'curricula';
  let derived: { meetings: Meeting[]; warnings: MeetingWarning[]; others?: Meeting[] };
  if (scope.term === 'summer') {
    const streams = summerStreams(ctx, params);
    source = Array.isArray(params.streams) || typeof params.streams === 'string' ? 'summerList' : 'restudyStreams';
    derived = deriveSummerMeetings(university, streams, options);
  } else if (registration) {
    source = 'registration';
    derived = deriveRegistrationMeetings(university, registration, options);
  } else derived = deriveMeetings(university, options);
  // Registration gives every section its teacher; only meetings left without one get the department's least loaded.
  const warnings = [...derived.warnings, ...assignTeachers(derived.meetings.filter((m) => m.teacherId === ''), university.teachers, options)];
  // A teacher with more weekly pairs than free pairs cannot be timetabled: their practice/labs go to colleagues (listed).
  const gridPairs = grid.days.length * grid.pairs.length - closedPeriods(grid).length;
  const freePairs = (id: string) => gridPairs - (unavailable.get(id)?.length ?? 0);
  // Over every faculty's meetings (registration), so that each faculty's build makes the same moves.
  for (const move of relieveOverloadedTeachers([...derived.meetings, ...(derived.others ?? [])], university.teachers, freePairs)) {
    warnings.push({ code: 'teacherReassigned', params: { discipline: move.disciplineCode, meeting: move.meeting, teacher: move.from, to: move.to, lessons: move.lessons, periods: move.periods } });
  }
  const timetableTable = ctx.tables.find(timetableSheet) ? ctx.tables.read(timetableSheet) : { sheetName: '', rows: [], problems: [] };
  return {
    university,
    grid,
    meetings: derived.meetings,
    others: derived.others ?? [],
    source,
    warnings,
    unavailable,
    rooms: new Map(university.rooms.map((r) => [r.number, r])),
    teachers,
    problems,
    timetable: { sheetName: timetableTable.sheetName, rows: timetableTable.rows, problems: timetableTable.problems },
  };
}

/** True when a Timetable row belongs to the scope (all faculties when the scope has none). */
export function inScope(row: TimetableRow, scope: TimetableScope): boolean {
  return row.term === scope.term && row.studyForm === scope.studyForm && (!scope.faculty || row.faculty === scope.faculty);
}

/** The checker's view of a Timetable row. */
export function entryOf(row: ParsedRow<TimetableRow>): TimetableEntry {
  const r = row.record;
  return {
    row: row.rowNumber,
    lesson: r.lesson,
    day: Number(r.day),
    pair: r.pair,
    disciplineCode: r.disciplineCode,
    disciplineName: r.disciplineName,
    type: r.type,
    teacherEmail: r.teacher,
    room: r.room,
    groups: r.groups,
    students: r.students ?? 0,
    pinned: r.pinned,
    faculty: r.faculty,
  };
}
