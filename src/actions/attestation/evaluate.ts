// Evaluates a semester's statements: reads the register, the grade record and the referrals once each, takes the
// teachers' files as collected; validates every typed score; computes admission and final grades; refuses changes to locked statements
// (logging each refused attempt); applies referral results. Pure of writes: callers decide what to write.

import type { Problem } from '../../domain/errors';
import {
  addDays,
  applyReferralExam,
  computeFinalGrade,
  type FinalGrade,
  gradeRulesFromSettings,
  type GradeRules,
  parseScore,
  type ScoreEntry,
  type SemesterRef,
  sameScore,
} from '../../domain/grades';
import { numberSetting } from '../../domain/settings';
import { studentsSheet, programmesSheet } from '../../sheets';
import {
  type FinalGradeRow,
  finalGradesSheet,
  gradeAuditSheet,
  type GradeAuditRow,
  INPUT_COLUMNS,
  type InputColumn,
  OUTCOME_OPTIONS,
  type ReferralRow,
  referralsSheet,
  type StatementRow,
  TRADITIONAL_OPTIONS,
} from '../../sheets/grades';
import type { ActionContext } from '../types';
import { gradeProblem, readGradeScale, readRegister, type Register, studentName, today } from './common';
import type { EntryLine, TeacherSheet } from './teacherFiles';

export interface EvaluatedLine {
  statement: StatementRow;
  line: EntryLine | null;
  grade: FinalGrade;
  record: FinalGradeRow;
}

export interface Evaluation {
  semester: SemesterRef;
  today: string;
  rules: GradeRules;
  register: Register;
  /** The whole grade record after evaluation: other semesters unchanged, this semester recomputed. */
  records: FinalGradeRow[];
  lines: EvaluatedLine[];
  problems: Problem[];
  /** New audit rows (refused edits of locked statements), not yet written. */
  audit: GradeAuditRow[];
  referrals: ReferralRow[];
  referralsChanged: boolean;
  /** The teachers' files as collected, by file id. */
  sheets: Map<string, TeacherSheet>;
  /** Statement numbers that lock in this evaluation (deadline passed). */
  newlyLocked: Set<string>;
  /** File id → referral lines (examiners' files). */
  referralLines: Map<string, EntryLine[]>;
}

const key = (statementNo: string, studentId: string) => `${statementNo}|${studentId}`;

function entryOf(r: FinalGradeRow | undefined): ScoreEntry {
  return { current: r?.current ?? null, midterm1: r?.midterm1 ?? null, midterm2: r?.midterm2 ?? null, exam: r?.exam ?? null, examAbsent: r?.examAbsent ?? false };
}

function shown(v: number | null, absent = false): string {
  if (absent) return 'н/я';
  return v === null ? '' : String(v);
}

/**
 * Evaluates the semester from the teachers' files as collected (`sheets`, by file id; see collectTeacherFiles).
 * Referral lines are found in whichever file holds them (the examiner's).
 */
