// Spreadsheet, Sheet, Range, Protection, NamedRange and DeveloperMetadata with Sheets' semantics:
// 1-based indices, '' for empty cells, Dates, formulas, protections enforced per user, and limits.
import { GasObject, fail, isDate } from '../core/gas';
import type { Emulator } from '../emulator';
import { User } from '../services/session';
import { type GridRect, columnToLetters, contains, intersects, parseA1, rectToA1 } from './a1';
import { type DataValidation, assertListSize } from './validation';
import { type CellValue, DEFAULT_NUMBER_FORMAT, displayValue, evaluateFormula, parseWritten } from './values';

export const MAX_CELLS = 10_000_000;
export const MAX_CELL_CHARS = 50_000;
const KEY = 20_000;
const key = (r0: number, c0: number) => r0 * KEY + c0;

/** Emulator wording (not verified against Google) of a write by a user who may only view a file opened by id. */
export const NO_EDIT_ACCESS_MESSAGE = 'You do not have permission to edit this spreadsheet.';
/** Thrown by openById/openByUrl for a file the user may not open (nor owner, editor, viewer, nor shared by link). */
export const NO_ACCESS_MESSAGE = 'You do not have permission to access the requested document.';
export const PROTECTED_MESSAGE = 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
export const CELL_LIMIT_MESSAGE = `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`;
export const CELL_CHARS_MESSAGE = `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`;

export interface CellFormat {
  numberFormat?: string;
  fontWeight?: string;
  fontStyle?: string;
  fontColor?: string;
  fontSize?: number;
  fontFamily?: string;
  background?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrap?: boolean;
  wrapStrategy?: string;
  border?: { top?: boolean; left?: boolean; bottom?: boolean; right?: boolean; color?: string; style?: string };
}

export interface DevMetaRecord {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
  sheetId?: number;
}

export class Spreadsheet extends GasObject {
  static override gasType = 'Spreadsheet.Spreadsheet';
  static override service = 'SpreadsheetApp';
  _name: string;
  _owner: string;
  readonly _editors = new Set<string>();
  readonly _viewers = new Set<string>();
  readonly _sheets: Sheet[] = [];
  _activeSheet: Sheet | undefined;
  _locale: string;
  _timeZone: string;
  readonly _devMeta: DevMetaRecord[] = [];
  readonly _namedRanges = new Map<string, { sheet: Sheet; rect: GridRect }>();
  readonly _protections: Protection[] = [];
  readonly _toasts: { message: string; title: string; at: Date }[] = [];

  constructor(emu: Emulator, readonly _id: string, name: string, owner: string) {
    super(emu);
    this._name = name;
    this._owner = owner;
    this._locale = emu.options.spreadsheetLocale;
    this._timeZone = emu.options.timeZone;
  }

  /** Makes a new spreadsheet file with one empty "Sheet1" (1000 × 26) and registers it in Drive. */
  static create(emu: Emulator, name: string, owner: string, rows = 1000, cols = 26): Spreadsheet {
    const id = emu.ids.next('spreadsheet');
    const ss = new Spreadsheet(emu, id, name, owner);
    ss._addSheet('Sheet1', rows, cols);
    emu.spreadsheets.set(id, ss);
    emu.drive.registerNative(id, name, 'application/vnd.google-apps.spreadsheet', owner);
    return ss;
  }

  _addSheet(name: string, rows = 1000, cols = 26, index?: number): Sheet {
    const sheet = new Sheet(this._emu, this, name, this._sheets.length === 0 ? 0 : this._emu.ids.nextNumber('sheet'), rows, cols);
    if (index === undefined || index >= this._sheets.length) this._sheets.push(sheet);
    else this._sheets.splice(Math.max(0, index), 0, sheet);
    if (!this._activeSheet) this._activeSheet = sheet;
    return sheet;
  }

  _cellCount(): number {
    return this._sheets.reduce((n, s) => n + s._maxRows * s._maxCols, 0);
  }

  _assertCells(extra: number): void {
    if (this._cellCount() + extra > MAX_CELLS) fail(CELL_LIMIT_MESSAGE);
  }

  /**
   * Who may open this file: the owner, its editors and viewers (as the spreadsheet or Drive lists them), or anyone
   * when link/domain sharing allows it. The active spreadsheet is open by whoever runs the execution.
   */
  _canOpen(user: string): boolean {
    return this._access(user) !== 'none';
  }

  /** 'edit', 'view' or 'none': the user's access to this file, from the spreadsheet's and Drive's sharing lists. */
  _access(user: string): 'edit' | 'view' | 'none' {
    if (this === this._emu.activeSpreadsheet || user === this._owner) return 'edit';
    const entry = this._emu.drive.get(this._id);
    if (this._editors.has(user) || entry?.editors.has(user) || entry?.owner === user) return 'edit';
    const shared = entry && entry.access !== 'PRIVATE' && (entry.access.startsWith('ANYONE') || domainOf(user) === domainOf(this._owner));
    if (shared && entry.permission === 'EDIT') return 'edit';
    if (this._viewers.has(user) || entry?.viewers.has(user) || (shared && ['VIEW', 'COMMENT'].includes(entry.permission))) return 'view';
    return 'none';
  }

  /** Throws the Sheets error when the script's user may not edit `rect` of `sheet`. */
  _assertCanEdit(sheet: Sheet, rect: GridRect): void {
    const user = this._emu.effectiveUser;
    if (user === this._owner) return;
    // A file opened by id: a viewer (or someone whose access was removed since) cannot write.
    if (this._access(user) !== 'edit') fail(NO_EDIT_ACCESS_MESSAGE);
    for (const p of this._protections) {
      if (p._sheet !== sheet || p._warningOnly || p._editors.has(user)) continue;
      if (p._domainEdit && domainOf(user) === domainOf(this._owner)) continue;
      if (p._type === 'RANGE') {
        if (intersects(p._rect(), rect)) fail(PROTECTED_MESSAGE);
      } else if (!p._unprotected.some((u) => contains(u, rect))) {
        fail(PROTECTED_MESSAGE);
      }
    }
  }

