// Uploads a document's file from the registers sidebar (or the CLI) into the office's Drive folder
// Registers/<Incoming|Outgoing>/<year>/ and links it in the register: a new registration, or attached to an existing number.

import { RegistrarError } from '../../domain/errors';
import { counterKey, type RegisterKind } from '../../domain/records/numbering';
import { numberSetting } from '../../domain/settings';
import type { DriveFileRef } from '../../ports';
import { sheetLayout } from '../../sheets/layout';
import { formatCell, formatTable } from '../../sheets/schema';
import { defineAction } from '../types';
import type { ActionContext, ActionResult } from '../types';
import { registerSchema } from './registerData';
import { type RegisterParams, takeNumber, validateRegistration } from './registerDocument';
import { type CheckedUpload, checkUpload, storedFileName } from './uploadCheck';

export interface UploadParams extends RegisterParams {
  /** The name the person's computer gives the file (only its extension and, shown safely, its name are used). */
  fileName?: string;
  /** The file's bytes in base64 (a data-URL prefix is accepted). */
  base64?: string;
  /** An existing registration number: the file is attached to it instead of registering a new document. */
  number?: string;
}

/** Language-neutral folder names, so a language switch files into the same folders. */
export function registerFolderPath(kind: RegisterKind, registeredOn: string): string[] {
  return ['Registers', kind === 'incoming' ? 'Incoming' : 'Outgoing', registeredOn.slice(0, 4)];
}

function maxUploadBytes(ctx: ActionContext): number {
  return Math.round(numberSetting(ctx.settings, 'records.maxUploadMb') * 1024 * 1024);
}

function store(ctx: ActionContext, kind: RegisterKind, file: CheckedUpload, number: string, subject: string, registeredOn: string): DriveFileRef {
  const upload = ctx.ports.drive.uploadFile;
  if (!upload) throw new RegistrarError('uploadUnavailable', {});
  const folder = ctx.ports.drive.folder(registerFolderPath(kind, registeredOn));
  const description = ctx.t('records.upload.description', { number, user: ctx.user, at: ctx.ports.clock.now().toISOString(), name: file.originalName });
  return upload.call(ctx.ports.drive, folder, storedFileName(number, subject, file.ext), file.base64, file.mime, description);
}

/** Checks everything, then either registers a new document with its file or attaches the file to `params.number`. */
export function uploadRegisterFile(ctx: ActionContext, kind: RegisterKind, params: UploadParams): ActionResult {
  if (!ctx.user) throw new RegistrarError('uploadNoIdentity', {});
  const file = checkUpload(params.fileName, params.base64, maxUploadBytes(ctx));
  const number = String(params.number ?? '').trim();
  return number ? attach(ctx, kind, file, number) : registerWithFile(ctx, kind, file, params);
}

function attach(ctx: ActionContext, kind: RegisterKind, file: CheckedUpload, number: string): ActionResult {
  const schema = registerSchema(kind);
  const table = ctx.tables.read(schema);
  const row = table.rows.find((r) => r.record.number === number);
  if (!row) throw new RegistrarError('uploadUnknownNumber', { value: number.slice(0, 60), register: ctx.t(`records.sidebar.${kind}`) });
  const ref = store(ctx, kind, file, number, row.record.subject, row.record.registeredOn);
  const column = schema.columns.find((c) => c.key === 'fileUrl')!;
  ctx.ports.workbook.writeBlock(table.sheetName, row.rowNumber, table.columnIndex.fileUrl + 1, [[formatCell(column, ref.url, ctx.lang)]]);
  ctx.tables.invalidate();
  const replaced = row.record.fileUrl ? ` ${ctx.t('records.upload.replaced')}` : '';
  return {
    ok: true,
    message: `${ctx.t('records.upload.attached', { number, name: ref.name })}${replaced}`,
    counts: { uploaded: 1, bytes: file.bytes },
    data: { number, fileUrl: ref.url, fileName: ref.name },
    links: [ref],
  };
}

function registerWithFile(ctx: ActionContext, kind: RegisterKind, file: CheckedUpload, params: UploadParams): ActionResult {
  const row = validateRegistration(ctx, kind, { ...params, fileUrl: '' });
  const { number, seq } = takeNumber(ctx, kind, row.registeredOn);
  let ref: DriveFileRef;
  try {
    ref = store(ctx, kind, file, number, row.subject, row.registeredOn);
  } catch (error) {
    // Drive refused the file: give the number back (the runner holds the document lock), so no gap is left.
    ctx.ports.properties.set(counterKey(kind, Number(row.registeredOn.slice(0, 4))), String(seq - 1));
    throw error;
  }
  const schema = registerSchema(kind);
  const values = formatTable(schema, [{ number, ...row, fileUrl: ref.url }], ctx.lang);
  const sheet = ctx.tables.find(schema);
  if (!sheet) {
    ctx.ports.workbook.ensureSheet(sheetLayout(schema, ctx.lang));
    ctx.ports.workbook.appendRows(schema.name[ctx.lang], [values[1]]);
  } else ctx.ports.workbook.appendRows(sheet, [values[1]]);
  ctx.tables.invalidate();
  return {
    ok: true,
    message: `${ctx.t(kind === 'incoming' ? 'records.registeredIncoming' : 'records.registeredOutgoing', { number, subject: row.subject })} ${ctx.t('records.upload.stored', { name: ref.name })}`,
    counts: { registered: 1, sequence: seq, uploaded: 1, bytes: file.bytes },
    data: { number, registeredOn: row.registeredOn, fileUrl: ref.url, fileName: ref.name },
    links: [ref],
  };
}

export const uploadIncomingFile = defineAction<UploadParams>({
  id: 'uploadIncomingFile',
  area: 'E',
  // No plan item: the register row is the tracker's evidence of items 23/24 (planData.registerEvidence); the run log keeps who uploaded.
  planItems: [],
  titleKey: 'action.uploadIncomingFile',
  inMenu: false,
  mutates: true,
  needsValidReferenceData: false,
  run: (ctx, params) => uploadRegisterFile(ctx, 'incoming', params),
});

export const uploadOutgoingFile = defineAction<UploadParams>({
  id: 'uploadOutgoingFile',
  area: 'E',
  planItems: [],
  titleKey: 'action.uploadOutgoingFile',
  inMenu: false,
  mutates: true,
  needsValidReferenceData: false,
  run: (ctx, params) => uploadRegisterFile(ctx, 'outgoing', params),
});
