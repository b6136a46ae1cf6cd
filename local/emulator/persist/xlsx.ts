// Spreadsheet ↔ .xlsx with ExcelJS. Cells, formulas, dates (as wall-clock time in the spreadsheet's
// time zone), number formats, fonts, fills, alignment, notes, merges, frozen panes, column widths,
// hidden sheets and dropdown lists are native xlsx. What xlsx cannot hold (ids, sheet sizes,
// protections with editors, developer metadata, named ranges, full validation rules, properties,
// triggers) goes as JSON into a very hidden sheet "__gas_state", which load reads back.
import ExcelJS from 'exceljs';
import { zonedParts, zonedToInstant } from '../core/dates';
import { isDate } from '../core/gas';
import type { Emulator } from '../emulator';
import type { TriggerRecord } from '../services/script';
import { type GridRect, columnToLetters, parseA1, rectToA1 } from '../spreadsheet/a1';
import { type CellFormat, type DevMetaRecord, Protection, type Range, type Sheet, Spreadsheet } from '../spreadsheet/spreadsheet';
import { DataValidation, type RuleSpec } from '../spreadsheet/validation';
import { type CellValue, DEFAULT_NUMBER_FORMAT } from '../spreadsheet/values';

export const STATE_SHEET = '__gas_state';
const KEY = 20_000;
const CHUNK = 30_000;

interface SavedRule extends Omit<RuleSpec, 'values'> {
  values: unknown[];
  rangeRef?: string;
}

/**
 * Cells sharing one value, as runs down a column: the value (JSON) and a flat list of
 * [column0, firstRow0, lastRow0] triples. Formats and validations usually cover whole columns,
 * so runs keep the saved state small (a cell-by-cell list grows with the sheet's maximum rows).
 */
type Runs = [string, number[]][];

function encodeRuns<T>(cells: Map<number, T>, serialise: (v: T) => string): Runs {
  const keys = [...cells.keys()].sort((a, b) => a % KEY - (b % KEY) || a - b);
  const byValue = new Map<string, number[]>();
  let prev: { col: number; row: number; json: string; list: number[] } | null = null;
  for (const k of keys) {
    const row = Math.floor(k / KEY);
    const col = k % KEY;
    const json = serialise(cells.get(k) as T);
    if (prev && prev.col === col && prev.row + 1 === row && prev.json === json) {
      prev.list[prev.list.length - 1] = row;
      prev.row = row;
      continue;
    }
    let list = byValue.get(json);
    if (!list) byValue.set(json, (list = []));
    list.push(col, row, row);
    prev = { col, row, json, list };
  }
  return [...byValue];
}

function decodeRuns(runs: Runs, each: (key: number, json: string) => void): void {
  for (const [json, list] of runs) {
    for (let i = 0; i < list.length; i += 3) {
      for (let r = list[i + 1]; r <= list[i + 2]; r++) each(r * KEY + list[i], json);
    }
  }
}

interface SheetState {
  name: string;
  id: number;
  maxRows: number;
  maxCols: number;
  /** Version 1 files: one entry per cell. */
  formats?: [number, CellFormat][];
  validations?: [number, SavedRule][];
  formatRuns?: Runs;
  validationRuns?: Runs;
  hiddenCols: number[];
  charts: unknown[];
  formId?: string | null;
}

export interface WorkbookState {
  version: 1 | 2;
  id: string;
  name: string;
  owner: string;
  editors: string[];
  viewers: string[];
  locale: string;
  timeZone: string;
  sheets: SheetState[];
  activeSheet: string;
  devMeta: (Omit<DevMetaRecord, 'sheetId'> & { sheet?: string })[];
  namedRanges: { name: string; sheet: string; a1: string }[];
  protections: { type: 'RANGE' | 'SHEET'; sheet: string; a1: string; description: string; editors: string[]; warningOnly: boolean; domainEdit: boolean; unprotected: string[] }[];
  documentProperties: Record<string, string>;
  scriptProperties: Record<string, string>;
  userProperties: Record<string, Record<string, string>>;
  triggers: TriggerRecord[];
  addonEnabled: boolean;
  idCounter: number;
  extra: Record<string, unknown>;
}

