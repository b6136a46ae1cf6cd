// createGradeSheets (plan item 12): a numbered grade statement for every section of a semester, each teacher's
// statements in that teacher's own spreadsheet for the semester (filed in the add-on's Drive folder, shared for editing
// with the teacher and the registrars only); the register in the office's workbook links to each file. Creation runs
// in batches within the time budget and the daily quota of new spreadsheets, and re-running never duplicates a file.

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
import { gradeEntryCells, gradeEntryLayout, gradeEntrySheet, type GradeEntryRow, gradeScaleSheet, type StatementRow, statementsSheet } from '../../sheets/grades';
import { DEFAULT_GRADE_SCALE } from '../../domain/grades';
import { readUniversity } from '../university';
import { defineAction } from '../types';
import type { ActionContext, ActionResult } from '../types';
import { readRegister, registrars, rememberRegistrar, scoreCell, semesterParam, studentName, today } from './common';
import { FILES_BUDGET_MS, type FileRef, filesLeftToday, gradeFilesFolder, parseTeacherValues, spreadsheetFiles, type TeacherSheet, teacherFileName } from './teacherFiles';

export interface CreateGradeSheetsParams {
  academicYear?: string;
  term?: string;
  /** Faculty codes (comma-separated) to make statements for; empty: all. For a workbook per faculty at large scale. */
  faculty?: string;
  /** Set by a run that stopped at its time budget: the next run continues with the files not yet written. */
  continueToken?: string;
}

/** Empty rows kept below a teacher file's lines (re-runs may add students). */
export const SPARE_GRADE_ROWS = 20;

/** A short fingerprint (FNV-1a) of the lines a teacher file was written with. */
export function linesHash(rows: readonly unknown[][]): string {
  let h = 2166136261;
  const text = rows.map((r) => r.join('\u0001')).join('\u0002');
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return `h${h.toString(36)}`;
}

