// Resolves a deadline rule against the academic calendar of one year into dated occurrences; what the calendar cannot give is flagged.

import type { CalendarEventKind } from '../types';
import type { DeadlineRule, MonthRef } from './deadlineRule';

/** The calendar facts the tracker needs (a row of the Academic calendar sheet). */
export interface CalendarPeriod {
  academicYear: string;
  term: 'autumn' | 'spring' | 'summer';
  kind: CalendarEventKind;
  start: string;
  end: string;
}

export type OccurrenceLabel =
  | { kind: 'month'; month: number; year: number }
  | { kind: 'range'; fromMonth: number; fromYear: number; toMonth: number; toYear: number }
  | { kind: 'period'; anchor: 'semester' | 'session' | 'midterm1' | 'midterm2'; term: 'autumn' | 'spring' | 'summer' }
  | { kind: 'standing' };

export interface Occurrence {
  /** Stable within a year: '2027-04', '2026-08..2026-09', 'session-spring', 'midterm1-autumn', 'standing'. */
  key: string;
  label: OccurrenceLabel;
  /** ISO date from which a run counts for this occurrence (a month before a month deadline, 60 days before a
   *  "before the semester" deadline, the end of the midterm or session it follows); earlier runs count for none. */
  opens: string | null;
  /** ISO due date; null for standing items (on request, on event, continuous, external). */
  due: string | null;
}

export interface ResolvedRule {
  occurrences: Occurrence[];
  /** Set when the calendar of the year lacks what the rule needs: the item is flagged, not guessed. */
  unresolved: { code: 'calendarMissing'; anchor: string; academicYear: string } | null;
}

/** First calendar year of an academic year '2026-2027' → 2026; null when the text is not a year pair. */
export function academicYearStart(academicYear: string): number | null {
  const m = /^(\d{4})\s*[-–/]\s*(\d{2,4})$/.exec(academicYear.trim());
  return m ? Number(m[1]) : null;
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Adds calendar months, clamping the day to the month's length.
 * @example addMonths('2027-01-31', 1) // → '2027-02-28'
 */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return `${year}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const firstDay = (year: number, month: number) => `${year}-${pad(month)}-01`;
const lastDay = (year: number, month: number) => `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`;

const TERM_ORDER = { autumn: 0, spring: 1, summer: 2 } as const;

/** One period per term for a kind: the earliest start and the latest end over study forms. */
function periods(calendar: readonly CalendarPeriod[], academicYear: string, kinds: CalendarEventKind[]): Array<{ term: 'autumn' | 'spring' | 'summer'; kind: CalendarEventKind; start: string; end: string }> {
  const byKey = new Map<string, { term: 'autumn' | 'spring' | 'summer'; kind: CalendarEventKind; start: string; end: string }>();
  for (const p of calendar) {
    if (p.academicYear.trim() !== academicYear || !kinds.includes(p.kind)) continue;
    const key = `${p.kind}-${p.term}`;
    const known = byKey.get(key);
    if (!known) byKey.set(key, { term: p.term, kind: p.kind, start: p.start, end: p.end });
    else {
      if (p.start < known.start) known.start = p.start;
      if (p.end > known.end) known.end = p.end;
    }
  }
  return [...byKey.values()].sort((a, b) => TERM_ORDER[a.term] - TERM_ORDER[b.term] || a.start.localeCompare(b.start));
}

function shift(iso: string, amount: number, unit: 'd' | 'm'): string {
  return unit === 'd' ? addDays(iso, amount) : addMonths(iso, amount);
}

/**
 * The occurrences of a rule in an academic year.
 * @example resolveRule({ kind: 'months', months: [{ month: 4, yearOffset: 1 }] }, '2026-2027', []).occurrences[0].due // → '2027-04-30'
 */
export function resolveRule(rule: DeadlineRule, academicYear: string, calendar: readonly CalendarPeriod[]): ResolvedRule {
  const startYear = academicYearStart(academicYear);
  const missing = (anchor: string): ResolvedRule => ({ occurrences: [], unresolved: { code: 'calendarMissing', anchor, academicYear } });
  const yearOf = (m: MonthRef) => (startYear ?? 0) + m.yearOffset;
  switch (rule.kind) {
    case 'months': {
      if (startYear === null) return missing('academicYear');
      const occurrences = rule.months
        .map((m): Occurrence => ({
          key: `${yearOf(m)}-${pad(m.month)}`,
          label: { kind: 'month', month: m.month, year: yearOf(m) },
          opens: addDays(firstDay(yearOf(m), m.month), -31),
          due: lastDay(yearOf(m), m.month),
        }))
        .sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''));
      return { occurrences, unresolved: null };
    }
    case 'range': {
      if (startYear === null) return missing('academicYear');
      const from = firstDay(yearOf(rule.from), rule.from.month);
      return {
        occurrences: [
          {
            key: `${from.slice(0, 7)}..${yearOf(rule.to)}-${pad(rule.to.month)}`,
            label: { kind: 'range', fromMonth: rule.from.month, fromYear: yearOf(rule.from), toMonth: rule.to.month, toYear: yearOf(rule.to) },
            opens: addDays(from, -31),
            due: lastDay(yearOf(rule.to), rule.to.month),
          },
        ],
        unresolved: null,
      };
    }
    case 'before': {
      const found = periods(calendar, academicYear, [rule.anchor]).filter((p) => rule.anchor === 'session' || p.term !== 'summer');
      if (found.length === 0) return missing(rule.anchor);
      return {
        occurrences: found.map((p) => {
          const due = shift(p.start, -rule.amount, rule.unit);
          return { key: `${rule.anchor}-${p.term}`, label: { kind: 'period', anchor: rule.anchor, term: p.term }, opens: addDays(due, -60), due };
        }),
        unresolved: null,
      };
    }
    case 'after': {
      const kinds: CalendarEventKind[] = rule.anchor === 'midterm' ? ['midterm1', 'midterm2'] : ['session'];
      const found = periods(calendar, academicYear, kinds);
      if (rule.anchor === 'session' && !found.some((p) => p.term === 'summer')) {
        // The summer session is the end of the summer semester when the calendar has no separate session.
        found.push(...periods(calendar, academicYear, ['summerSemester']).map((p) => ({ ...p, kind: 'session' as const })));
      }
      if (found.length === 0) return missing(rule.anchor);
      return {
        occurrences: found.map((p) => ({
          key: `${p.kind}-${p.term}`,
          label: { kind: 'period', anchor: p.kind as 'session' | 'midterm1' | 'midterm2', term: p.term },
          opens: p.end,
          due: shift(p.end, rule.amount, rule.unit),
        })),
        unresolved: null,
      };
    }
    case 'eachSession': {
      const found = periods(calendar, academicYear, ['session']);
      if (found.length === 0) return missing('session');
      return {
        occurrences: found.map((p) => ({ key: `session-${p.term}`, label: { kind: 'period', anchor: 'session', term: p.term }, opens: p.start, due: p.end })),
        unresolved: null,
      };
    }
    default:
      return { occurrences: [{ key: 'standing', label: { kind: 'standing' }, opens: null, due: null }], unresolved: null };
  }
}