export function evaluateSemester(ctx: ActionContext, semester: SemesterRef, options: { lock: boolean }, sheets: Map<string, TeacherSheet>): Evaluation {
  const now = today(ctx);
  const register = readRegister(ctx, semester);
  const { scale } = readGradeScale(ctx);
  const rules = gradeRulesFromSettings(ctx.settings, scale);
  const fxDays = numberSetting(ctx.settings, 'grade.fxRetakeDays');
  const students = new Map(ctx.tables.read(studentsSheet).rows.map((r) => [r.record.id, r.record]));
  const faculties = new Map(ctx.tables.read(programmesSheet).rows.map((r) => [r.record.code, r.record.facultyCode]));
  const recordTable = ctx.tables.read(finalGradesSheet);
  const oldRecords = new Map(recordTable.rows.map((r) => [key(r.record.statementNo, r.record.studentId), r.record]));
  const referralTable = ctx.tables.read(referralsSheet);
  const referrals = referralTable.rows.map((r) => ({ ...r.record }));
  const auditTable = ctx.tables.read(gradeAuditSheet);
  const refusedBefore = new Set(auditTable.rows.filter((r) => r.record.status === 'rejected').map((r) => `${r.record.statementNo}|${r.record.studentId}|${r.record.field}|${r.record.newValue}`));

  const problems: Problem[] = [];
  const audit: GradeAuditRow[] = [];
  const referralNos = new Set(referrals.map((r) => r.number).filter((n) => n !== ''));
  const linesByStatement = new Map<string, EntryLine[]>();
  const referralLines = new Map<string, EntryLine[]>();
  const statementNos = new Set(register.current.map((s) => s.statementNo));
  const fileOf = new Map(register.current.map((s) => [s.statementNo, s.fileId]));
  for (const sheet of sheets.values()) {
    for (const line of sheet.lines) {
      if (referralNos.has(line.statementNo)) {
        referralLines.set(sheet.fileId, [...(referralLines.get(sheet.fileId) ?? []), line]);
      } else if (statementNos.has(line.statementNo)) {
        // A statement counts only in its own teacher's file: a number copied into another file is refused.
        if (fileOf.get(line.statementNo) !== sheet.fileId) {
          problems.push(gradeProblem(ctx, line, 'statementNo', line.statementNo, 'foreignStatement', { statementNo: line.statementNo }));
          continue;
        }
        linesByStatement.set(line.statementNo, [...(linesByStatement.get(line.statementNo) ?? []), line]);
      }
    }
  }

  // Referral results (exam typed by the examiner in their sheet).
  let referralsChanged = false;
  const referralByNo = new Map(referrals.map((r) => [r.number, r]));
  for (const lines of referralLines.values()) {
    for (const line of lines) {
      const ref = referralByNo.get(line.statementNo);
      if (!ref || ref.status === 'refused') continue;
      const p = parseScore(line.exam, true);
      if (p.kind === 'error') {
        problems.push(gradeProblem(ctx, line, 'exam', line.exam, p.code));
        continue;
      }
      const exam = p.kind === 'score' ? p.value : null;
      if (p.kind === 'empty') continue;
      if (ref.status === 'done' && sameScore(ref.exam, exam)) continue;
      if (ref.status === 'done' && !sameScore(ref.exam, exam)) {
        problems.push(gradeProblem(ctx, line, 'exam', line.exam, 'gradeAfterLock', { statementNo: ref.number }));
        continue;
      }
      const { grade } = applyReferralExam(ref.admission ?? 0, exam, ref.reason, rules, p.kind === 'absent');
      Object.assign(ref, { exam, final: grade.final, letter: grade.letter, status: 'done' as const });
      referralsChanged = true;
    }
  }
  for (const ref of referrals) {
    if (ref.status === 'open' && ref.deadline !== '' && now > ref.deadline) {
      ref.status = 'expired';
      referralsChanged = true;
    }
  }
  const doneReferrals = new Map<string, ReferralRow[]>();
  for (const ref of [...referrals].sort((a, b) => a.number.localeCompare(b.number))) {
    if (ref.status !== 'done') continue;
    const k = key(ref.statementNo, ref.studentId);
    doneReferrals.set(k, [...(doneReferrals.get(k) ?? []), ref]);
  }

  const recordsByStatement = new Map<string, string[]>();
  for (const r of oldRecords.values()) recordsByStatement.set(r.statementNo, [...(recordsByStatement.get(r.statementNo) ?? []), r.studentId]);
  const openReferral = new Map<string, ReferralRow>();
  for (const r of referrals) if (r.status === 'open') openReferral.set(key(r.statementNo, r.studentId), r);
  const newlyLocked = new Set<string>();
  const lines: EvaluatedLine[] = [];
  const records = new Map<string, FinalGradeRow>();
  for (const st of register.current) {
    const locked = st.status === 'locked';
    const willLock = !locked && options.lock && st.deadline !== '' && now > st.deadline;
    if (willLock) newlyLocked.add(st.statementNo);
    const seen = new Set<string>();
    const stLines = linesByStatement.get(st.statementNo) ?? [];
    const recordStudents = recordsByStatement.get(st.statementNo) ?? [];
    const items: Array<{ studentId: string; line: EntryLine | null }> = [
      ...stLines.map((l) => ({ studentId: l.studentId, line: l as EntryLine | null })),
      ...recordStudents.map((studentId) => ({ studentId, line: null })),
    ];
    for (const { studentId, line } of items) {
      if (seen.has(studentId)) {
        if (line) problems.push(gradeProblem(ctx, line, 'studentId', studentId, 'duplicateLine', { statementNo: st.statementNo }));
        continue;
      }
      seen.add(studentId);
      const old = oldRecords.get(key(st.statementNo, studentId));
      const entry = entryOf(old);
      if (line) {
        if (!students.has(studentId)) {
          problems.push(gradeProblem(ctx, line, 'studentId', studentId, 'unknownStudent'));
          continue;
        }
        for (const col of INPUT_COLUMNS) {
          const p = parseScore(line[col], col === 'exam');
          const before = col === 'exam' && entry.examAbsent ? 'н/я' : shown(entry[col]);
          if (p.kind === 'error') {
            problems.push(gradeProblem(ctx, line, col, line[col], p.code));
            continue;
          }
          const value = p.kind === 'score' ? p.value : null;
          const absent = p.kind === 'absent';
          const unchanged = sameScore(value, entry[col]) && (col !== 'exam' || absent === Boolean(entry.examAbsent));
          if (unchanged) continue;
          if (locked) {
            const typed = absent ? 'н/я' : shown(value);
            problems.push(gradeProblem(ctx, line, col, line[col], 'gradeAfterLock', { statementNo: st.statementNo }));
            const k = `${st.statementNo}|${studentId}|${col}|${typed}`;
            if (!refusedBefore.has(k)) {
              refusedBefore.add(k);
              audit.push({ at: ctx.ports.clock.now().toISOString(), user: ctx.user, statementNo: st.statementNo, studentId, field: col, oldValue: before, newValue: typed, reason: '', status: 'rejected' });
            }
            continue;
          }
          (entry as unknown as Record<InputColumn, number | null>)[col] = value;
          if (col === 'exam') entry.examAbsent = absent;
        }
      }
      let grade = computeFinalGrade({ ...entry, passFail: st.assessment === 'passFail' }, rules);
      let retakesUsed = 0;
      for (const ref of doneReferrals.get(key(st.statementNo, studentId)) ?? []) {
        const applied = applyReferralExam(grade.admission ?? ref.admission ?? 0, ref.exam, ref.reason, rules, ref.exam === null);
        grade = applied.grade;
        if (applied.usesRetake) retakesUsed++;
      }
      const student = students.get(studentId);
      const fxDeadline = grade.outcome === 'fx' ? (openReferral.get(key(st.statementNo, studentId))?.deadline || (st.examDate ? addDays(st.examDate, fxDays) : '')) : '';
      const record: FinalGradeRow = {
        statementNo: st.statementNo,
        academicYear: st.academicYear,
        term: st.term,
        studentId,
        studentName: studentName(student) || old?.studentName || '',
        group: student?.group ?? old?.group ?? '',
        programmeCode: student?.programmeCode ?? old?.programmeCode ?? '',
        facultyCode: faculties.get(student?.programmeCode ?? '') ?? st.facultyCode,
        disciplineCode: st.disciplineCode,
        credits: st.credits,
        teacherId: st.teacherId,
        current: entry.current,
        midterm1: entry.midterm1,
        midterm2: entry.midterm2,
        exam: entry.exam,
        examAbsent: Boolean(entry.examAbsent),
        admission: grade.admission,
        final: grade.final,
        letter: grade.letter,
        points: grade.points,
        outcome: grade.outcome,
        passFail: st.assessment === 'passFail',
        retakesUsed,
        fxDeadline,
        locked: locked || willLock,
      };
      records.set(key(st.statementNo, studentId), record);
      lines.push({ statement: st, line, grade, record });
    }
  }
  const semesterKeys = new Set(register.current.map((s) => s.statementNo));
  const allRecords = [...recordTable.rows.map((r) => r.record).filter((r) => !semesterKeys.has(r.statementNo)), ...records.values()];
  return { semester, today: now, rules, register, records: allRecords, lines, problems, audit, referrals, referralsChanged, sheets, newlyLocked, referralLines };
}

/** The computed cells of one line, in COMPUTED_COLUMNS order, labels in the office language. */
export function computedCells(ctx: ActionContext, g: Pick<FinalGrade, 'admission' | 'final' | 'letter' | 'points' | 'traditional' | 'outcome'>): unknown[] {
  return [
    g.admission ?? '',
    g.final ?? '',
    g.letter,
    g.points ?? '',
    g.traditional === '' ? '' : TRADITIONAL_OPTIONS[g.traditional][ctx.lang],
    g.outcome === 'pending' ? '' : OUTCOME_OPTIONS[g.outcome][ctx.lang],
  ];
}
