// The sheet-schema machinery: header-keyed columns in three languages, zod row validation, parse and format.

import * as z from 'zod/mini';
import type { Problem } from '../domain/errors';
import type { Lang, Trilingual } from '../domain/types';
import { LANGS } from '../domain/types';
import { cellText, isDate, neutraliseText, parseIsoDate, parseNumber } from '../domain/values';

export type ColumnType = 'text' | 'email' | 'integer' | 'number' | 'date' | 'boolean' | 'enum' | 'list' | 'enumList';

export interface Column {
  key: string;
  header: Trilingual;
  type: ColumnType;
  required?: boolean;
  /** Allowed values of 'enum' and 'enumList' columns: stored key → label shown in each language. */
  options?: Readonly<Record<string, Trilingual>>;
  min?: number;
  max?: number;
  /** Values must not repeat within the sheet (compared case-insensitively). */
  unique?: boolean;
  /** Column width in pixels. */
  width?: number;
}

export interface SheetSchema<Row> {
  key: string;
  version: number;
  name: Trilingual;
  columns: readonly Column[];
  /** Marks the Row type; never read at run time. */
  readonly rowType?: Row;
}

/** Declares a sheet schema; `Row` is the record type its rows parse into. */
export function defineSheet<Row>(schema: Omit<SheetSchema<Row>, 'rowType'>): SheetSchema<Row> {
  return schema;
}

export interface ParsedRow<Row> {
  /** 1-based sheet row. */
  rowNumber: number;
  record: Row;
}

export interface ParsedTable<Row> {
  rows: ParsedRow<Row>[];
  problems: Problem[];
  /** Column key → 0-based column index in the sheet (only found columns). */
  columnIndex: Record<string, number>;
}

