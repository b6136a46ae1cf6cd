// Midterm monitoring (after РК1 and РК2): share of students below the threshold per faculty, programme, group and
// discipline; at-risk students; teachers with missing grades; the due date of the monitoring itself.

import { round2 } from './gradeRules';

export interface MidtermLine {
  statementNo: string;
  studentId: string;
  disciplineCode: string;
  teacherId: string;
  facultyCode: string;
  programmeCode: string;
  group: string;
  /** The РК score, null when not entered. */
  score: number | null;
}

export type MonitoringLevel = 'faculty' | 'programme' | 'group' | 'discipline';
export const MONITORING_LEVELS: readonly MonitoringLevel[] = ['faculty', 'programme', 'group', 'discipline'];

export interface MidtermFigure {
  level: MonitoringLevel;
  key: string;
  lines: number;
  entered: number;
  below: number;
  /** below / entered, %; null when nothing is entered. */
  share: number | null;
}

export interface AtRiskStudent {
  studentId: string;
  group: string;
  facultyCode: string;
  disciplines: string[];
  /** Below the threshold in `severalCount` disciplines or more. */
  several: boolean;
}

export interface MissingGrades {
  teacherId: string;
  statements: string[];
  missing: number;
}

export interface MidtermReport {
  figures: MidtermFigure[];
  atRisk: AtRiskStudent[];
  missingTeachers: MissingGrades[];
}

/**
 * Computes the monitoring from statement lines. A score strictly below `threshold` counts as below.
 * @example monitorMidterm([{ score: 49, ... }, { score: 50, ... }], 50, 2).figures[0] // → { level: 'faculty', lines: 2, entered: 2, below: 1, share: 50 }
 */
export function monitorMidterm(lines: readonly MidtermLine[], threshold: number, severalCount: number): MidtermReport {
  const figures = new Map<string, MidtermFigure>();
  const keyOf: Record<MonitoringLevel, (l: MidtermLine) => string> = {
    faculty: (l) => l.facultyCode,
    programme: (l) => l.programmeCode,
    group: (l) => l.group,
    discipline: (l) => l.disciplineCode,
  };
  const risk = new Map<string, AtRiskStudent>();
  const missing = new Map<string, MissingGrades>();
  for (const l of lines) {
    const below = l.score !== null && l.score < threshold;
    for (const level of MONITORING_LEVELS) {
      const key = keyOf[level](l);
      const id = `${level}|${key}`;
      const f = figures.get(id) ?? { level, key, lines: 0, entered: 0, below: 0, share: null };
      f.lines++;
      if (l.score !== null) f.entered++;
      if (below) f.below++;
      figures.set(id, f);
    }
    if (below) {
      const r = risk.get(l.studentId) ?? { studentId: l.studentId, group: l.group, facultyCode: l.facultyCode, disciplines: [], several: false };
      if (!r.disciplines.includes(l.disciplineCode)) r.disciplines.push(l.disciplineCode);
      risk.set(l.studentId, r);
    }
    if (l.score === null) {
      const m = missing.get(l.teacherId) ?? { teacherId: l.teacherId, statements: [], missing: 0 };
      m.missing++;
      if (!m.statements.includes(l.statementNo)) m.statements.push(l.statementNo);
      missing.set(l.teacherId, m);
    }
  }
  const levelOrder = (l: MonitoringLevel) => MONITORING_LEVELS.indexOf(l);
  const outFigures = [...figures.values()]
    .map((f) => ({ ...f, share: f.entered > 0 ? round2((100 * f.below) / f.entered) : null }))
    .sort((a, b) => levelOrder(a.level) - levelOrder(b.level) || a.key.localeCompare(b.key));
  const atRisk = [...risk.values()]
    .map((r) => ({ ...r, disciplines: [...r.disciplines].sort(), several: r.disciplines.length >= severalCount }))
    .sort((a, b) => b.disciplines.length - a.disciplines.length || a.studentId.localeCompare(b.studentId));
  const missingTeachers = [...missing.values()].sort((a, b) => a.teacherId.localeCompare(b.teacherId));
  return { figures: outFigures, atRisk, missingTeachers };
}

/**
 * The day the monitoring is due: `days` calendar days after the control's last day.
 * @example midtermDueDate('2026-10-24', 2) // → '2026-10-26'
 */
export function midtermDueDate(controlEnd: string, days: number): string {
  const d = new Date(`${controlEnd}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Adds calendar days to an ISO date. @example addDays('2027-01-30', 3) // → '2027-02-02' */
export function addDays(iso: string, days: number): string {
  return midtermDueDate(iso, days);
}
