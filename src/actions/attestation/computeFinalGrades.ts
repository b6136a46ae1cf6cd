// computeFinalGrades (plan items 11, 12): admission rating and final grade of every statement line, by the formula and
// thresholds in settings; results written back in one batch; statements locked after their deadline; refused edits
// of locked statements logged; session monitoring refreshed.

import { monitorSession, semesterCode } from '../../domain/grades';
import { finalGradesSheet, gradeAuditSheet, referralsSheet, type StatementRow, sessionMonitoringSheet, statementsSheet } from '../../sheets/grades';
import { formatTable } from '../../sheets/schema';
import { sheetLayout } from '../../sheets/layout';
import { defineAction } from '../types';
import type { ActionContext, ActionResult } from '../types';
import { registrars, semesterParam, writeTable } from './common';
import { type Evaluation, evaluateSemester, writeComputedColumns } from './evaluate';

export interface ComputeFinalGradesParams {
  academicYear?: string;
  term?: string;
  /** Index of the next teacher sheet whose computed columns are to be written (resuming a long run). */
  continueToken?: string;
}

/** Stop writing teacher sheets after this long and hand back a continue token (Apps Script stops at 6 minutes). */
export const FINALS_BUDGET_MS = 240_000;

export const computeFinalGrades = defineAction<ComputeFinalGradesParams>({
  id: 'computeFinalGrades',
  area: 'B',
  planItems: [11, 12],
  titleKey: 'action.computeFinalGrades',
  inMenu: true,
  mutates: true,
  run(ctx, params) {
    const semester = semesterParam(ctx, params);
    const ev = evaluateSemester(ctx, semester, { lock: true });
    if (ev.register.current.length === 0) return { ok: false, message: ctx.t('attestation.noStatements', { semester: semesterCode(semester) }), counts: {} };
    return writeEvaluation(ctx, ev, Number(params.continueToken ?? 0) || 0);
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

export function sessionFigures(ev: Evaluation, statements: readonly StatementRow[]) {
  return monitorSession(
    statements
      .filter((s) => s.academicYear === ev.semester.academicYear && s.term === ev.semester.term)
      .map((s) => ({ statementNo: s.statementNo, facultyCode: s.facultyCode, examDate: s.examDate, deadline: s.deadline, lines: s.students, graded: s.graded ?? 0, locked: s.status === 'locked' })),
    ev.today,
  );
}

function writeEvaluation(ctx: ActionContext, ev: Evaluation, start: number): ActionResult {
  // Every output is built before the first write.
  const statements = refreshedStatements(ctx, ev);
  const figures = sessionFigures(ev, statements);
  const office = registrars(ctx);
  const lockedSheets = new Set<string>();
  const sheetsOf = new Map<string, StatementRow[]>();
  for (const s of statements.filter((x) => x.academicYear === ev.semester.academicYear && x.term === ev.semester.term)) sheetsOf.set(s.sheetName, [...(sheetsOf.get(s.sheetName) ?? []), s]);
  for (const [name, list] of sheetsOf) if (list.every((s) => s.status === 'locked') && list.some((s) => ev.newlyLocked.has(s.statementNo))) lockedSheets.add(name);
  const referralRows = new Map<string, Map<number, unknown[]>>();
  const refByNo = new Map(ev.referrals.map((r) => [r.number, r]));
  for (const [sheet, lines] of ev.referralLines) {
    const m = new Map<number, unknown[]>();
    for (const line of lines) {
      const r = refByNo.get(line.statementNo);
      if (r && r.status === 'done') m.set(line.rowNumber, [r.admission ?? '', r.final ?? '', r.letter, '', '', '']);
    }
    referralRows.set(sheet, m);
  }

  // A continuation (start > 0) finds the record, the register and the logs already written by the first slice.
  if (start === 0) {
    writeTable(ctx, finalGradesSheet, ev.records);
    const registerLayout = sheetLayout(statementsSheet, ctx.lang, ev.register.sheetName);
    ctx.ports.workbook.replaceValues(ev.register.sheetName, formatTable(statementsSheet, statements, ctx.lang), { numberFormats: registerLayout.numberFormats });
    if (ev.referralsChanged) writeTable(ctx, referralsSheet, ev.referrals);
    if (ev.audit.length > 0) {
      if (!ctx.tables.find(gradeAuditSheet)) writeTable(ctx, gradeAuditSheet, ev.audit);
      else ctx.ports.workbook.appendRows(ctx.tables.nameFor(gradeAuditSheet), formatTable(gradeAuditSheet, ev.audit, ctx.lang).slice(1));
    }
    writeTable(ctx, sessionMonitoringSheet, figures);
  }
  const protect = new Map([...lockedSheets].map((name) => [name, office]));
  const written = writeComputedColumns(ctx, ev, referralRows, { start, budgetMs: FINALS_BUDGET_MS, protect });
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
    sheetsLocked: lockedSheets.size,
    problems: ev.problems.length,
    refusedEdits: ev.audit.length,
    blocksWritten: written.writes,
    sheetsUnchanged: written.skipped,
  };
  return {
    ok: true,
    message: ctx.t(ev.problems.length > 0 ? 'attestation.finalsWithProblems' : 'attestation.finalsDone', { ...counts, semester: semesterCode(ev.semester) }),
    counts,
    problems: ev.problems.length > 0 ? ev.problems : undefined,
    continueToken: written.next === null ? undefined : String(written.next),
    data: { monitoring: figures },
  };
}
