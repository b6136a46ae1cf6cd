// Teachers' grade files (one spreadsheet per teacher and semester): where they are filed, how they are named, and how
// they are read back in batch — one open and one read per file — across several executions when there are many
// (a checkpoint in a hidden sheet), and written back (computed columns, locking by sharing).

import { RegistrarError } from '../../domain/errors';
import { bandOfLetter, type GradeScale, type SemesterRef, semesterCode } from '../../domain/grades';
import { numberSetting, textSetting } from '../../domain/settings';
import type { SpreadsheetFiles, Workbook } from '../../ports';
import { formatTable, mapHeaders, parseTable } from '../../sheets/schema';
import { sheetLayout } from '../../sheets/layout';
import { type FinalGradeRow, gradeCollectionSheet, gradeEntryReadSheet, gradeEntrySheet, type ReferralRow, type StatementRow } from '../../sheets/grades';
import type { ActionContext } from '../types';
import { isoDate } from '../../domain/values';

/** Stop reading or writing teacher files after this much of an execution (Apps Script stops at 6 minutes). */
export const FILES_BUDGET_MS = 240_000;
/**
 * When a collection ends after this much of an execution, the evaluation and the one write of the results start in
 * the next execution (the grade record of a large university alone takes minutes to write).
 */
export const FINISH_START_MS = 90_000;
/** Characters per checkpoint cell (a cell holds 50,000). */
const PART = 40_000;
/** Each checkpoint part starts with this letter so that no cell starts with '=', '+', '-' or '@'. */
const GUARD = 'j';

/** The SpreadsheetFiles port, or a clear refusal when these ports have none. */
export function spreadsheetFiles(ctx: ActionContext): SpreadsheetFiles {
  const files = ctx.ports.spreadsheets;
  if (!files) throw new RegistrarError('noSpreadsheetFiles', {});
  return files;
}

/** The Drive folder of a semester's teacher files: <Attestation>/<2026A>/<Teacher grade files>. */
export function gradeFilesFolder(ctx: ActionContext, semester: SemesterRef): string {
  return ctx.ports.drive.folder([ctx.t('att.folder.root'), semesterCode(semester), ctx.t('att.folder.gradeFiles')]);
}

/** A teacher's file name: "Ведомости 2026A T0012 Ахметов А.Б." (the id keeps it unique; the name helps people). */
export function teacherFileName(ctx: ActionContext, semester: SemesterRef, teacherId: string, teacherName: string): string {
  return `${gradeEntrySheet.name[ctx.lang]} ${semesterCode(semester)} ${teacherId}${teacherName ? ` ${teacherName}` : ''}`.trim();
}

/** Spreadsheets the add-on may still create today (setting grade.filesPerDay; 0 = the account type's documented quota). */
export function filesLeftToday(ctx: ActionContext): { left: number; key: string; used: number } {
  const setting = numberSetting(ctx.settings, 'grade.filesPerDay');
  const daily = setting > 0 ? setting : textSetting(ctx.settings, 'google.accountType') === 'consumer' ? 250 : 3200;
  const key = `att.filesCreated.${isoDate(ctx.ports.clock.now(), 300)}`;
  const used = Number(ctx.ports.properties.get(key) ?? '0') || 0;
  return { left: Math.max(0, daily - used), key, used };
}

/** One line of a teacher's grade sheet, as typed, with where it is. */
export interface EntryLine {
  fileId: string;
  /** "file › sheet", for messages. */
  sheetName: string;
  rowNumber: number;
  statementNo: string;
  disciplineCode: string;
  studentId: string;
  current: unknown;
  midterm1: unknown;
  midterm2: unknown;
  exam: unknown;
}

/** A teacher's file as read (or not found). */
export interface TeacherSheet {
  fileId: string;
  fileName: string;
  /** The grade sheet inside the file. */
  sheetName: string;
  /** "file › sheet", for messages. */
  label: string;
  exists: boolean;
  lines: EntryLine[];
  /** Column key → 0-based index in the sheet. */
  columnIndex: Record<string, number>;
  rawRows: number;
  /** The values as read in this execution (absent when the sheet came from a checkpoint). */
  values?: unknown[][];
}

