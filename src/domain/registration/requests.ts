// A student's request (their form answers, decoded) and how it becomes allocation needs and plan lines.

import type { PlanRules } from './audit';
import type { Need, PlanLine, Section } from './types';

export interface StudentRequest {
  studentId: string;
  /** ISO time of the submission ('' when the student has not submitted). */
  submittedAt: string;
  /** Elective block → chosen disciplines and reserve disciplines (in the order listed). */
  blocks: Record<string, { chosen: string[]; reserve: string[] }>;
  /** Discipline → preferred lecture section id. */
  teachers: Record<string, string>;
}

/** A form choice reads "[CODE] name…": the code in brackets is what the add-on stores. */
export function choiceCode(answer: string): string | null {
  const m = /^\s*\[([^\]]+)\]/.exec(answer);
  return m ? m[1].trim() : null;
}

export function choiceLabel(code: string, text: string): string {
  return `[${code}] ${text}`;
}

/** The lecture sections a student may sit in, for one discipline: their language, their audience, open ones. */
export type SectionFinder = (disciplineCode: string) => readonly Section[];

/**
 * Needs of one student: one per compulsory discipline, one per elective block (count = choose).
 * Sections are ordered: the preferred teacher's first, then the rest by id.
 */
export function buildNeeds(rules: PlanRules, request: StudentRequest | null, sectionsFor: SectionFinder): Need[] {
  const ordered = (code: string): string[] => {
    const list = sectionsFor(code).map((s) => s.id).sort();
    const preferred = request?.teachers[code];
    if (preferred && list.includes(preferred)) return [preferred, ...list.filter((id) => id !== preferred)];
    return list;
  };
  const needs: Need[] = [];
  for (const c of rules.compulsory) {
    needs.push({ key: `C:${c.disciplineCode}`, count: 1, compulsory: true, options: [{ disciplineCode: c.disciplineCode, rank: 0, sections: ordered(c.disciplineCode) }] });
  }
  for (const b of rules.blocks) {
    const answer = request?.blocks[b.block];
    const options: Need['options'] = [];
    const seen = new Set<string>();
    for (const [list, rank] of [[answer?.chosen ?? [], 1], [answer?.reserve ?? [], 2]] as const) {
      for (const code of list) {
        if (seen.has(code) || rules.electives[code]?.[0] !== b.block) continue;
        seen.add(code);
        options.push({ disciplineCode: code, rank, sections: ordered(code) });
      }
    }
    needs.push({ key: `B:${b.block}`, count: b.choose, compulsory: false, options });
  }
  return needs;
}

/** The plan lines a request asks for (compulsory + chosen electives + academic difference), before allocation. */
export function requestedLines(rules: PlanRules, request: StudentRequest, difference: readonly PlanLine[]): PlanLine[] {
  const lines: PlanLine[] = rules.compulsory.map((c) => ({ disciplineCode: c.disciplineCode, semester: c.semester, credits: c.credits, source: 'compulsory', electiveBlock: '', sectionId: request.teachers[c.disciplineCode] ?? '' }));
  for (const [block, answer] of Object.entries(request.blocks)) {
    for (const code of answer.chosen) {
      const e = rules.electives[code];
      lines.push({ disciplineCode: code, semester: e ? e[1] : 0, credits: e ? e[2] : 0, source: 'elective', electiveBlock: block, sectionId: request.teachers[code] ?? '' });
    }
  }
  return [...lines, ...difference];
}
