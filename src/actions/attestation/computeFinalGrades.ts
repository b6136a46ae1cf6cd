// computeFinalGrades (plan items 11, 12): collects the teachers' grade files (one open + one read each, resumable),
// computes admission rating and final grade of every statement line by the formula and thresholds in settings, writes
// the results once into the workbook, then back into the files; statements locked after their deadline (their files
// become view-only for the teacher); refused edits of locked statements logged; session monitoring refreshed.

import { type FinalGrade, monitorSession, type SemesterRef, semesterCode } from '../../domain/grades';
import { COMPUTED_COLUMNS, type FinalGradeRow, finalGradesSheet, gradeAuditSheet, type ReferralRow, referralsSheet, type StatementRow, sessionMonitoringSheet, statementsSheet } from '../../sheets/grades';
import { formatTable } from '../../sheets/schema';
import { sheetLayout } from '../../sheets/layout';
import { defineAction } from '../types';
import type { ActionContext, ActionResult } from '../types';
import { readGradeScale, readRegister, registrars, semesterParam, writeTable } from './common';
import { computedCells, type Evaluation, evaluateSemester } from './evaluate';
import { type Collection, collectTeacherFiles, type EntryLine, FINISH_START_MS, type FileRef, fileRefs, traditionalOf, writeBackFiles } from './teacherFiles';

export interface ComputeFinalGradesParams {
  academicYear?: string;
  term?: string;
  /**
   * Resuming a long run: `collect|<job>|<next file>|<executions>` while the teachers' files are being read,
   * `write|<job>|<next file>` while computed columns are written back into them.
   */
  continueToken?: string;
}

export const computeFinalGrades = defineAction<ComputeFinalGradesParams>({
  id: 'computeFinalGrades',
  area: 'B',
  planItems: [11, 12],
  titleKey: 'action.computeFinalGrades',
  inMenu: true,
  mutates: true,
  run(ctx, params) {
    const semester = semesterParam(ctx, params);
    const register = readRegister(ctx, semester);
    if (register.current.length === 0) return { ok: false, message: ctx.t('attestation.noStatements', { semester: semesterCode(semester) }), counts: {} };
    const refs = fileRefs(register.current);
    const token = String(params.continueToken ?? '');
    const write = /^write\|([^|]+)\|(\d+)$/.exec(token);
    if (write) return writeBack(ctx, semester, refs, { job: write[1], start: Number(write[2]) });
    const collected = collectTeacherFiles(ctx, refs, token || undefined, { finishFresh: true });
    if (!collected.done) {
      return {
        ok: true,
        message: ctx.t('attestation.collecting', { read: collected.read, total: collected.total, semester: semesterCode(semester) }),
        counts: { filesRead: collected.read, files: collected.total },
        continueToken: collected.token,
      };
    }
    const ev = evaluateSemester(ctx, semester, { lock: true }, collected.sheets);
    return writeEvaluation(ctx, ev, refs, collected);
  },
});
/** Statement rows with fresh graded counts and lock status. */
export function refreshedStatements(ctx: ActionContext, ev: Evaluation): StatementRow[] {
  const graded = new Map<string, number>();
  for (const l of ev.lines) if (l.grade.outcome !== 'pending') graded.set(l.statement.statementNo, (graded.get(l.statement.statementNo) ?? 0) + 1);
  const at = ctx.ports.clock.now().toISOString();
  return ev.register.all.map((s) => {
    if (!(s.academicYear === ev.semester.academicYear && s.term === ev.semester.term)) return s;
    const lock = ev.newlyLocked.has(s.statementNo);
    return { ...s, graded: graded.get(s.statementNo) ?? 0, status: lock ? 'locked' : s.status, lockedAt: lock ? at : s.lockedAt };
  });
}

