// listAcademicDebts (plan item 14): every F, not-admitted, absent, and every FX not retaken by its deadline, per student
// with credits; the office types each student's re-study choice (regular or summer semester), checked against the
// summer credit cap. Re-running keeps the typed choices.

import { checkSummerCap, listDebts, type RestudyChoice } from '../../domain/grades';
import { numberSetting } from '../../domain/settings';
import { disciplinesSheet, studentsSheet } from '../../sheets';
import { type DebtRow, debtsSheet, finalGradesSheet } from '../../sheets/grades';
import { defineAction } from '../types';
import { studentName, today, writeTable } from './common';

export const listAcademicDebts = defineAction<Record<string, never>>({
  id: 'listAcademicDebts',
  area: 'B',
  planItems: [14],
  titleKey: 'action.listAcademicDebts',
  inMenu: true,
  mutates: true,
  run(ctx) {
    const records = ctx.tables.read(finalGradesSheet).rows.map((r) => r.record);
    const students = new Map(ctx.tables.read(studentsSheet).rows.map((r) => [r.record.id, r.record]));
    const disciplines = new Map(ctx.tables.read(disciplinesSheet).rows.map((r) => [r.record.code, r.record]));
    const previous = ctx.tables.read(debtsSheet);
    const choiceOf = new Map(previous.rows.map((r) => [`${r.record.studentId}|${r.record.disciplineCode}`, r.record.restudy]));
    const debts = listDebts(records, today(ctx), numberSetting(ctx.settings, 'grade.maxFxRetakes'));
    const nameKey = ctx.lang === 'kk' ? 'nameKk' : ctx.lang === 'ru' ? 'nameRu' : 'nameEn';
    const rows: DebtRow[] = debts.map((d) => {
      const s = students.get(d.studentId);
      return {
        studentId: d.studentId,
        studentName: studentName(s),
        group: s?.group ?? '',
        language: s?.language ?? '',
        disciplineCode: d.disciplineCode,
        disciplineName: disciplines.get(d.disciplineCode)?.[nameKey] ?? '',
        credits: d.credits,
        academicYear: d.academicYear,
        term: d.term,
        statementNo: d.statementNo,
        letter: d.letter,
        reason: d.reason,
        restudy: choiceOf.get(`${d.studentId}|${d.disciplineCode}`) ?? '',
        status: 'waiting',
      };
    });
    const choices: RestudyChoice[] = rows.map((r, i) => ({ rowNumber: i + 2, studentId: r.studentId, disciplineCode: r.disciplineCode, credits: r.credits, when: r.restudy }));
    const { accepted, overCap } = checkSummerCap(choices, numberSetting(ctx.settings, 'credits.summerCap'));
    const acc = new Set(accepted.map((c) => c.rowNumber));
    const over = new Set(overCap.map((c) => c.rowNumber));
    rows.forEach((r, i) => {
      r.status = acc.has(i + 2) ? 'accepted' : over.has(i + 2) ? 'overCap' : 'waiting';
    });
    const name = writeTable(ctx, debtsSheet, rows);
    ctx.tables.invalidate();
    const problems = overCap.map((c) => ({ sheet: name, row: c.rowNumber, column: 'restudy', value: c.disciplineCode, code: 'summerCap', params: { columnLabel: debtsSheet.columns.find((x) => x.key === 'restudy')?.header[ctx.lang] ?? 'restudy', cap: numberSetting(ctx.settings, 'credits.summerCap'), student: c.studentId }, severity: 'warning' as const }));
    const counts = { debts: rows.length, students: new Set(rows.map((r) => r.studentId)).size, credits: rows.reduce((n, r) => n + r.credits, 0), accepted: accepted.length, overCap: overCap.length, waiting: rows.length - accepted.length - overCap.length };
    return { ok: true, message: ctx.t('attestation.debtsListed', counts), counts, problems: problems.length > 0 ? problems : undefined };
  },
});
