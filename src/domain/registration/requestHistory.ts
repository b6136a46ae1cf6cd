// The History cell of an Enrolment requests row: earlier responses, one a line, readable by a person and parsed back
// by the readers ('submitted | response id | status | chosen | reason').

import type { Lang, Trilingual } from '../types';

export type HistoryStatus = 'recorded' | 'waitlisted' | 'rejected';

/** A request's status in the three languages (also the Enrolment requests sheet's Status labels). */
export const REQUEST_STATUS_WORDS: Record<HistoryStatus, Trilingual> = {
  recorded: { en: 'recorded', ru: 'принята', kk: 'қабылданды' },
  waitlisted: { en: 'recorded, on a waitlist', ru: 'принята, в листе ожидания', kk: 'қабылданды, күту тізімінде' },
  rejected: { en: 'rejected', ru: 'отклонена', kk: 'қабылданбады' },
};

export interface HistoryEntry {
  at: string;
  responseId: string;
  status: HistoryStatus;
  chosen: string;
  reason: string;
}

const SEPARATOR = ' | ';

/** The status a word names, in any of the three languages (a history written before a language switch stays readable). */
function statusOf(word: string): HistoryStatus | undefined {
  const w = word.trim();
  return (Object.keys(REQUEST_STATUS_WORDS) as HistoryStatus[]).find((s) => s === w || Object.values(REQUEST_STATUS_WORDS[s]).includes(w));
}

/** One line, its status in `lang`; separators inside the fields are replaced so that the line parses back. */
export function historyLine(e: HistoryEntry, lang: Lang = 'en'): string {
  const clean = (s: string) => s.replace(/\s*\|\s*/g, ' / ').replace(/[\r\n]+/g, ' ');
  return [e.at, e.responseId, REQUEST_STATUS_WORDS[e.status][lang], e.chosen, e.reason].map(clean).join(SEPARATOR);
}

export function parseHistory(text: string): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  for (const line of text.split('\n')) {
    const parts = line.split(SEPARATOR);
    if (parts.length < 3) continue;
    const status = statusOf(parts[2]);
    if (!status) continue;
    out.push({ at: parts[0].trim(), responseId: parts[1].trim(), status, chosen: (parts[3] ?? '').trim(), reason: parts.slice(4).join(SEPARATOR).trim() });
  }
  return out;
}

/** A cell holds 50,000 characters: the history keeps well under it. */
export const HISTORY_MAX_CHARS = 45_000;

/** The history with `entry` added (newest last, its status in `lang`); `max` lines and HISTORY_MAX_CHARS at most, the oldest dropped first. */
export function withHistory(text: string, entry: HistoryEntry, lang: Lang = 'en', max = 200): string {
  let lines = text.split('\n').filter((l) => l.trim() !== '');
  lines.push(historyLine(entry, lang));
  lines = lines.slice(-max);
  let length = lines.reduce((n, l) => n + l.length + 1, 0);
  while (lines.length > 1 && length > HISTORY_MAX_CHARS) length -= (lines.shift() as string).length + 1;
  return lines.join('\n');
}

/** True when the response id is in the history. */
export function historyHas(text: string, responseId: string): boolean {
  return text.split('\n').some((l) => l.split(SEPARATOR)[1]?.trim() === responseId);
}
