// setupWorkbook: creates or repairs every core sheet (headers, frozen header, widths, dropdowns, protection); never deletes data.

import type { Lang } from '../../domain/types';
import { CORE_SHEETS, settingsSheet } from '../../sheets';
import { repairLayout, sheetLayout } from '../../sheets/layout';
import { formatTable } from '../../sheets/schema';
import { settingRows } from '../../sheets/universityRows';
import type { ActionContext } from '../types';
import { defineAction } from '../types';

export interface SetupCounts {
  created: number;
  repaired: number;
  settingsAdded: number;
}

/** Ensures every core sheet exists with its layout; adds missing settings rows. Idempotent. */
export function ensureCoreSheets(ctx: ActionContext, lang: Lang = ctx.lang): SetupCounts {
  const counts: SetupCounts = { created: 0, repaired: 0, settingsAdded: 0 };
  const settingsTable = ctx.tables.read(settingsSheet);
  CORE_SHEETS.forEach((schema, index) => {
    const existing = ctx.tables.find(schema);
    const header = existing ? (ctx.tables.values(existing)?.[0] ?? []) : [];
    const layout = existing ? repairLayout(schema, lang, existing, header) : sheetLayout(schema, lang);
    const result = ctx.ports.workbook.ensureSheet(layout, index);
    if (result.created) counts.created++;
    else if (result.headerRepaired) counts.repaired++;
  });
  const present = new Set(settingsTable.rows.map((r) => r.record.key));
  const missing = settingRows(lang).filter((r) => !present.has(r.key));
  if (missing.length > 0) {
    const name = ctx.tables.nameFor(settingsSheet);
    ctx.ports.workbook.appendRows(name, formatTable(settingsSheet, missing, lang).slice(1));
    counts.settingsAdded = missing.length;
  }
  ctx.tables.invalidate();
  return counts;
}

export const setupWorkbook = defineAction({
  id: 'setupWorkbook',
  area: 'setup',
  planItems: [],
  titleKey: 'action.setupWorkbook',
  inMenu: true,
  mutates: true,
  run(ctx) {
    const counts = ensureCoreSheets(ctx);
    return {
      ok: true,
      message: ctx.t('setup.result', { created: counts.created, repaired: counts.repaired, settings: counts.settingsAdded }),
      counts: { ...counts },
    };
  },
});
