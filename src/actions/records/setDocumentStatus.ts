// Changes a registered document's status (executed, sent, cancelled…) from the registers sidebar: one read, one cell written.

import { RegistrarError } from '../../domain/errors';
import type { RegisterKind } from '../../domain/records/numbering';
import { DOCUMENT_STATUSES } from '../../domain/records/register';
import { formatCell } from '../../sheets/schema';
import { defineAction } from '../types';
import { registerSchema } from './registerData';

export interface StatusParams {
  kind: RegisterKind;
  number: string;
  status: string;
}

export const setDocumentStatus = defineAction<StatusParams>({
  id: 'setDocumentStatus',
  area: 'E',
  planItems: [],
  titleKey: 'action.setDocumentStatus',
  inMenu: false,
  mutates: true,
  needsValidReferenceData: false,
  run(ctx, params) {
    const kind: RegisterKind = params.kind === 'outgoing' ? 'outgoing' : 'incoming';
    const status = String(params.status ?? '');
    if (!(DOCUMENT_STATUSES as readonly string[]).includes(status)) throw new RegistrarError('badDocumentStatus', { value: status });
    const schema = registerSchema(kind);
    const table = ctx.tables.read(schema);
    const row = table.rows.find((r) => r.record.number === String(params.number ?? '').trim());
    if (!row) throw new RegistrarError(kind === 'incoming' ? 'unknownIncoming' : 'unknownOutgoing', { value: String(params.number ?? '') });
    const column = table.columnIndex.status;
    const col = schema.columns.find((c) => c.key === 'status')!;
    ctx.ports.workbook.writeBlock(table.sheetName, row.rowNumber, column + 1, [[formatCell(col, status, ctx.lang)]]);
    ctx.tables.invalidate();
    return { ok: true, message: ctx.t('records.statusSet', { number: row.record.number, status: ctx.t(`records.status.${status}`) }), counts: { updated: 1 } };
  },
});
