// The History cell of an Enrolment requests row: earlier responses, one a line, readable by a person and parsed back
// by the readers ('submitted | response id | status | chosen | reason').

export type HistoryStatus = 'recorded' | 'waitlisted' | 'rejected';

export interface HistoryEntry {
  at: string;
  responseId: string;
  status: HistoryStatus;
  chosen: string;
  reason: string;
}

const SEPARATOR = ' | ';
const STATUSES: readonly HistoryStatus[] = ['recorded', 'waitlisted', 'rejected'];

/** One line; separators inside the fields are replaced so that the line parses back. */
export function historyLine(e: HistoryEntry): string {
  const clean = (s: string) => s.replace(/\s*\|\s*/g, ' / ').replace(/[\r\n]+/g, ' ');
  return [e.at, e.responseId, e.status, e.chosen, e.reason].map(clean).join(SEPARATOR);
}

export function parseHistory(text: string): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  for (const line of text.split('\n')) {
    const parts = line.split(SEPARATOR);
    if (parts.length < 3) continue;
    const status = STATUSES.find((s) => s === parts[2].trim());
    if (!status) continue;
    out.push({ at: parts[0].trim(), responseId: parts[1].trim(), status, chosen: (parts[3] ?? '').trim(), reason: parts.slice(4).join(SEPARATOR).trim() });
  }
  return out;
}

/** A cell holds 50,000 characters: the history keeps well under it. */
export const HISTORY_MAX_CHARS = 45_000;

/** The history with `entry` added (newest last); `max` lines and HISTORY_MAX_CHARS at most, the oldest dropped first. */
export function withHistory(text: string, entry: HistoryEntry, max = 200): string {
  let lines = text.split('\n').filter((l) => l.trim() !== '');
  lines.push(historyLine(entry));
  lines = lines.slice(-max);
  let length = lines.reduce((n, l) => n + l.length + 1, 0);
  while (lines.length > 1 && length > HISTORY_MAX_CHARS) length -= (lines.shift() as string).length + 1;
  return lines.join('\n');
}

/** True when the response id is in the history. */
export function historyHas(text: string, responseId: string): boolean {
  return text.split('\n').some((l) => l.split(SEPARATOR)[1]?.trim() === responseId);
}
