// The work plan's timetable deadlines: item 8 (compiled two weeks before the semester), item 9 (approved a month before).

import type { CalendarEvent, StudyForm } from '../types';
import type { Term } from './meetings';

export interface DeadlineCheck {
  item: 8 | 9 | 15;
  semesterStart: string;
  deadline: string;
  /** The date the work was done (today). */
  doneOn: string;
  onTime: boolean;
  /** Days from `doneOn` to the deadline (negative when late). */
  daysLeft: number;
}

const DAY_MS = 86_400_000;

function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function toIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * A date `days` before an ISO date.
 * @example daysBefore('2026-09-01', 14) // → '2026-08-18'
 */
export function daysBefore(iso: string, days: number): string {
  return toIso(new Date(toDate(iso).getTime() - days * DAY_MS));
}

/**
 * The same day `months` calendar months earlier, clamped to the month's last day.
 * @example monthsBefore('2026-09-01', 1) // → '2026-08-01'
 * @example monthsBefore('2027-03-31', 1) // → '2027-02-28'
 */
export function monthsBefore(iso: string, months: number): string {
  const d = toDate(iso);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() - months;
  const target = new Date(Date.UTC(y, m, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return toIso(new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), last))));
}

/**
 * The start of a term's classes for a study form: the 'semester' event (autumn, spring) or the
 * 'summerSemester' event (summer), preferring the study form's own row to an 'all' row; null when absent.
 */
export function semesterStart(calendar: readonly CalendarEvent[], term: Term, studyForm: StudyForm, academicYear?: string): string | null {
  const kind = term === 'summer' ? 'summerSemester' : 'semester';
  const candidates = calendar.filter((e) => e.term === term && e.kind === kind && (!academicYear || e.academicYear === academicYear));
  const own = candidates.filter((e) => e.studyForm === studyForm);
  const pool = own.length > 0 ? own : candidates.filter((e) => e.studyForm === 'all');
  if (pool.length === 0) return null;
  return pool.map((e) => e.start).sort()[0];
}

function check(item: 8 | 9 | 15, start: string, deadline: string, today: string): DeadlineCheck {
  const daysLeft = Math.round((toDate(deadline).getTime() - toDate(today).getTime()) / DAY_MS);
  return { item, semesterStart: start, deadline, doneOn: today, onTime: daysLeft >= 0, daysLeft };
}

/**
 * Item 8 (item 15 for the summer semester): the class schedule is compiled `leadDays` (14) days before the
 * semester starts.
 * @example compileDeadline('2026-09-01', '2026-08-10', 14).onTime // → true (deadline 2026-08-18)
 */
export function compileDeadline(start: string, today: string, leadDays: number, item: 8 | 15 = 8): DeadlineCheck {
  return check(item, start, daysBefore(start, leadDays), today);
}

/**
 * Item 9: the class schedule is approved `leadMonths` (1) month before the semester starts.
 * @example approvalDeadline('2026-09-01', '2026-08-10', 1).onTime // → false (deadline 2026-08-01)
 */
export function approvalDeadline(start: string, today: string, leadMonths: number): DeadlineCheck {
  return check(9, start, monthsBefore(start, leadMonths), today);
}
