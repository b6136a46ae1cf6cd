// How a schema's sheet looks when created or repaired: headers, widths, frozen header, dropdowns, text formats.

import type { Lang } from '../domain/types';
import type { SheetLayout } from '../ports';
import { dropdownValues, headerRow, mapHeaders, type SheetSchema } from './schema';
import { cellText } from '../domain/values';

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

/**
 * The layout for an existing sheet: its header cells are kept where they are (in whatever language),
 * missing columns are appended at the end, and formats follow the columns to their actual positions.
 */
export function repairLayout(schema: SheetSchema<unknown>, lang: Lang, name: string, existingHeader: readonly unknown[]): SheetLayout {
  const index = mapHeaders(schema, existingHeader);
  const headers = existingHeader.map((c) => cellText(c));
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  const position: Record<string, number> = {};
  for (const col of schema.columns) {
    if (index[col.key] !== undefined) position[col.key] = index[col.key];
    else {
      position[col.key] = headers.length;
      headers.push(col.header[lang]);
    }
  }
  const base = sheetLayout(schema, lang, name);
  const widths = headers.map(() => 120);
  const dropdowns: Record<number, string[]> = {};
  const numberFormats: Record<number, string> = {};
  schema.columns.forEach((col, i) => {
    const at = position[col.key];
    widths[at] = base.columnWidths[i];
    if (base.dropdowns[i]) dropdowns[at] = base.dropdowns[i];
    if (base.numberFormats[i]) numberFormats[at] = base.numberFormats[i];
  });
  return { ...base, headers, columnWidths: widths, dropdowns, numberFormats };
}
