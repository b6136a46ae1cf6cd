// How a schema's sheet looks when created or repaired: headers, widths, frozen header, dropdowns, text formats.

import type { Lang } from '../domain/types';
import type { SheetLayout } from '../ports';
import { dropdownValues, headerRow, type SheetSchema } from './schema';

/** Data validation lists hold at most 500 items in Google Sheets. */
export const MAX_DROPDOWN_ITEMS = 500;

export function sheetLayout(schema: SheetSchema<unknown>, lang: Lang, name = schema.name[lang]): SheetLayout {
  const dropdowns: Record<number, string[]> = {};
  const numberFormats: Record<number, string> = {};
  schema.columns.forEach((col, i) => {
    if (col.type === 'enum') {
      const values = dropdownValues(col, lang);
      if (values.length <= MAX_DROPDOWN_ITEMS) dropdowns[i] = values;
    }
    if (col.type === 'text' || col.type === 'list' || col.type === 'email' || col.type === 'enumList') numberFormats[i] = '@';
    if (col.type === 'date') numberFormats[i] = 'yyyy-mm-dd';
  });
  return {
    name,
    headers: headerRow(schema, lang),
    columnWidths: schema.columns.map((c) => c.width ?? 120),
    frozenRows: 1,
    dropdowns,
    numberFormats,
    protectHeader: true,
  };
}