const argb = (c?: string | null) => (c && /^#[0-9a-f]{6}$/i.test(c) ? `FF${c.slice(1).toUpperCase()}` : undefined);
const hex = (a?: string) => (a && /^[0-9A-F]{8}$/i.test(a) ? `#${a.slice(2).toLowerCase()}` : undefined);

function ruleToSaved(rule: DataValidation): SavedRule {
  const s = rule._spec;
  if (s.criteria === 'VALUE_IN_RANGE') {
    const r = s.values[0] as Range;
    return { ...s, values: [null, s.values[1]], rangeRef: `'${r._sheet._name.replace(/'/g, "''")}'!${r.getA1Notation()}` };
  }
  return { ...s, values: s.values.map((v) => (isDate(v) ? { $date: (v as Date).toISOString() } : v)) };
}

function savedToRule(emu: Emulator, ss: Spreadsheet, saved: SavedRule): DataValidation {
  const values = saved.values.map((v) => (v && typeof v === 'object' && '$date' in (v as object) ? new Date((v as { $date: string }).$date) : v));
  if (saved.rangeRef) values[0] = ss.getRange(saved.rangeRef);
  return new DataValidation(emu, { criteria: saved.criteria, values, allowInvalid: saved.allowInvalid, helpText: saved.helpText });
}

/** Writes the spreadsheet (default: the active one) to an .xlsx file. */
export async function saveSpreadsheetToXlsx(emu: Emulator, path: string, ss: Spreadsheet = emu.requireActive()): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = ss._owner;
  const tz = ss._timeZone;
  for (const sheet of ss._sheets) writeSheet(wb, sheet, tz);
  const state: WorkbookState = {
    version: 2,
    id: ss._id,
    name: ss._name,
    owner: ss._owner,
    editors: [...ss._editors],
    viewers: [...ss._viewers],
    locale: ss._locale,
    timeZone: ss._timeZone,
    sheets: ss._sheets.map((s) => ({
      name: s._name,
      id: s._id,
      maxRows: s._maxRows,
      maxCols: s._maxCols,
      formatRuns: encodeRuns(new Map([...s._formats].filter(([, f]) => Object.keys(f).length > 0)), (f) => JSON.stringify(f)),
      validationRuns: encodeRuns(s._validations, (r) => JSON.stringify(ruleToSaved(r))),
      hiddenCols: [...s._hiddenCols],
      charts: s._charts,
      formId: s._formId,
    })),
    activeSheet: ss.getActiveSheet()._name,
    devMeta: ss._devMeta.map(({ sheetId, ...m }) => ({ ...m, sheet: sheetId === undefined ? undefined : ss.getSheetById(sheetId)?._name })),
    namedRanges: [...ss._namedRanges].map(([name, r]) => ({ name, sheet: r.sheet._name, a1: rectToA1(r.rect) })),
    protections: ss._protections.map((p) => ({
      type: p._type,
      sheet: p._sheet._name,
      a1: rectToA1(p._rect()),
      description: p._description,
      editors: [...p._editors],
      warningOnly: p._warningOnly,
      domainEdit: p._domainEdit,
      unprotected: p._unprotected.map(rectToA1),
    })),
    documentProperties: Object.fromEntries(emu.properties.document.get(ss._id) ?? []),
    scriptProperties: Object.fromEntries(emu.properties.script),
    userProperties: Object.fromEntries([...emu.properties.user].map(([u, m]) => [u, Object.fromEntries(m)])),
    triggers: emu.triggers.filter((t) => t.documentId === ss._id || t.sourceId === ss._id || t.documentId === null),
    addonEnabled: emu.addonEnabledIn.has(ss._id),
    idCounter: emu.ids.state,
    extra: emu.workbookExtras,
  };
  const json = JSON.stringify(state);
  const ws = wb.addWorksheet(STATE_SHEET, { state: 'veryHidden' });
  for (let i = 0, row = 1; i < json.length || row === 1; i += CHUNK, row++) ws.getCell(row, 1).value = json.slice(i, i + CHUNK);
  await wb.xlsx.writeFile(path);
}

