// Reads the Requests sheet into each student's effective request: the latest accepted response (earlier ones are superseded).

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
  rejected: number;
  superseded: number;
  waitlisted: Map<string, number>;
  total: number;
}

export function readEffectiveRequests(ctx: ActionContext): RequestSummary {
  const table = ctx.tables.read(registrationRequestsSheet);
  const requests = new Map<string, StudentRequest>();
  const waitlistedBy = new Map<string, string[]>();
  let rejected = 0;
  let superseded = 0;
  const latestAt = new Map<string, number>();
  for (const { record } of table.rows) {
    if (record.status === 'rejected' || record.studentId === '') {
      rejected++;
      continue;
    }
    // The later response wins by the form's own timestamp, not by the order the trigger runs recorded them (two
    // executions waiting on the lock are not guaranteed to get it in arrival order); equal times: the later row.
    const at = Date.parse(record.at);
    const time = Number.isNaN(at) ? Number.NEGATIVE_INFINITY : at;
    if (requests.has(record.studentId)) {
      superseded++;
      if (time < (latestAt.get(record.studentId) ?? Number.NEGATIVE_INFINITY)) continue;
    }
    latestAt.set(record.studentId, time);
    const chosen = decodeBlocks(record.chosen);
    const reserve = decodeBlocks(record.reserve);
    const blocks: StudentRequest['blocks'] = {};
    for (const b of new Set([...Object.keys(chosen), ...Object.keys(reserve)])) blocks[b] = { chosen: chosen[b] ?? [], reserve: reserve[b] ?? [] };
    requests.set(record.studentId, { studentId: record.studentId, submittedAt: record.at, blocks, teachers: decodeTeachers(record.teachers) });
    waitlistedBy.set(
      record.studentId,
      record.placed
        .split(';')
        .map((p) => p.split('='))
        .filter(([, place]) => place !== undefined && WAITLIST_WORDS.has(place.trim()))
        .map(([code]) => code),
    );
  }
  const waitlisted = new Map<string, number>();
  for (const codes of waitlistedBy.values()) for (const c of codes) waitlisted.set(c, (waitlisted.get(c) ?? 0) + 1);
  return { requests, rejected, superseded, waitlisted, total: table.rows.length };
}
