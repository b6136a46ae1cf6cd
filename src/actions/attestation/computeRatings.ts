// computeRatings (plan item 13): GPA per semester, year and cumulative; student ranks in group, programme-year and
// faculty; group rating; teaching-staff rating with its indicators, weights and formula; the transfer-GPA check.

import {
  belowTransferThreshold,
  computeGroupRatings,
  computeStudentRatings,
  computeTeacherRatings,
  gpaRulesFromSettings,
  type GradeRecord,
  semesterCode,
  teacherRatingFormula,
} from '../../domain/grades';
import { numberSetting, textSetting } from '../../domain/settings';
import { programmesSheet, studentsSheet, teachersSheet } from '../../sheets';
import { finalGradesSheet, groupRatingSheet, studentRatingSheet, teacherRatingSheet, transferCheckSheet } from '../../sheets/grades';
import { defineAction } from '../types';
import { readGradeScale, readRegister, semesterParam, studentName, today, writeTable } from './common';

export interface ComputeRatingsParams {
  academicYear?: string;
  term?: string;
}

const ACTIVE = new Set(['active', 'reinstated', 'transferredIn']);

export const computeRatings = defineAction<ComputeRatingsParams>({
  id: 'computeRatings',
  area: 'B',
  planItems: [13],
  titleKey: 'action.computeRatings',
  inMenu: true,
  mutates: true,
  run(ctx, params) {
    const semester = semesterParam(ctx, params);
    const now = today(ctx);
    const gpaRules = gpaRulesFromSettings(ctx.settings);
    const { scale } = readGradeScale(ctx);
    const shareRules = { performanceMinLetter: textSetting(ctx.settings, 'grade.performanceMinLetter'), qualityMinLetter: textSetting(ctx.settings, 'grade.qualityMinLetter'), scale };
    const records: GradeRecord[] = ctx.tables.read(finalGradesSheet).rows.map((r) => r.record);
    const students = ctx.tables.read(studentsSheet).rows.map((r) => r.record).filter((s) => ACTIVE.has(s.status));
    const facultyOf = new Map(ctx.tables.read(programmesSheet).rows.map((r) => [r.record.code, r.record.facultyCode]));
    const teachers = new Map(ctx.tables.read(teachersSheet).rows.map((r) => [r.record.id, r.record]));
    const register = readRegister(ctx, semester);
    if (records.length === 0) return { ok: false, message: ctx.t('attestation.noRecords'), counts: {} };

    const rated = students.map((s) => ({ id: s.id, group: s.group, programmeCode: s.programmeCode, year: s.year, facultyCode: facultyOf.get(s.programmeCode) ?? '' }));
    const byId = new Map(students.map((s) => [s.id, s]));
    const studentRows = computeStudentRatings(rated, records, semester, gpaRules);
    const groupRows = computeGroupRatings(studentRows, records, semester, shareRules);
    const weights = {
      score: numberSetting(ctx.settings, 'rating.teacherWeightScore'),
      pass: numberSetting(ctx.settings, 'rating.teacherWeightPass'),
      quality: numberSetting(ctx.settings, 'rating.teacherWeightQuality'),
      onTime: numberSetting(ctx.settings, 'rating.teacherWeightOnTime'),
    };
    const semRecords = new Map<string, GradeRecord[]>();
    for (const r of records) semRecords.set(r.statementNo, [...(semRecords.get(r.statementNo) ?? []), r]);
    // On time: every line graded by the deadline (a statement locks at its deadline with what was entered).
    const outcomes = register.current.map((s) => ({
      teacherId: s.teacherId,
      finals: (semRecords.get(s.statementNo) ?? []).map((r) => ({ final: r.final, letter: r.outcome === 'pending' ? '' : r.letter })),
      onTime: (s.graded ?? 0) >= s.students && (s.status === 'locked' || s.deadline === '' || now <= s.deadline),
    }));
    const teacherRows = computeTeacherRatings(outcomes, weights, shareRules);
    const formula = teacherRatingFormula(weights);
    const thresholds = [1, 2, 3, 4].map((y) => numberSetting(ctx.settings, `gpa.transferYear${y}`));
    const below = belowTransferThreshold(studentRows, thresholds);

    writeTable(ctx, studentRatingSheet, studentRows.map((r) => ({ ...r, studentName: studentName(byId.get(r.studentId)) })));
    writeTable(ctx, groupRatingSheet, groupRows);
    writeTable(ctx, teacherRatingSheet, teacherRows.map((r) => ({ ...r, teacherName: studentName(teachers.get(r.teacherId)), departmentCode: teachers.get(r.teacherId)?.departmentCode ?? '', formula })));
    writeTable(ctx, transferCheckSheet, below.map((b) => ({ ...b, studentName: studentName(byId.get(b.studentId)), group: byId.get(b.studentId)?.group ?? '' })));
    ctx.tables.invalidate();
    const gpas = studentRows.map((r) => r.semesterGpa).filter((g): g is number => g !== null);
    const counts = { students: studentRows.length, rated: gpas.length, groups: groupRows.length, teachers: teacherRows.length, belowTransfer: below.length };
    const avg = gpas.length > 0 ? Math.round((gpas.reduce((a, b) => a + b, 0) / gpas.length) * 100) / 100 : 0;
    return { ok: true, message: ctx.t('attestation.ratingsDone', { ...counts, semester: semesterCode(semester), average: avg, formula }), counts, data: { averageGpa: avg, formula } };
  },
});