export function sessionFigures(ev: Pick<Evaluation, 'semester' | 'today'>, statements: readonly StatementRow[]) {
  return monitorSession(
    statements
      .filter((s) => s.academicYear === ev.semester.academicYear && s.term === ev.semester.term)
      .map((s) => ({ statementNo: s.statementNo, facultyCode: s.facultyCode, examDate: s.examDate, deadline: s.deadline, lines: s.students, graded: s.graded ?? 0, locked: s.status === 'locked' })),
    ev.today,
  );
}

/** The computed cells of a file line from the record (statements) or the referrals (referral lines); null: leave it. */
function cellMaker(ctx: ActionContext, records: readonly FinalGradeRow[], referrals: readonly ReferralRow[]): (line: EntryLine) => unknown[] | null {
  const { scale } = readGradeScale(ctx);
  const byKey = new Map(records.map((r) => [`${r.statementNo}|${r.studentId}`, r]));
  const refByNo = new Map(referrals.map((r) => [r.number, r]));
  return (line) => {
    const ref = refByNo.get(line.statementNo);
    if (ref) return ref.status === 'done' ? [ref.admission ?? '', ref.final ?? '', ref.letter, '', '', ''] : null;
    const r = byKey.get(`${line.statementNo}|${line.studentId}`);
    if (!r) return null;
    return computedCells(ctx, { admission: r.admission, final: r.final, letter: r.letter, points: r.points, outcome: r.outcome, traditional: traditionalOf(r, scale) as FinalGrade['traditional'] });
  };
}

/**
 * Writes the grade record: when the sheet already holds the same rows in the same order (a re-run, or a run after a
 * few referrals), only the span of rows that changed is written (none when nothing did); else the whole record.
 * At 20,000 students the record is ~3 million cells, minutes of writing. Returns the rows written.
 */
