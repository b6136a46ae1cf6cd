// Ratings: students (GPA per semester, year, cumulative; ranks in group, programme-year, faculty), groups, teaching staff.

import { computeGpa } from './gpa';
import type { GradeRecord } from './gradeRecord';
import { type GpaRules, round2 } from './gradeRules';
import { DEFAULT_GRADE_SCALE, type GradeScale, isAtLeast } from './gradeScale';
import { PASS_LETTER } from './finalGrade';
import type { SemesterRef } from './sections';

/**
 * Competition ranking ("1, 2, 2, 4") by descending score; items without a score get no rank.
 * @example rankByScore([{ id: 'a', s: 3 }, { id: 'b', s: 3.5 }, { id: 'c', s: 3 }], (x) => x.s) // → Map { b → 1, a → 2, c → 2 }
 */
export function rankByScore<T>(items: readonly T[], score: (item: T) => number | null): Map<T, number> {
  const scored = items.filter((i) => score(i) !== null).sort((a, b) => (score(b) as number) - (score(a) as number));
  const ranks = new Map<T, number>();
  scored.forEach((item, i) => {
    const prev = scored[i - 1];
    ranks.set(item, prev !== undefined && score(prev) === score(item) ? (ranks.get(prev) as number) : i + 1);
  });
  return ranks;
}

export interface RatedStudent {
  id: string;
  group: string;
  programmeCode: string;
  year: number;
  facultyCode: string;
}

export interface StudentRating {
  studentId: string;
  group: string;
  programmeCode: string;
  year: number;
  facultyCode: string;
  semesterGpa: number | null;
  yearGpa: number | null;
  cumulativeGpa: number | null;
  earnedCredits: number;
  debts: number;
  rankInGroup: number | null;
  rankInProgrammeYear: number | null;
  rankInFaculty: number | null;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const i of items) {
    const k = key(i);
    const list = out.get(k);
    if (list) list.push(i);
    else out.set(k, [i]);
  }
  return out;
}

/**
 * Each student's GPA for the semester, its academic year and all years, ranked by the semester GPA within the
 * group, the programme and year, and the faculty. Students without graded disciplines are listed unranked.
 */
export function computeStudentRatings(students: readonly RatedStudent[], records: readonly GradeRecord[], semester: SemesterRef, rules: GpaRules): StudentRating[] {
  const byStudent = groupBy(records, (r) => r.studentId);
  const rows: StudentRating[] = students.map((s) => {
    const own = byStudent.get(s.id) ?? [];
    const sem = computeGpa(own.filter((r) => r.academicYear === semester.academicYear && r.term === semester.term), rules);
    const year = computeGpa(own.filter((r) => r.academicYear === semester.academicYear), rules);
    const all = computeGpa(own, rules);
    return {
      studentId: s.id,
      group: s.group,
      programmeCode: s.programmeCode,
      year: s.year,
      facultyCode: s.facultyCode,
      semesterGpa: sem.gpa,
      yearGpa: year.gpa,
      cumulativeGpa: all.gpa,
      earnedCredits: all.earnedCredits,
      debts: all.debts,
      rankInGroup: null,
      rankInProgrammeYear: null,
      rankInFaculty: null,
    };
  });
  const assign = (key: (r: StudentRating) => string, field: 'rankInGroup' | 'rankInProgrammeYear' | 'rankInFaculty') => {
    for (const list of groupBy(rows, key).values()) {
      const ranks = rankByScore(list, (r) => r.semesterGpa);
      for (const r of list) r[field] = ranks.get(r) ?? null;
    }
  };
  assign((r) => r.group, 'rankInGroup');
  assign((r) => `${r.programmeCode}|${r.year}`, 'rankInProgrammeYear');
  assign((r) => r.facultyCode, 'rankInFaculty');
  return rows;
}

export interface ShareRules {
  performanceMinLetter: string;
  qualityMinLetter: string;
  scale?: GradeScale;
}

/**
 * Performance % (share of A…D) and quality % (share of A…C+) of final grades; pending grades are not counted,
 * a passed pass/fail grade counts for performance only.
 * @example performanceAndQuality(['A', 'C', 'FX', 'F'], rules) // → { graded: 4, performance: 50, quality: 25 }
 */
export function performanceAndQuality(letters: readonly string[], rules: ShareRules): { graded: number; performance: number | null; quality: number | null } {
  const scale = rules.scale ?? DEFAULT_GRADE_SCALE;
  const graded = letters.filter((l) => l !== '');
  if (graded.length === 0) return { graded: 0, performance: null, quality: null };
  const lettered = graded.filter((l) => l !== PASS_LETTER);
  const passed = graded.filter((l) => l === PASS_LETTER || isAtLeast(l, rules.performanceMinLetter, scale)).length;
  const quality = lettered.filter((l) => isAtLeast(l, rules.qualityMinLetter, scale)).length;
  return {
    graded: graded.length,
    performance: round2((100 * passed) / graded.length),
    quality: lettered.length > 0 ? round2((100 * quality) / lettered.length) : null,
  };
}

export interface GroupRating {
  group: string;
  programmeCode: string;
  facultyCode: string;
  students: number;
  averageGpa: number | null;
  performance: number | null;
  quality: number | null;
  rank: number | null;
}

