// The SpreadsheetFiles port on SpreadsheetApp + DriveApp: teachers' grade files created at their size in the add-on's
// folder, opened by id as Workbooks, shared per file (edit for the teacher and registrars, view after locking).

import type { DriveFileRef, NewSpreadsheet, SpreadsheetFiles, Workbook } from '../ports';
import { SheetsWorkbook } from './workbook';

const EMAIL = /^[^\s@'"<>=]+@[^\s@'"<>]+\.[^\s@'"<>]+$/;

function emails(list: string[]): string[] {
  return [...new Set(list.map((e) => e.trim().toLowerCase()).filter((e) => EMAIL.test(e)))];
}

export class GasSpreadsheetFiles implements SpreadsheetFiles {
  /** Files opened in this execution, by id: a second open() costs no service call. */
  private readonly opened = new Map<string, GoogleAppsScript.Spreadsheet.Spreadsheet | null>();

  create(folderId: string, name: string, content: NewSpreadsheet): DriveFileRef {
    const { layout, rows } = content;
    const width = Math.max(1, layout.headers.length, ...rows.map((r) => r.length));
    const height = Math.max(2, rows.length + content.spareRows);
    // SpreadsheetApp.create(name, rows, columns): the first sheet already has the grid we want (no trimming calls).
    const spreadsheet = SpreadsheetApp.create(name, height, width);
    const sheet = spreadsheet.getSheets()[0];
    sheet.setName(layout.name);
    for (const [col, format] of Object.entries(layout.numberFormats)) sheet.getRange(2, Number(col) + 1, height - 1, 1).setNumberFormat(format);
    if (rows.length > 0) {
      const padded = rows.map((r) => (r.length === width ? r : [...r, ...new Array(width - r.length).fill('')]));
      sheet.getRange(1, 1, padded.length, width).setValues(padded);
    }
    sheet.getRange(1, 1, 1, width).setFontWeight('bold').setBackground('#e8eaed').setWrap(true);
    if (layout.frozenRows > 0) sheet.setFrozenRows(layout.frozenRows);
    layout.columnWidths.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
    const range = content.numberRange;
    if (range && range.columns.length > 0) {
      // A warning, not a refusal: "85,5" or "н/я" must stay as typed; the add-on judges every cell when it collects.
      const rule = SpreadsheetApp.newDataValidation().requireNumberBetween(range.min, range.max).setAllowInvalid(true).setHelpText(range.helpText).build();
      const cols = [...range.columns].sort((a, b) => a - b);
      const contiguous = cols.every((c, i) => c === cols[0] + i);
      if (contiguous) sheet.getRange(2, cols[0] + 1, height - 1, cols.length).setDataValidation(rule);
      else for (const c of cols) sheet.getRange(2, c + 1, height - 1, 1).setDataValidation(rule);
    }
    const file = DriveApp.getFileById(spreadsheet.getId());
    file.moveTo(DriveApp.getFolderById(folderId));
    this.opened.set(spreadsheet.getId(), spreadsheet);
    return { id: spreadsheet.getId(), name, url: spreadsheet.getUrl() };
  }

  open(id: string): Workbook | null {
    const spreadsheet = this.spreadsheet(id);
    return spreadsheet ? new SheetsWorkbook(spreadsheet) : null;
  }

  share(id: string, access: { editors: string[]; viewers: string[] }): void {
    const spreadsheet = this.spreadsheet(id);
    if (!spreadsheet) return;
    const owner = spreadsheet.getOwner()?.getEmail().toLowerCase() ?? '';
    const editors = emails(access.editors).filter((e) => e !== owner);
    const viewers = emails(access.viewers).filter((e) => e !== owner && !editors.includes(e));
    const hasEdit = new Set(spreadsheet.getEditors().map((u) => u.getEmail().toLowerCase()));
    const hasView = new Set(spreadsheet.getViewers().map((u) => u.getEmail().toLowerCase()));
    for (const e of hasEdit) if (e !== owner && !editors.includes(e)) spreadsheet.removeEditor(e);
    for (const e of hasView) if (!hasEdit.has(e) && !viewers.includes(e) && !editors.includes(e)) spreadsheet.removeViewer(e);
    const addEditors = editors.filter((e) => !hasEdit.has(e));
    if (addEditors.length > 0) spreadsheet.addEditors(addEditors);
    const addViewers = viewers.filter((e) => !hasView.has(e) || hasEdit.has(e));
    if (addViewers.length > 0) spreadsheet.addViewers(addViewers);
  }

  private spreadsheet(id: string): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
    if (!this.opened.has(id)) {
      let found: GoogleAppsScript.Spreadsheet.Spreadsheet | null = null;
      try {
        found = SpreadsheetApp.openById(id);
      } catch {
        found = null;
      }
      this.opened.set(id, found);
    }
    return this.opened.get(id) ?? null;
  }
}

export function createSpreadsheetFiles(): SpreadsheetFiles {
  return new GasSpreadsheetFiles();
}
