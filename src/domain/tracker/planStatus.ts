// The status of every plan item occurrence, from evidence (runs of the item's actions) and marks made by a person — never from neither.

import { type DeadlineRule, isStandingRule } from './deadlineRule';
import { type CalendarPeriod, type Occurrence, resolveRule } from './occurrences';

export type OccurrenceStatus = 'notStarted' | 'inProgress' | 'done' | 'overdue' | 'notApplicable';
export const OCCURRENCE_STATUSES: readonly OccurrenceStatus[] = ['notStarted', 'inProgress', 'done', 'overdue', 'notApplicable'];

export interface TrackedItem {
  /** The plan's number ('1'…'27', or one the office added). */
  no: string;
  section: string;
  /** null when neither the rule code nor the wording could be read (the item is flagged). */
  rule: DeadlineRule | null;
}

/** A finished run of an action serving the item (from the run log, or kept in the marks sheet). */
export interface Evidence {
  item: string;
  /** ISO date-time of the run. */
  at: string;
  user: string;
  action: string;
  /** 'ok' completes an occurrence; 'partial' (a resumable job not finished) puts it in progress. */
  outcome: 'ok' | 'partial';
  links: string[];
  /** Identifies the run (its time and action) so a run is counted once. */
  runKey: string;
}

/** A mark made by a person in the tracker (who comes from Google, never typed). */
export interface ManualMark {
  item: string;
  occurrence: string;
  status: 'done' | 'inProgress' | 'notApplicable' | 'notStarted';
  at: string;
  user: string;
  note: string;
}

export interface TrackerRow {
  item: string;
  section: string;
  occurrence: Occurrence | null;
  status: OccurrenceStatus;
  completedOn: string;
  completedBy: string;
  /** Links or the action that produced the evidence. */
  evidence: string[];
  evidenceAction: string;
  source: 'auto' | 'manual' | '';
  /** For standing items: how many runs the year has. */
  evidenceCount: number;
  /** The runs counted for this occurrence. */
  runKeys: string[];
  /** Set when the rule could not be resolved: the message key and parameters. */
  problem: { code: string; params: Record<string, string> } | null;
}

export interface TrackerInput {
  items: readonly TrackedItem[];
  academicYear: string;
  calendar: readonly CalendarPeriod[];
  evidence: readonly Evidence[];
  manual: readonly ManualMark[];
  /** ISO date of today (in the office's time zone). */
  today: string;
}

/**
 * Computes the tracker: one row per item occurrence (an item due in August and in April has two).
 * Each finished run completes at most one occurrence: the earliest not yet done that has opened by the
 * run's date (so a late run completes the overdue occurrence first); a run before any occurrence opened counts
 * for none — it stays in the run log, but it is not evidence for a deadline months away.
 */
