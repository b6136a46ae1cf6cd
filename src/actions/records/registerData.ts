// Reads the registers and the people who may execute documents; shared by registration, search, the dashboard and reports.

import { type RegisterKind } from '../../domain/records/numbering';
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
