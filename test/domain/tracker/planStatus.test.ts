// Tests of occurrences from the academic calendar and of statuses from evidence and marks.
import { describe, expect, it } from 'vitest';
import { parseRuleCode } from '../../../src/domain/tracker/deadlineRule';
import { addMonths, type CalendarPeriod, resolveRule } from '../../../src/domain/tracker/occurrences';
import { computeTracker, type Evidence, sectionProgress } from '../../../src/domain/tracker/planStatus';

const Y = '2026-2027';
const cal = (term: CalendarPeriod['term'], kind: CalendarPeriod['kind'], start: string, end: string): CalendarPeriod => ({ academicYear: Y, term, kind, start, end });
const CALENDAR: CalendarPeriod[] = [
  cal('autumn', 'semester', '2026-09-01', '2026-12-15'),
  cal('autumn', 'midterm1', '2026-10-12', '2026-10-17'),
  cal('autumn', 'midterm2', '2026-12-07', '2026-12-12'),
  cal('autumn', 'session', '2026-12-16', '2027-01-10'),
  cal('spring', 'semester', '2027-01-25', '2027-05-10'),
  cal('spring', 'midterm1', '2027-03-15', '2027-03-20'),
  cal('spring', 'session', '2027-05-11', '2027-06-05'),
  cal('summer', 'summerSemester', '2027-06-14', '2027-07-31'),
  { academicYear: '2025-2026', term: 'autumn', kind: 'semester', start: '2025-09-01', end: '2025-12-15' },
];
const rule = (code: string) => parseRuleCode(code)!;
const dues = (code: string, calendar = CALENDAR) => resolveRule(rule(code), Y, calendar).occurrences.map((o) => [o.key, o.due]);

describe('resolveRule', () => {
  it('puts a month of the second year at the end of that month', () => expect(dues('months:4@1')).toEqual([['2027-04', '2027-04-30']]));
  it('orders several months by date', () => expect(dues('months:11@0,8@0')).toEqual([['2026-08', '2026-08-31'], ['2026-11', '2026-11-30']]));
  it('makes one occurrence of a month range', () => expect(dues('range:8@0-9@0')).toEqual([['2026-08..2026-09', '2026-09-30']]));
  it('counts two weeks before each semester of the year (not the summer one)', () => expect(dues('before:semester:14d')).toEqual([['semester-autumn', '2026-08-18'], ['semester-spring', '2027-01-11']]));
  it('counts one month before each semester', () => expect(dues('before:semester:1m')).toEqual([['semester-autumn', '2026-08-01'], ['semester-spring', '2026-12-25']]));
  it('counts two days after each midterm control', () => expect(dues('after:midterm:2d')).toEqual([['midterm1-autumn', '2026-10-19'], ['midterm2-autumn', '2026-12-14'], ['midterm1-spring', '2027-03-22']]));
  it('counts a month after each session, the summer semester standing for the summer session', () =>
    expect(dues('after:session:1m')).toEqual([['session-autumn', '2027-02-10'], ['session-spring', '2027-07-05'], ['session-summer', '2027-08-31']]));
  it('follows each session for calendar-driven items', () => expect(dues('each:session')).toEqual([['session-autumn', '2027-01-10'], ['session-spring', '2027-06-05']]));
  it('gives standing items one undated occurrence', () => expect(dues('request')).toEqual([['standing', null]]));
  it('flags a rule the calendar cannot resolve instead of guessing', () => {
    expect(resolveRule(rule('before:session:14d'), Y, CALENDAR.filter((c) => c.kind !== 'session')).unresolved).toEqual({ code: 'calendarMissing', anchor: 'session', academicYear: Y });
    expect(resolveRule(rule('after:midterm:2d'), '2027-2028', CALENDAR).unresolved?.code).toBe('calendarMissing');
  });
  it('clamps month arithmetic to the month length', () => expect(addMonths('2027-01-31', 1)).toBe('2027-02-28'));
});

const run = (item: string, at: string, over: Partial<Evidence> = {}): Evidence => ({ item, at, user: 'head@uni.kz', action: 'a', outcome: 'ok', links: ['https://docs/x'], runKey: `${at}|a`, ...over });

