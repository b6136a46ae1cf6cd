// createGradeSheets (plan item 12): a numbered grade statement for every section of a semester, each teacher's
// statements in one grade sheet protected so that only that teacher and the registrars can edit it.

import type { Problem } from '../../domain/errors';
import {
  addDays,
  assignStatementNumbers,
  curriculumSemester,
  deriveSections,
  type GradedSection,
  type SectionProblem,
  sectionsFromEnrolments,
  semesterCode,
  sessionExamDays,
} from '../../domain/grades';
import { numberSetting } from '../../domain/settings';
import { sheetLayout } from '../../sheets/layout';
import { formatTable } from '../../sheets/schema';
import { enrolmentsSheet, offeringsSheet, parseEnrolment } from '../../sheets/registration';
import {
  gradeEntryCells,
  gradeEntryLayout,
  gradeEntrySheet,
  type GradeEntryRow,
  gradeScaleSheet,
  type StatementRow,
  statementsSheet,
  teacherSheetName,
} from '../../sheets/grades';
import { DEFAULT_GRADE_SCALE } from '../../domain/grades';
import { CORE_SHEETS } from '../../sheets';
import { readUniversity } from '../university';
import { defineAction } from '../types';
import type { ActionContext, ActionResult } from '../types';
import { readRegister, readTeacherSheets, registrars, rememberRegistrar, scoreCell, semesterParam, studentName, today } from './common';

export interface CreateGradeSheetsParams {
  academicYear?: string;
  term?: string;
  /** Faculty codes (comma-separated) to make statements for; empty: all. For a workbook per faculty at large scale. */
  faculty?: string;
  /** Index of the next teacher sheet to write (resuming a long run). */
  continueToken?: string;
}

/** Stop writing teacher sheets after this long and hand back a continue token (Apps Script stops at 6 minutes). */
export const TIME_BUDGET_MS = 240_000;

/** Google's limit of cells in one spreadsheet, and the grid of a newly inserted sheet (1,000 rows × 26 columns). */
export const CELL_LIMIT = 10_000_000;
export const NEW_SHEET_CELLS = 26_000;
/** Empty rows kept below a new teacher sheet's statements (re-runs may add students). */
export const SPARE_GRADE_ROWS = 20;

/**
 * Cells the workbook already holds: the sheets this run has read by their size (a grid is at least 1,000 × 26), every
 * other sheet at the default grid (not read just to be measured).
 */
function estimateCells(ctx: ActionContext, read: ReadonlySet<string>): number {
  let cells = 0;
  for (const name of ctx.tables.sheetNames()) {
    const v = read.has(name) ? (ctx.tables.values(name) ?? []) : [];
    cells += Math.max(1000, v.length) * Math.max(26, v[0]?.length ?? 0);
  }
  return cells;
}

export const createGradeSheets = defineAction<CreateGradeSheetsParams>({
  id: 'createGradeSheets',
  area: 'B',
  planItems: [12],
  titleKey: 'action.createGradeSheets',
  inMenu: true,
  mutates: true,
  run(ctx, params) {
    return createGradeSheetsRun(ctx, params);
  },
});

function sectionProblems(_ctx: ActionContext, list: SectionProblem[], sheet: string): Problem[] {
  return list.map((p) => ({ sheet, row: p.rowNumber, column: p.column, value: p.value, code: p.code, params: { ...p.params, columnLabel: p.column }, severity: 'error' as const }));
}

