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

/** Students' needs with section ids resolved to indices once, so each round is plain array work. */
interface Prepared {
  ids: string[];
  capacity: Int32Array;
  students: Array<{ id: string; needs: Array<{ need: AllocationStudent['needs'][number]; options: Array<{ code: string; rank: number; sections: number[] }> }> }>;
}

function prepare(ordered: readonly AllocationStudent[], sections: ReadonlyMap<string, AllocatableSection>): Prepared {
  const ids = [...sections.keys()];
  const index = new Map(ids.map((id, i) => [id, i]));
  const capacity = new Int32Array(ids.length);
  ids.forEach((id, i) => {
    const sec = sections.get(id) as AllocatableSection;
    capacity[i] = sec.open ? Math.max(0, sec.capacity) : -1;
  });
  return {
    ids,
    capacity,
    students: ordered.map((st) => ({
      id: st.id,
      needs: st.needs.map((need) => ({
        need,
        options: need.options.map((o) => ({ code: o.disciplineCode, rank: o.rank, sections: o.sections.filter((id) => index.has(id)).map((id) => index.get(id) as number) })),
      })),
    })),
  };
}

function allocateOnce(p: Prepared, closed: ReadonlySet<string>): RoundResult {
  const remaining = Int32Array.from(p.capacity);
  p.ids.forEach((id, i) => {
    if (closed.has(id)) remaining[i] = -1;
  });
  const enrolments: Enrolment[] = [];
  const unallocated: Unallocated[] = [];
  const taken = new Set<string>();
  for (const student of p.students) {
    taken.clear();
    for (const { need, options } of student.needs) {
      let got = 0;
      let sawOpen = false;
      for (const option of options) {
        if (got >= need.count) break;
        if (taken.has(option.code)) continue;
        const secs = option.sections;
        for (let i = 0; i < secs.length; i++) {
          const left = remaining[secs[i]];
          if (left < 0) continue;
          sawOpen = true;
          if (left === 0) continue;
          remaining[secs[i]] = left - 1;
          enrolments.push({ studentId: student.id, sectionId: p.ids[secs[i]], disciplineCode: option.code, needKey: need.key, rank: option.rank, preferredSection: i === 0 });
          taken.add(option.code);
          got++;
          break;
        }
      }
      if (got < need.count) {
        const reason: Unallocated['reason'] = need.options.length === 0 ? 'noOptions' : sawOpen ? 'allFull' : need.compulsory ? 'noSection' : 'allClosed';
        unallocated.push({ studentId: student.id, needKey: need.key, missing: need.count - got, reason });
      }
    }
  }
  return { enrolments, unallocated };
}

/**
 * Allocates students to sections, then closes electives below their minimum (all hopeless ones at once, else the
 * smallest) and merges sections below their minimum into a sibling with room (one per discipline a round),
 * re-allocating after each round, until nothing open is below its minimum.
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
  const byStudent = new Map(ordered.map((st) => [st.id, st]));
  let round = 0;
  const prepared = prepare(ordered, sections);
  let result = allocateOnce(prepared, closed);
  const maxRounds = sectionList.length + 1;
  while (round < maxRounds) {
    round++;
    const perSection = new Map<string, number>();
    for (const e of result.enrolments) perSection.set(e.sectionId, (perSection.get(e.sectionId) ?? 0) + 1);
    type Closure = { kind: 'disciplineClosed' | 'sectionClosed'; key: string; ids: string[]; count: number; minimum: number };
    const violators: Closure[] = [];
    const merges: Closure[] = [];
    for (const [key, ids] of siblings) {
      const openIds = ids.filter((id) => sections.get(id)?.open && !closed.has(id));
      if (openIds.length === 0) continue;
      const total = openIds.reduce((n, id) => n + (perSection.get(id) ?? 0), 0);
      const elective = sections.get(openIds[0])?.electiveBlock !== '';
      if (elective && total > 0 && total < options.electiveMin) {
        violators.push({ kind: 'disciplineClosed', key, ids: openIds, count: total, minimum: options.electiveMin });
        continue;
      }
      if (openIds.length < 2) continue;
      let smallest: Closure | null = null;
      for (const id of openIds) {
        const n = perSection.get(id) ?? 0;
        if (n === 0 || n >= options.sectionMin) continue;
        const room = openIds.filter((o) => o !== id).reduce((r, o) => r + Math.max(0, (sections.get(o)?.capacity ?? 0) - (perSection.get(o) ?? 0)), 0);
        if (room >= n && (!smallest || n < smallest.count)) smallest = { kind: 'sectionClosed', key: id, ids: [id], count: n, minimum: options.sectionMin };
      }
      if (smallest) merges.push(smallest);
    }
    const bySize = (a: Closure, b: Closure) => a.count - b.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    let closing: Closure[] = [];
    if (violators.length > 0) {
      // An elective below its minimum can only gain the students of other closing electives that list it later
      // in the same need; when even all of them would not lift it to the minimum it is hopeless, and every
      // hopeless elective closes in this round. Otherwise only the smallest closes, and the others are re-counted.
      const violatorKey = new Map<string, Closure>();
      for (const v of violators) for (const id of v.ids) violatorKey.set(id, v);
      const potential = new Map<Closure, number>();
      for (const e of result.enrolments) {
        const from = violatorKey.get(e.sectionId);
        if (!from) continue;
        const need = byStudent.get(e.studentId)?.needs.find((n) => n.key === e.needKey);
        if (!need) continue;
        const at = need.options.findIndex((o) => o.disciplineCode === e.disciplineCode);
        const gains = new Set<Closure>();
        for (const o of need.options.slice(at + 1)) for (const sid of o.sections) {
          const to = violatorKey.get(sid);
          if (to && to !== from) gains.add(to);
        }
        for (const g of gains) potential.set(g, (potential.get(g) ?? 0) + 1);
      }
      closing = violators.filter((v) => v.count + (potential.get(v) ?? 0) < v.minimum);
      if (closing.length === 0) closing = [[...violators].sort(bySize)[0]];
    } else closing = merges;
    if (closing.length === 0) break;
    closing.sort(bySize);
    const affectedIds = new Set(closing.flatMap((c) => c.ids));
    const before = new Map<string, Enrolment>();
    for (const e of result.enrolments) if (affectedIds.has(e.sectionId)) before.set(`${e.studentId}|${e.needKey}|${e.disciplineCode}`, e);
    for (const c of closing) {
      for (const id of c.ids) closed.add(id);
      if (c.kind === 'disciplineClosed') closedDisciplines.push(c.key);
      events.push({ kind: c.kind, studentId: '', disciplineCode: sections.get(c.ids[0])?.disciplineCode ?? '', sectionId: c.kind === 'sectionClosed' ? c.ids[0] : '', toSectionId: '', count: c.count, minimum: c.minimum, round });
    }
    const previous = result;
    result = allocateOnce(prepared, closed);
    const movedStudents = new Set([...before.values()].map((e) => e.studentId));
    const prevByNeed = new Map<string, Set<string>>();
    for (const e of previous.enrolments) {
      if (!movedStudents.has(e.studentId)) continue;
      const k = `${e.studentId}|${e.needKey}`;
      const set = prevByNeed.get(k);
      if (set) set.add(e.sectionId);
      else prevByNeed.set(k, new Set([e.sectionId]));
    }
    const nowByNeed = new Map<string, Enrolment[]>();
    for (const e of result.enrolments) {
      if (!movedStudents.has(e.studentId)) continue;
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
