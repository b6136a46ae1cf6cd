// createReferrals (plan item 12): referrals (направления) — an individual grade line with a number, a deadline and the
// examiner — for every FX with a retake left, and for each individual sitting the office typed into the Referrals
// sheet (illness, mobility). The line is added to the examiner's grade file; its result flows back into the final grade.

import {
  addDays,
  nextReferralSeq,
  referralAllowed,
  referralNumber,
  semesterCode,
  type GradeRecord,
} from '../../domain/grades';
import { numberSetting } from '../../domain/settings';
import { teachersSheet, studentsSheet } from '../../sheets';
import { finalGradesSheet, gradeEntryCells, type ReferralRow, referralsSheet } from '../../sheets/grades';
import { defineAction } from '../types';
import { readRegister, registrars, semesterParam, studentName, today, writeTable } from './common';
import { FILES_BUDGET_MS, type FileRef, fileRefs, spreadsheetFiles } from './teacherFiles';

export interface CreateReferralsParams {
  academicYear?: string;
  term?: string;
  /** `place|<numbers>`: referral lines still to append to examiners' files (a run stopped at its time budget). */
  continueToken?: string;
}

export const createReferrals = defineAction<CreateReferralsParams>({
  id: 'createReferrals',
  area: 'B',
  planItems: [12],
  titleKey: 'action.createReferrals',
  inMenu: true,
  mutates: true,
  run(ctx, params) {
    const semester = semesterParam(ctx, params);
    const code = semesterCode(semester);
    const now = today(ctx);
    const maxFx = numberSetting(ctx.settings, 'grade.maxFxRetakes');
    const individualDays = numberSetting(ctx.settings, 'grade.individualSittingDays');
    const register = readRegister(ctx, semester);
    const statements = new Map(register.all.map((s) => [s.statementNo, s]));
    const records = ctx.tables.read(finalGradesSheet).rows.map((r) => r.record);
    const recordOf = new Map(records.map((r) => [`${r.statementNo}|${r.studentId}`, r]));
    const teachers = ctx.tables.read(teachersSheet).rows.map((r) => r.record);
    const teacherById = new Map(teachers.map((t) => [t.id, t]));
    const teacherByEmail = new Map(teachers.map((t) => [t.email.toLowerCase(), t]));
    const students = new Map(ctx.tables.read(studentsSheet).rows.map((r) => [r.record.id, r.record]));
    const table = ctx.tables.read(referralsSheet);
    const referrals: ReferralRow[] = table.rows.map((r) => ({ ...r.record }));
    let seq = nextReferralSeq(referrals.map((r) => r.number), code);
    const problems = table.exists ? [...table.problems] : [];
    const asGrade = (r: (typeof records)[number]): GradeRecord => ({ ...r, term: r.term });
    // A continuation places the lines of referrals issued by the run before (their numbers are in the token).
    const placing = /^place\|(.*)$/.exec(String(params.continueToken ?? ''));
    const issued: ReferralRow[] = [];
    let refused = 0;

    // Rows the office typed (no number yet): individual sittings, or an FX retake asked by hand.
    for (const ref of placing ? [] : referrals) {
      if (ref.number !== '') continue;
      const record = recordOf.get(`${ref.statementNo}|${ref.studentId}`);
      const st = statements.get(ref.statementNo);
      const refusal = referralAllowed(record ? asGrade(record) : undefined, ref.reason, maxFx);
      if (refusal || !st || !record) {
        ref.status = 'refused';
        ref.note = ctx.t(`att.referral.refused.${refusal ?? 'noGrade'}`, { max: maxFx });
        ref.number = referralNumber(code, seq++);
        refused++;
        continue;
      }
      Object.assign(ref, {
        number: referralNumber(code, seq++),
        studentName: studentName(students.get(ref.studentId)) || record.studentName,
        disciplineCode: st.disciplineCode,
        examiner: ref.examiner || st.teacherEmail,
        deadline: ref.deadline || addDays(now, ref.reason === 'fxRetake' ? numberSetting(ctx.settings, 'grade.fxRetakeDays') : individualDays),
        admission: record.admission,
        status: 'open' as const,
      });
      issued.push(ref);
    }
    // Every FX of the semester with a retake left and no open referral (done retakes count even before recomputing).
    const retakes = new Map<string, ReferralRow[]>();
    for (const r of referrals) if (r.reason === 'fxRetake' && r.number !== '') retakes.set(`${r.statementNo}|${r.studentId}`, [...(retakes.get(`${r.statementNo}|${r.studentId}`) ?? []), r]);
    const semesterNos = new Set(register.current.map((s) => s.statementNo));
    for (const record of placing ? [] : records) {
      if (!semesterNos.has(record.statementNo) || record.outcome !== 'fx') continue;
      const own = (retakes.get(`${record.statementNo}|${record.studentId}`) ?? []).sort((a, b) => a.number.localeCompare(b.number));
      if (own.some((r) => r.status === 'open')) continue;
      const done = own.filter((r) => r.status === 'done');
      if (done.length > 0 && done[done.length - 1].letter !== 'FX') continue;
      if (Math.max(done.length, record.retakesUsed) >= maxFx) continue;
      if (record.fxDeadline !== '' && now > record.fxDeadline) continue;
      const st = statements.get(record.statementNo);
      if (!st) continue;
      const ref: ReferralRow = {
        number: referralNumber(code, seq++),
        reason: 'fxRetake',
        statementNo: record.statementNo,
        studentId: record.studentId,
        studentName: record.studentName,
        disciplineCode: record.disciplineCode,
        examiner: st.teacherEmail,
        deadline: record.fxDeadline || addDays(now, numberSetting(ctx.settings, 'grade.fxRetakeDays')),
        admission: record.admission,
        exam: null,
        final: null,
        letter: '',
        status: 'open',
        note: '',
      };
      referrals.push(ref);
      issued.push(ref);
    }

    // One append per examiner file: the referral line, with the admission rating already filled. The examiner's file is
    // their grade file of the semester; an examiner without one gets the line in the statement teacher's file.
    const fileOfTeacher = new Map(fileRefs(register.current).map((f) => [f.teacherId, f]));
    const perFile = new Map<string, { ref: FileRef; rows: unknown[][] }>();
    const unplaced: string[] = [];
    const toPlace = placing ? referrals.filter((r) => new Set(placing[1].split(',')).has(r.number)) : issued;
    for (const ref of toPlace) {
      const st = statements.get(ref.statementNo);
      const examiner = teacherByEmail.get(ref.examiner.toLowerCase()) ?? teacherById.get(st?.teacherId ?? '');
      const file = (examiner ? fileOfTeacher.get(examiner.id) : undefined) ?? fileOfTeacher.get(st?.teacherId ?? '');
      if (!file) {
        unplaced.push(ref.number);
        continue;
      }
      const cells = gradeEntryCells(
        { statementNo: ref.number, disciplineCode: ref.disciplineCode, disciplineName: st?.disciplineName ?? '', unit: ctx.t(`att.referral.reason.${ref.reason}`), studentId: ref.studentId, studentName: ref.studentName, current: '', midterm1: '', midterm2: '', exam: '', admission: ref.admission, final: null, letter: '', points: null, traditional: '', outcome: '' },
        ctx.lang,
      );
      const entry = perFile.get(file.fileId) ?? { ref: file, rows: [] };
      entry.rows.push(cells);
      perFile.set(file.fileId, entry);
    }
    if (!placing) writeTable(ctx, referralsSheet, referrals);
    const office = registrars(ctx);
    const files = spreadsheetFiles(ctx);
    const remaining: string[] = [];
    let placed = 0;
    for (const { ref, rows } of perFile.values()) {
      // Within the time budget; the numbers still to place go into the continue token.
      if (placed > 0 && ctx.ports.clock.elapsedMs() > FILES_BUDGET_MS) {
        remaining.push(...rows.map((r) => String(r[0])));
        continue;
      }
      placed++;
      const book = files.open(ref.fileId);
      if (!book) {
        unplaced.push(...rows.map((r) => String(r[0])));
        continue;
      }
      // The examiner must be able to type the result, even when their statements are locked (edits there are refused and logged).
      files.share(ref.fileId, { editors: [ref.teacherEmail, ...office], viewers: [] });
      book.appendRows(ref.sheetName, rows);
    }
    for (const number of unplaced) problems.push({ sheet: ctx.tables.nameFor(referralsSheet), row: 0, column: 'number', value: number, code: 'referralNoFile', params: { number, columnLabel: 'number' }, severity: 'warning' as const });
    ctx.tables.invalidate();
    const counts = { issued: issued.length, refused, total: referrals.length, examinerFiles: placed, unplaced: unplaced.length, toPlace: remaining.length };
    return { ok: true, message: ctx.t('attestation.referralsIssued', counts), counts, problems: problems.length > 0 ? problems : undefined, continueToken: remaining.length > 0 ? `place|${remaining.join(',')}` : undefined };
  },
});