/** A teacher file known from the register. */
export interface FileRef {
  fileId: string;
  fileName: string;
  fileUrl: string;
  sheetName: string;
  teacherId: string;
  teacherEmail: string;
}

/** The semester's teacher files (those already created), once each, in file-name order. */
export function fileRefs(statements: readonly StatementRow[]): FileRef[] {
  const out = new Map<string, FileRef>();
  for (const s of statements) {
    if (!s.fileId || out.has(s.fileId)) continue;
    out.set(s.fileId, { fileId: s.fileId, fileName: s.fileName, fileUrl: s.fileUrl, sheetName: s.sheetName, teacherId: s.teacherId, teacherEmail: s.teacherEmail.toLowerCase() });
  }
  return [...out.values()].sort((a, b) => a.fileName.localeCompare(b.fileName) || a.fileId.localeCompare(b.fileId));
}

const label = (ref: Pick<FileRef, 'fileName' | 'sheetName'>) => `${ref.fileName} › ${ref.sheetName}`;

/** Parses a grade sheet's values (score cells kept raw: parseScore judges them with a clear message). */
export function parseTeacherValues(ctx: ActionContext, ref: Pick<FileRef, 'fileId' | 'fileName' | 'sheetName'>, values: unknown[][] | null): TeacherSheet {
  const where = label(ref);
  if (!values) return { fileId: ref.fileId, fileName: ref.fileName, sheetName: ref.sheetName, label: where, exists: false, lines: [], columnIndex: {}, rawRows: 0 };
  const columnIndex = mapHeaders(gradeEntrySheet, values[0] ?? []);
  const parsed = parseTable(gradeEntryReadSheet, values, where, ctx.lang);
  const raw = (row: number, key: string) => (columnIndex[key] === undefined ? '' : values[row - 1]?.[columnIndex[key]]);
  const lines = parsed.rows.map(({ rowNumber, record }) => ({
    fileId: ref.fileId,
    sheetName: where,
    rowNumber,
    statementNo: record.statementNo,
    disciplineCode: record.disciplineCode,
    studentId: record.studentId,
    current: raw(rowNumber, 'current'),
    midterm1: raw(rowNumber, 'midterm1'),
    midterm2: raw(rowNumber, 'midterm2'),
    exam: raw(rowNumber, 'exam'),
  }));
  return { fileId: ref.fileId, fileName: ref.fileName, sheetName: ref.sheetName, label: where, exists: true, lines, columnIndex, rawRows: values.length, values };
}

/** Opens a file and reads its grade sheet: one openById, one read. */
export function readTeacherFile(ctx: ActionContext, ref: FileRef, opened?: Map<string, Workbook | null>): TeacherSheet {
  const book = opened?.get(ref.fileId) ?? spreadsheetFiles(ctx).open(ref.fileId);
  opened?.set(ref.fileId, book);
  return parseTeacherValues(ctx, ref, book ? book.readValues(ref.sheetName) : null);
}

type Compact = { c: Record<string, number>; n: number; e: boolean; l: unknown[][] };

function toCompact(s: TeacherSheet): Compact {
  return { c: s.columnIndex, n: s.rawRows, e: s.exists, l: s.lines.map((l) => [l.rowNumber, l.statementNo, l.disciplineCode, l.studentId, l.current, l.midterm1, l.midterm2, l.exam]) };
}

function fromCompact(ref: FileRef, c: Compact): TeacherSheet {
  const where = label(ref);
  const lines = c.l.map((r) => ({ fileId: ref.fileId, sheetName: where, rowNumber: Number(r[0]), statementNo: String(r[1]), disciplineCode: String(r[2]), studentId: String(r[3]), current: r[4], midterm1: r[5], midterm2: r[6], exam: r[7] }));
  return { fileId: ref.fileId, fileName: ref.fileName, sheetName: ref.sheetName, label: where, exists: c.e, lines, columnIndex: c.c, rawRows: c.n };
}

