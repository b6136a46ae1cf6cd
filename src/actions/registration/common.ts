// Shared reading and writing of the registration area: the university once, offerings, problems, sheet writes.

import { type Problem, RegistrarError } from '../../domain/errors';
import type { RegistrationIssue } from '../../domain/registration/issues';
import type { Section } from '../../domain/registration/types';
import { numberSetting, textSetting } from '../../domain/settings';
import type { Discipline, Programme, Student, Teacher, University } from '../../domain/types';
import { problemsSheet } from '../../sheets';
import { sheetLayout } from '../../sheets/layout';
import { offeringsSheet } from '../../sheets/registration';
import type { OfferingRow } from '../../sheets/registration/offeringsSheet';
import { formatTable, type SheetSchema } from '../../sheets/schema';
import { problemRows } from '../problems';
import type { ActionContext } from '../types';
import { readUniversity } from '../university';

/** Students who take part in registration (not on leave, expelled or graduated). */
export const REGISTERING_STATUSES = new Set(['active', 'reinstated', 'transferredIn']);

export interface RegistrationData {
  university: University;
  problems: Problem[];
  students: Student[];
  programmes: Map<string, Programme>;
  disciplines: Map<string, Discipline>;
  teachers: Map<string, Teacher>;
}

export function readRegistrationData(ctx: ActionContext): RegistrationData {
  const { university, problems } = readUniversity(ctx);
  return {
    university,
    problems,
    students: university.students.filter((s) => REGISTERING_STATUSES.has(s.status)),
    programmes: new Map(university.programmes.map((p) => [p.code, p])),
    disciplines: new Map(university.disciplines.map((d) => [d.code, d])),
    teachers: new Map(university.teachers.map((t) => [t.id, t])),
  };
}

/** Writes the blocking problems and stops the action before any other write. */
export function refuse(ctx: ActionContext, problems: readonly Problem[]): never {
  writeProblems(ctx, problems);
  throw new RegistrarError('blockingProblems', { count: problems.length, sheet: ctx.tables.nameFor(problemsSheet) });
}

/** Problems that make a sheet unreadable: nothing can be computed until they are fixed. */
export function structural(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error' && (p.code === 'missingSheet' || p.code === 'missingColumn'));
}

export function personName(p: { lastName: string; firstName: string; patronymic: string }): string {
  return [p.lastName, p.firstName, p.patronymic].filter((x) => x !== '').join(' ');
}

export function issueProblem(issue: RegistrationIssue, sheet: string): Problem {
  return { sheet, row: 0, column: '', value: issue.subject, code: issue.code, params: { ...issue.params, columnLabel: '' }, severity: issue.severity };
}

/** Creates or repairs the sheet's layout and replaces its content in one write. */
export function writeSheet<Row>(ctx: ActionContext, schema: SheetSchema<Row>, rows: readonly Row[], options: { hidden?: boolean } = {}): string {
  const name = ctx.tables.nameFor(schema);
  ctx.ports.workbook.ensureSheet({ ...sheetLayout(schema, ctx.lang, name), hidden: options.hidden });
  ctx.ports.workbook.replaceValues(name, formatTable(schema, rows, ctx.lang));
  return name;
}

/** Writes the Problems sheet when there is anything to say (the office's validation list). */
export function writeProblems(ctx: ActionContext, problems: readonly Problem[]): void {
  if (problems.length === 0) return;
  writeSheet(ctx, problemsSheet, problemRows(problems, ctx.lang));
}

export function sectionFromRow(r: OfferingRow): Section {
  return {
    id: r.sectionId,
    disciplineCode: r.disciplineCode,
    semester: r.semester,
    lessonType: r.lessonType,
    language: r.language,
    teacherId: r.teacherId,
    capacity: r.capacity,
    audience: r.audience,
    electiveBlock: r.electiveBlock,
    credits: r.credits,
    open: r.open,
    lectureSectionId: r.lectureSectionId,
  };
}

/** Reads the Offerings sheet (the office's edits included). */
export function readOfferings(ctx: ActionContext): { sections: Section[]; problems: Problem[]; sheetName: string; exists: boolean } {
  const table = ctx.tables.read(offeringsSheet);
  return { sections: table.rows.map((r) => sectionFromRow(r.record)), problems: table.problems, sheetName: table.sheetName || offeringsSheet.name[ctx.lang], exists: table.exists };
}

export function creditLimits(ctx: ActionContext): { minCredits: number; maxCredits: number } {
  return { minCredits: numberSetting(ctx.settings, 'credits.minPerSemester'), maxCredits: numberSetting(ctx.settings, 'credits.maxPerSemester') };
}

export function registrationPolicy(ctx: ActionContext): 'live' | 'batch' {
  return textSetting(ctx.settings, 'registration.policy') === 'live' ? 'live' : 'batch';
}

export function academicYear(ctx: ActionContext): string {
  return textSetting(ctx.settings, 'academicYear');
}

/** The Drive folder of the registration area for the academic year. */
export function registrationFolder(ctx: ActionContext, ...sub: string[]): string {
  return ctx.ports.drive.folder([ctx.t('reg.folder'), academicYear(ctx), ...sub]);
}

export function shareList(ctx: ActionContext): string[] {
  return textSetting(ctx.settings, 'reports.shareWith')
    .split(/[,;\s]+/)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s.includes('@'));
}

export { readJson } from './state';

export function disciplineName(d: Discipline | undefined, code: string, lang: 'kk' | 'ru' | 'en'): string {
  return d ? d.name[lang] : code;
}