function writeSheet(wb: ExcelJS.Workbook, sheet: Sheet, tz: string): void {
  const ws = wb.addWorksheet(sheet._name, {
    state: sheet._hidden ? 'hidden' : 'visible',
    views: sheet._frozenRows || sheet._frozenCols ? [{ state: 'frozen', xSplit: sheet._frozenCols, ySplit: sheet._frozenRows }] : [],
    properties: sheet._tabColor && argb(sheet._tabColor) ? { tabColor: { argb: argb(sheet._tabColor) as string } } : {},
  });
  const cells = new Set<number>();
  sheet._values.forEach((row, r0) => row?.forEach((v, c0) => v !== undefined && v !== '' && cells.add(r0 * KEY + c0)));
  for (const k of sheet._formulas.keys()) cells.add(k);
  for (const k of sheet._notes.keys()) cells.add(k);
  // Formats of empty cells live in the state sheet; the visible sheet styles cells that hold something,
  // and header-row formats (bold, fill) even when empty.
  for (const k of sheet._formats.keys()) if (k < KEY) cells.add(k);
  for (const k of cells) {
    const r = Math.floor(k / KEY) + 1;
    const c = (k % KEY) + 1;
    const cell = ws.getCell(r, c);
    const formula = sheet._formulas.get(k);
    const raw = sheet._raw(r, c);
    if (formula !== undefined) {
      const result = sheet._value(r, c);
      cell.value = { formula: formula.slice(1), result: toExcel(result, tz) } as ExcelJS.CellFormulaValue;
    } else if (raw !== undefined) cell.value = toExcel(raw, tz) as ExcelJS.CellValue;
    const f = sheet._formats.get(k);
    if (f) {
      if (f.numberFormat && f.numberFormat !== DEFAULT_NUMBER_FORMAT) cell.numFmt = f.numberFormat;
      if (f.fontWeight || f.fontStyle || f.fontColor || f.fontSize || f.fontFamily) {
        cell.font = { bold: f.fontWeight === 'bold' || undefined, italic: f.fontStyle === 'italic' || undefined, color: argb(f.fontColor) ? { argb: argb(f.fontColor) } : undefined, size: f.fontSize, name: f.fontFamily };
      }
      if (argb(f.background)) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(f.background) } };
      if (f.horizontalAlignment || f.verticalAlignment || f.wrap) {
        const v = f.verticalAlignment === 'middle' ? 'middle' : f.verticalAlignment;
        cell.alignment = { horizontal: f.horizontalAlignment as ExcelJS.Alignment['horizontal'], vertical: v as ExcelJS.Alignment['vertical'], wrapText: f.wrap || undefined };
      }
      if (f.border) {
        const side = { style: 'thin' as const, color: argb(f.border.color) ? { argb: argb(f.border.color) } : undefined };
        cell.border = { top: f.border.top ? side : undefined, left: f.border.left ? side : undefined, bottom: f.border.bottom ? side : undefined, right: f.border.right ? side : undefined };
      }
    }
    const note = sheet._notes.get(k);
    if (note) cell.note = note;
  }
  // Dropdowns as one rule per run of a column (ExcelJS keeps a rule per address given).
  const ruleByJson = new Map<string, DataValidation>();
  for (const rule of sheet._validations.values()) ruleByJson.set(JSON.stringify(ruleToSaved(rule)), rule);
  for (const [json, list] of encodeRuns(sheet._validations, (r) => JSON.stringify(ruleToSaved(r)))) {
    const rule = ruleByJson.get(json);
    if (!rule) continue;
    let dv: ExcelJS.DataValidation | null = null;
    if (rule._spec.criteria === 'VALUE_IN_LIST') {
      const values = (rule._spec.values[0] as string[]).map((v) => v.replace(/"/g, '""')).join(',');
      dv = { type: 'list', allowBlank: true, formulae: [`"${values}"`], showErrorMessage: !rule._spec.allowInvalid, prompt: rule._spec.helpText ?? undefined };
    } else if (rule._spec.criteria === 'VALUE_IN_RANGE') {
      const r = rule._spec.values[0] as Range;
      dv = { type: 'list', allowBlank: true, formulae: [`'${r._sheet._name.replace(/'/g, "''")}'!$${columnToLetters(r._col)}$${r._row}:$${columnToLetters(r._col + r._numCols - 1)}$${r._row + r._numRows - 1}`], showErrorMessage: !rule._spec.allowInvalid };
    }
    if (!dv) continue;
    for (let i = 0; i < list.length; i += 3) {
      const col = columnToLetters(list[i] + 1);
      const address = list[i + 1] === list[i + 2] ? `${col}${list[i + 1] + 1}` : `${col}${list[i + 1] + 1}:${col}${list[i + 2] + 1}`;
      (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(address, dv);
    }
  }
  // Sheets grows a row to fit wrapped text; an .xlsx needs the height written, or other programs overlap the lines.
  const lines = new Map<number, number>();
  for (const k of cells) {
    const f = sheet._formats.get(k);
    const raw = sheet._raw(Math.floor(k / KEY) + 1, (k % KEY) + 1);
    if (!f?.wrap || typeof raw !== 'string' || raw === '') continue;
    const widthChars = Math.max(4, Math.floor((sheet._colWidths.get((k % KEY) + 1) ?? 100) / 7));
    const n = raw.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / widthChars)), 0);
    const row = Math.floor(k / KEY) + 1;
    lines.set(row, Math.max(lines.get(row) ?? 1, n));
  }
  for (const [row, n] of lines) if (n > 1) ws.getRow(row).height = Math.min(409, 15 * n);
  for (const m of sheet._merges) ws.mergeCells(m.row, m.col, m.row + m.numRows - 1, m.col + m.numCols - 1);
  for (const [c, w] of sheet._colWidths) ws.getColumn(c).width = Math.round((w / 7) * 100) / 100;
  for (const c of sheet._hiddenCols) ws.getColumn(c).hidden = true;
}

