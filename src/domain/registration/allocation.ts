// The allocation engine: students to sections by ranked choices, capacities and a priority rule; sections and
// electives below their minimum are closed one at a time (smallest first) and their students re-placed, until stable.
// Pure and reusable (re-study streams use it too): give it students with needs and sections with capacities.

import type {
  AllocationEvent,
  AllocationOptions,
  AllocationResult,
  AllocationStudent,
  Enrolment,
  PriorityRule,
  Unallocated,
} from './types';

/** The part of a section the engine looks at. */
export interface AllocatableSection {
  id: string;
  disciplineCode: string;
  language: string;
  capacity: number;
  open: boolean;
  /** '' for compulsory disciplines: they are never closed for too few students, only merged into a sibling. */
  electiveBlock: string;
}

/** Orders students for serial allocation: the first in the list chooses first. Never mutates its input. */
export function orderByPriority(students: readonly AllocationStudent[], rule: PriorityRule): AllocationStudent[] {
  const time = (s: AllocationStudent) => (s.submittedAt === '' ? '\uffff' : s.submittedAt);
  const gpa = (s: AllocationStudent) => (s.gpa === null ? -1 : s.gpa);
  return [...students].sort((a, b) => {
    let d = 0;
    if (rule === 'yearThenGpa') d = b.year - a.year || gpa(b) - gpa(a);
    else if (rule === 'gpaThenTime') d = gpa(b) - gpa(a);
    if (d !== 0) return d;
    const ta = time(a);
    const tb = time(b);
    if (ta !== tb) return ta < tb ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

export const disciplineKey = (disciplineCode: string, language: string): string => `${disciplineCode}@${language}`;

interface RoundResult {
  enrolments: Enrolment[];
  unallocated: Unallocated[];
}

function allocateOnce(ordered: readonly AllocationStudent[], sections: ReadonlyMap<string, AllocatableSection>, closed: ReadonlySet<string>): RoundResult {
  const remaining = new Map<string, number>();
  for (const s of sections.values()) remaining.set(s.id, s.open && !closed.has(s.id) ? Math.max(0, s.capacity) : 0);
  const enrolments: Enrolment[] = [];
  const unallocated: Unallocated[] = [];
  for (const student of ordered) {
    const taken = new Set<string>();
    for (const need of student.needs) {
      let got = 0;
      let sawFull = false;
      let sawOpen = false;
      for (const option of need.options) {
        if (got >= need.count) break;
        if (taken.has(option.disciplineCode)) continue;
        let chosen: string | null = null;
        for (let i = 0; i < option.sections.length; i++) {
          const id = option.sections[i];
          const sec = sections.get(id);
          if (!sec || !sec.open || closed.has(id)) continue;
          sawOpen = true;
          const left = remaining.get(id) ?? 0;
          if (left <= 0) {
            sawFull = true;
            continue;
          }
          chosen = id;
          remaining.set(id, left - 1);
          enrolments.push({ studentId: student.id, sectionId: id, disciplineCode: option.disciplineCode, needKey: need.key, rank: option.rank, preferredSection: i === 0 });
          break;
        }
        if (chosen !== null) {
          taken.add(option.disciplineCode);
          got++;
        }
      }
      if (got < need.count) {
        const reason: Unallocated['reason'] = need.options.length === 0 ? 'noOptions' : sawFull || sawOpen ? 'allFull' : need.compulsory ? 'noSection' : 'allClosed';
        unallocated.push({ studentId: student.id, needKey: need.key, missing: need.count - got, reason });
      }
    }
  }
  return { enrolments, unallocated };
}

/**
 * Allocates students to sections, then closes electives and sections below their minimum one at a time
 * (the smallest first) and re-allocates, until no open elective or mergeable section is below its minimum.
 * @example
 * // 20 students want elective X (min 15) first and Y second; 5 want Y first: X opens, Y (5 + 0) closes,
 * // its 5 students move to their next choice.
 */
export function allocateSections(
  students: readonly AllocationStudent[],
  sectionList: readonly AllocatableSection[],
  options: AllocationOptions,
): AllocationResult {
  const sections = new Map(sectionList.map((s) => [s.id, s]));
  const ordered = orderByPriority(students, options.priority);
  const closed = new Set<string>();
  const closedDisciplines: string[] = [];
  const events: AllocationEvent[] = [];
  const siblings = new Map<string, string[]>();
  for (const s of sectionList) {
    const key = disciplineKey(s.disciplineCode, s.language);
    const list = siblings.get(key);
    if (list) list.push(s.id);
    else siblings.set(key, [s.id]);
  }
  let round = 0;
  let result = allocateOnce(ordered, sections, closed);
  const maxRounds = sectionList.length + 1;
  while (round < maxRounds) {
    round++;
    const perSection = new Map<string, number>();
    for (const e of result.enrolments) perSection.set(e.sectionId, (perSection.get(e.sectionId) ?? 0) + 1);
    let worst: { kind: 'disciplineClosed' | 'sectionClosed'; key: string; ids: string[]; count: number; minimum: number } | null = null;
    const consider = (cand: NonNullable<typeof worst>) => {
      if (!worst || cand.count < worst.count || (cand.count === worst.count && cand.key < worst.key)) worst = cand;
    };
    for (const [key, ids] of siblings) {
      const openIds = ids.filter((id) => sections.get(id)?.open && !closed.has(id));
      if (openIds.length === 0) continue;
      const total = openIds.reduce((n, id) => n + (perSection.get(id) ?? 0), 0);
      const elective = sections.get(openIds[0])?.electiveBlock !== '';
      if (elective && total > 0 && total < options.electiveMin) {
        consider({ kind: 'disciplineClosed', key, ids: openIds, count: total, minimum: options.electiveMin });
        continue;
      }
      if (openIds.length < 2) continue;
      for (const id of openIds) {
        const n = perSection.get(id) ?? 0;
        if (n === 0 || n >= options.sectionMin) continue;
        const room = openIds.filter((o) => o !== id).reduce((r, o) => r + Math.max(0, (sections.get(o)?.capacity ?? 0) - (perSection.get(o) ?? 0)), 0);
        if (room >= n) consider({ kind: 'sectionClosed', key: id, ids: [id], count: n, minimum: options.sectionMin });
      }
    }
    if (!worst) break;
    const w = worst as { kind: 'disciplineClosed' | 'sectionClosed'; key: string; ids: string[]; count: number; minimum: number };
    const affectedIds = new Set(w.ids);
    const before = new Map<string, Enrolment>();
    for (const e of result.enrolments) if (affectedIds.has(e.sectionId)) before.set(`${e.studentId}|${e.needKey}|${e.disciplineCode}`, e);
    for (const id of w.ids) closed.add(id);
    const first = sections.get(w.ids[0]);
    if (w.kind === 'disciplineClosed') closedDisciplines.push(w.key);
    events.push({ kind: w.kind, studentId: '', disciplineCode: first?.disciplineCode ?? '', sectionId: w.kind === 'sectionClosed' ? w.ids[0] : '', toSectionId: '', count: w.count, minimum: w.minimum, round });
    const previous = result;
    result = allocateOnce(ordered, sections, closed);
    const prevByNeed = new Map<string, Set<string>>();
    for (const e of previous.enrolments) {
      const k = `${e.studentId}|${e.needKey}`;
      const set = prevByNeed.get(k);
      if (set) set.add(e.sectionId);
      else prevByNeed.set(k, new Set([e.sectionId]));
    }
    const nowByNeed = new Map<string, Enrolment[]>();
    for (const e of result.enrolments) {
      const k = `${e.studentId}|${e.needKey}`;
      const list = nowByNeed.get(k);
      if (list) list.push(e);
      else nowByNeed.set(k, [e]);
    }
    for (const old of before.values()) {
      const k = `${old.studentId}|${old.needKey}`;
      const prev = prevByNeed.get(k) ?? new Set<string>();
      const gained = (nowByNeed.get(k) ?? []).filter((e) => !prev.has(e.sectionId));
      const to = gained[0];
      events.push({
        kind: to ? 'studentMoved' : 'studentUnallocated',
        studentId: old.studentId,
        disciplineCode: old.disciplineCode,
        sectionId: old.sectionId,
        toSectionId: to ? to.sectionId : '',
        count: 0,
        minimum: 0,
        round,
      });
    }
  }
  const perSection = new Map<string, number>();
  for (const e of result.enrolments) perSection.set(e.sectionId, (perSection.get(e.sectionId) ?? 0) + 1);
  for (const [id, n] of perSection) {
    const sec = sections.get(id);
    if (sec && sec.electiveBlock === '' && n < options.sectionMin) {
      events.push({ kind: 'compulsoryBelowMinimum', studentId: '', disciplineCode: sec.disciplineCode, sectionId: id, toSectionId: '', count: n, minimum: options.sectionMin, round });
    }
  }
  let choices = 0;
  for (const s of students) for (const n of s.needs) if (!n.compulsory) choices += n.count;
  const electiveEnrolments = result.enrolments.filter((e) => e.rank > 0);
  return {
    enrolments: result.enrolments,
    unallocated: result.unallocated,
    closedSections: [...closed].sort(),
    closedDisciplines,
    events,
    rounds: round,
    stats: {
      students: students.length,
      choices,
      firstChoice: electiveEnrolments.filter((e) => e.rank === 1).length,
      anyChoice: electiveEnrolments.length,
      sectionsClosed: closed.size,
    },
  };
}
