// RangeList, impossible typed dates, and the run-length state of formats and validations in .xlsx files.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../local/emulator';
import { loadSpreadsheetFromXlsx, saveSpreadsheetToXlsx, snapshotSpreadsheet } from '../../local/emulator/persist/xlsx';
import { setup } from './helpers';

describe('Sheet.getRangeList', () => {
  it('applies one change to every range for one counted call', () => {
    const { emu, g } = setup();
    const sheet = g.SpreadsheetApp.getActive().getSheets()[0];
    emu.resetStats();
    sheet.getRangeList(['A1:B1', 'A3:B3']).setFontWeight('bold').setBackground('#eeeeee');
    expect(sheet.getRange('B3').getFontWeight()).toBe('bold');
    expect(sheet.getRange('A2').getFontWeight()).toBe('normal');
    expect(sheet.getRange('A1').getBackground()).toBe('#eeeeee');
    expect(emu.stats().calls['SpreadsheetApp.RangeList.setFontWeight']).toBe(1);
  });
});

describe('typed dates', () => {
  it('keeps an impossible date such as 31.02.2027 as text', () => {
    const { g } = setup();
    const sheet = g.SpreadsheetApp.getActive().getSheets()[0];
    sheet.getRange(1, 1, 1, 2).setValues([['31.02.2027', '28.02.2027']]);
    const [text, date] = sheet.getRange(1, 1, 1, 2).getValues()[0];
    expect(text).toBe('31.02.2027');
    expect(Object.prototype.toString.call(date)).toBe('[object Date]');
  });
});

describe('formats and dropdowns in .xlsx', () => {
  it('round-trip whole-column formats and validations saved as runs', async () => {
    const { emu, g } = setup();
    const sheet = g.SpreadsheetApp.getActive().getSheets()[0];
    sheet.insertRowsAfter(sheet.getMaxRows(), 5000);
    sheet.getRange(2, 1, 5000, 1).setNumberFormat('@');
    sheet.getRange(2, 2, 5000, 1).setDataValidation(g.SpreadsheetApp.newDataValidation().requireValueInList(['a', 'b'], true).build());
    sheet.getRange(1, 1, 1, 2).setValues([['code', 'choice']]).setFontWeight('bold');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'emu-')), 'runs.xlsx');
    await saveSpreadsheetToXlsx(emu, file);
    const other = createEmulator({ owner: emu.options.owner });
    const loaded = await loadSpreadsheetFromXlsx(other, file);
    expect(JSON.stringify(snapshotSpreadsheet(other, loaded))).toBe(JSON.stringify(snapshotSpreadsheet(emu, emu.requireActive())));
    const reread = (other.globals() as unknown as typeof g).SpreadsheetApp.getActive().getSheets()[0];
    expect(reread.getRange(4000, 1).getNumberFormat()).toBe('@');
    expect(reread.getRange(4000, 2).getDataValidation()?.getCriteriaValues()[0]).toEqual(['a', 'b']);
  });
});
