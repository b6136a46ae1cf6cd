// Reads the registers and the people who may execute documents; shared by registration, search, the dashboard and reports.

import type { RegisterKind } from '../../domain/records/numbering';
import type { RegisteredDocument } from '../../domain/records/register';
import { textSetting } from '../../domain/settings';
import { facultiesSheet } from '../../sheets/facultiesSheet';
import { incomingSheet, outgoingSheet } from '../../sheets/records';
import type { RegisterRow } from '../../sheets/records/registerSheets';
import type { SheetSchema } from '../../sheets/schema';
import { teachersSheet } from '../../sheets/teachersSheet';
import { workPlanSheet } from '../../sheets/tracker/workPlanSheet';
import type { ActionContext } from '../types';

export function registerSchema(kind: RegisterKind): SheetSchema<RegisterRow> {
  return kind === 'incoming' ? incomingSheet : outgoingSheet;
}

export function readRegister(ctx: ActionContext, kind: RegisterKind): RegisteredDocument[] {
  return ctx.tables.read(registerSchema(kind)).rows.map(({ rowNumber, record }) => ({ kind, row: rowNumber, ...record }));
}

/** Emails that may be named as executors: teachers, deans, the plan's responsible people, the office's list, and the user. */
export function knownExecutors(ctx: ActionContext): Set<string> {
  const out = new Set<string>();
  const add = (e: string) => {
    const v = e.trim().toLowerCase();
    if (v) out.add(v);
  };
  for (const { record } of ctx.tables.read(teachersSheet).rows) add(record.email);
  for (const { record } of ctx.tables.read(facultiesSheet).rows) add(record.deanEmail);
  for (const { record } of ctx.tables.read(workPlanSheet).rows) add(record.responsibleEmail);
  for (const e of textSetting(ctx.settings, 'records.executors').split(/[,;\s]+/)) add(e);
  add(textSetting(ctx.settings, 'tracker.headEmail'));
  add(ctx.user);
  return out;
}

/** Document-property key of the executors' email hashes: one registration checks an executor without reading three sheets. */
export const EXECUTOR_HASHES_KEY = 'records.executorHashes';
const HASH_WIDTH = 6;
/** Properties hold at most 9 KB a value: about 1,500 hashes. */
const MAX_HASHES = Math.floor(9000 / HASH_WIDTH);

/**
 * A short hash of an email (24-bit FNV-1a, 6 hex digits).
 * @example emailHash('registrar@atu.edu.kz').length // → 6
 */
export function emailHash(email: string): string {
  let h = 0x811c9dc5;
  for (const ch of email.trim().toLowerCase()) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h & 0xffffff).toString(16).padStart(HASH_WIDTH, '0');
}

function hashesContain(hashes: string, hash: string): boolean {
  for (let i = 0; i + HASH_WIDTH <= hashes.length; i += HASH_WIDTH) if (hashes.slice(i, i + HASH_WIDTH) === hash) return true;
  return false;
}

/** Remembers the known executors' hashes (after a full read of the people sheets). */
export function rememberExecutors(ctx: ActionContext, known: ReadonlySet<string>): void {
  ctx.ports.properties.set(EXECUTOR_HASHES_KEY, [...known].slice(0, MAX_HASHES).map(emailHash).join(''));
}

/**
 * Whether an email may execute documents: the user, a remembered hash (one property read), or else a full read
 * of teachers, deans and plan responsibles, which also refreshes the remembered hashes. A 24-bit hash may,
 * rarely (≈ 1 in 10,000 with 1,500 people), accept a mistyped address; a missing hash never rejects a real one.
 */
export function isKnownExecutor(ctx: ActionContext, email: string): boolean {
  const wanted = email.trim().toLowerCase();
  if (wanted === ctx.user.trim().toLowerCase()) return true;
  const hashes = ctx.ports.properties.get(EXECUTOR_HASHES_KEY);
  if (hashes && hashesContain(hashes, emailHash(wanted))) return true;
  const known = knownExecutors(ctx);
  rememberExecutors(ctx, known);
  return known.has(wanted);
}