export type Collection =
  | { done: true; sheets: Map<string, TeacherSheet>; opened: Map<string, Workbook | null>; job: string; executions: number }
  | { done: false; token: string; read: number; total: number };

/**
 * Reads every file of `refs` (one open + one read each). Within one execution when it fits; otherwise the files read so
 * far go to the checkpoint sheet (one write per execution) and a token `collect|<job>|<next>` continues the reading.
 * When `finishFresh` is set and the reading took long, the results are handed to the next execution (done there).
 */
export function collectTeacherFiles(ctx: ActionContext, refs: readonly FileRef[], token: string | undefined, options: { finishFresh: boolean }): Collection {
  const parsedToken = /^collect\|([^|]+)\|(\d+)\|(\d+)$/.exec(token ?? '');
  const job = parsedToken ? parsedToken[1] : ctx.ports.clock.now().toISOString();
  const start = parsedToken ? Number(parsedToken[2]) : 0;
  const executions = parsedToken ? Number(parsedToken[3]) + 1 : 1;
  const sheets = new Map<string, TeacherSheet>();
  const byId = new Map(refs.map((r) => [r.fileId, r]));
  if (start > 0) {
    // Files read by earlier executions of this job.
    const table = ctx.tables.read(gradeCollectionSheet);
    const parts = new Map<string, string[]>();
    for (const { record } of table.rows) {
      if (record.job !== job) continue;
      const list = parts.get(record.fileId) ?? [];
      list[record.part] = record.text.startsWith(GUARD) ? record.text.slice(GUARD.length) : record.text;
      parts.set(record.fileId, list);
    }
    for (const [fileId, list] of parts) {
      const ref = byId.get(fileId);
      if (ref) sheets.set(fileId, fromCompact(ref, JSON.parse(list.join('')) as Compact));
    }
  }
  const opened = new Map<string, Workbook | null>();
  const fresh: TeacherSheet[] = [];
  let next = start;
  for (; next < refs.length; next++) {
    if (next > start && ctx.ports.clock.elapsedMs() > FILES_BUDGET_MS) break;
    const sheet = readTeacherFile(ctx, refs[next], opened);
    sheets.set(sheet.fileId, sheet);
    fresh.push(sheet);
  }
  const finished = next >= refs.length;
  // Files were read in this execution and that took long: what follows (evaluation, writes) starts in a fresh one.
  const handOver = finished && options.finishFresh && fresh.length > 0 && ctx.ports.clock.elapsedMs() > FINISH_START_MS;
  if (finished && !handOver) {
    if (start > 0) clearCheckpoint(ctx);
    return { done: true, sheets, opened, job, executions };
  }
  saveCheckpoint(ctx, job, fresh, start === 0);
  return { done: false, token: `collect|${job}|${next}|${executions}`, read: next, total: refs.length };
}

function saveCheckpoint(ctx: ActionContext, job: string, sheets: readonly TeacherSheet[], fresh: boolean): void {
  const rows = sheets.flatMap((s) => {
    const text = JSON.stringify(toCompact(s));
    const parts: string[] = [];
    for (let i = 0; i < text.length || i === 0; i += PART) parts.push(text.slice(i, i + PART));
    return parts.map((p, part) => ({ job, fileId: s.fileId, part, text: `${GUARD}${p}` }));
  });
  const name = ctx.tables.nameFor(gradeCollectionSheet);
  const exists = ctx.tables.find(gradeCollectionSheet) !== null;
  if (!exists) ctx.ports.workbook.ensureSheet({ ...sheetLayout(gradeCollectionSheet, ctx.lang, name), hidden: true, dropdowns: {}, protectHeader: false });
  // A new job replaces whatever an abandoned one left; a continuing job appends its files.
  if (fresh || !exists) ctx.ports.workbook.replaceValues(name, formatTable(gradeCollectionSheet, rows, ctx.lang), { numberFormats: { 1: '@', 3: '@' } });
  else ctx.ports.workbook.appendRows(name, formatTable(gradeCollectionSheet, rows, ctx.lang).slice(1));
}