  getId(): string {
    return this._id;
  }
  getName(): string {
    return this._name;
  }
  rename(name: string): void {
    this._name = String(name);
    this._emu.drive.rename(this._id, this._name);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._id}/edit`;
  }
  getSheets(): Sheet[] {
    return [...this._sheets];
  }
  getNumSheets(): number {
    return this._sheets.length;
  }
  getSheetByName(name: string): Sheet | null {
    return this._sheets.find((s) => s._name === name) ?? null;
  }
  getSheetById(id: number): Sheet | null {
    return this._sheets.find((s) => s._id === Number(id)) ?? null;
  }
  insertSheet(a?: unknown, b?: unknown): Sheet {
    let name: string | undefined;
    let index: number | undefined;
    if (typeof a === 'string') {
      name = a;
      if (typeof b === 'number') index = b;
    } else if (typeof a === 'number') index = a;
    if (name !== undefined && this.getSheetByName(name)) fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    if (name === undefined) {
      let n = this._sheets.length + 1;
      while (this.getSheetByName(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    this._assertCells(1000 * 26);
    const sheet = this._addSheet(name, 1000, 26, index);
    this._activeSheet = sheet;
    return sheet;
  }
  deleteSheet(sheet: Sheet): void {
    if (this._sheets.length === 1) fail("You can't remove all the sheets in a document.");
    const i = this._sheets.indexOf(sheet);
    if (i < 0) fail('Sheet not found');
    this._assertCanEdit(sheet, sheet._wholeRect());
    this._sheets.splice(i, 1);
    for (let j = this._protections.length - 1; j >= 0; j--) if (this._protections[j]._sheet === sheet) this._protections.splice(j, 1);
    for (const [n, r] of this._namedRanges) if (r.sheet === sheet) this._namedRanges.delete(n);
    if (this._activeSheet === sheet) this._activeSheet = this._sheets[0];
  }
  setActiveSheet(sheet: Sheet): Sheet {
    this._activeSheet = sheet;
    return sheet;
  }
  getActiveSheet(): Sheet {
    return this._activeSheet ?? this._sheets[0];
  }
  getSpreadsheetLocale(): string {
    return this._locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this._locale = String(locale);
  }
  getSpreadsheetTimeZone(): string {
    return this._timeZone;
  }
  setSpreadsheetTimeZone(tz: string): void {
    this._timeZone = String(tz);
  }
  getRange(a1: string): Range {
    const p = parseA1(String(a1));
    const sheet = p?.sheetName ? this.getSheetByName(p.sheetName) : this.getActiveSheet();
    if (!p || !sheet) fail('Range not found');
    return sheet.getRange(String(a1).slice(String(a1).lastIndexOf('!') + 1));
  }
  getLastRow(): number {
    return this.getActiveSheet().getLastRow();
  }
  getLastColumn(): number {
    return this.getActiveSheet().getLastColumn();
  }
  getDataRange(): Range {
    return this.getActiveSheet().getDataRange();
  }
  addDeveloperMetadata(k: string, a?: unknown, b?: unknown): Spreadsheet {
    addMeta(this, undefined, k, a, b);
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadata[] {
    return this._devMeta.filter((m) => m.sheetId === undefined).map((m) => new DeveloperMetadata(this._emu, this, m));
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this._emu, this, undefined);
  }
  getRangeByName(name: string): Range | null {
    const r = this._namedRanges.get(String(name));
    return r ? new Range(this._emu, r.sheet, r.rect.row, r.rect.col, r.rect.numRows, r.rect.numCols) : null;
  }
  setNamedRange(name: string, range: Range): void {
    if (!/^[A-Za-z_][\w.]*$/.test(String(name)) || parseA1(String(name))) fail(`Named range name "${name}" is invalid.`);
    this._namedRanges.set(String(name), { sheet: range._sheet, rect: range._rect() });
  }
  removeNamedRange(name: string): void {
    this._namedRanges.delete(String(name));
  }
  getNamedRanges(): NamedRange[] {
    return [...this._namedRanges.keys()].map((n) => new NamedRange(this._emu, this, n));
  }
  toast(message: string, title = '', _timeoutSeconds?: number): void {
    const t = { message: String(message), title: String(title ?? ''), at: this._emu.now() };
    this._toasts.push(t);
    this._emu.ui.toasts.push(t);
  }
  getOwner(): User {
    return new User(this._emu, this._owner);
  }
  getEditors(): User[] {
    const drive = this._emu.drive.get(this._id)?.editors ?? new Set<string>();
    return [this._owner, ...new Set([...this._editors, ...drive])].filter((e, i) => i === 0 || e !== this._owner).map((e) => new User(this._emu, e));
  }
  getViewers(): User[] {
    const drive = this._emu.drive.get(this._id)?.viewers ?? new Set<string>();
    return [...new Set([...this._viewers, ...drive])].map((e) => new User(this._emu, e));
  }
  addEditor(user: string | User): Spreadsheet {
    this._editors.add(emailOf(user));
    return this;
  }
  addEditors(users: string[]): Spreadsheet {
    for (const u of users) this._editors.add(emailOf(u));
    return this;
  }
  removeEditor(user: string | User): Spreadsheet {
    this._editors.delete(emailOf(user));
    this._emu.drive.get(this._id)?.editors.delete(emailOf(user));
    return this;
  }
  addViewer(user: string | User): Spreadsheet {
    this._viewers.add(emailOf(user));
    return this;
  }
  addViewers(users: string[]): Spreadsheet {
    for (const u of users) this._viewers.add(emailOf(u));
    return this;
  }
  removeViewer(user: string | User): Spreadsheet {
    this._viewers.delete(emailOf(user));
    this._emu.drive.get(this._id)?.viewers.delete(emailOf(user));
    return this;
  }
  getProtections(type: string): Protection[] {
    return this._protections.filter((p) => p._type === String(type));
  }
  getFormUrl(): string | null {
    const sheet = this._sheets.find((s) => s._formId);
    return sheet ? sheet.getFormUrl() : null;
  }
}

export function emailOf(u: unknown): string {
  if (u instanceof User) return u._email;
  return String(u);
}

function domainOf(email: string): string {
  return email.split('@')[1] ?? '';
}

function addMeta(ss: Spreadsheet, sheet: Sheet | undefined, k: string, a: unknown, b: unknown): void {
  let value: string | null = null;
  let visibility = 'DOCUMENT';
  if (typeof a === 'string' && (a === 'DOCUMENT' || a === 'PROJECT') && b === undefined) visibility = a;
  else if (a !== undefined) value = String(a);
  if (typeof b === 'string') visibility = b;
  ss._devMeta.push({ id: ss._emu.ids.nextNumber('meta'), key: String(k), value, visibility, sheetId: sheet?._id });
}

export class Sheet extends GasObject {
  static override gasType = 'Spreadsheet.Sheet';
  static override service = 'SpreadsheetApp';
  _name: string;
  _maxRows: number;
  _maxCols: number;
  _values: (CellValue | undefined)[][] = [];
  _formulas = new Map<number, string>();
  _formats = new Map<number, CellFormat>();
  _notes = new Map<number, string>();
  _validations = new Map<number, DataValidation>();
  _merges: GridRect[] = [];
  _frozenRows = 0;
  _frozenCols = 0;
  _colWidths = new Map<number, number>();
  _hiddenCols = new Set<number>();
  _hidden = false;
  _tabColor: string | null = null;
  _charts: unknown[] = [];
  /** The form whose responses land in this sheet. */
  _formId: string | null = null;

  constructor(emu: Emulator, readonly _ss: Spreadsheet, name: string, readonly _id: number, rows: number, cols: number) {
    super(emu);
    this._name = name;
    this._maxRows = rows;
    this._maxCols = cols;
  }

  _wholeRect(): GridRect {
    return { row: 1, col: 1, numRows: this._maxRows, numCols: this._maxCols };
  }

  /** Raw stored value (formulas not evaluated), 1-based. */
  _raw(r: number, c: number): CellValue | undefined {
    return this._values[r - 1]?.[c - 1];
  }

  /** The value getValues shows, 1-based. */
  _value(r: number, c: number, depth = 0): CellValue | '' {
    const f = this._formulas.get(key(r - 1, c - 1));
    if (f !== undefined) {
      if (depth > 50) return '#REF!';
      return evaluateFormula(f, (sheetName, row, col) => {
        const sheet = sheetName ? this._ss.getSheetByName(sheetName) : this;
        if (!sheet) return '#REF!';
        return sheet._value(row, col, depth + 1);
      });
    }
    return this._raw(r, c) ?? '';
  }

  _setRaw(r: number, c: number, v: CellValue | undefined): void {
    let row = this._values[r - 1];
    if (!row) {
      if (v === undefined) return;
      while (this._values.length < r - 1) this._values.push([]);
      row = this._values[r - 1] = [];
    }
    if (v === undefined) {
      if (c - 1 < row.length) row[c - 1] = undefined;
    } else {
      while (row.length < c - 1) row.push(undefined);
      row[c - 1] = v;
    }
  }

  _format(r: number, c: number): CellFormat | undefined {
    return this._formats.get(key(r - 1, c - 1));
  }

  _editFormat(r: number, c: number): CellFormat {
    const k = key(r - 1, c - 1);
    let f = this._formats.get(k);
    if (!f) {
      f = {};
      this._formats.set(k, f);
    }
    return f;
  }

  /** Writes one cell as `setValue` would (formulas, parsing, limits). */
  _write(r: number, c: number, v: unknown): void {
    if (typeof v === 'string' && v.length > MAX_CELL_CHARS) fail(CELL_CHARS_MESSAGE);
    const w = parseWritten(v, { timeZone: this._ss._timeZone, locale: this._ss._locale, numberFormat: this._format(r, c)?.numberFormat });
    const k = key(r - 1, c - 1);
    if (w.formula !== undefined) this._formulas.set(k, w.formula);
    else this._formulas.delete(k);
    this._setRaw(r, c, w.value);
  }

  _hasContent(r0: number, c0: number): boolean {
    const v = this._values[r0]?.[c0];
    return (v !== undefined && v !== '') || this._formulas.has(key(r0, c0));
  }

  _rect(row: number, col: number, numRows: number, numCols: number): GridRect {
    if (!Number.isInteger(row) || row < 1) fail('The starting row of the range is too small.');
    if (!Number.isInteger(col) || col < 1) fail('The starting column of the range is too small.');
    if (!Number.isInteger(numRows) || numRows < 1) fail('The number of rows in the range must be at least 1.');
    if (!Number.isInteger(numCols) || numCols < 1) fail('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this._maxRows || col + numCols - 1 > this._maxCols) fail('The coordinates of the range are outside the dimensions of the sheet.');
    return { row, col, numRows, numCols };
  }

  private _shift(axis: 'row' | 'col', at0: number, delta: number): void {
    const remap = <T>(m: Map<number, T>): Map<number, T> => {
      const out = new Map<number, T>();
      for (const [k, v] of m) {
        let r = Math.floor(k / KEY);
        let c = k % KEY;
        if (axis === 'row') {
          if (r >= at0) {
            if (delta < 0 && r < at0 - delta) continue;
            r += delta;
          }
        } else if (c >= at0) {
          if (delta < 0 && c < at0 - delta) continue;
          c += delta;
        }
        out.set(key(r, c), v);
      }
      return out;
    };
    this._formulas = remap(this._formulas);
    this._formats = remap(this._formats);
    this._notes = remap(this._notes);
    this._validations = remap(this._validations);
    if (axis === 'row') {
      if (delta > 0) {
        if (at0 < this._values.length) this._values.splice(at0, 0, ...Array.from({ length: delta }, () => []));
      } else this._values.splice(at0, -delta);
    } else {
      for (const row of this._values) {
        if (!row) continue;
        if (delta > 0) {
          if (at0 < row.length) row.splice(at0, 0, ...new Array(delta).fill(undefined));
        } else row.splice(at0, -delta);
      }
    }
    const move = (rect: GridRect): GridRect | undefined => {
      const start = axis === 'row' ? rect.row - 1 : rect.col - 1;
      const size = axis === 'row' ? rect.numRows : rect.numCols;
      let s = start;
      let n = size;
      if (delta > 0) {
        if (start >= at0) s += delta;
        else if (start + size > at0) n += delta;
      } else {
        const end = at0 - delta;
        const overlap = Math.max(0, Math.min(start + size, end) - Math.max(start, at0));
        n -= overlap;
        if (start >= end) s += delta;
        else if (start > at0) s = at0;
        if (n <= 0) return undefined;
      }
      return axis === 'row' ? { ...rect, row: s + 1, numRows: n } : { ...rect, col: s + 1, numCols: n };
    };
    this._merges = this._merges.map(move).filter((r): r is GridRect => !!r);
    for (const p of this._ss._protections) if (p._sheet === this && p._type === 'RANGE') {
      const moved = move(p._rectValue);
      if (moved) p._rectValue = moved;
    }
    for (const [n, nr] of this._ss._namedRanges) if (nr.sheet === this) {
      const moved = move(nr.rect);
      if (moved) nr.rect = moved;
      else this._ss._namedRanges.delete(n);
    }
  }

  getName(): string {
    return this._name;
  }
  setName(name: string): Sheet {
    const n = String(name);
    if (this._ss._sheets.some((s) => s !== this && s._name === n)) fail(`A sheet with the name "${n}" already exists. Please enter another name.`);
    this._name = n;
    return this;
  }
  getSheetId(): number {
    return this._id;
  }
  getIndex(): number {
    return this._ss._sheets.indexOf(this) + 1;
  }
  getParent(): Spreadsheet {
    return this._ss;
  }
  getLastRow(): number {
    for (let r = this._values.length - 1; r >= 0; r--) {
      const row = this._values[r];
      if (row?.some((v) => v !== undefined && v !== '')) return this._lastFormulaRow(r + 1);
    }
    return this._lastFormulaRow(0);
  }
  private _lastFormulaRow(atLeast: number): number {
    let last = atLeast;
    for (const k of this._formulas.keys()) last = Math.max(last, Math.floor(k / KEY) + 1);
    return last;
  }
  getLastColumn(): number {
    let last = 0;
    for (const row of this._values) {
      if (!row) continue;
      for (let c = row.length - 1; c >= last; c--) if (row[c] !== undefined && row[c] !== '') {
        last = c + 1;
        break;
      }
    }
    for (const k of this._formulas.keys()) last = Math.max(last, (k % KEY) + 1);
    return last;
  }
  getMaxRows(): number {
    return this._maxRows;
  }
  getMaxColumns(): number {
    return this._maxCols;
  }
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    if (afterPosition < 1 || afterPosition > this._maxRows) fail('Those rows are out of bounds.');
    return this._insertRowsAt(afterPosition, howMany);
  }
  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    if (beforePosition < 1 || beforePosition > this._maxRows) fail('Those rows are out of bounds.');
    return this._insertRowsAt(beforePosition - 1, howMany);
  }
  insertRowAfter(afterPosition: number): Sheet {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowBefore(beforePosition: number): Sheet {
    return this.insertRowsBefore(beforePosition, 1);
  }
  private _insertRowsAt(at0: number, howMany: number): Sheet {
    if (!Number.isInteger(howMany) || howMany < 1) fail('The number of rows to insert must be at least 1.');
    this._ss._assertCells(howMany * this._maxCols);
    this._ss._assertCanEdit(this, this._wholeRect());
    this._shift('row', at0, howMany);
    this._maxRows += howMany;
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    if (afterPosition < 1 || afterPosition > this._maxCols) fail('Those columns are out of bounds.');
    return this._insertColsAt(afterPosition, howMany);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    if (beforePosition < 1 || beforePosition > this._maxCols) fail('Those columns are out of bounds.');
    return this._insertColsAt(beforePosition - 1, howMany);
  }
  insertColumnAfter(afterPosition: number): Sheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnBefore(beforePosition: number): Sheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  private _insertColsAt(at0: number, howMany: number): Sheet {
    if (!Number.isInteger(howMany) || howMany < 1) fail('The number of columns to insert must be at least 1.');
    if (this._maxCols + howMany > 18278) fail('Those columns are out of bounds.');
    this._ss._assertCells(howMany * this._maxRows);
    this._ss._assertCanEdit(this, this._wholeRect());
    this._shift('col', at0, howMany);
    this._maxCols += howMany;
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this._maxRows) fail('Those rows are out of bounds.');
    if (howMany >= this._maxRows - this._frozenRows) fail('Sorry, it is not possible to delete all non-frozen rows.');
    this._ss._assertCanEdit(this, { row: rowPosition, col: 1, numRows: howMany, numCols: this._maxCols });
    this._shift('row', rowPosition - 1, -howMany);
    this._maxRows -= howMany;
  }
  deleteRow(rowPosition: number): Sheet {
    this.deleteRows(rowPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > this._maxCols) fail('Those columns are out of bounds.');
    if (howMany >= this._maxCols - this._frozenCols) fail('Sorry, it is not possible to delete all non-frozen columns.');
    this._ss._assertCanEdit(this, { row: 1, col: columnPosition, numRows: this._maxRows, numCols: howMany });
    this._shift('col', columnPosition - 1, -howMany);
    this._maxCols -= howMany;
    const widths = new Map<number, number>();
    for (const [c, w] of this._colWidths) {
      if (c < columnPosition) widths.set(c, w);
      else if (c >= columnPosition + howMany) widths.set(c - howMany, w);
    }
    this._colWidths = widths;
  }
  deleteColumn(columnPosition: number): Sheet {
    this.deleteColumns(columnPosition, 1);
    return this;
  }
  appendRow(rowContents: unknown[]): Sheet {
    if (!Array.isArray(rowContents)) fail("The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.appendRow.");
    const r = this.getLastRow() + 1;
    const cols = Math.max(1, rowContents.length);
    if (r > this._maxRows) {
      this._ss._assertCells(this._maxCols);
      this._maxRows = r;
    }
    if (cols > this._maxCols) {
      this._ss._assertCells((cols - this._maxCols) * this._maxRows);
      this._maxCols = cols;
    }
    this._ss._assertCanEdit(this, { row: r, col: 1, numRows: 1, numCols: cols });
    rowContents.forEach((v, i) => this._write(r, i + 1, v));
    this._emu.countCells(0, rowContents.length);
    return this;
  }
  /** A list of A1 ranges of this sheet acted on together: one service call for all of them. */
  getRangeList(a1Notations: string[]): RangeList {
    if (!Array.isArray(a1Notations)) fail("The parameters don't match the method signature for SpreadsheetApp.Sheet.getRangeList.");
    return new RangeList(this._emu, a1Notations.map((a1) => this.getRange(String(a1))));
  }
  getRange(a: unknown, b?: unknown, c?: unknown, d?: unknown): Range {
    if (typeof a === 'string') {
      const p = parseA1(a);
      if (!p) fail('Range not found');
      if (p.sheetName && p.sheetName !== this._name) fail('Range not found');
      const row = p.startRow ?? 1;
      const col = p.startCol ?? 1;
      const endRow = p.endRow ?? this._maxRows;
      const endCol = p.endCol ?? this._maxCols;
      const r0 = Math.min(row, endRow);
      const c0 = Math.min(col, endCol);
      const rect = this._rect(r0, c0, Math.abs(endRow - row) + 1, Math.abs(endCol - col) + 1);
      return new Range(this._emu, this, rect.row, rect.col, rect.numRows, rect.numCols);
    }
    if (typeof a !== 'number' || typeof b !== 'number') fail("The parameters don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    const rect = this._rect(a, b, c === undefined ? 1 : Number(c), d === undefined ? 1 : Number(d));
    return new Range(this._emu, this, rect.row, rect.col, rect.numRows, rect.numCols);
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const nr = numRows === -1 ? this.getLastRow() - startRow + 1 : numRows;
    const nc = numColumns === -1 ? this.getLastColumn() - startColumn + 1 : numColumns;
    return this.getRange(startRow, startColumn, nr, nc).getValues();
  }
  getDataRange(): Range {
    return new Range(this._emu, this, 1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): Sheet {
    this._ss._assertCanEdit(this, this._wholeRect());
    if (!options?.formatOnly) {
      this._values = [];
      this._formulas.clear();
    }
    if (!options?.contentsOnly) this._formats.clear();
    return this;
  }
  clearContents(): Sheet {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): Sheet {
    return this.clear({ formatOnly: true });
  }
  clearNotes(): Sheet {
    this._notes.clear();
    return this;
  }
  setFrozenRows(rows: number): void {
    if (rows < 0 || rows > this._maxRows) fail('Those rows are out of bounds.');
    this._frozenRows = rows;
  }
  getFrozenRows(): number {
    return this._frozenRows;
  }
  setFrozenColumns(columns: number): void {
    if (columns < 0 || columns > this._maxCols) fail('Those columns are out of bounds.');
    this._frozenCols = columns;
  }
  getFrozenColumns(): number {
    return this._frozenCols;
  }
  setColumnWidth(columnPosition: number, width: number): Sheet {
    this._colWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this._colWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this._colWidths.get(columnPosition) ?? 100;
  }
  autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let longest = 0;
      for (let r = 1; r <= this._values.length; r++) longest = Math.max(longest, String(this._value(r, c)).length);
      this._colWidths.set(c, Math.min(1000, Math.max(30, Math.round(longest * 7 + 16))));
    }
    return this;
  }
  autoResizeColumn(columnPosition: number): Sheet {
    return this.autoResizeColumns(columnPosition, 1);
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._hiddenCols.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._hiddenCols.delete(c);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this._hiddenCols.has(columnPosition);
  }
  hideSheet(): Sheet {
    if (this._ss._sheets.filter((s) => !s._hidden && s !== this).length === 0) fail("You can't hide all the sheets in a document.");
    this._hidden = true;
    return this;
  }
  showSheet(): Sheet {
    this._hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this._hidden;
  }
  setTabColor(color: string | null): Sheet {
    this._tabColor = color;
    return this;
  }
  activate(): Sheet {
    this._ss._activeSheet = this;
    return this;
  }
  protect(): Protection {
    const existing = this._ss._protections.find((p) => p._sheet === this && p._type === 'SHEET');
    if (existing) return existing;
    const p = new Protection(this._emu, this._ss, this, 'SHEET', this._wholeRect());
    this._ss._protections.push(p);
    return p;
  }
  getProtections(type: string): Protection[] {
    return this._ss._protections.filter((p) => p._sheet === this && p._type === String(type));
  }
  addDeveloperMetadata(k: string, a?: unknown, b?: unknown): Sheet {
    addMeta(this._ss, this, k, a, b);
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadata[] {
    return this._ss._devMeta.filter((m) => m.sheetId === this._id).map((m) => new DeveloperMetadata(this._emu, this._ss, m));
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this._emu, this._ss, this);
  }
  getType(): string {
    return 'GRID';
  }
  getFormUrl(): string | null {
    return this._formId ? `https://docs.google.com/forms/d/${this._formId}/viewform` : null;
  }
}