export function createGradeSheetsRun(ctx: ActionContext, params: CreateGradeSheetsParams): ActionResult {
  const semester = semesterParam(ctx, params);
  const code = semesterCode(semester);
  const { university, problems: uniProblems } = readUniversity(ctx);
  const blocking = uniProblems.filter((p) => p.severity === 'error');
  if (blocking.length > 0) {
    return { ok: false, message: ctx.t('attestation.blocked', { count: blocking.length }), counts: { problems: blocking.length }, problems: blocking };
  }
  // The registration issue's Enrolments (one row per student: 'section>group' entries; '*' marks a reserve choice,
  // not an enrolment) joined with Offerings (section → discipline, semester, teacher), when they hold this term.
  const wanted = curriculumSemester(semester.term);
  const enrolments = ctx.tables.read(enrolmentsSheet);
  const offerings = enrolments.exists ? new Map(ctx.tables.read(offeringsSheet).rows.map((r) => [r.record.sectionId, r.record])) : new Map();
  const enrolled = enrolments.rows.flatMap(({ rowNumber, record }) =>
    [...record.compulsory, ...record.electives]
      .map(parseEnrolment)
      .filter((e) => !e.reserve && e.sectionId !== '')
      .map((e) => ({ rowNumber, studentId: record.studentId, sectionId: e.sectionId, offering: offerings.get(e.sectionId) })),
  );
  const useEnrolments = enrolled.some((e) => e.offering?.semester === wanted);
  let sections: GradedSection[];
  let problems: Problem[];
  if (useEnrolments) {
    const unknown: Problem[] = enrolled
      .filter((e) => e.offering === undefined)
      .map((e) => ({ sheet: enrolments.sheetName, row: e.rowNumber, column: 'sectionId', value: e.sectionId, code: 'unknownSection', params: { columnLabel: 'section', student: e.studentId }, severity: 'error' as const }));
    const rows = enrolled
      .filter((e) => e.offering !== undefined && e.offering.semester === wanted)
      .map((e) => ({
        rowNumber: e.rowNumber,
        studentId: e.studentId,
        sectionId: e.sectionId,
        disciplineCode: e.offering?.disciplineCode ?? '',
        teacher: e.offering?.teacherId ?? '',
        unitLabel: e.sectionId,
      }));
    const built = sectionsFromEnrolments(rows, university);
    sections = built.sections;
    problems = [...enrolments.problems, ...unknown, ...sectionProblems(ctx, built.problems, enrolments.sheetName)];
  } else {
    const built = deriveSections(university, semester);
    sections = built.sections;
    problems = sectionProblems(ctx, built.problems, ctx.tables.nameFor(gradeEntrySheet));
  }
  if (problems.length > 0) {
    return { ok: false, message: ctx.t('attestation.blocked', { count: problems.length }), counts: { problems: problems.length }, problems };
  }
  const faculties = String(params.faculty ?? '')
    .split(/[,;\s]+/)
    .map((f) => f.trim())
    .filter((f) => f !== '');
  if (faculties.length > 0) sections = sections.filter((s) => faculties.includes(s.facultyCode));
  if (sections.length === 0) return { ok: false, message: ctx.t('attestation.noSections', { semester: code }), counts: { statements: 0 } };

  const register = readRegister(ctx, semester);
  const bySection = new Map(register.current.map((s) => [s.sectionId, s]));
  const numbers = assignStatementNumbers(
    sections.map((s) => s.id),
    new Map(register.current.map((s) => [s.sectionId, s.statementNo])),
    code,
  );
  const session = university.calendar.find((e) => e.kind === 'session' && e.term === semester.term);
  const examDays = session ? sessionExamDays(session.start, session.end) : [];
  const lockDays = numberSetting(ctx.settings, 'grade.statementLockDays');
  const disciplines = new Map(university.disciplines.map((d) => [d.code, d]));
  const teachers = new Map(university.teachers.map((t) => [t.id, t]));
  const students = new Map(university.students.map((s) => [s.id, s]));
  const perFaculty = new Map<string, number>();

  const statements: StatementRow[] = sections.map((s) => {
    const known = bySection.get(s.id);
    const i = perFaculty.get(s.facultyCode) ?? 0;
    perFaculty.set(s.facultyCode, i + 1);
    const examDate = known?.examDate || (examDays.length > 0 ? examDays[i % examDays.length] : '');
    return {
      statementNo: numbers.get(s.id) as string,
      academicYear: semester.academicYear,
      term: semester.term,
      sectionId: s.id,
      disciplineCode: s.disciplineCode,
      disciplineName: disciplines.get(s.disciplineCode)?.name[ctx.lang] ?? '',
      credits: s.credits,
      assessment: known?.assessment ?? 'exam',
      unit: s.unitLabel,
      facultyCode: s.facultyCode,
      teacherId: s.teacherId,
      teacherEmail: s.teacherEmail,
      students: s.studentIds.length,
      graded: known?.graded ?? 0,
      examDate,
      deadline: known?.deadline || (examDate ? addDays(examDate, lockDays) : ''),
      status: known?.status ?? 'open',
      sheetName: known?.sheetName || teacherSheetName(s.teacherId, ctx.lang),
      lockedAt: known?.lockedAt ?? '',
    };
  });
  const statementOf = new Map(statements.map((s) => [s.sectionId, s]));
  const semesterNos = new Set(statements.map((s) => s.statementNo));
  const inScope = (s: StatementRow) => s.academicYear === semester.academicYear && s.term === semester.term && (faculties.length === 0 || faculties.includes(s.facultyCode));
  const others = register.all.filter((s) => !inScope(s));

  // Teacher sheets: existing lines are kept (grades already typed are never lost); new lines are added.
  const sheetNames = [...new Set(statements.map((s) => s.sheetName))].sort();
  const existing = readTeacherSheets(ctx, sheetNames);
  const values = new Map<string, unknown[][]>();
  for (const name of sheetNames) values.set(name, ctx.tables.values(name) ?? []);
  const outputs: Array<{ sheetName: string; teacherEmail: string; values: unknown[][]; allLocked: boolean }> = [];
  const sectionsBySheet = new Map<string, GradedSection[]>();
  for (const s of sections) {
    const name = (statementOf.get(s.id) as StatementRow).sheetName;
    sectionsBySheet.set(name, [...(sectionsBySheet.get(name) ?? []), s]);
  }
  for (const name of sheetNames) {
    const sheet = existing.get(name);
    const raw = values.get(name) ?? [];
    const typed = new Map<string, { row: unknown[] }>();
    const keep: unknown[][] = [];
    const idx = sheet?.columnIndex ?? {};
    for (const line of sheet?.lines ?? []) {
      const row = raw[line.rowNumber - 1] ?? [];
      if (semesterNos.has(line.statementNo)) typed.set(`${line.statementNo}|${line.studentId}`, { row });
      else keep.push(gradeEntrySheet.columns.map((c) => (idx[c.key] === undefined ? '' : row[idx[c.key]])));
    }
    const rows: unknown[][] = [formatTable(gradeEntrySheet, [], ctx.lang)[0]];
    const own = (sectionsBySheet.get(name) ?? []).map((s) => ({ s, st: statementOf.get(s.id) as StatementRow })).sort((a, b) => a.st.statementNo.localeCompare(b.st.statementNo));
    for (const { s, st } of own) {
      const ordered = [...s.studentIds].sort((a, b) => studentName(students.get(a)).localeCompare(studentName(students.get(b)), 'ru') || a.localeCompare(b));
      for (const id of ordered) {
        const prev = typed.get(`${st.statementNo}|${id}`)?.row;
        const cell = (key: string) => (prev && idx[key] !== undefined ? prev[idx[key]] : '');
        const entry: GradeEntryRow = {
          statementNo: st.statementNo,
          disciplineCode: s.disciplineCode,
          disciplineName: st.disciplineName,
          unit: s.unitLabel,
          studentId: id,
          studentName: studentName(students.get(id)),
          current: '',
          midterm1: '',
          midterm2: '',
          exam: '',
          admission: null,
          final: null,
          letter: '',
          points: null,
          traditional: '',
          outcome: '',
        };
        const cells = gradeEntryCells(entry, ctx.lang);
        gradeEntrySheet.columns.forEach((c, i) => {
          if (['current', 'midterm1', 'midterm2', 'exam', 'admission', 'final', 'letter', 'points', 'traditional', 'outcome'].includes(c.key)) cells[i] = scoreCell(cell(c.key));
        });
        rows.push(cells);
      }
    }
    rows.push(...keep);
    const teacherId = own[0]?.s.teacherId ?? '';
    outputs.push({
      sheetName: name,
      teacherEmail: teachers.get(teacherId)?.email.toLowerCase() ?? own[0]?.s.teacherEmail ?? '',
      values: rows,
      allLocked: own.every(({ st }) => st.status === 'locked'),
    });
  }

  // Google counts every cell of a sheet's grid towards the 10 million cells of a spreadsheet: refuse before
  // writing rather than fail half-way.
  const fresh = outputs.filter((o) => !ctx.tables.sheetNames().includes(o.sheetName));
  const newSheets = fresh.length;
  const read = new Set([...CORE_SHEETS, statementsSheet].map((schema) => ctx.tables.find(schema) ?? '').concat(sheetNames));
  // New teacher sheets are created at their size (rows written plus spare rows, their columns only).
  const freshCells = fresh.reduce((sum, o) => sum + (o.values.length + SPARE_GRADE_ROWS) * (o.values[0]?.length ?? 1), 0);
  const estimate = estimateCells(ctx, read) + freshCells + 2 * NEW_SHEET_CELLS;
  if (estimate > CELL_LIMIT) {
    return { ok: false, message: ctx.t('attestation.tooManyCells', { teachers: outputs.length, newSheets, cells: estimate, limit: CELL_LIMIT }), counts: { teacherSheets: outputs.length, newSheets, estimatedCells: estimate } };
  }

  // Every output is built; now write: the register and the scale first, then teacher sheets within the time budget.
  rememberRegistrar(ctx);
  const office = registrars(ctx);
  const start = Number(params.continueToken ?? 0) || 0;
  if (start === 0) {
    const registerName = register.sheetName;
    const layout = sheetLayout(statementsSheet, ctx.lang, registerName);
    if (!ctx.tables.find(statementsSheet)) ctx.ports.workbook.ensureSheet(layout);
    ctx.ports.workbook.replaceValues(registerName, formatTable(statementsSheet, [...others, ...statements], ctx.lang), { numberFormats: layout.numberFormats });
    ctx.ports.workbook.protectSheet(registerName, office, 'gradeStatements');
    if (!ctx.tables.find(gradeScaleSheet)) {
      const scaleName = ctx.tables.nameFor(gradeScaleSheet);
      ctx.ports.workbook.ensureSheet(sheetLayout(gradeScaleSheet, ctx.lang, scaleName));
      ctx.ports.workbook.replaceValues(scaleName, formatTable(gradeScaleSheet, [...DEFAULT_GRADE_SCALE], ctx.lang));
      ctx.ports.workbook.protectSheet(scaleName, office, 'gradeScale');
    }
  }
  const known = new Set(ctx.tables.sheetNames());
  let written = 0;
  let next = start;
  for (; next < outputs.length; next++) {
    if (next > start && ctx.ports.clock.elapsedMs() > TIME_BUDGET_MS) break;
    const out = outputs[next];
    const entryLayout = gradeEntryLayout(out.sheetName, ctx.lang);
    // Formats go with the values (over the rows written), not over the new sheet's 1,000-row grid.
    if (!known.has(out.sheetName)) ctx.ports.workbook.ensureSheet({ ...entryLayout, numberFormats: {}, sizeToRows: out.values.length + SPARE_GRADE_ROWS });
    ctx.ports.workbook.replaceValues(out.sheetName, out.values, { numberFormats: entryLayout.numberFormats });
    const editors = out.allLocked ? office : [...new Set([out.teacherEmail, ...office].filter((e) => e !== ''))];
    ctx.ports.workbook.protectSheet(out.sheetName, editors, 'gradeSheet');
    written++;
  }
  ctx.tables.invalidate();
  const lines = statements.reduce((n, s) => n + s.students, 0);
  const counts = { statements: statements.length, teacherSheets: outputs.length, sheetsWritten: written, lines, newStatements: statements.filter((s) => !bySection.has(s.sectionId)).length };
  const done = next >= outputs.length;
  return {
    ok: true,
    message: ctx.t(done ? 'attestation.sheetsCreated' : 'attestation.sheetsPartial', { statements: statements.length, teachers: outputs.length, lines, semester: code, written: next, total: outputs.length, source: ctx.t(useEnrolments ? 'attestation.sourceEnrolments' : 'attestation.sourceCurriculum'), today: today(ctx) }),
    counts,
    continueToken: done ? undefined : String(next),
    data: { semester: code, fromEnrolments: useEnrolments },
  };
}
