// The study-plan (ИУП) audit: compulsory disciplines present, elective blocks filled, prerequisites passed,
// credits per semester within the limits, no discipline twice. The same rules check a form submission.

import type { CurriculumEntry } from '../types';
import type { PlanLine, PlanProblem } from './types';

/** What a programme's curriculum requires of one year of study: a compact, JSON-safe rule set. */
export interface PlanRules {
  year: number;
  compulsory: Array<{ disciplineCode: string; semester: number; credits: number }>;
  blocks: Array<{ block: string; choose: number }>;
  /** Elective discipline → [block, semester, credits]. */
  electives: Record<string, [string, number, number]>;
  /** Discipline → prerequisite codes. */
  prerequisites: Record<string, string[]>;
  /** Disciplines of earlier years of the curriculum (taken before this year). */
  earlier: string[];
  /** Semesters of this year that carry disciplines (credit limits apply to each). */
  semesters: number[];
  minCredits: number;
  maxCredits: number;
}

/**
 * Derives the rules of `programmeCode`, year `year` from the curriculum; null when the programme has no curriculum.
 * Compulsory means every line outside an elective block (ОК and ВК alike).
 */
export function planRulesFor(
  curriculum: readonly CurriculumEntry[],
  programmeCode: string,
  year: number,
  limits: { minCredits: number; maxCredits: number },
): PlanRules | null {
  const lines = curriculum.filter((c) => c.programmeCode === programmeCode);
  if (lines.length === 0) return null;
  const rules: PlanRules = { year, compulsory: [], blocks: [], electives: {}, prerequisites: {}, earlier: [], semesters: [], minCredits: limits.minCredits, maxCredits: limits.maxCredits };
  const blocks = new Map<string, number>();
  const semesters = new Set<number>();
  const earlier = new Set<string>();
  for (const c of lines) {
    if (c.prerequisites.length > 0) rules.prerequisites[c.disciplineCode] = [...c.prerequisites];
    if (c.year < year) {
      earlier.add(c.disciplineCode);
      continue;
    }
    if (c.year !== year) continue;
    semesters.add(c.semester);
    if (c.electiveBlock === '') rules.compulsory.push({ disciplineCode: c.disciplineCode, semester: c.semester, credits: c.credits });
    else {
      rules.electives[c.disciplineCode] = [c.electiveBlock, c.semester, c.credits];
      blocks.set(c.electiveBlock, Math.max(blocks.get(c.electiveBlock) ?? 0, c.choose || 1));
    }
  }
  for (const code of Object.keys(rules.prerequisites)) {
    if (!rules.electives[code] && !rules.compulsory.some((c) => c.disciplineCode === code)) delete rules.prerequisites[code];
  }
  rules.blocks = [...blocks].map(([block, choose]) => ({ block, choose })).sort((a, b) => a.block.localeCompare(b.block));
  rules.semesters = [...semesters].sort();
  rules.earlier = [...earlier].sort();
  return rules;
}

export interface AuditOptions {
  /** Open academic debts: a prerequisite with a debt is not passed. */
  debts?: ReadonlySet<string>;
  /** Skip the checks that a partial plan cannot pass yet (e.g. blocks of a form the student has not finished). */
  skip?: ReadonlyArray<PlanProblem['code']>;
}

/**
 * Audits one student's plan for the year. Returns every problem found (empty when the plan is sound).
 * @example
 * // credits 36 in semester 1 with maxCredits 35 → [{ code: 'creditsAboveMax', semester: 1, value: 36, limit: 35 }]
 */
export function auditStudyPlan(lines: readonly PlanLine[], rules: PlanRules | null, options: AuditOptions = {}): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const skip = new Set(options.skip ?? []);
  const add = (p: PlanProblem) => {
    if (!skip.has(p.code)) problems.push(p);
  };
  if (!rules) {
    add({ code: 'noCurriculum', disciplineCode: '', semester: 0, value: 0, limit: 0 });
    return problems;
  }
  const debts = options.debts ?? new Set<string>();
  const seen = new Map<string, number>();
  for (const l of lines) seen.set(l.disciplineCode, (seen.get(l.disciplineCode) ?? 0) + 1);
  for (const [code, n] of seen) if (n > 1) add({ code: 'duplicateDiscipline', disciplineCode: code, semester: 0, value: n, limit: 1 });
  for (const c of rules.compulsory) {
    if (!seen.has(c.disciplineCode)) add({ code: 'compulsoryMissing', disciplineCode: c.disciplineCode, semester: c.semester, value: 0, limit: 1 });
  }
  const perBlock = new Map<string, number>();
  for (const l of lines) {
    if (l.source !== 'elective') continue;
    const e = rules.electives[l.disciplineCode];
    if (!e) {
      add({ code: 'notInCurriculum', disciplineCode: l.disciplineCode, semester: l.semester, value: 0, limit: 0 });
      continue;
    }
    perBlock.set(e[0], (perBlock.get(e[0]) ?? 0) + 1);
  }
  for (const b of rules.blocks) {
    const n = perBlock.get(b.block) ?? 0;
    if (n < b.choose) add({ code: 'blockUnfilled', disciplineCode: b.block, semester: 0, value: n, limit: b.choose });
    if (n > b.choose) add({ code: 'blockOverfilled', disciplineCode: b.block, semester: 0, value: n, limit: b.choose });
  }
  const earlier = new Set(rules.earlier);
  for (const l of lines) {
    for (const pre of rules.prerequisites[l.disciplineCode] ?? []) {
      const inPlanBefore = lines.some((o) => o.disciplineCode === pre && o.semester < l.semester);
      const passed = !debts.has(pre) && (earlier.has(pre) || inPlanBefore);
      if (!passed) add({ code: 'prerequisiteNotPassed', disciplineCode: l.disciplineCode, semester: l.semester, value: 0, limit: 0 });
    }
  }
  const credits = new Map<number, number>();
  for (const l of lines) credits.set(l.semester, (credits.get(l.semester) ?? 0) + l.credits);
  const semesters = new Set([...rules.semesters, ...credits.keys()]);
  for (const s of [...semesters].sort()) {
    const c = credits.get(s) ?? 0;
    if (c < rules.minCredits) add({ code: 'creditsBelowMin', disciplineCode: '', semester: s, value: c, limit: rules.minCredits });
    if (c > rules.maxCredits) add({ code: 'creditsAboveMax', disciplineCode: '', semester: s, value: c, limit: rules.maxCredits });
  }
  return problems;
}

/** The status a plan takes after an audit, keeping an advisor's approval when the plan is sound. */
export function planStatus(problems: readonly PlanProblem[], previous: string): 'draft' | 'problems' | 'approved' | 'registered' {
  if (problems.length > 0) return 'problems';
  if (previous === 'approved' || previous === 'registered') return 'registered';
  return 'draft';
}