function clearCheckpoint(ctx: ActionContext): void {
  const name = ctx.tables.find(gradeCollectionSheet);
  if (name) ctx.ports.workbook.replaceValues(name, formatTable(gradeCollectionSheet, [], ctx.lang));
}

/** The traditional grade of a record (the record keeps letter and outcome; the label follows from them). */
export function traditionalOf(r: Pick<FinalGradeRow, 'outcome' | 'letter' | 'passFail'>, scale: GradeScale): string {
  if (r.outcome === 'pending') return '';
  if (r.passFail) return r.outcome === 'passed' ? 'satisfactory' : 'unsatisfactory';
  if (r.outcome === 'notAdmitted' || r.outcome === 'absent' || r.outcome === 'f') return 'unsatisfactory';
  return bandOfLetter(r.letter, scale)?.traditional ?? '';
}

const same = (a: unknown, b: unknown): boolean => {
  const norm = (v: unknown) => (typeof v === 'number' ? String(Math.round(v * 100) / 100) : v === null || v === undefined ? '' : String(v));
  return norm(a) === norm(b);
};

/**
 * Writes the computed columns of each teacher file in one block (lines the caller gives no cells keep theirs), skipping
 * files whose cells are already right, and takes edit access away from the teachers of `lock` (they keep view
 * access). Files are taken in order from `start`; after the budget the next index is returned.
 */
export function writeBackFiles(
  ctx: ActionContext,
  refs: readonly FileRef[],
  cellsFor: (line: EntryLine) => unknown[] | null,
  options: { start: number; sheets?: Map<string, TeacherSheet>; opened?: Map<string, Workbook | null>; lock: ReadonlySet<string>; office: string[]; computedKeys: readonly string[] },
): { writes: number; skipped: number; locked: number; next: number | null } {
  const files = spreadsheetFiles(ctx);
  const opened = options.opened ?? new Map<string, Workbook | null>();
  let writes = 0;
  let skipped = 0;
  let locked = 0;
  for (let i = options.start; i < refs.length; i++) {
    if (i > options.start && ctx.ports.clock.elapsedMs() > FILES_BUDGET_MS) return { writes, skipped, locked, next: i };
    const ref = refs[i];
    let sheet = options.sheets?.get(ref.fileId);
    if (!sheet?.values) sheet = readTeacherFile(ctx, ref, opened);
    const book = opened.get(ref.fileId) ?? files.open(ref.fileId);
    opened.set(ref.fileId, book);
    if (options.lock.has(ref.fileId)) {
      files.share(ref.fileId, { editors: options.office, viewers: [ref.teacherEmail] });
      locked++;
    }
    if (!book || !sheet.exists || !sheet.values) continue;
    const values = sheet.values;
    const cols = options.computedKeys.map((c) => sheet.columnIndex[c]);
    if (cols.some((c) => c === undefined)) continue;
    const byRow = new Map<number, unknown[]>();
    for (const line of sheet.lines) {
      const cells = cellsFor(line);
      if (cells) byRow.set(line.rowNumber, cells);
    }
    if (byRow.size === 0) continue;
    const last = Math.max(...byRow.keys());
    const block: unknown[][] = [];
    for (let r = 2; r <= last; r++) block.push(byRow.get(r) ?? cols.map((c) => values[r - 1]?.[c as number] ?? ''));
    if (block.every((row, k) => row.every((v, j) => same(v, values[k + 1]?.[cols[j] as number])))) {
      skipped++;
      continue;
    }
    const contiguous = cols.every((c, j) => c === (cols[0] as number) + j);
    if (contiguous) {
      book.writeBlock(ref.sheetName, 2, (cols[0] as number) + 1, block);
      writes++;
    } else {
      cols.forEach((c, j) => {
        book.writeBlock(ref.sheetName, 2, (c as number) + 1, block.map((row) => [row[j]]));
        writes++;
      });
    }
  }
  return { writes, skipped, locked, next: null };
}

export type { ReferralRow };
