// changeGrade (plan item 12): the grade-change procedure after a statement is locked — only a registrar, only with a
// reason; the record, the teacher's file and the audit log (who = the Google identity) change together.

import { RegistrarError } from '../../domain/errors';
import { computeFinalGrade, gradeRulesFromSettings, parseScore } from '../../domain/grades';
import { finalGradesSheet, gradeAuditSheet, type GradeAuditRow, INPUT_COLUMNS, type InputColumn, statementsSheet } from '../../sheets/grades';
import { formatTable } from '../../sheets/schema';
import { defineAction } from '../types';
import type { Workbook } from '../../ports';
import { isRegistrar, readGradeScale, writeTable } from './common';
import { fileRefs, readTeacherFile } from './teacherFiles';
import { computedCells } from './evaluate';

export interface ChangeGradeParams {
  statementNo?: string;
  studentId?: string;
  field?: string;
  value?: unknown;
  reason?: string;
}

export const changeGrade = defineAction<ChangeGradeParams>({
  id: 'changeGrade',
  area: 'B',
  planItems: [12],
  titleKey: 'action.changeGrade',
  inMenu: false,
  mutates: true,
  run(ctx, params) {
    if (!isRegistrar(ctx)) throw new RegistrarError('notRegistrar', { user: ctx.user || '?' });
    const statementNo = String(params.statementNo ?? '').trim();
    const studentId = String(params.studentId ?? '').trim();
    const field = String(params.field ?? '') as InputColumn;
    const reason = String(params.reason ?? '').trim();
    if (!INPUT_COLUMNS.includes(field)) throw new RegistrarError('badGradeField', { value: field });
    if (reason === '') throw new RegistrarError('reasonRequired', {});
    const register = ctx.tables.read(statementsSheet);
    const statement = register.rows.find((r) => r.record.statementNo === statementNo)?.record;
    if (!statement) throw new RegistrarError('unknownStatement', { statementNo });
    if (statement.status !== 'locked') throw new RegistrarError('statementOpen', { statementNo, sheet: statement.sheetName });
    const records = ctx.tables.read(finalGradesSheet);
    const index = records.rows.findIndex((r) => r.record.statementNo === statementNo && r.record.studentId === studentId);
    if (index < 0) throw new RegistrarError('unknownStatementLine', { statementNo, studentId });
    const parsed = parseScore(params.value, field === 'exam');
    if (parsed.kind === 'error') throw new RegistrarError(parsed.code, { value: String(params.value ?? ''), statementNo, studentId });
    const old = records.rows[index].record;
    const before = field === 'exam' && old.examAbsent ? 'н/я' : old[field] === null ? '' : String(old[field]);
    const next = { ...old, [field]: parsed.kind === 'score' ? parsed.value : null, examAbsent: field === 'exam' ? parsed.kind === 'absent' : old.examAbsent };
    const after = field === 'exam' && next.examAbsent ? 'н/я' : next[field] === null ? '' : String(next[field]);
    if (before === after) return { ok: true, message: ctx.t('attestation.gradeUnchanged', { statementNo, studentId }), counts: { changed: 0 } };
    const rules = gradeRulesFromSettings(ctx.settings, readGradeScale(ctx).scale);
    const grade = computeFinalGrade({ current: next.current, midterm1: next.midterm1, midterm2: next.midterm2, exam: next.exam, examAbsent: next.examAbsent, passFail: next.passFail }, rules);
    const updated = { ...next, admission: grade.admission, final: grade.final, letter: grade.letter, points: grade.points, outcome: grade.outcome };
    const all = records.rows.map((r, i) => (i === index ? updated : r.record));
    // The teacher's file: one open, one read, then the two cells of the line (the registrar owns or edits every file).
    const ref = fileRefs([statement])[0];
    const opened = new Map<string, Workbook | null>();
    const sheet = ref ? readTeacherFile(ctx, ref, opened) : undefined;
    const book = ref ? opened.get(ref.fileId) : null;
    const line = sheet?.lines.find((l) => l.statementNo === statementNo && l.studentId === studentId);
    const audit: GradeAuditRow = { at: ctx.ports.clock.now().toISOString(), user: ctx.user, statementNo, studentId, field, oldValue: before, newValue: after, reason, status: 'applied' };

    writeTable(ctx, finalGradesSheet, all);
    if (sheet && line && book) {
      const fieldCol = sheet.columnIndex[field];
      if (fieldCol !== undefined) book.writeBlock(sheet.sheetName, line.rowNumber, fieldCol + 1, [[after]]);
      const first = sheet.columnIndex.admission;
      if (first !== undefined) book.writeBlock(sheet.sheetName, line.rowNumber, first + 1, [computedCells(ctx, grade)]);
    }
    if (!ctx.tables.find(gradeAuditSheet)) writeTable(ctx, gradeAuditSheet, [audit]);
    else ctx.ports.workbook.appendRows(ctx.tables.nameFor(gradeAuditSheet), formatTable(gradeAuditSheet, [audit], ctx.lang).slice(1));
    ctx.tables.invalidate();
    return {
      ok: true,
      message: ctx.t('attestation.gradeChanged', { statementNo, studentId, field: ctx.t(`att.field.${field}`), before: before || '—', after: after || '—', letter: grade.letter || '—' }),
      counts: { changed: 1 },
    };
  },
});

