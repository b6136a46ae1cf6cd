// printStatements (plan item 12): a printable statement per section (Doc, and PDF) with signature lines, through the
// DocRenderer port; one statement by number, or every locked statement of the semester, time-boxed and resumable.

import { RegistrarError } from '../../domain/errors';
import { semesterCode } from '../../domain/grades';
import { universityName } from '../../domain/settings';
import type { DriveFileRef } from '../../ports';
import { statementBlocks } from '../../reports/attestation/statementReport';
import { finalGradesSheet, type FinalGradeRow, type ReferralRow, referralsSheet, type StatementRow, TRADITIONAL_OPTIONS } from '../../sheets/grades';
import { teachersSheet } from '../../sheets';
import { bandOfLetter } from '../../domain/grades';
import { defineAction } from '../types';
import type { ActionContext } from '../types';
import { readGradeScale, readRegister, semesterParam, studentName } from './common';

export interface PrintStatementsParams {
  academicYear?: string;
  term?: string;
  statementNo?: string;
  pdf?: boolean;
  continueToken?: string;
}

export const PRINT_BUDGET_MS = 240_000;

const num = (v: number | null) => (v === null ? '' : String(v));

export function statementDocBlocks(ctx: ActionContext, st: StatementRow, lines: readonly FinalGradeRow[], teacherName: string) {
  const scale = readGradeScale(ctx).scale;
  const rows = [...lines]
    .sort((a, b) => a.studentName.localeCompare(b.studentName, 'ru'))
    .map((l, i) => {
      const trad = bandOfLetter(l.letter, scale)?.traditional;
      return [String(i + 1), l.studentName, l.studentId, num(l.current), num(l.midterm1), num(l.midterm2), num(l.admission), l.examAbsent ? ctx.t('att.print.absent') : num(l.exam), num(l.final), l.letter, num(l.points), trad ? TRADITIONAL_OPTIONS[trad][ctx.lang] : ''];
    });
  return statementBlocks(
    {
      university: universityName(ctx.settings, ctx.lang),
      title: ctx.t('att.print.title', { statementNo: st.statementNo }),
      details: [
        ctx.t('att.print.discipline', { code: st.disciplineCode, name: st.disciplineName, credits: st.credits }),
        ctx.t('att.print.teacher', { name: teacherName }),
        ctx.t('att.print.unit', { unit: st.unit, faculty: st.facultyCode }),
        ctx.t('att.print.term', { year: st.academicYear, term: ctx.t(`att.term.${st.term}`), date: st.examDate || '—' }),
      ],
      columns: ['№', ctx.t('att.print.col.student'), ctx.t('att.print.col.id'), ctx.t('att.print.col.current'), ctx.t('att.print.col.midterm1'), ctx.t('att.print.col.midterm2'), ctx.t('att.print.col.admission'), ctx.t('att.print.col.exam'), ctx.t('att.print.col.final'), ctx.t('att.print.col.letter'), ctx.t('att.print.col.points'), ctx.t('att.print.col.traditional')],
      signatures: [ctx.t('att.print.sign.teacher', { name: teacherName }), ctx.t('att.print.sign.dean'), ctx.t('att.print.sign.registrar'), ctx.t('att.print.sign.date')],
    },
    rows,
  );
}

/** A referral (направление) as a one-page document: the individual grade sheet with its result and signatures. */
export function referralBlocks(ctx: ActionContext, r: ReferralRow, disciplineName: string, examinerName: string) {
  return statementBlocks(
    {
      university: universityName(ctx.settings, ctx.lang),
      title: ctx.t('att.referral.title', { number: r.number }),
      details: [
        ctx.t('att.referral.reasonLine', { reason: ctx.t(`att.referral.reason.${r.reason}`), statementNo: r.statementNo }),
        ctx.t('att.referral.discipline', { code: r.disciplineCode, name: disciplineName }),
        ctx.t('att.print.teacher', { name: examinerName }),
        ctx.t('att.referral.deadline', { date: r.deadline || '—' }),
      ],
      columns: [ctx.t('att.print.col.student'), ctx.t('att.print.col.id'), ctx.t('att.print.col.admission'), ctx.t('att.print.col.exam'), ctx.t('att.print.col.final'), ctx.t('att.print.col.letter')],
      signatures: [ctx.t('att.print.sign.teacher', { name: examinerName }), ctx.t('att.print.sign.registrar'), ctx.t('att.print.sign.date')],
    },
    [[r.studentName, r.studentId, num(r.admission), num(r.exam), num(r.final), r.letter]],
  );
}

