// The Workbook port over SpreadsheetApp: whole-sheet reads and single-batch writes of the active spreadsheet.

import { neutraliseText } from '../domain/values';
import type { SheetLayout, Workbook } from '../ports';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Empty rows left below an output sheet's data when the add-on creates it (room for the office to add lines). */
export const SPARE_ROWS = 50;

/** Description the add-on gives its own protections, so it can find and replace them. */
export const PROTECTION_TAG = 'registrar:';

export class SheetsWorkbook implements Workbook {
  /** Every sheet by name, once something asked for the whole list. */
  private sheetsByName: Map<string, Sheet> | null = null;
  /** Sheets looked up one by one (null: no such sheet), before or instead of the whole list. */
  private readonly looked = new Map<string, Sheet | null>();

  constructor(private readonly spreadsheet: Spreadsheet) {}

  private sheets(): Map<string, Sheet> {
    if (!this.sheetsByName) {
      this.sheetsByName = new Map();
      for (const sheet of this.spreadsheet.getSheets()) this.sheetsByName.set(sheet.getName(), sheet);
    }
    return this.sheetsByName;
  }

  private sheet(name: string): Sheet | null {
    if (this.sheetsByName) return this.sheetsByName.get(name) ?? null;
    if (!this.looked.has(name)) this.looked.set(name, this.spreadsheet.getSheetByName(name));
    return this.looked.get(name) ?? null;
  }

  private remember(name: string, sheet: Sheet | null): void {
    if (this.sheetsByName) {
      if (sheet) this.sheetsByName.set(name, sheet);
      else this.sheetsByName.delete(name);
    }
    this.looked.set(name, sheet);
  }

  private insert(name: string, index?: number): Sheet {
    const sheet = index === undefined || index >= this.spreadsheet.getNumSheets() ? this.spreadsheet.insertSheet(name) : this.spreadsheet.insertSheet(name, index);
    this.remember(name, sheet);
    return sheet;
  }

  findSheet(candidates: readonly string[]): string | null {
    return candidates.find((name) => this.sheet(name) !== null) ?? null;
  }

  id(): string {
    return this.spreadsheet.getId();
  }

  url(): string {
    return this.spreadsheet.getUrl();
  }

  sheetNames(): string[] {
    return [...this.sheets().keys()];
  }

  readValues(sheetName: string): unknown[][] | null {
    const sheet = this.sheet(sheetName);
    if (!sheet) return null;
    return sheet.getDataRange().getValues();
  }

  ensureSheet(layout: SheetLayout, index?: number): { created: boolean; headerRepaired: boolean } {
    let sheet = this.sheet(layout.name);
    const created = !sheet;
    if (!sheet) sheet = this.insert(layout.name, index);
    const width = layout.headers.length;
    let headerRepaired = false;
    if (!created) {
      const current = sheet.getRange(1, 1, 1, width).getValues()[0].map((v) => String(v));
      headerRepaired = current.some((v, i) => v !== layout.headers[i]);
    }
    if (created || headerRepaired) {
      sheet.getRange(1, 1, 1, width).setValues([layout.headers]).setFontWeight('bold').setBackground('#e8eaed').setWrap(true);
    }
    if (sheet.getFrozenRows() !== layout.frozenRows) sheet.setFrozenRows(layout.frozenRows);
    if (created || headerRepaired) {
      layout.columnWidths.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
      const dataRows = Math.max(1, sheet.getMaxRows() - 1);
      for (const [col, format] of Object.entries(layout.numberFormats)) {
        sheet.getRange(2, Number(col) + 1, dataRows, 1).setNumberFormat(format);
      }
      for (const [col, values] of Object.entries(layout.dropdowns)) {
        const rule = SpreadsheetApp.newDataValidation().requireValueInList(values, true).setAllowInvalid(false).build();
        sheet.getRange(2, Number(col) + 1, dataRows, 1).setDataValidation(rule);
      }
      if (layout.protectHeader) this.protectHeader(sheet, width);
    }
    if (created) {
      // Only the layout's columns: the 26 of a new sheet would count against the 10 million cells as it grows.
      if (layout.sizeToRows !== undefined) this.trim(sheet, layout.sizeToRows, width);
      else if (sheet.getMaxColumns() > width) sheet.deleteColumns(width + 1, sheet.getMaxColumns() - width);
    }
    if (layout.hidden && !sheet.isSheetHidden()) sheet.hideSheet();
    return { created, headerRepaired };
  }

