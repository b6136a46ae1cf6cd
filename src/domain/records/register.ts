// The incoming and outgoing registers as data: deadline control (overdue, due soon) and search by number, correspondent, subject, executor, period.

import type { RegisterKind } from './numbering';

export type DocumentStatus = 'registered' | 'inProgress' | 'done' | 'sent' | 'cancelled';
export const DOCUMENT_STATUSES: readonly DocumentStatus[] = ['registered', 'inProgress', 'done', 'sent', 'cancelled'];

export type DocumentType = 'letter' | 'order' | 'instruction' | 'request' | 'report' | 'certificate' | 'other';
export const DOCUMENT_TYPES: readonly DocumentType[] = ['letter', 'order', 'instruction', 'request', 'report', 'certificate', 'other'];

export interface RegisteredDocument {
  kind: RegisterKind;
  /** 1-based sheet row. */
  row: number;
  number: string;
  registeredOn: string;
  correspondent: string;
  theirNumber: string;
  theirDate: string;
  subject: string;
  docType: string;
  executor: string;
  deadline: string;
  resolution: string;
  status: string;
  fileUrl: string;
  inReplyTo: string;
  registeredBy: string;
}

export type DeadlineState = 'overdue' | 'dueSoon' | 'open' | 'closed' | 'noDeadline';

const CLOSED: ReadonlySet<string> = new Set(['done', 'sent', 'cancelled']);

/**
 * @example deadlineState({ deadline: '2026-09-01', status: 'registered' }, '2026-09-02', 3) // → 'overdue'
 */
export function deadlineState(doc: Pick<RegisteredDocument, 'deadline' | 'status'>, today: string, dueSoonDays: number): DeadlineState {
  if (CLOSED.has(doc.status)) return 'closed';
  if (!doc.deadline) return 'noDeadline';
  if (doc.deadline < today) return 'overdue';
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCDate(limit.getUTCDate() + dueSoonDays);
  return doc.deadline <= limit.toISOString().slice(0, 10) ? 'dueSoon' : 'open';
}

export interface RegisterQuery {
  kind?: RegisterKind | '';
  /** Words that must all appear somewhere in number, correspondent, subject, executor or resolution. */
  text?: string;
  number?: string;
  correspondent?: string;
  subject?: string;
  executor?: string;
  /** ISO dates bounding the registration date. */
  from?: string;
  to?: string;
  /** Only documents past or near their deadline. */
  attention?: boolean;
}

const norm = (s: string) => s.toLowerCase().replace(/ё/g, 'е').trim();

/**
 * Documents matching every given criterion (case-insensitive substrings), newest first, at most `limit`.
 * @example searchRegister(docs, { correspondent: 'министерство', from: '2026-09-01' }, '2026-10-01', 3, 50)
 */
export function searchRegister(docs: readonly RegisteredDocument[], query: RegisterQuery, today: string, dueSoonDays: number, limit = 100): RegisteredDocument[] {
  const words = norm(query.text ?? '').split(/\s+/).filter(Boolean);
  const has = (value: string, wanted: string | undefined) => !wanted || norm(value).includes(norm(wanted));
  return docs
    .filter((d) => {
      if (query.kind && d.kind !== query.kind) return false;
      if (!has(d.number, query.number) || !has(d.correspondent, query.correspondent) || !has(d.subject, query.subject) || !has(d.executor, query.executor)) return false;
      if (query.from && d.registeredOn < query.from) return false;
      if (query.to && d.registeredOn > query.to) return false;
      if (query.attention) {
        const state = deadlineState(d, today, dueSoonDays);
        if (state !== 'overdue' && state !== 'dueSoon') return false;
      }
      if (words.length > 0) {
        const hay = norm([d.number, d.correspondent, d.subject, d.executor, d.resolution, d.theirNumber].join(' '));
        if (!words.every((w) => hay.includes(w))) return false;
      }
      return true;
    })
    .sort((a, b) => b.registeredOn.localeCompare(a.registeredOn) || b.row - a.row)
    .slice(0, limit);
}
