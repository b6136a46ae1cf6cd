// switchLanguage: renames the add-on's sheets (every area's), translates headers and option labels, and records the choice in Settings.

import { RegistrarError } from '../../domain/errors';
import type { Lang } from '../../domain/types';
import { cellText, neutraliseText } from '../../domain/values';
import { isLang } from '../../i18n';
import { ALL_SHEETS, settingsSheet } from '../../sheets';
import { repairLayout } from '../../sheets/layout';
import { findSheetName, mapHeaders, translateValues } from '../../sheets/schema';
import type { SheetLayout } from '../../ports';
import { INDEX_KEY, type IndexPointer } from '../registration/state';
import { defineAction } from '../types';
import type { ActionContext } from '../types';
import { ensureCoreSheets } from './setupWorkbook';

/** One sheet's writes: its header when it changes, and per column the rows span whose cells change. */
interface SheetPlan {
  from: string;
  to: string;
  header: unknown[] | null;
  columns: Array<{ column: number; firstRow: number; values: unknown[][] }>;
  /** When every column of the schema is in the sheet: the layout that rewrites the header with dropdowns and formats in the new language. */
  layout?: (name: string) => SheetLayout;
}

export const switchLanguage = defineAction<{ lang?: string }>({
  id: 'switchLanguage',
  area: 'setup',
  planItems: [],
  titleKey: 'action.switchLanguage',
  inMenu: false,
  mutates: true,
  run(ctx, params) {
    const to = params.lang;
    if (!isLang(to)) throw new RegistrarError('badLanguage', { value: String(to ?? '') });
    const lang: Lang = to;
    const names = ctx.tables.sheetNames();
    // Compute every sheet's new values first; write afterwards.
    const plans: SheetPlan[] = [];
    for (const schema of ALL_SHEETS) {
      const from = findSheetName(schema, names);
      if (!from || plans.some((p) => p.from === from)) continue;
      const values = ctx.tables.values(from) ?? [];
      let translated = translateValues(schema, values, lang);
      if (schema.key === settingsSheet.key) translated = withLanguageSetting(translated, lang);
      const plan = changes(from, schema.name[lang], values, translated);
      const index = translated.length > 0 ? mapHeaders(schema, translated[0]) : {};
      if (plan.header && schema.columns.every((c) => index[c.key] !== undefined)) {
        const header = plan.header;
        plan.layout = (name) => repairLayout(schema, lang, name, header);
      }
      plans.push(plan);
    }
    const renamed = new Map<string, string>();
    for (const plan of plans) {
      if (plan.header && !plan.layout) ctx.ports.workbook.writeHeader(plan.from, plan.header.map((h) => String(h)));
      for (const c of plan.columns) ctx.ports.workbook.writeBlock(plan.from, c.firstRow, c.column, c.values);
      let name = plan.from;
      if (plan.from !== plan.to && !names.includes(plan.to)) {
        ctx.ports.workbook.renameSheet(plan.from, plan.to);
        renamed.set(plan.from, plan.to);
        name = plan.to;
      }
      // The header in the new language, and the dropdowns with it (the old ones would mark every translated cell invalid).
      if (plan.layout) ctx.ports.workbook.ensureSheet(plan.layout(name));
    }
    followRenames(ctx, renamed);
    ctx.tables.invalidate();
    ensureCoreSheets(ctx, lang);
    return { ok: true, message: ctx.t(`language.switched.${lang}`), counts: { sheets: plans.length, renamed: renamed.size } };
  },
});

/**
 * The cells that change: the header row, and for each column the span from its first to its last changed row (one
 * write per column, so a large sheet whose only option column is translated is not rewritten whole). Unchanged text
 * inside a span is written back neutralised: a sheet returns '=…' text without its apostrophe.
 */
export function changes(from: string, to: string, before: readonly (readonly unknown[])[], after: readonly (readonly unknown[])[]): SheetPlan {
  const header = after.length > 0 && after[0].some((h, i) => h !== before[0]?.[i]) ? [...after[0]] : null;
  const columns: SheetPlan['columns'] = [];
  const width = Math.max(0, ...after.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    let first = -1;
    let last = -1;
    for (let r = 1; r < after.length; r++) {
      if (after[r][c] !== before[r]?.[c]) {
        if (first < 0) first = r;
        last = r;
      }
    }
    if (first < 0) continue;
    const values: unknown[][] = [];
    for (let r = first; r <= last; r++) {
      const v = after[r][c];
      values.push([typeof v === 'string' ? neutraliseText(v) : v]);
    }
    columns.push({ column: c + 1, firstRow: first + 1, values });
  }
  return { from, to, header, columns };
}

/** The registration form-submit handler reaches its sheets by the names in document properties: they follow the renames. */
function followRenames(ctx: ActionContext, renamed: ReadonlyMap<string, string>): void {
  if (renamed.size === 0) return;
  const raw = ctx.ports.properties.get(INDEX_KEY);
  if (!raw) return;
  let pointer: IndexPointer;
  try {
    pointer = JSON.parse(raw) as IndexPointer;
  } catch {
    return;
  }
  const next = { ...pointer };
  for (const key of ['n', 'se'] as const) {
    const name = pointer[key];
    if (typeof name === 'string' && renamed.has(name)) next[key] = renamed.get(name) as string;
  }
  if (JSON.stringify(next) !== raw) ctx.ports.properties.set(INDEX_KEY, JSON.stringify(next));
}

function withLanguageSetting(values: unknown[][], lang: Lang): unknown[][] {
  if (values.length === 0) return values;
  const index = mapHeaders(settingsSheet, values[0]);
  const keyAt = index.key;
  const valueAt = index.value;
  if (keyAt === undefined || valueAt === undefined) return values;
  return values.map((row, r) => {
    if (r > 0 && cellText(row[keyAt]) === 'ui.language') {
      const copy = row.slice();
      copy[valueAt] = lang;
      return copy;
    }
    return row;
  });
}
