// Registers an incoming or outgoing document: validated first, then a number from the yearly counter (never reused) and one
// appended row. A fast path (≤ 10 service calls): lock, document properties (settings snapshot, counter), user, one appendRow.

import { RegistrarError } from '../../domain/errors';
import { counterKey, formatNumber, type RegisterKind, schemeProblem } from '../../domain/records/numbering';
import { DOCUMENT_TYPES } from '../../domain/records/register';
import { textSetting } from '../../domain/settings';
import { parseIsoDate } from '../../domain/values';
import { sheetLayout } from '../../sheets/layout';
import type { RegisterRow } from '../../sheets/records/registerSheets';
import { formatTable } from '../../sheets/schema';
import { defineAction } from '../types';
import type { ActionContext, ActionResult } from '../types';
import { todayIso } from '../tracker/planData';
import { isKnownExecutor, readRegister, registerSchema } from './registerData';

export interface RegisterParams {
  correspondent?: string;
  theirNumber?: string;
  theirDate?: string;
  subject?: string;
  docType?: string;
  executor?: string;
  deadline?: string;
  resolution?: string;
  fileUrl?: string;
  inReplyTo?: string;
  registeredOn?: string;
  note?: string;
}

const EMAIL = /^[^\s@'"<>=]+@[^\s@'"<>]+\.[^\s@'"<>]+$/;
const text = (v: unknown, max = 2000) => String(v ?? '').trim().slice(0, max);

function optionalDate(ctx: ActionContext, field: string, value: unknown): string {
  const raw = text(value);
  if (!raw) return '';
  const iso = parseIsoDate(raw);
  if (!iso) throw new RegistrarError('badDate', { field: ctx.t(`records.field.${field}`), value: raw });
  return iso;
}

/** Validates the form and builds the row (without its number); throws a coded error naming the field. */
export function validateRegistration(ctx: ActionContext, kind: RegisterKind, params: RegisterParams): Omit<RegisterRow, 'number'> {
  const scheme = textSetting(ctx.settings, kind === 'incoming' ? 'records.incomingScheme' : 'records.outgoingScheme');
  const schemeIssue = schemeProblem(scheme);
  if (schemeIssue) throw new RegistrarError(schemeIssue, { scheme, setting: kind === 'incoming' ? 'records.incomingScheme' : 'records.outgoingScheme' });
  const correspondent = text(params.correspondent, 500);
  const subject = text(params.subject);
  if (!correspondent) throw new RegistrarError('fieldRequired', { field: ctx.t(kind === 'incoming' ? 'records.field.correspondent' : 'records.field.addressee') });
  if (!subject) throw new RegistrarError('fieldRequired', { field: ctx.t('records.field.subject') });
  const docType = text(params.docType) || 'letter';
  if (!(DOCUMENT_TYPES as readonly string[]).includes(docType)) throw new RegistrarError('badDocType', { value: docType });
  const executor = text(params.executor, 200).toLowerCase();
  if (executor) {
    if (!EMAIL.test(executor)) throw new RegistrarError('badEmail', { field: ctx.t('records.field.executor'), value: executor });
    if (!isKnownExecutor(ctx, executor)) throw new RegistrarError('unknownExecutor', { value: executor });
  }
  const fileUrl = text(params.fileUrl, 500);
  if (fileUrl && !/^https:\/\/\S+$/.test(fileUrl)) throw new RegistrarError('badFileUrl', { value: fileUrl.slice(0, 80) });
  const inReplyTo = kind === 'outgoing' ? text(params.inReplyTo, 100) : '';
  if (inReplyTo && !readRegister(ctx, 'incoming').some((d) => d.number === inReplyTo)) throw new RegistrarError('unknownIncoming', { value: inReplyTo });
  const registeredOn = optionalDate(ctx, 'registeredOn', params.registeredOn) || todayIso(ctx);
  const deadline = optionalDate(ctx, 'deadline', params.deadline);
  if (deadline && deadline < registeredOn) throw new RegistrarError('deadlineBeforeRegistration', { deadline, registeredOn });
  return {
    registeredOn,
    correspondent,
    theirNumber: text(params.theirNumber, 100),
    theirDate: optionalDate(ctx, 'theirDate', params.theirDate),
    subject,
    docType,
    executor,
    deadline,
    resolution: text(params.resolution),
    status: kind === 'incoming' ? (executor ? 'inProgress' : 'registered') : 'registered',
    fileUrl,
    inReplyTo,
    registeredBy: ctx.user,
    note: text(params.note),
  };
}

/** Takes the next number of the register's yearly counter (document properties, under the document lock the runner holds). */
export function takeNumber(ctx: ActionContext, kind: RegisterKind, registeredOn: string): { number: string; seq: number } {
  const year = Number(registeredOn.slice(0, 4));
  const key = counterKey(kind, year);
  const seq = Number(ctx.ports.properties.get(key) ?? '0') + 1;
  ctx.ports.properties.set(key, String(seq));
  const scheme = textSetting(ctx.settings, kind === 'incoming' ? 'records.incomingScheme' : 'records.outgoingScheme');
  return { number: formatNumber(scheme, { index: textSetting(ctx.settings, 'records.nomenclatureIndex'), seq, year }), seq };
}

export function registerDocument(ctx: ActionContext, kind: RegisterKind, params: RegisterParams): ActionResult {
  const row = validateRegistration(ctx, kind, params);
  const schema = registerSchema(kind);
  const { number, seq } = takeNumber(ctx, kind, row.registeredOn);
  const sheet = ctx.tables.find(schema);
  const values = formatTable(schema, [{ number, ...row }], ctx.lang);
  const wb = ctx.ports.workbook;
  const name = sheet ?? schema.name[ctx.lang];
  if (!sheet) wb.ensureSheet(sheetLayout(schema, ctx.lang));
  // Sheet.appendRow under the document lock: two calls, and the sheet grows by itself.
  if (wb.appendRow) wb.appendRow(name, values[1]);
  else wb.appendRows(name, [values[1]]);
  ctx.tables.invalidate();
  return {
    ok: true,
    message: ctx.t(kind === 'incoming' ? 'records.registeredIncoming' : 'records.registeredOutgoing', { number, subject: row.subject }),
    counts: { registered: 1, sequence: seq },
    data: { number, registeredOn: row.registeredOn },
    links: row.fileUrl ? [{ id: '', name: number, url: row.fileUrl }] : undefined,
  };
}

export const registerIncoming = defineAction<RegisterParams>({
  id: 'registerIncoming',
  area: 'E',
  planItems: [23],
  titleKey: 'action.registerIncoming',
  inMenu: false,
  mutates: true,
  needsValidReferenceData: false,
  fastPath: true,
  logsItself: true,
  run: (ctx, params) => registerDocument(ctx, 'incoming', params),
});

export const registerOutgoing = defineAction<RegisterParams>({
  id: 'registerOutgoing',
  area: 'E',
  planItems: [24],
  titleKey: 'action.registerOutgoing',
  inMenu: false,
  mutates: true,
  needsValidReferenceData: false,
  fastPath: true,
  logsItself: true,
  run: (ctx, params) => registerDocument(ctx, 'outgoing', params),
});
