// Monitoring of the session (work plan item 11): per faculty and exam day, statements expected, filled, locked, overdue.

export interface StatementProgress {
  statementNo: string;
  facultyCode: string;
  examDate: string;
  /** Last day to submit (ISO): after it the statement locks. */
  deadline: string;
  lines: number;
  /** Lines with a final result (graded, not admitted, absent). */
  graded: number;
  locked: boolean;
}

export interface SessionFigure {
  facultyCode: string;
  examDate: string;
  expected: number;
  filled: number;
  locked: number;
  overdue: number;
}

/** Filled: every line has a result. Overdue: the deadline has passed and the statement is not filled. */
export function isFilled(s: StatementProgress): boolean {
  return s.lines > 0 && s.graded >= s.lines;
}

/**
 * Figures per faculty and exam day, sorted by faculty then day.
 * @example monitorSession([{ facultyCode: 'F1', examDate: '2027-01-10', deadline: '2027-01-13', lines: 2, graded: 1, locked: false, ... }], '2027-01-14') // → [{ expected: 1, filled: 0, locked: 0, overdue: 1, ... }]
 */
export function monitorSession(statements: readonly StatementProgress[], today: string): SessionFigure[] {
  const out = new Map<string, SessionFigure>();
  for (const s of statements) {
    const key = `${s.facultyCode}|${s.examDate}`;
    const f = out.get(key) ?? { facultyCode: s.facultyCode, examDate: s.examDate, expected: 0, filled: 0, locked: 0, overdue: 0 };
    f.expected++;
    if (isFilled(s)) f.filled++;
    if (s.locked) f.locked++;
    if (!isFilled(s) && s.deadline !== '' && today > s.deadline) f.overdue++;
    out.set(key, f);
  }
  return [...out.values()].sort((a, b) => a.facultyCode.localeCompare(b.facultyCode) || a.examDate.localeCompare(b.examDate));
}

/**
 * Spreads a faculty's statements over the session's days deterministically (by index), for statements whose
 * exam date the office has not set.
 * @example examDateFor(3, '2027-01-04', 10) // → '2027-01-07'
 */
export function examDateFor(index: number, sessionStart: string, sessionDays: number): string {
  const d = new Date(`${sessionStart}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + (index % Math.max(1, sessionDays)));
  return d.toISOString().slice(0, 10);
}

/**
 * The exam days of a session: every day from start to end except Sundays.
 * @example sessionExamDays('2027-01-08', '2027-01-11') // → ['2027-01-08', '2027-01-09', '2027-01-11']
 */
export function sessionExamDays(start: string, end: string): string[] {
  const days: string[] = [];
  const d = new Date(`${start}T00:00:00Z`);
  const last = new Date(`${end}T00:00:00Z`);
  while (d <= last && days.length < 400) {
    if (d.getUTCDay() !== 0) days.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return days;
}
