// Reads the Enrolment requests sheet into each student's effective request (the row's request in effect; earlier
// responses are in its History), with the counts the report and formStreams quote.

import { parseHistory } from '../../domain/registration/requestHistory';
import type { StudentRequest } from '../../domain/registration/requests';
import { LANGS } from '../../domain/types';
import { t } from '../../i18n';
import { registrationRequestsSheet } from '../../sheets/registration';
import type { ActionContext } from '../types';
import { decodeBlocks, decodeTeachers } from './submissionHandler';

/** 'Placed' entries say "CODE=section" or "CODE=<waitlist>" in the student's language. */
const WAITLIST_WORDS = new Set(LANGS.map((l) => t(l, 'reg.waitlist')));

export interface RequestSummary {
  requests: Map<string, StudentRequest>;
  /** Rejected responses (each counted once: the latest in a row and those in the histories). */
  rejected: number;
  /** Accepted responses a later one superseded. */
  superseded: number;
  waitlisted: Map<string, number>;
  /** Every response handled. */
  total: number;
  /** Students on a form who have not submitted an accepted response. */
  notSubmitted: number;
}

export function readEffectiveRequests(ctx: ActionContext): RequestSummary {
  const table = ctx.tables.read(registrationRequestsSheet);
  const requests = new Map<string, StudentRequest>();
  const waitlisted = new Map<string, number>();
  let rejected = 0;
  let superseded = 0;
  let total = 0;
  let notSubmitted = 0;
  for (const { record } of table.rows) {
    const history = parseHistory(record.history);
    total += history.length;
    for (const h of history) {
      if (h.status === 'rejected') rejected++;
      else superseded++;
    }
    // The response in a row's own columns (the history holds the earlier or refused ones).
    if (record.status === 'form') continue;
    if (record.status === 'rejected') {
      // The latest refused response is both in the row (its reason) and in the history: counted there.
      notSubmitted++;
      continue;
    }
    if (record.status === 'notSubmitted' || record.studentId === '') {
      notSubmitted++;
      continue;
    }
    total++;
    const chosen = decodeBlocks(record.chosen);
    const reserve = decodeBlocks(record.reserve);
    const blocks: StudentRequest['blocks'] = {};
    for (const b of new Set([...Object.keys(chosen), ...Object.keys(reserve)])) blocks[b] = { chosen: chosen[b] ?? [], reserve: reserve[b] ?? [] };
    requests.set(record.studentId, { studentId: record.studentId, submittedAt: record.at, blocks, teachers: decodeTeachers(record.teachers) });
    for (const p of record.placed.split(';')) {
      const [code, place] = p.split('=');
      if (code && place !== undefined && WAITLIST_WORDS.has(place.trim())) waitlisted.set(code, (waitlisted.get(code) ?? 0) + 1);
    }
  }
  return { requests, rejected, superseded, waitlisted, total, notSubmitted };
}