const normaliseHeader = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[«»"]/g, '');

/** Finds the sheet that holds `schema` among `names`, by its name in any language (or its key). */
export function findSheetName(schema: SheetSchema<unknown>, names: readonly string[]): string | null {
  const wanted = new Set([schema.key, ...LANGS.map((l) => schema.name[l])].map(normaliseHeader));
  return names.find((n) => wanted.has(normaliseHeader(n))) ?? null;
}

export function sheetName(schema: SheetSchema<unknown>, lang: Lang): string {
  return schema.name[lang];
}

/** Maps header cells to column keys; headers may be in any of the three languages and in any order. */
export function mapHeaders(schema: SheetSchema<unknown>, headerRow: readonly unknown[]): Record<string, number> {
  const byText = new Map<string, string>();
  for (const col of schema.columns) {
    byText.set(normaliseHeader(col.key), col.key);
    for (const l of LANGS) byText.set(normaliseHeader(col.header[l]), col.key);
  }
  const index: Record<string, number> = {};
  headerRow.forEach((cell, i) => {
    const key = byText.get(normaliseHeader(cellText(cell)));
    if (key !== undefined && index[key] === undefined) index[key] = i;
  });
  return index;
}

function optionKey(col: Column, raw: string): string | null {
  const want = raw.trim().toLowerCase();
  for (const [key, label] of Object.entries(col.options ?? {})) {
    if (key.toLowerCase() === want) return key;
    for (const l of LANGS) if (label[l].toLowerCase() === want) return key;
  }
  return null;
}

const EMAIL = /^[^\s@'"<>=]+@[^\s@'"<>]+\.[^\s@'"<>]+$/;

/** Runs `normalise` on the raw cell, then validates the result with `schema` (zod's preprocess). */
function pre(normalise: (v: unknown) => unknown, schema: z.ZodMiniType): z.ZodMiniType {
  return z.pipe(z.transform(normalise), schema);
}

/**
 * The zod schema of one column's cell: normalises the raw cell, then checks type, range and options.
 * Issue messages are problem codes ('required', 'notANumber', 'belowMin', ...). zod/mini keeps the
 * Apps Script bundle small (the classic API brings every locale along).
 */
export function columnValidator(col: Column): z.ZodMiniType {
  const empty = (v: unknown) => v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
  const requiredOr = (inner: z.ZodMiniType, emptyValue: unknown): z.ZodMiniType =>
    z.pipe(
      pre((v) => (empty(v) ? undefined : v), col.required ? inner : z.optional(inner)),
      z.transform((v) => (v === undefined ? emptyValue : v)),
    );
  const missing = (code: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'required' : code);
  const options = Object.keys(col.options ?? {}) as [string, ...string[]];
  switch (col.type) {
    case 'integer':
    case 'number': {
      const checks: z.core.$ZodCheck<number>[] = [];
      if (col.min !== undefined) checks.push(z.minimum(col.min, { error: 'belowMin' }));
      if (col.max !== undefined) checks.push(z.maximum(col.max, { error: 'aboveMax' }));
      const base =
        col.type === 'integer'
          ? z.int({ error: (i) => (i.input === undefined ? 'required' : typeof i.input === 'number' ? 'notAnInteger' : 'notANumber') })
          : z.number({ error: missing('notANumber') });
      return requiredOr(pre((v) => (v === undefined ? v : (parseNumber(v) ?? v)), checks.length ? base.check(...checks) : base), null);
    }
    case 'date':
      return requiredOr(pre((v) => (v === undefined ? v : (parseIsoDate(v) ?? v)), z.iso.date({ error: missing('notADate') })), '');
    case 'boolean':
      return requiredOr(
        pre((v) => {
          if (typeof v === 'boolean' || v === undefined) return v;
          const text = String(v).trim().toLowerCase();
          if (['true', 'yes', 'да', 'иә', '1', 'истина', '✓'].includes(text)) return true;
          if (['false', 'no', 'нет', 'жоқ', '0', 'ложь'].includes(text)) return false;
          return v;
        }, z.boolean({ error: missing('notABoolean') })),
        false,
      );
    case 'enum':
      return requiredOr(pre((v) => (v === undefined ? v : (optionKey(col, cellText(v)) ?? v)), z.enum(options, { error: missing('notAnOption') })), '');
    case 'list':
      return requiredOr(pre((v) => (v === undefined ? v : splitList(cellText(v))), z.array(z.string()).check(z.minLength(1, { error: 'required' }))), []);
    case 'enumList':
      return requiredOr(
        pre(
          (v) => (v === undefined ? v : splitList(cellText(v)).map((item) => optionKey(col, item) ?? item)),
          z.array(z.enum(options, { error: 'notAnOption' })).check(z.minLength(1, { error: 'required' })),
        ),
        [],
      );
    case 'email':
      return requiredOr(pre((v) => (v === undefined ? v : cellText(v).toLowerCase()), z.string({ error: missing('notAnEmail') }).check(z.regex(EMAIL, { error: 'notAnEmail' }))), '');
    default:
      return requiredOr(pre((v) => (v === undefined ? v : cellText(v)), z.string({ error: missing('invalidValue') }).check(z.maxLength(50_000, { error: 'tooLong' }))), '');
  }
}

export function splitList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const validatorCache = new WeakMap<SheetSchema<unknown>, z.ZodMiniType>();

function rowValidator(schema: SheetSchema<unknown>): z.ZodMiniType {
  let v = validatorCache.get(schema);
  if (!v) {
    const shape: Record<string, z.ZodMiniType> = {};
    for (const col of schema.columns) shape[col.key] = columnValidator(col);
    v = z.object(shape);
    validatorCache.set(schema, v);
  }
  return v;
}

function isEmptyRow(row: readonly unknown[]): boolean {
  return row.every((c) => c === '' || c === null || c === undefined);
}

/**
 * Parses a sheet's values (header in row 1) into records, collecting every problem with its sheet row
 * and column. Rows with problems are left out of `rows`; empty rows are skipped.
 */
export function parseTable<Row>(
  schema: SheetSchema<Row>,
  values: readonly (readonly unknown[])[],
  sheetLabel = schema.key,
  lang: Lang = 'en',
): ParsedTable<Row> {
  const label = (key: string) => schema.columns.find((c) => c.key === key)?.header[lang] ?? key;
  const problems: Problem[] = [];
  const header = values[0] ?? [];
  const columnIndex = mapHeaders(schema, header);
  for (const col of schema.columns) {
    if (col.required && columnIndex[col.key] === undefined) {
      problems.push({ sheet: sheetLabel, row: 1, column: col.key, value: '', code: 'missingColumn', params: { columnLabel: label(col.key) }, severity: 'error' });
    }
  }
  if (problems.length > 0) return { rows: [], problems, columnIndex };

  const validator = rowValidator(schema);
  const seen = new Map<string, Map<string, number>>();
  for (const col of schema.columns) if (col.unique) seen.set(col.key, new Map());
  const rows: ParsedRow<Row>[] = [];
  for (let r = 1; r < values.length; r++) {
    const raw = values[r];
    if (isEmptyRow(raw)) continue;
    const rowNumber = r + 1;
    const input: Record<string, unknown> = {};
    for (const col of schema.columns) {
      const i = columnIndex[col.key];
      input[col.key] = i === undefined ? undefined : raw[i];
    }
    const result = validator.safeParse(input);
    let rowOk = result.success;
    if (!result.success) {
      const byColumn = new Set<string>();
      for (const issue of result.error.issues) {
        const column = String(issue.path[0] ?? '');
        if (byColumn.has(column)) continue;
        byColumn.add(column);
        const col = schema.columns.find((c) => c.key === column);
        problems.push({
          sheet: sheetLabel,
          row: rowNumber,
          column,
          value: displayRaw(input[column]),
          code: problemCode(issue.message),
          params: { columnLabel: label(column), min: col?.min ?? '', max: col?.max ?? '', options: optionList(col) },
          severity: 'error',
        });
      }
    }
    const record = (result.success ? result.data : {}) as Record<string, unknown>;
    for (const [key, map] of seen) {
      const text = cellText(input[key]).toLowerCase();
      if (text === '') continue;
      const first = map.get(text);
      if (first !== undefined) {
        problems.push({ sheet: sheetLabel, row: rowNumber, column: key, value: cellText(input[key]), code: 'duplicate', params: { columnLabel: label(key), firstRow: first }, severity: 'error' });
        rowOk = false;
      } else map.set(text, rowNumber);
    }
    if (rowOk) rows.push({ rowNumber, record: record as Row });
  }
  return { rows, problems, columnIndex };
}

const KNOWN_CODES = new Set(['required', 'notANumber', 'notAnInteger', 'belowMin', 'aboveMax', 'notADate', 'notABoolean', 'notAnOption', 'notAnEmail', 'tooLong']);

function problemCode(message: string): string {
  return KNOWN_CODES.has(message) ? message : 'invalidValue';
}

function optionList(col: Column | undefined): string {
  return col?.options ? Object.keys(col.options).join(', ') : '';
}

function displayRaw(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  return cellText(value).slice(0, 200);
}

/** The header row of a sheet in a language. */
export function headerRow(schema: SheetSchema<unknown>, lang: Lang): string[] {
  return schema.columns.map((c) => c.header[lang]);
}

/** Formats one record's cell for writing: labels for options, text neutralised so it never becomes a formula. */
export function formatCell(col: Column, value: unknown, lang: Lang): unknown {
  if (value === null || value === undefined) return '';
  switch (col.type) {
    case 'integer':
    case 'number':
      return typeof value === 'number' ? value : '';
    case 'boolean':
      return value === true;
    case 'date': {
      if (isDate(value)) return value;
      const iso = parseIsoDate(value);
      // Noon in Almaty (UTC+5): the same calendar day in any time zone the office uses.
      return iso ? new Date(`${iso}T07:00:00Z`) : '';
    }
    case 'enum':
      return col.options?.[String(value)]?.[lang] ?? neutraliseText(String(value));
    case 'list':
      return neutraliseText((value as unknown[]).join(', '));
    case 'enumList':
      return (value as unknown[]).map((v) => col.options?.[String(v)]?.[lang] ?? String(v)).join(', ');
    default:
      return neutraliseText(String(value));
  }
}

/** Header plus one row per record, ready for a single setValues. */
export function formatTable<Row>(schema: SheetSchema<Row>, records: readonly Row[], lang: Lang): unknown[][] {
  const out: unknown[][] = [headerRow(schema, lang)];
  for (const record of records) {
    const rec = record as Record<string, unknown>;
    out.push(schema.columns.map((col) => formatCell(col, rec[col.key], lang)));
  }
  return out;
}

/** Options shown in a dropdown for an enum column, in a language. */
export function dropdownValues(col: Column, lang: Lang): string[] {
  return Object.values(col.options ?? {}).map((label) => label[lang]);
}

/**
 * Rewrites a sheet's values into another language without losing anything: known header cells and
 * option labels are translated; every other cell is kept as it is.
 */
export function translateValues(schema: SheetSchema<unknown>, values: readonly (readonly unknown[])[], to: Lang): unknown[][] {
  if (values.length === 0) return [];
  const index = mapHeaders(schema, values[0]);
  const header = values[0].slice();
  const enumColumns: Array<{ col: Column; at: number }> = [];
  for (const col of schema.columns) {
    const at = index[col.key];
    if (at === undefined) continue;
    header[at] = col.header[to];
    if (col.type === 'enum' || col.type === 'enumList') enumColumns.push({ col, at });
  }
  const out: unknown[][] = [header];
  for (let r = 1; r < values.length; r++) {
    const row = values[r].slice();
    for (const { col, at } of enumColumns) {
      const text = cellText(row[at]);
      if (text === '') continue;
      if (col.type === 'enum') {
        const key = optionKey(col, text);
        if (key !== null) row[at] = col.options?.[key]?.[to] ?? row[at];
      } else {
        const keys = splitList(text).map((item) => optionKey(col, item));
        if (keys.every((k) => k !== null)) row[at] = keys.map((k) => col.options?.[k as string]?.[to] ?? k).join(', ');
      }
    }
    out.push(row);
  }
  return out;
}