describe('computeTracker', () => {
  const items = [
    { no: '3', section: 'A', rule: rule('months:8@0,4@1') },
    { no: '16', section: 'C', rule: rule('after:midterm:2d') },
    { no: '23', section: 'E', rule: rule('event:incoming') },
    { no: '99', section: 'E', rule: null },
  ];
  const base = { items, academicYear: Y, calendar: CALENDAR, manual: [] };

  it('marks the occurrence a run completes as done with its evidence, and an unmet past one as overdue', () => {
    const rows = computeTracker({ ...base, evidence: [run('3', '2026-08-20T10:00:00Z')], today: '2027-05-02' });
    const item3 = rows.filter((r) => r.item === '3');
    expect(item3.map((r) => [r.occurrence?.key, r.status, r.completedOn, r.completedBy, r.evidence])).toEqual([
      ['2026-08', 'done', '2026-08-20', 'head@uni.kz', ['https://docs/x']],
      ['2027-04', 'overdue', '', '', []],
    ]);
  });

  it('gives a late run to the overdue occurrence first, then the next run to the next one', () => {
    const rows = computeTracker({ ...base, evidence: [run('3', '2026-09-15T10:00:00Z'), run('3', '2027-03-20T10:00:00Z')], today: '2027-05-02' });
    expect(rows.filter((r) => r.item === '3').map((r) => [r.occurrence?.key, r.completedOn])).toEqual([['2026-08', '2026-09-15'], ['2027-04', '2027-03-20']]);
  });

  it('never counts monitoring done before the midterm control took place', () => {
    const rows = computeTracker({ ...base, evidence: [run('16', '2026-10-01T10:00:00Z')], today: '2026-10-05' });
    expect(rows.filter((r) => r.item === '16').every((r) => r.status === 'notStarted')).toBe(true);
  });

  it('keeps an unfinished (partial) run as in progress', () => {
    const rows = computeTracker({ ...base, evidence: [run('16', '2026-10-18T10:00:00Z', { outcome: 'partial' })], today: '2026-10-18' });
    expect(rows.find((r) => r.occurrence?.key === 'midterm1-autumn')?.status).toBe('inProgress');
  });

  it('counts a run once even when it is both in the run log and in the marks sheet', () => {
    const e = run('23', '2026-09-03T10:00:00Z');
    const rows = computeTracker({ ...base, evidence: [e, { ...e }], today: '2026-09-04' });
    expect(rows.find((r) => r.item === '23')).toMatchObject({ status: 'inProgress', evidenceCount: 1 });
  });

  it('records a mark by a person as manual and ignores a mark without a person', () => {
    const rows = computeTracker({
      ...base,
      evidence: [],
      manual: [
        { item: '3', occurrence: '2026-08', status: 'done', at: '2026-08-30T09:00:00Z', user: 'head@uni.kz', note: 'signed list' },
        { item: '3', occurrence: '2027-04', status: 'done', at: '2026-08-30T09:00:00Z', user: '', note: '' },
      ],
      today: '2027-05-02',
    });
    const item3 = rows.filter((r) => r.item === '3');
    expect(item3[0]).toMatchObject({ status: 'done', source: 'manual', completedBy: 'head@uni.kz', evidence: ['signed list'] });
    expect(item3[1].status).toBe('overdue');
  });

  it('marks an occurrence not applicable by hand', () => {
    const rows = computeTracker({ ...base, evidence: [], manual: [{ item: '3', occurrence: '2027-04', status: 'notApplicable', at: '2027-04-01T00:00:00Z', user: 'h@uni.kz', note: '' }], today: '2027-05-02' });
    expect(rows.filter((r) => r.item === '3')[1].status).toBe('notApplicable');
  });

  it('flags an item whose deadline could not be read', () => {
    expect(computeTracker({ ...base, evidence: [], today: '2026-09-01' }).find((r) => r.item === '99')?.problem?.code).toBe('unknownDeadline');
  });

  it('sums progress per section', () => {
    const rows = computeTracker({ ...base, evidence: [run('3', '2026-08-20T10:00:00Z'), run('23', '2026-09-03T10:00:00Z')], today: '2027-05-02' });
    const a = sectionProgress(rows).find((s) => s.section === 'A');
    expect(a).toEqual({ section: 'A', total: 2, done: 1, overdue: 1, inProgress: 0, notApplicable: 0, percent: 50 });
  });
});

describe('computeTracker and early runs', () => {
  it('does not count a run months before a deadline as its evidence', () => {
    const rows = computeTracker({
      items: [{ no: '14', section: 'B', rule: parseRuleCode('months:9@0,1@1,6@1')! }],
      academicYear: Y,
      calendar: CALENDAR,
      evidence: [run('14', '2026-11-28T10:00:00Z', { runKey: 'a' }), run('14', '2026-11-28T10:05:00Z', { runKey: 'b' })],
      manual: [],
      today: '2026-11-28',
    });
    expect(rows.map((r) => [r.occurrence?.key, r.status])).toEqual([
      ['2026-09', 'done'],
      ['2027-01', 'notStarted'],
      ['2027-06', 'notStarted'],
    ]);
  });
});
