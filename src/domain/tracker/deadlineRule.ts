// A plan item's deadline as a structured rule, and its compact language-neutral code kept in the Work plan sheet.
//
// Codes (what the "Rule" column holds; the office may type them, the tracker fills them from the wording):
//   months:8@0,4@1        the end of each listed month; @0 = first calendar year of the academic year, @1 = second
//   range:8@0-9@0         one period from the start of the first month to the end of the last
//   before:semester:14d   N days (d) or months (m) before the start of each semester / session
//   after:midterm:2d      N days or months after the end of each midterm control / session
//   each:session          at the end of each examination session (per the calendar and attestation schedule)
//   request | event:incoming | event:outgoing | continuous | external

export interface MonthRef {
  /** 1–12 */
  month: number;
  /** 0: the academic year's first calendar year (e.g. 2026 of 2026-2027), 1: its second. */
  yearOffset: 0 | 1;
}

export type CalendarAnchor = 'semester' | 'session' | 'midterm';

export type DeadlineRule =
  | { kind: 'months'; months: MonthRef[] }
  | { kind: 'range'; from: MonthRef; to: MonthRef }
  | { kind: 'before'; anchor: 'semester' | 'session'; amount: number; unit: 'd' | 'm' }
  | { kind: 'after'; anchor: 'midterm' | 'session'; amount: number; unit: 'd' | 'm' }
  | { kind: 'eachSession' }
  | { kind: 'request' }
  | { kind: 'event'; event: 'incoming' | 'outgoing' }
  | { kind: 'continuous' }
  | { kind: 'external' };

/** Rules with no date: the item is done whenever the need arises. */
export function isStandingRule(rule: DeadlineRule): boolean {
  return rule.kind === 'request' || rule.kind === 'event' || rule.kind === 'continuous' || rule.kind === 'external';
}

const monthCode = (m: MonthRef) => `${m.month}@${m.yearOffset}`;

/**
 * @example ruleCode({ kind: 'months', months: [{ month: 8, yearOffset: 0 }, { month: 4, yearOffset: 1 }] }) // → 'months:8@0,4@1'
 */
export function ruleCode(rule: DeadlineRule): string {
  switch (rule.kind) {
    case 'months':
      return `months:${rule.months.map(monthCode).join(',')}`;
    case 'range':
      return `range:${monthCode(rule.from)}-${monthCode(rule.to)}`;
    case 'before':
      return `before:${rule.anchor}:${rule.amount}${rule.unit}`;
    case 'after':
      return `after:${rule.anchor}:${rule.amount}${rule.unit}`;
    case 'eachSession':
      return 'each:session';
    case 'event':
      return `event:${rule.event}`;
    default:
      return rule.kind;
  }
}

function parseMonthCode(text: string): MonthRef | null {
  const m = /^(\d{1,2})@([01])$/.exec(text.trim());
  if (!m) return null;
  const month = Number(m[1]);
  if (month < 1 || month > 12) return null;
  return { month, yearOffset: Number(m[2]) as 0 | 1 };
}

/**
 * Reads a rule code; null when the code is not valid.
 * @example parseRuleCode('after:midterm:2d') // → { kind: 'after', anchor: 'midterm', amount: 2, unit: 'd' }
 */
export function parseRuleCode(code: string): DeadlineRule | null {
  const text = code.trim().toLowerCase().replace(/\s+/g, '');
  if (text === 'request' || text === 'continuous' || text === 'external') return { kind: text };
  if (text === 'each:session') return { kind: 'eachSession' };
  if (text === 'event:incoming' || text === 'event:outgoing') return { kind: 'event', event: text.slice(6) as 'incoming' | 'outgoing' };
  let m = /^months:(.+)$/.exec(text);
  if (m) {
    const months = m[1].split(',').map(parseMonthCode);
    if (months.length === 0 || months.some((x) => x === null)) return null;
    return { kind: 'months', months: months as MonthRef[] };
  }
  m = /^range:([^-]+)-([^-]+)$/.exec(text);
  if (m) {
    const from = parseMonthCode(m[1]);
    const to = parseMonthCode(m[2]);
    return from && to ? { kind: 'range', from, to } : null;
  }
  m = /^before:(semester|session):(\d{1,3})([dm])$/.exec(text);
  if (m) return { kind: 'before', anchor: m[1] as 'semester' | 'session', amount: Number(m[2]), unit: m[3] as 'd' | 'm' };
  m = /^after:(midterm|session):(\d{1,3})([dm])$/.exec(text);
  if (m) return { kind: 'after', anchor: m[1] as 'midterm' | 'session', amount: Number(m[2]), unit: m[3] as 'd' | 'm' };
  return null;
}
