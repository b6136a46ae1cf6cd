// switchLanguage: renames the add-on's sheets, translates headers and option labels, and records the choice in Settings.

import { RegistrarError } from '../../domain/errors';
import type { Lang } from '../../domain/types';
import { isLang } from '../../i18n';
import { ALL_SHEETS, settingsSheet } from '../../sheets';
import { findSheetName, mapHeaders, translateValues } from '../../sheets/schema';
import { cellText } from '../../domain/values';
import { defineAction } from '../types';
import { ensureCoreSheets } from './setupWorkbook';

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
    const plans: Array<{ from: string; to: string; values: unknown[][] }> = [];
    for (const schema of ALL_SHEETS) {
      const from = findSheetName(schema, names);
      if (!from) continue;
      let values = translateValues(schema, ctx.tables.values(from) ?? [], lang);
      if (schema.key === settingsSheet.key) values = withLanguageSetting(values, lang);
      plans.push({ from, to: schema.name[lang], values });
    }
    for (const plan of plans) {
      if (plan.values.length > 0) ctx.ports.workbook.replaceValues(plan.from, plan.values);
      if (plan.from !== plan.to && !names.includes(plan.to)) ctx.ports.workbook.renameSheet(plan.from, plan.to);
    }
    ctx.tables.invalidate();
    ensureCoreSheets(ctx, lang);
    return { ok: true, message: ctx.t(`language.switched.${lang}`), counts: { sheets: plans.length } };
  },
});

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
