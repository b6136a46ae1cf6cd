// The sidebar's register search (by number, correspondent, subject, executor, period) and the sidebar that registers documents and uploads their files.

import { numberSetting } from '../../domain/settings';
import { type DeadlineState, deadlineState, type RegisterQuery, searchRegister } from '../../domain/records/register';
import { DOCUMENT_TYPES } from '../../domain/records/register';
import { defineRpc } from '../extensions';
import { defineAction } from '../types';
import type { ActionContext } from '../types';
import { todayIso } from '../tracker/planData';
import { readRegister } from './registerData';
import { UPLOAD_EXTENSIONS, UPLOAD_TYPE_NAMES } from './uploadCheck';

export interface FoundDocument {
  kind: 'incoming' | 'outgoing';
  number: string;
  registeredOn: string;
  correspondent: string;
  subject: string;
  executor: string;
  deadline: string;
  status: string;
  fileUrl: string;
  inReplyTo: string;
  state: DeadlineState;
}

export function findDocuments(ctx: ActionContext, query: RegisterQuery): FoundDocument[] {
  const today = todayIso(ctx);
  const days = numberSetting(ctx.settings, 'records.dueSoonDays');
  const docs = [...(query.kind !== 'outgoing' ? readRegister(ctx, 'incoming') : []), ...(query.kind !== 'incoming' ? readRegister(ctx, 'outgoing') : [])];
  return searchRegister(docs, query, today, days, 100).map((d) => ({
    kind: d.kind,
    number: d.number,
    registeredOn: d.registeredOn,
    correspondent: d.correspondent,
    subject: d.subject,
    executor: d.executor,
    deadline: d.deadline,
    status: d.status,
    fileUrl: d.fileUrl,
    inReplyTo: d.inReplyTo,
    state: deadlineState(d, today, days),
  }));
}

export const searchRegisterRpc = defineRpc<RegisterQuery, FoundDocument[]>({
  name: 'searchRegister',
  mutates: false,
  run: (ctx, query) => findDocuments(ctx, query ?? {}),
});

/** Message keys the registers sidebar shows. */
export const RECORDS_SIDEBAR_KEYS = [
  'records.sidebar.incoming', 'records.sidebar.outgoing', 'records.sidebar.register', 'records.sidebar.search', 'records.sidebar.find',
  'records.field.correspondent', 'records.field.addressee', 'records.field.theirNumber', 'records.field.theirDate', 'records.field.subject',
  'records.field.docType', 'records.field.executor', 'records.field.deadline', 'records.field.resolution', 'records.field.fileUrl',
  'records.field.inReplyTo', 'records.field.registeredOn', 'records.field.number', 'records.field.from', 'records.field.to', 'records.field.text',
  'records.state.overdue', 'records.state.dueSoon', 'records.status.done', 'records.status.sent', 'records.sidebar.attention', 'records.sidebar.noResults', 'records.sidebar.working',
  'records.sidebar.file', 'records.sidebar.attach', 'records.sidebar.uploading', 'error.uploadTooLarge', 'error.uploadBadType', 'error.uploadEmpty',
];

export const openRegisters = defineAction({
  id: 'openRegisters',
  area: 'E',
  planItems: [],
  titleKey: 'action.openRegisters',
  inMenu: true,
  mutates: false,
  needsValidReferenceData: false,
  run(ctx) {
    const messages: Record<string, string> = {};
    for (const key of RECORDS_SIDEBAR_KEYS) messages[key] = ctx.t(key);
    const docTypes = DOCUMENT_TYPES.map((k) => ({ key: k, label: ctx.t(`records.docType.${k}`) }));
    const maxUploadMb = numberSetting(ctx.settings, 'records.maxUploadMb');
    messages['records.sidebar.fileHint'] = ctx.t('records.sidebar.fileHint', { types: UPLOAD_TYPE_NAMES, max: maxUploadMb });
    const upload = { maxBytes: Math.round(maxUploadMb * 1024 * 1024), maxMb: maxUploadMb, extensions: UPLOAD_EXTENSIONS, typeNames: UPLOAD_TYPE_NAMES };
    ctx.ports.ui.showSidebar('records', ctx.t('action.openRegisters'), { lang: ctx.lang, messages, docTypes, upload });
    return { ok: true, message: ctx.t('records.sidebarOpened'), counts: {} };
  },
});