function toExcel(v: CellValue | '' | undefined, tz: string): unknown {
  if (isDate(v)) {
    const p = zonedParts(v, tz);
    return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond));
  }
  return v;
}

function fromExcelDate(d: Date, tz: string): Date {
  return zonedToInstant(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds(), tz);
}

/** Reads an .xlsx into a new spreadsheet, makes it the active one, and restores the add-on's state. */
export async function loadSpreadsheetFromXlsx(emu: Emulator, path: string): Promise<Spreadsheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const stateWs = wb.getWorksheet(STATE_SHEET);
  let state: WorkbookState | undefined;
  if (stateWs) {
    let json = '';
    for (let r = 1; r <= stateWs.rowCount; r++) json += String(stateWs.getCell(r, 1).value ?? '');
    state = JSON.parse(json) as WorkbookState;
  }
  if (state) emu.ids.state = state.idCounter;
  const id = state?.id ?? emu.ids.next('spreadsheet');
  const ss = new Spreadsheet(emu, id, state?.name ?? path.replace(/^.*[\\/]/, '').replace(/\.xlsx$/i, ''), state?.owner ?? emu.options.owner);
  if (state) {
    ss._locale = state.locale;
    ss._timeZone = state.timeZone;
    for (const e of state.editors) ss._editors.add(e);
    for (const v of state.viewers) ss._viewers.add(v);
  }
  const tz = ss._timeZone;
  for (const ws of wb.worksheets) {
    if (ws.name === STATE_SHEET) continue;
    const saved = state?.sheets.find((s) => s.name === ws.name);
    const sheet = ss._addSheet(ws.name, saved?.maxRows ?? Math.max(1000, ws.rowCount), saved?.maxCols ?? Math.max(26, ws.columnCount));
    if (saved) (sheet as { _id: number })._id = saved.id;
    readSheet(ws, sheet, tz, !!saved);
    if (saved) {
      for (const [k, f] of saved.formats ?? []) sheet._formats.set(k, f);
      if (saved.formatRuns) {
        const parsed = new Map<string, CellFormat>();
        decodeRuns(saved.formatRuns, (k, json) => {
          let f = parsed.get(json);
          if (!f) parsed.set(json, (f = JSON.parse(json) as CellFormat));
          sheet._formats.set(k, { ...f });
        });
      }
      for (const c of saved.hiddenCols) sheet._hiddenCols.add(c);
      sheet._charts = saved.charts ?? [];
      sheet._formId = saved.formId ?? null;
    }
  }
  if (ss._sheets.length === 0) ss._addSheet('Sheet1');
  // Validations need every sheet to exist (range rules point at other sheets).
  for (const saved of state?.sheets ?? []) {
    const sheet = ss.getSheetByName(saved.name);
    if (!sheet) continue;
    for (const [k, rule] of saved.validations ?? []) sheet._validations.set(k, savedToRule(emu, ss, rule));
    if (saved.validationRuns) {
      const rules = new Map<string, DataValidation>();
      decodeRuns(saved.validationRuns, (k, json) => {
        let rule = rules.get(json);
        if (!rule) rules.set(json, (rule = savedToRule(emu, ss, JSON.parse(json) as SavedRule)));
        sheet._validations.set(k, rule);
      });
    }
  }
  if (state) {
    ss._activeSheet = ss.getSheetByName(state.activeSheet) ?? ss._sheets[0];
    for (const m of state.devMeta) ss._devMeta.push({ id: m.id, key: m.key, value: m.value, visibility: m.visibility, sheetId: m.sheet === undefined ? undefined : ss.getSheetByName(m.sheet)?._id });
    for (const n of state.namedRanges) {
      const sheet = ss.getSheetByName(n.sheet);
      if (sheet) ss._namedRanges.set(n.name, { sheet, rect: toRect(n.a1) });
    }
    for (const p of state.protections) {
      const sheet = ss.getSheetByName(p.sheet);
      if (!sheet) continue;
      const prot = new Protection(emu, ss, sheet, p.type, toRect(p.a1));
      prot._editors.clear();
      for (const e of p.editors) prot._editors.add(e);
      prot._description = p.description;
      prot._warningOnly = p.warningOnly;
      prot._domainEdit = p.domainEdit;
      prot._unprotected = p.unprotected.map(toRect);
      ss._protections.push(prot);
    }
    emu.properties.document.set(ss._id, new Map(Object.entries(state.documentProperties)));
    for (const [k, v] of Object.entries(state.scriptProperties)) emu.properties.script.set(k, v);
    for (const [u, props] of Object.entries(state.userProperties)) emu.properties.user.set(u, new Map(Object.entries(props)));
    for (const t of state.triggers) if (!emu.triggers.some((x) => x.id === t.id)) emu.triggers.push(t);
    if (state.addonEnabled) emu.addonEnabledIn.add(ss._id);
    Object.assign(emu.workbookExtras, state.extra ?? {});
  }
  const previous = emu.activeSpreadsheet;
  if (previous && previous._id !== ss._id && previous._sheets.every((s) => s.getLastRow() === 0)) {
    emu.spreadsheets.delete(previous._id);
    emu.drive.entries.delete(previous._id);
  }
  emu.spreadsheets.set(ss._id, ss);
  if (!emu.drive.get(ss._id)) emu.drive.registerNative(ss._id, ss._name, 'application/vnd.google-apps.spreadsheet', ss._owner);
  emu.activeSpreadsheet = ss;
  return ss;
}

