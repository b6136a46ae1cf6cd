import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../local/emulator';
import { loadSpreadsheetFromXlsx, saveSpreadsheetToXlsx, snapshotSpreadsheet } from '../../local/emulator/persist/xlsx';
import { OWNER, START, setup } from './helpers';

function fillWorkbook() {
  const { emu, g } = setup({ editors: ['clerk@university.edu'] });
  const ss = g.SpreadsheetApp.getActive();
  const sheet = ss.insertSheet('Students');
  sheet.getRange(1, 1, 3, 4).setValues([
    ['ID', 'Name', 'Enrolled', 'Score'],
    ["'00123", 'Aigerim', new Date('2024-09-01T04:00:00Z'), 87.5],
    ["'00124", '=HYPERLINK("http://x.example","Bolat")', new Date('2024-09-02T04:00:00Z'), 49],
  ]);
  sheet.getRange('A1:D1').setFontWeight('bold').setBackground('#d9ead3').setHorizontalAlignment('center');
  sheet.getRange('C2:C3').setNumberFormat('dd.mm.yyyy');
  sheet.getRange('D2').setNote('Retake allowed');
  sheet.getRange('E1:F1').merge();
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(2, 210);
  sheet.getRange('B2:B3').setDataValidation(g.SpreadsheetApp.newDataValidation().requireValueInList(['Aigerim', 'Bolat']).setAllowInvalid(false).build());
  sheet.getRange('G2').setDataValidation(g.SpreadsheetApp.newDataValidation().requireValueInRange(sheet.getRange('B2:B3')).build());
  const p = sheet.getRange('D1:D3').protect().setDescription('Scores');
  p.removeEditors(['clerk@university.edu']);
  ss.insertSheet('Config').hideSheet();
  ss.addDeveloperMetadata('schema', 'v1');
  sheet.addDeveloperMetadata('table', 'students');
  ss.setNamedRange('Scores', sheet.getRange('D2:D3'));
  g.PropertiesService.getDocumentProperties().setProperty('lang', 'kk');
  g.ScriptApp.newTrigger('onSheetSubmit').forSpreadsheet(ss).onFormSubmit().create();
  ss.setActiveSheet(sheet);
  return { emu, g };
}

describe('xlsx persistence', () => {
  it('loads back exactly what it saved', async () => {
    const { emu } = fillWorkbook();
    const path = join(mkdtempSync(join(tmpdir(), 'emu-')), 'book.xlsx');
    await saveSpreadsheetToXlsx(emu, path);
    const before = snapshotSpreadsheet(emu, emu.requireActive());
    const fresh = createEmulator({ start: START, owner: OWNER });
    const ss = await loadSpreadsheetFromXlsx(fresh, path);
    expect(snapshotSpreadsheet(fresh, ss)).toEqual(before);
    expect(fresh.triggers.map((t) => t.handler)).toEqual(['onSheetSubmit']);
  });

  it('writes real xlsx a spreadsheet program can read: dates in Almaty time, formulas, bold headers, dropdowns', async () => {
    const { emu } = fillWorkbook();
    const path = join(mkdtempSync(join(tmpdir(), 'emu-')), 'book.xlsx');
    await saveSpreadsheetToXlsx(emu, path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('Students');
    expect((ws?.getCell('C2').value as Date | undefined)?.toISOString()).toBe('2024-09-01T09:00:00.000Z');
    expect(ws?.getCell('B3').value).toEqual({ formula: 'HYPERLINK("http://x.example","Bolat")', result: 'Bolat' });
    expect(ws?.getCell('A2').value).toBe('00123');
    expect(ws?.getCell('A1').font?.bold).toBe(true);
    expect(ws?.getCell('B2').dataValidation?.formulae).toEqual(['"Aigerim,Bolat"']);
    expect(wb.getWorksheet('Config')?.state).toBe('hidden');
    expect(wb.getWorksheet('__gas_state')?.state).toBe('veryHidden');
  });

  it('enforces saved protections after loading', async () => {
    const { emu } = fillWorkbook();
    const path = join(mkdtempSync(join(tmpdir(), 'emu-')), 'book.xlsx');
    await saveSpreadsheetToXlsx(emu, path);
    const fresh = createEmulator({ start: START, owner: OWNER });
    await loadSpreadsheetFromXlsx(fresh, path);
    fresh.setActiveUser('clerk@university.edu');
    const g = fresh.globals() as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
    expect(() => g.SpreadsheetApp.getActive().getSheetByName('Students')?.getRange('D2').setValue(1)).toThrow(/protected cell/);
  });
});