/** Apps Script's message when a daily quota is used up ("Service invoked too many times for one day: ..."). */
const QUOTA_ERROR = /too many times|quota/i;

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
      sheetName: known?.fileId ? known.sheetName : gradeEntrySheet.name[ctx.lang],
      lockedAt: known?.lockedAt ?? '',
      fileName: known?.fileName ?? '',
      fileId: known?.fileId ?? '',
      fileUrl: known?.fileUrl ?? '',
      fileHash: known?.fileHash ?? '',
    };
  });
  const statementOf = new Map(statements.map((s) => [s.sectionId, s]));
  const semesterNos = new Set(statements.map((s) => s.statementNo));
  const inScope = (s: StatementRow) => s.academicYear === semester.academicYear && s.term === semester.term && (faculties.length === 0 || faculties.includes(s.facultyCode));
  const others = register.all.filter((s) => !inScope(s));

  // One file per teacher: the planned lines (identity columns), its known file and the fingerprint it was written with.
  interface Plan {
    teacherId: string;
    email: string;
    name: string;
    sheetName: string;
    fileId: string;
    fileUrl: string;
    own: Array<{ s: GradedSection; st: StatementRow }>;
    identity: unknown[][];
    hash: string;
    allLocked: boolean;
  }
  const byTeacher = new Map<string, Array<{ s: GradedSection; st: StatementRow }>>();
  for (const s of sections) byTeacher.set(s.teacherId, [...(byTeacher.get(s.teacherId) ?? []), { s, st: statementOf.get(s.id) as StatementRow }]);
  // A teacher's file is shared by their statements of the whole semester (other faculties' runs included).
  const knownFile = new Map<string, StatementRow>();
  for (const st of register.current) if (st.fileId && !knownFile.has(st.teacherId)) knownFile.set(st.teacherId, st);
  // One collator and one name per student (a collator per comparison made 20,000 students' sorting take minutes).
  const collator = new Intl.Collator('ru');
  const names = new Map<string, string>();
  const nameOf = (id: string) => {
    let n = names.get(id);
    if (n === undefined) names.set(id, (n = studentName(students.get(id))));
    return n;
  };
  const plans: Plan[] = [...byTeacher.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([teacherId, list]) => {
      const own = [...list].sort((a, b) => a.st.statementNo.localeCompare(b.st.statementNo));
      const identity: unknown[][] = [];
      for (const { s, st } of own) {
        const ordered = [...s.studentIds].sort((a, b) => collator.compare(nameOf(a), nameOf(b)) || (a < b ? -1 : a > b ? 1 : 0));
        for (const id of ordered) identity.push([st.statementNo, s.disciplineCode, st.disciplineName, s.unitLabel, id, nameOf(id)]);
      }
      const teacher = teachers.get(teacherId);
      const file = knownFile.get(teacherId);
      return {
        teacherId,
        email: teacher?.email.toLowerCase() ?? own[0]?.s.teacherEmail ?? '',
        name: teacherFileName(ctx, semester, teacherId, studentName(teacher)),
        sheetName: file?.sheetName || gradeEntrySheet.name[ctx.lang],
        fileId: file?.fileId ?? '',
        fileUrl: file?.fileUrl ?? '',
        own,
        identity,
        hash: linesHash(identity),
        allLocked: own.every(({ st }) => st.status === 'locked'),
      };
    });
  // Files still to write: not created yet, or their lines changed since they were written.
  const todo = plans.filter((p) => p.fileId === '' || p.own.some(({ st }) => st.fileHash !== p.hash));

  // Every planned output is built; now write: the scale, the files (budget, daily quota), then the register once.
  rememberRegistrar(ctx);
  const office = registrars(ctx);
  const files = spreadsheetFiles(ctx);
  const folder = todo.length > 0 ? gradeFilesFolder(ctx, semester) : '';
  const quota = filesLeftToday(ctx);
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  let quotaHit = false;
  let timeUp = false;
  const done = new Map<string, { fileId: string; fileUrl: string; fileName: string; sheetName: string; hash: string }>();
  const header = formatTable(gradeEntrySheet, [], ctx.lang)[0];
  const computedKeys = ['current', 'midterm1', 'midterm2', 'exam', 'admission', 'final', 'letter', 'points', 'traditional', 'outcome'];
  /** The file's rows: the planned lines with the cells already typed (never lost), then lines of other statements kept. */
  const rowsFor = (plan: Plan, existing: TeacherSheet | null): unknown[][] => {
    const idx = existing?.columnIndex ?? {};
    const raw = existing?.values ?? [];
    const typed = new Map<string, unknown[]>();
    const keep: unknown[][] = [];
    for (const line of existing?.lines ?? []) {
      const row = raw[line.rowNumber - 1] ?? [];
      if (semesterNos.has(line.statementNo)) typed.set(`${line.statementNo}|${line.studentId}`, row);
      else keep.push(gradeEntrySheet.columns.map((c) => (idx[c.key] === undefined ? '' : row[idx[c.key]])));
    }
    const rows: unknown[][] = [header];
    for (const ident of plan.identity) {
      const prev = typed.get(`${ident[0]}|${ident[4]}`);
      const entry: GradeEntryRow = { statementNo: String(ident[0]), disciplineCode: String(ident[1]), disciplineName: String(ident[2]), unit: String(ident[3]), studentId: String(ident[4]), studentName: String(ident[5]), current: '', midterm1: '', midterm2: '', exam: '', admission: null, final: null, letter: '', points: null, traditional: '', outcome: '' };
      const cells = gradeEntryCells(entry, ctx.lang);
      gradeEntrySheet.columns.forEach((c, i) => {
        if (computedKeys.includes(c.key)) cells[i] = prev && idx[c.key] !== undefined ? scoreCell(prev[idx[c.key]]) : '';
      });
      rows.push(cells);
    }
    rows.push(...keep);
    return rows;
  };
  const layout = (sheetName: string) => gradeEntryLayout(sheetName, ctx.lang);
  const scoreColumns = ['current', 'midterm1', 'midterm2', 'exam'].map((k) => gradeEntrySheet.columns.findIndex((c) => c.key === k));
  for (const plan of todo) {
    if (done.size > 0 && ctx.ports.clock.elapsedMs() > FILES_BUDGET_MS) {
      timeUp = true;
      break;
    }
    const editors = plan.allLocked ? office : [...new Set([plan.email, ...office].filter((e) => e !== ''))];
    const viewers = plan.allLocked ? [plan.email] : [];
    // Find the file: the id in the register, else by name in the semester's folder (a run stopped before its register
    // write); a re-run never makes a second file for the same teacher and semester.
    let ref: FileRef | null = plan.fileId ? { fileId: plan.fileId, fileName: plan.name, fileUrl: plan.fileUrl, sheetName: plan.sheetName, teacherId: plan.teacherId, teacherEmail: plan.email } : null;
    let book = ref ? files.open(ref.fileId) : null;
    if (!book) {
      const found = ctx.ports.drive.findFile(folder, plan.name);
      if (found) {
        ref = { fileId: found.id, fileName: found.name, fileUrl: found.url, sheetName: gradeEntrySheet.name[ctx.lang], teacherId: plan.teacherId, teacherEmail: plan.email };
        book = files.open(found.id);
      }
    }
    if (book && ref) {
      const sheetName = book.findSheet?.([ref.sheetName, ...Object.values(gradeEntrySheet.name)]) ?? (book.sheetNames().find((n) => Object.values(gradeEntrySheet.name).includes(n)) || ref.sheetName);
      const existing = parseTeacherValues(ctx, { ...ref, sheetName }, book.readValues(sheetName));
      const rows = rowsFor(plan, existing);
      const before = existing.values ?? [];
      const same = rows.length === before.length && rows.every((r, i) => r.every((v, j) => String(v ?? '') === String(before[i]?.[j] ?? '')));
      if (!same) {
        if (!existing.exists) book.ensureSheet({ ...layout(sheetName), numberFormats: {}, sizeToRows: rows.length + SPARE_GRADE_ROWS });
        book.replaceValues(sheetName, rows, { numberFormats: layout(sheetName).numberFormats });
        updated++;
      } else unchanged++;
      files.share(ref.fileId, { editors, viewers });
      done.set(plan.teacherId, { fileId: ref.fileId, fileUrl: ref.fileUrl, fileName: ref.fileName, sheetName, hash: plan.hash });
      continue;
    }
    if (created >= quota.left) {
      quotaHit = true;
      continue;
    }
    try {
      const made = files.create(folder, plan.name, {
        layout: layout(gradeEntrySheet.name[ctx.lang]),
        rows: rowsFor(plan, null),
        spareRows: SPARE_GRADE_ROWS,
        numberRange: { columns: scoreColumns, min: 0, max: 100, helpText: ctx.t('att.file.scoreHelp') },
      });
      created++;
      files.share(made.id, { editors, viewers });
      done.set(plan.teacherId, { fileId: made.id, fileUrl: made.url, fileName: made.name, sheetName: gradeEntrySheet.name[ctx.lang], hash: plan.hash });
    } catch (error) {
      if (!QUOTA_ERROR.test(error instanceof Error ? error.message : String(error))) throw error;
      quotaHit = true;
    }
  }
  if (created > 0) ctx.ports.properties.set(quota.key, String(quota.used + created));
  for (const st of statements) {
    const d = done.get(st.teacherId);
    if (d) Object.assign(st, { fileId: d.fileId, fileUrl: d.fileUrl, fileName: d.fileName, sheetName: d.sheetName, fileHash: d.hash });
  }

  const registerName = register.sheetName;
  const registerLayout = sheetLayout(statementsSheet, ctx.lang, registerName);
  if (!ctx.tables.find(statementsSheet)) ctx.ports.workbook.ensureSheet(registerLayout);
  ctx.ports.workbook.replaceValues(registerName, formatTable(statementsSheet, [...others, ...statements], ctx.lang), { numberFormats: registerLayout.numberFormats });
  ctx.ports.workbook.protectSheet(registerName, office, 'gradeStatements');
  if (!ctx.tables.find(gradeScaleSheet)) {
    const scaleName = ctx.tables.nameFor(gradeScaleSheet);
    ctx.ports.workbook.ensureSheet(sheetLayout(gradeScaleSheet, ctx.lang, scaleName));
    ctx.ports.workbook.replaceValues(scaleName, formatTable(gradeScaleSheet, [...DEFAULT_GRADE_SCALE], ctx.lang));
    ctx.ports.workbook.protectSheet(scaleName, office, 'gradeScale');
  }
  ctx.tables.invalidate();
  const lines = statements.reduce((n, s) => n + s.students, 0);
  const pending = plans.filter((p) => !done.has(p.teacherId) && p.fileId === '').length;
  const counts = {
    statements: statements.length,
    teacherFiles: plans.length,
    filesCreated: created,
    filesUpdated: updated,
    filesUnchanged: unchanged + (plans.length - todo.length),
    filesPending: pending,
    lines,
    newStatements: statements.filter((s) => !bySection.has(s.sectionId)).length,
    quotaLeft: Math.max(0, quota.left - created),
  };
  const key = pending === 0 && !timeUp ? 'attestation.filesCreated' : quotaHit && !timeUp ? 'attestation.filesQuota' : 'attestation.filesPartial';
  return {
    ok: true,
    message: ctx.t(key, { statements: statements.length, teachers: plans.length, lines, semester: code, created, updated, pending, quota: quota.left + quota.used, source: ctx.t(useEnrolments ? 'attestation.sourceEnrolments' : 'attestation.sourceCurriculum'), today: today(ctx) }),
    counts,
    continueToken: timeUp ? 'more' : undefined,
    data: { semester: code, fromEnrolments: useEnrolments },
    links: [...done.values()].slice(0, 20).map((d) => ({ id: d.fileId, name: d.fileName, url: d.fileUrl })),
  };
}