/** Group rating for the semester: average semester GPA of its students, performance % and quality % of its grades. */
export function computeGroupRatings(ratings: readonly StudentRating[], records: readonly GradeRecord[], semester: SemesterRef, rules: ShareRules): GroupRating[] {
  const semRecords = records.filter((r) => r.academicYear === semester.academicYear && r.term === semester.term);
  const groupOf = new Map(ratings.map((r) => [r.studentId, r.group]));
  const lettersByGroup = groupBy(semRecords.filter((r) => r.outcome !== 'pending'), (r) => groupOf.get(r.studentId) ?? '');
  const rows: GroupRating[] = [...groupBy(ratings, (r) => r.group).entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([group, members]) => {
      const gpas = members.map((m) => m.semesterGpa).filter((g): g is number => g !== null);
      const shares = performanceAndQuality((lettersByGroup.get(group) ?? []).map((r) => r.letter), rules);
      return {
        group,
        programmeCode: members[0].programmeCode,
        facultyCode: members[0].facultyCode,
        students: members.length,
        averageGpa: gpas.length > 0 ? round2(gpas.reduce((a, b) => a + b, 0) / gpas.length) : null,
        performance: shares.performance,
        quality: shares.quality,
        rank: null,
      };
    });
  const ranks = rankByScore(rows, (r) => r.averageGpa);
  for (const r of rows) r.rank = ranks.get(r) ?? null;
  return rows;
}

export interface TeacherWeights {
  score: number;
  pass: number;
  quality: number;
  onTime: number;
}

export interface TeacherStatementOutcome {
  teacherId: string;
  finals: ReadonlyArray<{ final: number | null; letter: string }>;
  /** Submitted (fully graded) by its deadline. */
  onTime: boolean;
}

export interface TeacherRating {
  teacherId: string;
  statements: number;
  grades: number;
  averageScore: number | null;
  passRate: number | null;
  qualityRate: number | null;
  onTimeRate: number;
  score: number | null;
  rank: number | null;
}

/**
 * The teaching-staff rating from their statements' outcomes: each indicator on a 0–100 scale, combined with the
 * weights (normalised to sum 1). The formula text is `teacherRatingFormula(weights)`.
 * @example teacher with average 80, pass 100 %, quality 50 %, on time 100 %, default weights → 0.4·80 + 0.2·100 + 0.2·50 + 0.2·100 = 82
 */
export function computeTeacherRatings(outcomes: readonly TeacherStatementOutcome[], weights: TeacherWeights, rules: ShareRules): TeacherRating[] {
  const total = weights.score + weights.pass + weights.quality + weights.onTime || 1;
  const rows: TeacherRating[] = [...groupBy(outcomes, (o) => o.teacherId).entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([teacherId, list]) => {
      const finals = list.flatMap((o) => o.finals).filter((f) => f.letter !== '');
      const scores = finals.map((f) => f.final).filter((x): x is number => x !== null);
      const shares = performanceAndQuality(finals.map((f) => f.letter), rules);
      const averageScore = scores.length > 0 ? round2(scores.reduce((a, b) => a + b, 0) / scores.length) : null;
      const onTimeRate = round2((100 * list.filter((o) => o.onTime).length) / list.length);
      const score =
        averageScore === null
          ? null
          : round2((weights.score * averageScore + weights.pass * (shares.performance ?? 0) + weights.quality * (shares.quality ?? 0) + weights.onTime * onTimeRate) / total);
      return { teacherId, statements: list.length, grades: finals.length, averageScore, passRate: shares.performance, qualityRate: shares.quality, onTimeRate, score, rank: null };
    });
  const ranks = rankByScore(rows, (r) => r.score);
  for (const r of rows) r.rank = ranks.get(r) ?? null;
  return rows;
}

/** The formula shown next to the teaching-staff figures. @example teacherRatingFormula({ score: 0.4, pass: 0.2, quality: 0.2, onTime: 0.2 }) // → '0.4×avg + 0.2×pass% + 0.2×quality% + 0.2×onTime%' */
export function teacherRatingFormula(w: TeacherWeights): string {
  return `${w.score}×avg + ${w.pass}×pass% + ${w.quality}×quality% + ${w.onTime}×onTime%`;
}

/**
 * Students whose cumulative GPA is below their year's transfer threshold (repeat the year).
 * @example belowTransferThreshold([{ studentId: 's', year: 1, cumulativeGpa: 1.79 }], [1.8, 2, 2.1, 2.2]) // → [{ studentId: 's', year: 1, gpa: 1.79, threshold: 1.8 }]
 */
export function belowTransferThreshold(
  ratings: ReadonlyArray<Pick<StudentRating, 'studentId' | 'year' | 'cumulativeGpa'>>,
  thresholds: readonly number[],
): Array<{ studentId: string; year: number; gpa: number; threshold: number }> {
  const out: Array<{ studentId: string; year: number; gpa: number; threshold: number }> = [];
  for (const r of ratings) {
    const threshold = thresholds[Math.min(r.year, thresholds.length) - 1];
    if (threshold === undefined || r.cumulativeGpa === null) continue;
    if (r.cumulativeGpa < threshold) out.push({ studentId: r.studentId, year: r.year, gpa: r.cumulativeGpa, threshold });
  }
  return out;
}
