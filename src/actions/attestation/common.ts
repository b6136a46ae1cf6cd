// Shared reading and writing of the attestation area: semester parameter, registrars, the grade scale, the statements
// register, grade-input problems, and the write helpers (teachers' grade files: teacherFiles.ts).

import type { Problem } from '../../domain/errors';
import { RegistrarError } from '../../domain/errors';
import { checkGradeScale, DEFAULT_GRADE_SCALE, type GradeScale, type SemesterRef, type Term, TERMS } from '../../domain/grades';
import { textSetting } from '../../domain/settings';
import type { Student } from '../../domain/types';
import { isoDate } from '../../domain/values';
import { sheetLayout } from '../../sheets/layout';
import { formatTable, type SheetSchema } from '../../sheets/schema';
import { gradeEntrySheet, type GradeEntryRow, gradeScaleSheet, type StatementRow, statementsSheet } from '../../sheets/grades';
import type { EntryLine } from './teacherFiles';
import type { ActionContext } from '../types';

/** Today in Almaty (UTC+5), as an ISO date. */
export function today(ctx: ActionContext): string {
  return isoDate(ctx.ports.clock.now(), 5 * 60);
}

/** The semester an action works on: params, else the current academic year from settings and the autumn term. */
export function semesterParam(ctx: ActionContext, params: { academicYear?: unknown; term?: unknown }): SemesterRef {
  const academicYear = String(params.academicYear ?? '') || textSetting(ctx.settings, 'academicYear');
  const term = String(params.term ?? 'autumn') as Term;
  if (!/^\d{4}-\d{4}$/.test(academicYear)) throw new RegistrarError('badAcademicYear', { year: academicYear });
  if (!TERMS.includes(term)) throw new RegistrarError('badTerm', { value: String(params.term) });
  return { academicYear, term };
}

const REGISTRARS_KEY = 'attestation.registrars';

/** Registrar emails: the setting, else whoever first created the statements (remembered in document properties). */
export function registrars(ctx: ActionContext): string[] {
  const fromSetting = textSetting(ctx.settings, 'grade.registrars')
    .split(/[,;\s]+/)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s.includes('@'));
  if (fromSetting.length > 0) return fromSetting;
  const stored = ctx.ports.properties.get(REGISTRARS_KEY);
  if (stored) return stored.split(',').filter((s) => s !== '');
  return ctx.user ? [ctx.user.toLowerCase()] : [];
}

export function rememberRegistrar(ctx: ActionContext): void {
  if (textSetting(ctx.settings, 'grade.registrars').trim() !== '') return;
  if (!ctx.ports.properties.get(REGISTRARS_KEY) && ctx.user) ctx.ports.properties.set(REGISTRARS_KEY, ctx.user.toLowerCase());
}

export function isRegistrar(ctx: ActionContext): boolean {
  return ctx.user !== '' && registrars(ctx).includes(ctx.user.toLowerCase());
}

/** The grade scale: the Grade scale sheet when present and valid, else the default table. */
export function readGradeScale(ctx: ActionContext): { scale: GradeScale; fromSheet: boolean } {
  const table = ctx.tables.read(gradeScaleSheet);
  if (!table.exists || table.rows.length === 0) return { scale: DEFAULT_GRADE_SCALE, fromSheet: false };
  if (table.problems.length > 0) throw new RegistrarError('sheetHasProblems', { sheet: table.sheetName, count: table.problems.length });
  const scale = table.rows.map((r) => ({ ...r.record, letter: r.record.letter.trim().toUpperCase() }));
  const codes = checkGradeScale(scale);
  if (codes.length > 0) throw new RegistrarError('badGradeScale', { sheet: table.sheetName, detail: codes.map((c) => ctx.t(`att.scale.${c}`)).join('; ') });
  return { scale, fromSheet: true };
}

export interface Register {
  sheetName: string;
  /** Every statement of every semester, in sheet order. */
  all: StatementRow[];
  /** The semester's statements. */
  current: StatementRow[];
}

export function readRegister(ctx: ActionContext, semester: SemesterRef): Register {
  const table = ctx.tables.read(statementsSheet);
  if (table.exists && table.problems.length > 0) throw new RegistrarError('sheetHasProblems', { sheet: table.sheetName, count: table.problems.length });
  const all = table.rows.map((r) => r.record);
  return {
    sheetName: ctx.tables.nameFor(statementsSheet),
    all,
    current: all.filter((s) => s.academicYear === semester.academicYear && s.term === semester.term),
  };
}

export type { EntryLine, TeacherSheet } from './teacherFiles';

export function gradeProblem(ctx: ActionContext, line: Pick<EntryLine, 'sheetName' | 'rowNumber'>, column: string, value: unknown, code: string, params: Record<string, string | number> = {}): Problem {
  const label = gradeEntrySheet.columns.find((c) => c.key === column)?.header[ctx.lang] ?? column;
  return { sheet: line.sheetName, row: line.rowNumber, column, value: String(value ?? ''), code, params: { columnLabel: label, ...params }, severity: 'error' };
}

export function studentName(s: Pick<Student, 'lastName' | 'firstName' | 'patronymic'> | undefined): string {
  if (!s) return '';
  return [s.lastName, s.firstName, s.patronymic].filter((x) => x !== '').join(' ');
}

/** Replaces a sheet's content with a schema's header and rows in one write, creating the sheet with its layout if missing. */
export function writeTable<Row>(ctx: ActionContext, schema: SheetSchema<Row>, rows: readonly Row[]): string {
  const name = ctx.tables.nameFor(schema);
  const layout = sheetLayout(schema, ctx.lang, name);
  if (!ctx.tables.find(schema)) ctx.ports.workbook.ensureSheet(layout);
  ctx.ports.workbook.replaceValues(name, formatTable(schema, rows, ctx.lang), { numberFormats: layout.numberFormats });
  return name;
}

/** An entry row's cells for a score: numbers stay numbers, typed text stays as typed. */
export function scoreCell(value: unknown): string | number {
  if (typeof value === 'number') return value;
  if (value === null || value === undefined) return '';
  return String(value);
}

export type { GradeEntryRow };