function toRect(a1: string): GridRect {
  const p = parseA1(a1);
  if (!p) throw new Error(`Bad A1 in state: ${a1}`);
  const row = p.startRow ?? 1;
  const col = p.startCol ?? 1;
  return { row, col, numRows: (p.endRow ?? row) - row + 1, numCols: (p.endCol ?? col) - col + 1 };
}

function readSheet(ws: ExcelJS.Worksheet, sheet: Sheet, tz: string, hasState: boolean): void {
  sheet._hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  if (view?.state === 'frozen') {
    sheet._frozenRows = view.ySplit ?? 0;
    sheet._frozenCols = view.xSplit ?? 0;
  }
  const tab = (ws.properties as { tabColor?: { argb?: string } }).tabColor?.argb;
  if (tab) sheet._tabColor = hex(tab) ?? null;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = cell.value as unknown;
      const k = (r - 1) * KEY + (c - 1);
      if (v && typeof v === 'object' && 'formula' in (v as object)) sheet._formulas.set(k, `=${(v as { formula: string }).formula}`);
      else if (v && typeof v === 'object' && 'sharedFormula' in (v as object)) sheet._formulas.set(k, `=${(v as { sharedFormula: string }).sharedFormula}`);
      else if (isDate(v)) sheet._setRaw(r, c, fromExcelDate(v as Date, tz));
      else if (v && typeof v === 'object' && 'richText' in (v as object)) sheet._setRaw(r, c, (v as { richText: { text: string }[] }).richText.map((t) => t.text).join(''));
      else if (v && typeof v === 'object' && 'text' in (v as object)) sheet._setRaw(r, c, String((v as { text: string }).text));
      else if (v && typeof v === 'object' && 'error' in (v as object)) sheet._setRaw(r, c, String((v as { error: string }).error));
      else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') sheet._setRaw(r, c, v);
      if (!hasState) {
        const f: CellFormat = {};
        if (cell.numFmt && cell.numFmt !== 'General') f.numberFormat = cell.numFmt;
        if (cell.font?.bold) f.fontWeight = 'bold';
        if (cell.font?.italic) f.fontStyle = 'italic';
        if (hex(cell.font?.color?.argb)) f.fontColor = hex(cell.font?.color?.argb);
        const fill = cell.fill as { fgColor?: { argb?: string } } | undefined;
        if (hex(fill?.fgColor?.argb)) f.background = hex(fill?.fgColor?.argb);
        if (cell.alignment?.horizontal) f.horizontalAlignment = cell.alignment.horizontal;
        if (cell.alignment?.wrapText) f.wrap = true;
        if (Object.keys(f).length) sheet._formats.set(k, f);
      }
      const note = cell.note;
      if (note) sheet._notes.set(k, typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join(''));
    });
  });
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  for (const m of merges) sheet._merges.push(toRect(m));
  ws.columns?.forEach((col, i) => {
    if (col.width && (col.width !== 9 || hasState)) sheet._colWidths.set(i + 1, Math.round(col.width * 7));
    if (col.hidden) sheet._hiddenCols.add(i + 1);
  });
}