export const printStatements = defineAction<PrintStatementsParams>({
  id: 'printStatements',
  area: 'B',
  planItems: [12],
  titleKey: 'action.printStatements',
  inMenu: true,
  // Makes documents; runs under the lock so the run log keeps the links as evidence for the plan tracker.
  mutates: true,
  run(ctx, params) {
    const semester = semesterParam(ctx, params);
    const register = readRegister(ctx, semester);
    const wanted = String(params.statementNo ?? '').trim();
    const referral = wanted !== '' ? ctx.tables.read(referralsSheet).rows.find((r) => r.record.number === wanted)?.record : undefined;
    if (referral) {
      const teachers = ctx.tables.read(teachersSheet).rows.map((r) => r.record);
      const examiner = teachers.find((t) => t.email.toLowerCase() === referral.examiner.toLowerCase());
      const st = register.all.find((s) => s.statementNo === referral.statementNo);
      const folder = ctx.ports.drive.folder([ctx.t('att.folder.root'), semesterCode(semester), ctx.t('att.folder.referrals')]);
      const out = ctx.ports.docs.render(folder, `${ctx.t('att.referral.fileName')} ${referral.number}`, referralBlocks(ctx, referral, st?.disciplineName ?? '', studentName(examiner) || referral.examiner), { pdf: params.pdf !== false, shareWith: [] });
      return { ok: true, message: ctx.t('attestation.printed', { count: 1 }), counts: { documents: 1, statements: 1 }, links: [out.doc, ...(out.pdf ? [out.pdf] : [])] };
    }
    const targets = wanted !== '' ? register.all.filter((s) => s.statementNo === wanted) : register.current.filter((s) => s.status === 'locked');
    if (wanted !== '' && targets.length === 0) throw new RegistrarError('unknownStatement', { statementNo: wanted });
    const records = ctx.tables.read(finalGradesSheet).rows.map((r) => r.record);
    const bySt = new Map<string, FinalGradeRow[]>();
    for (const r of records) bySt.set(r.statementNo, [...(bySt.get(r.statementNo) ?? []), r]);
    const teachers = new Map(ctx.tables.read(teachersSheet).rows.map((r) => [r.record.id, r.record]));
    const folder = ctx.ports.drive.folder([ctx.t('att.folder.root'), semesterCode(semester), ctx.t('att.folder.statements')]);
    const links: DriveFileRef[] = [];
    const start = Number(params.continueToken ?? 0) || 0;
    let i = start;
    for (; i < targets.length; i++) {
      if (i > start && ctx.ports.clock.elapsedMs() > PRINT_BUDGET_MS) break;
      const st = targets[i];
      const blocks = statementDocBlocks(ctx, st, bySt.get(st.statementNo) ?? [], studentName(teachers.get(st.teacherId)));
      const out = ctx.ports.docs.render(folder, `${ctx.t('att.print.fileName')} ${st.statementNo}`, blocks, { pdf: params.pdf !== false, shareWith: [] });
      links.push(out.doc);
      if (out.pdf) links.push(out.pdf);
    }
    const done = i >= targets.length;
    return {
      ok: true,
      message: ctx.t(done ? 'attestation.printed' : 'attestation.printedPartial', { count: i - start, total: targets.length }),
      counts: { documents: i - start, statements: targets.length },
      links,
      continueToken: done ? undefined : String(i),
    };
  },
});