function writeRecord(ctx: ActionContext, records: readonly FinalGradeRow[]): number {
  const name = ctx.tables.find(finalGradesSheet);
  const before = name ? ctx.tables.values(name) : null;
  const next = formatTable(finalGradesSheet, records, ctx.lang);
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  const sameRow = (a: readonly unknown[] | undefined, b: readonly unknown[]) => a !== undefined && a.length >= b.length && b.every((v, j) => text(v) === text(a[j])) && a.slice(b.length).every((v) => text(v) === '');
  if (!name || !before || before.length !== next.length || !sameRow(before[0], next[0])) {
    writeTable(ctx, finalGradesSheet, records);
    return next.length - 1;
  }
  let first = -1;
  let last = -1;
  for (let i = 1; i < next.length; i++) {
    if (sameRow(before[i], next[i])) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return 0;
  ctx.ports.workbook.writeBlock(name, first + 1, 1, next.slice(first, last + 1));
  return last - first + 1;
}

/** Files whose statements are all locked, at least one of them by this job (their teachers become viewers). */
function filesToLock(statements: readonly StatementRow[], semester: SemesterRef, lockedSince: (s: StatementRow) => boolean): Set<string> {
  const byFile = new Map<string, StatementRow[]>();
  for (const s of statements) if (s.academicYear === semester.academicYear && s.term === semester.term && s.fileId) byFile.set(s.fileId, [...(byFile.get(s.fileId) ?? []), s]);
  const out = new Set<string>();
  for (const [fileId, list] of byFile) if (list.every((s) => s.status === 'locked') && list.some(lockedSince)) out.add(fileId);
  return out;
}

/** A continuation of the write-back: cells from the record and referrals written by the first part of the job. */
function writeBack(ctx: ActionContext, semester: SemesterRef, refs: FileRef[], job: { job: string; start: number }): ActionResult {
  const records = ctx.tables.read(finalGradesSheet).rows.map((r) => r.record);
  const referrals = ctx.tables.read(referralsSheet).rows.map((r) => r.record);
  const register = readRegister(ctx, semester);
  const lock = filesToLock(register.all, semester, (s) => s.lockedAt !== '' && s.lockedAt >= job.job);
  const written = writeBackFiles(ctx, refs, cellMaker(ctx, records, referrals), { start: job.start, lock, office: registrars(ctx), computedKeys: COMPUTED_COLUMNS });
  const counts = { files: refs.length, blocksWritten: written.writes, filesUnchanged: written.skipped, filesLocked: written.locked };
  return {
    ok: true,
    message: ctx.t('attestation.writingBack', { done: written.next ?? refs.length, total: refs.length, semester: semesterCode(semester) }),
    counts,
    continueToken: written.next === null ? undefined : `write|${job.job}|${written.next}`,
  };
}

function writeEvaluation(ctx: ActionContext, ev: Evaluation, refs: FileRef[], collected: Extract<Collection, { done: true }>): ActionResult {
  // Every output is built before the first write.
  const statements = refreshedStatements(ctx, ev);
  const figures = sessionFigures(ev, statements);
  const office = registrars(ctx);
  const lockedFiles = filesToLock(statements, ev.semester, (s) => ev.newlyLocked.has(s.statementNo));

  const recordBlocks = writeRecord(ctx, ev.records);
  const registerLayout = sheetLayout(statementsSheet, ctx.lang, ev.register.sheetName);
  ctx.ports.workbook.replaceValues(ev.register.sheetName, formatTable(statementsSheet, statements, ctx.lang), { numberFormats: registerLayout.numberFormats });
  if (ev.referralsChanged) writeTable(ctx, referralsSheet, ev.referrals);
  if (ev.audit.length > 0) {
    if (!ctx.tables.find(gradeAuditSheet)) writeTable(ctx, gradeAuditSheet, ev.audit);
    else ctx.ports.workbook.appendRows(ctx.tables.nameFor(gradeAuditSheet), formatTable(gradeAuditSheet, ev.audit, ctx.lang).slice(1));
  }
  writeTable(ctx, sessionMonitoringSheet, figures);
  // The write-back starts in this execution only when the reading left time for it; else the next one continues.
  const written =
    collected.executions === 1 && ctx.ports.clock.elapsedMs() < FINISH_START_MS
      ? writeBackFiles(ctx, refs, cellMaker(ctx, ev.records, ev.referrals), { start: 0, sheets: collected.sheets, opened: collected.opened, lock: lockedFiles, office, computedKeys: COMPUTED_COLUMNS })
      : { writes: 0, skipped: 0, locked: 0, next: refs.length > 0 ? 0 : null };
  ctx.tables.invalidate();

  const counts = {
    statements: ev.register.current.length,
    lines: ev.lines.length,
    graded: ev.lines.filter((l) => l.grade.outcome !== 'pending').length,
    passed: ev.lines.filter((l) => l.grade.outcome === 'passed').length,
    fx: ev.lines.filter((l) => l.grade.outcome === 'fx').length,
    f: ev.lines.filter((l) => l.grade.outcome === 'f').length,
    notAdmitted: ev.lines.filter((l) => l.grade.outcome === 'notAdmitted').length,
    absent: ev.lines.filter((l) => l.grade.outcome === 'absent').length,
    locked: ev.newlyLocked.size,
    filesLocked: lockedFiles.size,
    filesRead: collected.sheets.size,
    recordRowsWritten: recordBlocks,
    executions: collected.executions,
    problems: ev.problems.length,
    refusedEdits: ev.audit.length,
    blocksWritten: written.writes,
    filesUnchanged: written.skipped,
  };
  return {
    ok: true,
    message: ctx.t(ev.problems.length > 0 ? 'attestation.finalsWithProblems' : 'attestation.finalsDone', { ...counts, semester: semesterCode(ev.semester) }),
    counts,
    problems: ev.problems.length > 0 ? ev.problems : undefined,
    continueToken: written.next === null ? undefined : `write|${collected.job}|${written.next}`,
    data: { monitoring: figures },
  };
}