/** A comparable picture of a spreadsheet: what load(save(x)) must preserve. */
export function snapshotSpreadsheet(emu: Emulator, ss: Spreadsheet): unknown {
  return {
    id: ss._id,
    name: ss._name,
    owner: ss._owner,
    editors: [...ss._editors].sort(),
    locale: ss._locale,
    timeZone: ss._timeZone,
    activeSheet: ss.getActiveSheet()._name,
    sheets: ss._sheets.map((s) => ({
      name: s._name,
      id: s._id,
      maxRows: s._maxRows,
      maxCols: s._maxCols,
      hidden: s._hidden,
      frozen: [s._frozenRows, s._frozenCols],
      tabColor: s._tabColor,
      widths: [...s._colWidths].sort((a, b) => a[0] - b[0]),
      hiddenCols: [...s._hiddenCols].sort(),
      values: trimRows(s._values.map((row) => (row ?? []).map((v) => (isDate(v) ? `D:${(v as Date).toISOString()}` : v ?? null))).map((row) => trimNulls(row))),
      formulas: [...s._formulas].sort((a, b) => a[0] - b[0]),
      formats: [...s._formats].filter(([, f]) => Object.keys(f).length).sort((a, b) => a[0] - b[0]),
      notes: [...s._notes].sort((a, b) => a[0] - b[0]),
      merges: s._merges.map(rectToA1).sort(),
      validations: [...s._validations].map(([k, r]) => [k, ruleToSaved(r)]).sort((a, b) => (a[0] as number) - (b[0] as number)),
    })),
    devMeta: ss._devMeta,
    namedRanges: [...ss._namedRanges].map(([n, r]) => [n, r.sheet._name, rectToA1(r.rect)]),
    protections: ss._protections.map((p) => [p._type, p._sheet._name, rectToA1(p._rect()), p._description, [...p._editors].sort(), p._warningOnly, p._unprotected.map(rectToA1)]),
    documentProperties: Object.fromEntries(emu.properties.document.get(ss._id) ?? []),
  };
}

function trimNulls(row: unknown[]): unknown[] {
  let n = row.length;
  while (n > 0 && (row[n - 1] === null || row[n - 1] === '')) n--;
  return row.slice(0, n).map((v) => (v === '' ? null : v));
}

function trimRows(rows: unknown[][]): unknown[][] {
  let n = rows.length;
  while (n > 0 && rows[n - 1].length === 0) n--;
  return rows.slice(0, n);
}