  /** The header row warns before an edit (a registrar may still rename a column on purpose). */
  private protectHeader(sheet: Sheet, width: number): void {
    for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
      if (p.getDescription() === `${PROTECTION_TAG}header`) p.remove();
    }
    sheet.getRange(1, 1, 1, width).protect().setDescription(`${PROTECTION_TAG}header`).setWarningOnly(true);
  }

  replaceValues(sheetName: string, values: unknown[][], options: { numberFormats?: Record<number, string> } = {}): void {
    let sheet = this.sheet(sheetName);
    const created = !sheet;
    if (!sheet) sheet = this.insert(sheetName);
    const rows = values.length;
    const cols = values.reduce((m, r) => Math.max(m, r.length), 0);
    const oldRows = sheet.getLastRow();
    const oldCols = sheet.getLastColumn();
    if (rows > 0 && cols > 0) {
      const padded = values.map((r) => (r.length === cols ? r : [...r, ...new Array(cols - r.length).fill('')]));
      if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
      if (sheet.getMaxColumns() < cols) sheet.insertColumnsAfter(sheet.getMaxColumns(), cols - sheet.getMaxColumns());
      for (const [col, format] of Object.entries(options.numberFormats ?? {})) {
        if (Number(col) < cols && rows > 1) sheet.getRange(2, Number(col) + 1, rows - 1, 1).setNumberFormat(format);
      }
      sheet.getRange(1, 1, rows, cols).setValues(padded as unknown[][]);
    }
    if (oldRows > rows && oldCols > 0) sheet.getRange(rows + 1, 1, oldRows - rows, oldCols).clearContent();
    if (oldCols > cols && rows > 0 && cols > 0) sheet.getRange(1, cols + 1, Math.max(rows, 1), oldCols - cols).clearContent();
    if (created) this.trim(sheet, rows + SPARE_ROWS, cols);
  }

  /**
   * A new sheet counts 1,000 rows × 26 columns against the spreadsheet's 10 million cells whatever it
   * holds; an output sheet keeps only its columns and the rows asked for.
   */
  private trim(sheet: Sheet, rows: number, cols: number): void {
    const keepRows = Math.max(rows, 2);
    const keepCols = Math.max(cols, 1);
    if (sheet.getMaxColumns() > keepCols) sheet.deleteColumns(keepCols + 1, sheet.getMaxColumns() - keepCols);
    if (sheet.getMaxRows() > keepRows) sheet.deleteRows(keepRows + 1, sheet.getMaxRows() - keepRows);
  }

  appendRows(sheetName: string, rows: unknown[][]): void {
    if (rows.length === 0) return;
    let sheet = this.sheet(sheetName);
    if (!sheet) sheet = this.insert(sheetName);
    const cols = rows.reduce((m, r) => Math.max(m, r.length), 0);
    const start = sheet.getLastRow() + 1;
    const padded = rows.map((r) => (r.length === cols ? r : [...r, ...new Array(cols - r.length).fill('')]));
    this.ensureSize(sheet, start + rows.length - 1, cols);
    sheet.getRange(start, 1, rows.length, cols).setValues(padded);
  }

  /** A sheet does not grow by itself: rows (with room for the next appends) and columns past its end are added first. */
  private ensureSize(sheet: Sheet, lastRow: number, lastColumn: number): void {
    const maxRows = sheet.getMaxRows();
    if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows + SPARE_ROWS);
    const maxColumns = sheet.getMaxColumns();
    if (lastColumn > maxColumns) sheet.insertColumnsAfter(maxColumns, lastColumn - maxColumns);
  }

  readBlock(sheetName: string, row: number, column: number, numRows: number, numColumns: number): unknown[][] | null {
    if (!this.sheetsByName && !this.looked.has(sheetName)) {
      // One call for the range instead of two (the sheet, then its range): form-submit handlers count every call.
      const range = this.rangeA1(sheetName, row, column, numRows, numColumns);
      if (range) return range.getValues();
    }
    const sheet = this.sheet(sheetName);
    if (!sheet) return null;
    return sheet.getRange(row, column, numRows, numColumns).getValues();
  }

  openBlock(sheetName: string, row: number, column: number, numRows: number, numColumns: number): { values: unknown[][]; write(values: unknown[][]): void } | null {
    let range = !this.sheetsByName && !this.looked.has(sheetName) ? this.rangeA1(sheetName, row, column, numRows, numColumns) : null;
    if (!range) {
      const sheet = this.sheet(sheetName);
      if (!sheet || row + numRows - 1 > sheet.getMaxRows()) return null;
      range = sheet.getRange(row, column, numRows, numColumns);
    }
    return {
      values: range.getValues(),
      // getValues gives a text cell's content without the apostrophe that kept it text: put it back.
      write: (values) => void range.setValues(values.map((r) => r.map((v) => (typeof v === 'string' ? neutraliseText(v) : v)))),
    };
  }

  /** Spreadsheet.getRange("'Name'!A1:B2"): null when the sheet is missing or the block runs past its end. */
  private rangeA1(sheetName: string, row: number, column: number, numRows: number, numColumns: number): GoogleAppsScript.Spreadsheet.Range | null {
    const letters = (n: number): string => {
      let out = '';
      for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) out = String.fromCharCode(65 + ((c - 1) % 26)) + out;
      return out;
    };
    try {
      return this.spreadsheet.getRange(`'${sheetName.replace(/'/g, "''")}'!${letters(column)}${row}:${letters(column + numColumns - 1)}${row + numRows - 1}`);
    } catch {
      return null;
    }
  }

  appendRow(sheetName: string, row: unknown[]): void {
    let sheet = this.sheet(sheetName);
    if (!sheet) sheet = this.insert(sheetName);
    sheet.appendRow(row);
  }

  writeBlock(sheetName: string, row: number, column: number, values: unknown[][]): void {
    if (values.length === 0) return;
    if (!this.sheetsByName && !this.looked.has(sheetName)) {
      const direct = this.rangeA1(sheetName, row, column, values.length, values[0].length);
      if (direct) {
        direct.setValues(values);
        return;
      }
    }
    let sheet = this.sheet(sheetName);
    if (!sheet) sheet = this.insert(sheetName);
    let range: GoogleAppsScript.Spreadsheet.Range;
    try {
      range = sheet.getRange(row, column, values.length, values[0].length);
    } catch {
      // Past the sheet's end (rare: writes go inside what was read): grow it, then take the range.
      this.ensureSize(sheet, row + values.length - 1, column + values[0].length - 1);
      range = sheet.getRange(row, column, values.length, values[0].length);
    }
    range.setValues(values);
  }

  renameSheet(from: string, to: string): void {
    const sheet = this.sheet(from);
    if (!sheet || from === to) return;
    sheet.setName(to);
    this.remember(from, null);
    this.remember(to, sheet);
  }

  writeHeader(sheetName: string, headers: string[]): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) return;
    sheet.getRange(1, 1, 1, headers.length).setValues([headers]);
  }

  protectSheet(sheetName: string, editors: string[] | null, description: string): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) return;
    const tag = `${PROTECTION_TAG}${description}`;
    for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)) {
      if (p.getDescription() === tag) p.remove();
    }
    if (editors === null) return;
    const protection = sheet.protect().setDescription(tag);
    protection.removeEditors(protection.getEditors());
    if (editors.length > 0) protection.addEditors(editors);
  }

  formatBlocks(sheetName: string, boldRows: number[], fillRows: Array<{ row: number; colour: string }>, wrap: boolean): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) return;
    const width = Math.max(1, sheet.getLastColumn());
    const lastRow = Math.max(1, sheet.getLastRow());
    if (boldRows.length > 0) {
      sheet.getRangeList(boldRows.map((r) => `A${r}:${columnLetter(width)}${r}`)).setFontWeight('bold');
    }
    const byColour = new Map<string, number[]>();
    for (const { row, colour } of fillRows) byColour.set(colour, [...(byColour.get(colour) ?? []), row]);
    for (const [colour, rows] of byColour) {
      sheet.getRangeList(rows.map((r) => `A${r}:${columnLetter(width)}${r}`)).setBackground(colour);
    }
    if (wrap) sheet.getRange(1, 1, lastRow, width).setWrap(true);
  }

  compactFormResponseSheets(spareRows: number): { sheets: number; cellsFreed: number } {
    let sheets = 0;
    let cellsFreed = 0;
    for (const sheet of this.spreadsheet.getSheets()) {
      if (!sheet.getFormUrl()) continue;
      // Google makes a form's response sheet 1,000 rows deep; responses are appended below the last row (the sheet
      // grows), so the empty rows only take cells from the workbook's 10 million.
      const maxRows = sheet.getMaxRows();
      const keep = Math.max(sheet.getLastRow(), 1) + spareRows;
      if (maxRows <= keep) continue;
      sheet.deleteRows(keep + 1, maxRows - keep);
      sheet.hideSheet();
      sheets++;
      cellsFreed += (maxRows - keep) * sheet.getMaxColumns();
    }
    return { sheets, cellsFreed };
  }

  locale(): string {
    return this.spreadsheet.getSpreadsheetLocale();
  }

  timeZone(): string {
    return this.spreadsheet.getSpreadsheetTimeZone();
  }
}

/** Column letters for a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