export function computeTracker(input: TrackerInput): TrackerRow[] {
  const out: TrackerRow[] = [];
  const evidenceByItem = groupBy(dedupeEvidence(input.evidence), (e) => e.item);
  const manualByKey = new Map<string, ManualMark>();
  for (const m of [...input.manual].sort((a, b) => a.at.localeCompare(b.at))) manualByKey.set(`${m.item}|${m.occurrence}`, m);

  for (const item of input.items) {
    const base = { item: item.no, section: item.section, completedOn: '', completedBy: '', evidence: [] as string[], evidenceAction: '', source: '' as const, evidenceCount: 0, runKeys: [] as string[] };
    if (!item.rule) {
      out.push({ ...base, occurrence: null, status: 'notStarted', problem: { code: 'unknownDeadline', params: {} } });
      continue;
    }
    const resolved = resolveRule(item.rule, input.academicYear, input.calendar);
    if (resolved.unresolved) {
      out.push({ ...base, occurrence: null, status: 'notStarted', problem: { code: 'calendarMissing', params: { anchor: resolved.unresolved.anchor, year: resolved.unresolved.academicYear } } });
      continue;
    }
    const runs = [...(evidenceByItem.get(item.no) ?? [])].sort((a, b) => a.at.localeCompare(b.at));
    const assigned = isStandingRule(item.rule) ? new Map<string, Evidence[]>([['standing', runs]]) : assignRuns(resolved.occurrences, runs);
    for (const occ of resolved.occurrences) {
      const mine = assigned.get(occ.key) ?? [];
      const row: TrackerRow = { ...base, occurrence: occ, status: 'notStarted', problem: null, evidenceCount: mine.length, runKeys: mine.map((e) => e.runKey) };
      const done = mine.find((e) => e.outcome === 'ok');
      const latest = mine[mine.length - 1];
      if (isStandingRule(item.rule)) {
        if (latest) Object.assign(row, { status: 'inProgress', completedOn: latest.at.slice(0, 10), completedBy: latest.user, evidence: latest.links, evidenceAction: latest.action, source: 'auto' });
      } else if (done) {
        Object.assign(row, { status: 'done', completedOn: done.at.slice(0, 10), completedBy: done.user, evidence: done.links, evidenceAction: done.action, source: 'auto' });
      } else if (latest) {
        Object.assign(row, { status: 'inProgress', evidence: latest.links, evidenceAction: latest.action, source: 'auto' });
      }
      const mark = manualByKey.get(`${item.no}|${occ.key}`);
      if (mark && mark.user.trim() !== '') {
        if (mark.status === 'notStarted') Object.assign(row, { status: 'notStarted', completedOn: '', completedBy: '', evidence: [], evidenceAction: '', source: '' });
        else if (!(mark.status === 'inProgress' && row.status === 'done')) {
          Object.assign(row, { status: mark.status, completedOn: mark.status === 'done' ? mark.at.slice(0, 10) : row.completedOn, completedBy: mark.user, source: 'manual' });
          if (mark.note) row.evidence = [...row.evidence, mark.note];
        }
      }
      if ((row.status === 'notStarted' || row.status === 'inProgress') && occ.due !== null && occ.due < input.today) row.status = 'overdue';
      out.push(row);
    }
  }
  return out;
}

function assignRuns(occurrences: readonly Occurrence[], runs: readonly Evidence[]): Map<string, Evidence[]> {
  const result = new Map<string, Evidence[]>();
  const done = new Set<string>();
  const sorted = [...occurrences].sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''));
  for (const run of runs) {
    const day = run.at.slice(0, 10);
    const open = sorted.filter((o) => !done.has(o.key));
    const target = open.find((o) => o.opens === null || o.opens <= day);
    if (!target) continue;
    const list = result.get(target.key) ?? [];
    list.push(run);
    result.set(target.key, list);
    if (run.outcome === 'ok') done.add(target.key);
  }
  return result;
}

function dedupeEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const k = `${e.item}|${e.runKey}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function groupBy<T>(list: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of list) {
    const k = key(x);
    const l = m.get(k);
    if (l) l.push(x);
    else m.set(k, [x]);
  }
  return m;
}

export interface SectionProgress {
  section: string;
  total: number;
  done: number;
  overdue: number;
  inProgress: number;
  notApplicable: number;
  /** Share of applicable dated occurrences that are done, 0–100. */
  percent: number;
}

/** Progress per section over dated occurrences (standing items count as done once they have evidence). */
export function sectionProgress(rows: readonly TrackerRow[]): SectionProgress[] {
  const bySection = groupBy(rows, (r) => r.section);
  return [...bySection.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([section, list]) => {
      const applicable = list.filter((r) => r.status !== 'notApplicable');
      const doneCount = applicable.filter((r) => r.status === 'done' || (r.occurrence?.due === null && r.evidenceCount > 0)).length;
      return {
        section,
        total: list.length,
        done: doneCount,
        overdue: list.filter((r) => r.status === 'overdue').length,
        inProgress: list.filter((r) => r.status === 'inProgress').length,
        notApplicable: list.length - applicable.length,
        percent: applicable.length === 0 ? 100 : Math.round((doneCount / applicable.length) * 100),
      };
    });
}

/** Occurrences not done whose due date falls within `days` from today (today included). */
export function dueSoon(rows: readonly TrackerRow[], today: string, days: number, addDaysFn: (iso: string, n: number) => string): TrackerRow[] {
  const limit = addDaysFn(today, days);
  return rows.filter((r) => r.occurrence?.due && r.status !== 'done' && r.status !== 'notApplicable' && r.occurrence.due >= today && r.occurrence.due <= limit);
}