type Grid<T> = T[][];

export class Range extends GasObject {
  static override gasType = 'Spreadsheet.Range';
  static override service = 'SpreadsheetApp';
  constructor(emu: Emulator, readonly _sheet: Sheet, readonly _row: number, readonly _col: number, readonly _numRows: number, readonly _numCols: number) {
    super(emu);
  }

  _rect(): GridRect {
    return { row: this._row, col: this._col, numRows: this._numRows, numCols: this._numCols };
  }

  private _map<T>(fn: (r: number, c: number) => T): Grid<T> {
    const out: Grid<T> = new Array(this._numRows);
    for (let i = 0; i < this._numRows; i++) {
      const row = new Array<T>(this._numCols);
      for (let j = 0; j < this._numCols; j++) row[j] = fn(this._row + i, this._col + j);
      out[i] = row;
    }
    return out;
  }

  private _each(fn: (r: number, c: number, i: number, j: number) => void): void {
    for (let i = 0; i < this._numRows; i++) for (let j = 0; j < this._numCols; j++) fn(this._row + i, this._col + j, i, j);
  }

  private _checkShape(data: unknown, method: string): unknown[][] {
    if (!Array.isArray(data) || (data.length > 0 && !Array.isArray(data[0]))) fail(`The parameters (${typeName(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
    const rows = data as unknown[][];
    if (rows.length !== this._numRows) fail(`The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${this._numRows}.`);
    for (const row of rows) {
      if (!Array.isArray(row)) fail(`The parameters (${typeName(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
      if (row.length !== this._numCols) fail(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this._numCols}.`);
    }
    return rows;
  }

  private _beforeWrite(): void {
    this._sheet._ss._assertCanEdit(this._sheet, this._rect());
  }

  private _cells(): number {
    return this._numRows * this._numCols;
  }

  getValues(): unknown[][] {
    this._emu.countCells(this._cells(), 0);
    return this._map((r, c) => this._sheet._value(r, c));
  }
  getValue(): unknown {
    this._emu.countCells(1, 0);
    return this._sheet._value(this._row, this._col);
  }
  setValues(values: unknown[][]): Range {
    const rows = this._checkShape(values, 'setValues');
    for (const row of rows) for (const v of row) if (typeof v === 'string' && v.length > MAX_CELL_CHARS) fail(CELL_CHARS_MESSAGE);
    this._beforeWrite();
    this._each((r, c, i, j) => this._sheet._write(r, c, rows[i][j]));
    this._emu.countCells(0, this._cells());
    return this;
  }
  setValue(value: unknown): Range {
    if (typeof value === 'string' && value.length > MAX_CELL_CHARS) fail(CELL_CHARS_MESSAGE);
    this._beforeWrite();
    this._each((r, c) => this._sheet._write(r, c, value));
    this._emu.countCells(0, this._cells());
    return this;
  }
  getDisplayValues(): string[][] {
    this._emu.countCells(this._cells(), 0);
    const ss = this._sheet._ss;
    return this._map((r, c) => displayValue(this._sheet._value(r, c), this._sheet._format(r, c)?.numberFormat, ss._timeZone, ss._locale));
  }
  getDisplayValue(): string {
    return this.getDisplayValues()[0][0];
  }
  getFormulas(): string[][] {
    this._emu.countCells(this._cells(), 0);
    return this._map((r, c) => this._sheet._formulas.get(key(r - 1, c - 1)) ?? '');
  }
  getFormula(): string {
    return this._sheet._formulas.get(key(this._row - 1, this._col - 1)) ?? '';
  }
  setFormulas(formulas: string[][]): Range {
    const rows = this._checkShape(formulas, 'setFormulas');
    this._beforeWrite();
    this._each((r, c, i, j) => this._sheet._write(r, c, rows[i][j]));
    this._emu.countCells(0, this._cells());
    return this;
  }
  setFormula(formula: string): Range {
    return this.setValue(formula);
  }
  getNumberFormats(): string[][] {
    return this._map((r, c) => this._sheet._format(r, c)?.numberFormat ?? DEFAULT_NUMBER_FORMAT);
  }
  getNumberFormat(): string {
    return this._sheet._format(this._row, this._col)?.numberFormat ?? DEFAULT_NUMBER_FORMAT;
  }
  setNumberFormat(format: string): Range {
    return this._setFormat('numberFormat', String(format));
  }
  setNumberFormats(formats: string[][]): Range {
    return this._setFormats('numberFormat', this._checkShape(formats, 'setNumberFormats'));
  }
  private _setFormat<K extends keyof CellFormat>(prop: K, value: CellFormat[K] | null): Range {
    this._beforeWrite();
    this._each((r, c) => {
      const f = this._sheet._editFormat(r, c);
      if (value === null || value === undefined) delete f[prop];
      else f[prop] = value;
    });
    this._emu.countCells(0, this._cells());
    return this;
  }
  private _setFormats<K extends keyof CellFormat>(prop: K, grid: unknown[][]): Range {
    this._beforeWrite();
    this._each((r, c, i, j) => {
      const v = grid[i][j];
      const f = this._sheet._editFormat(r, c);
      if (v === null || v === undefined || v === '') delete f[prop];
      else f[prop] = v as CellFormat[K];
    });
    this._emu.countCells(0, this._cells());
    return this;
  }
  setFontWeight(weight: string | null): Range {
    return this._setFormat('fontWeight', weight);
  }
  setFontWeights(weights: string[][]): Range {
    return this._setFormats('fontWeight', this._checkShape(weights, 'setFontWeights'));
  }
  getFontWeight(): string {
    return this._sheet._format(this._row, this._col)?.fontWeight ?? 'normal';
  }
  getFontWeights(): string[][] {
    return this._map((r, c) => this._sheet._format(r, c)?.fontWeight ?? 'normal');
  }
  setFontStyle(style: string | null): Range {
    return this._setFormat('fontStyle', style);
  }
  setFontColor(color: string | null): Range {
    return this._setFormat('fontColor', color);
  }
  setFontColors(colors: string[][]): Range {
    return this._setFormats('fontColor', this._checkShape(colors, 'setFontColors'));
  }
  setFontSize(size: number): Range {
    return this._setFormat('fontSize', Number(size));
  }
  setFontFamily(family: string | null): Range {
    return this._setFormat('fontFamily', family);
  }
  setBackground(color: string | null): Range {
    return this._setFormat('background', color);
  }
  setBackgrounds(colors: string[][]): Range {
    return this._setFormats('background', this._checkShape(colors, 'setBackgrounds'));
  }
  getBackground(): string {
    return this._sheet._format(this._row, this._col)?.background ?? '#ffffff';
  }
  getBackgrounds(): string[][] {
    return this._map((r, c) => this._sheet._format(r, c)?.background ?? '#ffffff');
  }
  setHorizontalAlignment(alignment: string | null): Range {
    return this._setFormat('horizontalAlignment', alignment);
  }
  getHorizontalAlignment(): string {
    return this._sheet._format(this._row, this._col)?.horizontalAlignment ?? 'general';
  }
  setVerticalAlignment(alignment: string | null): Range {
    return this._setFormat('verticalAlignment', alignment);
  }
  setWrap(wrap: boolean): Range {
    return this._setFormat('wrap', Boolean(wrap));
  }
  getWrap(): boolean {
    return this._sheet._format(this._row, this._col)?.wrap ?? false;
  }
  setWrapStrategy(strategy: string): Range {
    return this._setFormat('wrapStrategy', String(strategy));
  }
  setBorder(top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null, _vertical: boolean | null, _horizontal: boolean | null, color?: string | null, style?: string | null): Range {
    this._beforeWrite();
    this._each((r, c) => {
      const f = this._sheet._editFormat(r, c);
      const b = { ...(f.border ?? {}) };
      if (top !== null) b.top = top;
      if (left !== null) b.left = left;
      if (bottom !== null) b.bottom = bottom;
      if (right !== null) b.right = right;
      if (color) b.color = color;
      if (style) b.style = String(style);
      f.border = b;
    });
    return this;
  }
  setNote(note: string | null): Range {
    this._each((r, c) => {
      if (note === null || note === '') this._sheet._notes.delete(key(r - 1, c - 1));
      else this._sheet._notes.set(key(r - 1, c - 1), String(note));
    });
    return this;
  }
  setNotes(notes: (string | null)[][]): Range {
    const grid = this._checkShape(notes, 'setNotes');
    this._each((r, c, i, j) => {
      const n = grid[i][j];
      if (n === null || n === '' || n === undefined) this._sheet._notes.delete(key(r - 1, c - 1));
      else this._sheet._notes.set(key(r - 1, c - 1), String(n));
    });
    return this;
  }
  getNote(): string {
    return this._sheet._notes.get(key(this._row - 1, this._col - 1)) ?? '';
  }
  getNotes(): string[][] {
    return this._map((r, c) => this._sheet._notes.get(key(r - 1, c - 1)) ?? '');
  }
  clearNote(): Range {
    return this.setNote(null);
  }
  merge(): Range {
    this._beforeWrite();
    const rect = this._rect();
    this._sheet._merges = this._sheet._merges.filter((m) => !intersects(m, rect));
    this._sheet._merges.push(rect);
    this._each((r, c) => {
      if (r !== this._row || c !== this._col) this._sheet._write(r, c, '');
    });
    return this;
  }
  mergeAcross(): Range {
    for (let i = 0; i < this._numRows; i++) new Range(this._emu, this._sheet, this._row + i, this._col, 1, this._numCols).merge();
    return this;
  }
  breakApart(): Range {
    const rect = this._rect();
    this._sheet._merges = this._sheet._merges.filter((m) => !intersects(m, rect));
    return this;
  }
  isPartOfMerge(): boolean {
    const rect = this._rect();
    return this._sheet._merges.some((m) => intersects(m, rect));
  }
  getMergedRanges(): Range[] {
    const rect = this._rect();
    return this._sheet._merges.filter((m) => intersects(m, rect)).map((m) => new Range(this._emu, this._sheet, m.row, m.col, m.numRows, m.numCols));
  }
  setDataValidation(rule: DataValidation | null): Range {
    if (rule) assertListSize(rule);
    this._each((r, c) => {
      if (rule) this._sheet._validations.set(key(r - 1, c - 1), rule);
      else this._sheet._validations.delete(key(r - 1, c - 1));
    });
    return this;
  }
  setDataValidations(rules: (DataValidation | null)[][]): Range {
    const grid = this._checkShape(rules, 'setDataValidations') as (DataValidation | null)[][];
    for (const row of grid) for (const rule of row) if (rule) assertListSize(rule);
    this._each((r, c, i, j) => {
      const rule = grid[i][j];
      if (rule) this._sheet._validations.set(key(r - 1, c - 1), rule);
      else this._sheet._validations.delete(key(r - 1, c - 1));
    });
    return this;
  }
  getDataValidation(): DataValidation | null {
    return this._sheet._validations.get(key(this._row - 1, this._col - 1)) ?? null;
  }
  getDataValidations(): (DataValidation | null)[][] {
    return this._map((r, c) => this._sheet._validations.get(key(r - 1, c - 1)) ?? null);
  }
  clearDataValidations(): Range {
    return this.setDataValidation(null);
  }
  clearContent(): Range {
    this._beforeWrite();
    this._each((r, c) => {
      this._sheet._formulas.delete(key(r - 1, c - 1));
      this._sheet._setRaw(r, c, undefined);
    });
    return this;
  }
  clearFormat(): Range {
    this._beforeWrite();
    this._each((r, c) => this._sheet._formats.delete(key(r - 1, c - 1)));
    return this;
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; commentsOnly?: boolean }): Range {
    if (options?.validationsOnly) return this.clearDataValidations();
    if (options?.commentsOnly) return this.setNote(null);
    if (!options?.formatOnly) this.clearContent();
    if (!options?.contentsOnly) {
      this.clearFormat();
      this.clearDataValidations();
      this.setNote(null);
    }
    return this;
  }
  copyTo(destination: Range): void {
    const values = this._map((r, c) => ({ raw: this._sheet._raw(r, c), formula: this._sheet._formulas.get(key(r - 1, c - 1)), fmt: this._sheet._format(r, c) }));
    destination._sheet._ss._assertCanEdit(destination._sheet, { row: destination._row, col: destination._col, numRows: this._numRows, numCols: this._numCols });
    values.forEach((row, i) => row.forEach((cell, j) => {
      const r = destination._row + i;
      const c = destination._col + j;
      if (r > destination._sheet._maxRows || c > destination._sheet._maxCols) return;
      destination._sheet._setRaw(r, c, cell.raw);
      if (cell.formula) destination._sheet._formulas.set(key(r - 1, c - 1), cell.formula);
      else destination._sheet._formulas.delete(key(r - 1, c - 1));
      if (cell.fmt) destination._sheet._formats.set(key(r - 1, c - 1), structuredClone(cell.fmt));
    }));
  }
  getRow(): number {
    return this._row;
  }
  getRowIndex(): number {
    return this._row;
  }
  getColumn(): number {
    return this._col;
  }
  getLastRow(): number {
    return this._row + this._numRows - 1;
  }
  getLastColumn(): number {
    return this._col + this._numCols - 1;
  }
  getNumRows(): number {
    return this._numRows;
  }
  getNumColumns(): number {
    return this._numCols;
  }
  getHeight(): number {
    return this._numRows;
  }
  getWidth(): number {
    return this._numCols;
  }
  getA1Notation(): string {
    return rectToA1(this._rect());
  }
  getSheet(): Sheet {
    return this._sheet;
  }
  getGridId(): number {
    return this._sheet._id;
  }
  getCell(row: number, column: number): Range {
    if (row < 1 || row > this._numRows || column < 1 || column > this._numCols) fail('Cell reference out of range');
    return new Range(this._emu, this._sheet, this._row + row - 1, this._col + column - 1, 1, 1);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    const rect = this._sheet._rect(this._row + rowOffset, this._col + columnOffset, numRows ?? this._numRows, numColumns ?? this._numCols);
    return new Range(this._emu, this._sheet, rect.row, rect.col, rect.numRows, rect.numCols);
  }
  activate(): Range {
    this._sheet._ss._activeSheet = this._sheet;
    return this;
  }
  protect(): Protection {
    const p = new Protection(this._emu, this._sheet._ss, this._sheet, 'RANGE', this._rect());
    this._sheet._ss._protections.push(p);
    return p;
  }
  isBlank(): boolean {
    for (let i = 0; i < this._numRows; i++) for (let j = 0; j < this._numCols; j++) if (this._sheet._hasContent(this._row - 1 + i, this._col - 1 + j)) return false;
    return true;
  }
}

function typeName(v: unknown): string {
  if (Array.isArray(v)) return 'number[]';
  if (v === null) return 'null';
  if (isDate(v)) return 'Date';
  return typeof v === 'string' ? 'String' : typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'Boolean' : 'Object';
}

export class Protection extends GasObject {
  static override gasType = 'Spreadsheet.Protection';
  static override service = 'SpreadsheetApp';
  _description = '';
  readonly _editors: Set<string>;
  _warningOnly = false;
  _domainEdit = false;
  _unprotected: GridRect[] = [];
  _rectValue: GridRect;

  constructor(emu: Emulator, readonly _ss: Spreadsheet, readonly _sheet: Sheet, readonly _type: 'RANGE' | 'SHEET', rect: GridRect) {
    super(emu);
    this._rectValue = rect;
    // A new protection lists the spreadsheet's editors; scripts then remove the ones they don't want
    // (as the Protection reference sample does with removeEditors(getEditors())).
    this._editors = new Set([ss_owner(_ss), ..._ss._editors, emu.effectiveUser]);
  }
  _rect(): GridRect {
    return this._type === 'SHEET' ? this._sheet._wholeRect() : this._rectValue;
  }
  private _assertManager(): void {
    const user = this._emu.effectiveUser;
    if (user !== this._ss._owner && !this._editors.has(user)) fail(PROTECTED_MESSAGE);
  }
  setDescription(description: string): Protection {
    this._assertManager();
    this._description = String(description);
    return this;
  }
  getDescription(): string {
    return this._description;
  }
  addEditor(user: string | User): Protection {
    this._assertManager();
    this._editors.add(emailOf(user));
    return this;
  }
  addEditors(users: (string | User)[]): Protection {
    this._assertManager();
    for (const u of users) this._editors.add(emailOf(u));
    return this;
  }
  removeEditor(user: string | User): Protection {
    return this.removeEditors([user]);
  }
  removeEditors(users: (string | User)[]): Protection {
    this._assertManager();
    for (const u of users) {
      const e = emailOf(u);
      if (e !== this._ss._owner) this._editors.delete(e);
    }
    return this;
  }
  getEditors(): User[] {
    return [...this._editors].map((e) => new User(this._emu, e));
  }
  setWarningOnly(warningOnly: boolean): Protection {
    this._assertManager();
    this._warningOnly = Boolean(warningOnly);
    return this;
  }
  isWarningOnly(): boolean {
    return this._warningOnly;
  }
  setDomainEdit(editable: boolean): Protection {
    this._domainEdit = Boolean(editable);
    return this;
  }
  canDomainEdit(): boolean {
    return this._domainEdit;
  }
  canEdit(): boolean {
    const user = this._emu.effectiveUser;
    return user === this._ss._owner || this._editors.has(user);
  }
  remove(): void {
    this._assertManager();
    const i = this._ss._protections.indexOf(this);
    if (i >= 0) this._ss._protections.splice(i, 1);
  }
  getRange(): Range {
    const r = this._rect();
    return new Range(this._emu, this._sheet, r.row, r.col, r.numRows, r.numCols);
  }
  getProtectionType(): string {
    return this._type;
  }
  setUnprotectedRanges(ranges: Range[]): Protection {
    if (this._type !== 'SHEET') fail('Unprotected ranges can only be set on a sheet protection.');
    this._unprotected = ranges.map((r) => r._rect());
    return this;
  }
  getUnprotectedRanges(): Range[] {
    return this._unprotected.map((u) => new Range(this._emu, this._sheet, u.row, u.col, u.numRows, u.numCols));
  }
}

function ss_owner(ss: Spreadsheet): string {
  return ss._owner;
}

export class NamedRange extends GasObject {
  static override gasType = 'Spreadsheet.NamedRange';
  static override service = 'SpreadsheetApp';
  constructor(emu: Emulator, readonly _ss: Spreadsheet, private _name: string) {
    super(emu);
  }
  getName(): string {
    return this._name;
  }
  getRange(): Range {
    const r = this._ss.getRangeByName(this._name);
    if (!r) fail('Range not found');
    return r;
  }
  setName(name: string): NamedRange {
    const r = this._ss._namedRanges.get(this._name);
    if (r) {
      this._ss._namedRanges.delete(this._name);
      this._ss._namedRanges.set(String(name), r);
    }
    this._name = String(name);
    return this;
  }
  setRange(range: Range): NamedRange {
    this._ss._namedRanges.set(this._name, { sheet: range._sheet, rect: range._rect() });
    return this;
  }
  remove(): void {
    this._ss._namedRanges.delete(this._name);
  }
}

export class DeveloperMetadataLocation extends GasObject {
  static override gasType = 'Spreadsheet.DeveloperMetadataLocation';
  static override service = 'SpreadsheetApp';
  constructor(emu: Emulator, readonly _ss: Spreadsheet, readonly _meta: DevMetaRecord) {
    super(emu);
  }
  getLocationType(): string {
    return this._meta.sheetId === undefined ? 'SPREADSHEET' : 'SHEET';
  }
  getSheet(): Sheet | null {
    return this._meta.sheetId === undefined ? null : this._ss.getSheetById(this._meta.sheetId);
  }
  getSpreadsheet(): Spreadsheet | null {
    return this._meta.sheetId === undefined ? this._ss : null;
  }
}

export class DeveloperMetadata extends GasObject {
  static override gasType = 'Spreadsheet.DeveloperMetadata';
  static override service = 'SpreadsheetApp';
  constructor(emu: Emulator, readonly _ss: Spreadsheet, readonly _meta: DevMetaRecord) {
    super(emu);
  }
  getId(): number {
    return this._meta.id;
  }
  getKey(): string {
    return this._meta.key;
  }
  getValue(): string | null {
    return this._meta.value;
  }
  getVisibility(): string {
    return this._meta.visibility;
  }
  getLocation(): DeveloperMetadataLocation {
    return new DeveloperMetadataLocation(this._emu, this._ss, this._meta);
  }
  setKey(k: string): DeveloperMetadata {
    this._meta.key = String(k);
    return this;
  }
  setValue(v: string): DeveloperMetadata {
    this._meta.value = String(v);
    return this;
  }
  remove(): void {
    const i = this._ss._devMeta.indexOf(this._meta);
    if (i >= 0) this._ss._devMeta.splice(i, 1);
  }
}

export class DeveloperMetadataFinder extends GasObject {
  static override gasType = 'Spreadsheet.DeveloperMetadataFinder';
  static override service = 'SpreadsheetApp';
  private k: string | undefined;
  private v: string | undefined;
  private id: number | undefined;
  constructor(emu: Emulator, readonly _ss: Spreadsheet, readonly _sheet: Sheet | undefined) {
    super(emu);
  }
  withKey(k: string): DeveloperMetadataFinder {
    this.k = String(k);
    return this;
  }
  withValue(v: string): DeveloperMetadataFinder {
    this.v = String(v);
    return this;
  }
  withId(id: number): DeveloperMetadataFinder {
    this.id = Number(id);
    return this;
  }
  find(): DeveloperMetadata[] {
    return this._ss._devMeta
      .filter((m) => (this._sheet ? m.sheetId === this._sheet._id : true))
      .filter((m) => (this.k === undefined || m.key === this.k) && (this.v === undefined || m.value === this.v) && (this.id === undefined || m.id === this.id))
      .map((m) => new DeveloperMetadata(this._emu, this._ss, m));
  }
}

export { columnToLetters };

/** SpreadsheetApp's RangeList: the same change applied to several ranges in one call. */
export class RangeList extends GasObject {
  static override gasType = 'Spreadsheet.RangeList';
  static override service = 'SpreadsheetApp';
  constructor(
    emu: Emulator,
    readonly _ranges: Range[],
  ) {
    super(emu);
  }
  getRanges(): Range[] {
    return this._ranges.slice();
  }
  private _each(f: (r: Range) => void): RangeList {
    for (const r of this._ranges) f(r);
    return this;
  }
  setFontWeight(weight: string | null): RangeList {
    return this._each((r) => r.setFontWeight(weight));
  }
  setBackground(color: string | null): RangeList {
    return this._each((r) => r.setBackground(color));
  }
  setWrap(wrap: boolean): RangeList {
    return this._each((r) => r.setWrap(wrap));
  }
  setNumberFormat(format: string): RangeList {
    return this._each((r) => r.setNumberFormat(format));
  }
  setFontColor(color: string | null): RangeList {
    return this._each((r) => r.setFontColor(color));
  }
  setHorizontalAlignment(alignment: string | null): RangeList {
    return this._each((r) => r.setHorizontalAlignment(alignment));
  }
  clearContent(): RangeList {
    return this._each((r) => r.clearContent());
  }
}
