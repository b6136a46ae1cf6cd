import { describe, expect, it } from 'vitest';
import { OWNER, setup } from './helpers';

describe('Range values', () => {
  it('uses 1-based indices and gives empty cells as empty strings', () => {
    const { g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSheet();
    sheet.getRange(2, 3).setValue('x');
    expect(sheet.getRange(1, 1, 2, 3).getValues()).toEqual([['', '', ''], ['', '', 'x']]);
    expect(sheet.getRange('C2').getA1Notation()).toBe('C2');
  });

  it('rejects data with the wrong number of rows with the Sheets message', () => {
    const { g } = setup();
    const range = g.SpreadsheetApp.getActiveSheet().getRange(1, 1, 3, 2);
    expect(() => range.setValues([[1, 2], [3, 4]])).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.');
  });

  it('rejects a row with the wrong number of columns with the Sheets message', () => {
    const { g } = setup();
    const range = g.SpreadsheetApp.getActiveSheet().getRange(1, 1, 2, 2);
    expect(() => range.setValues([[1, 2], [3]])).toThrow('The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.');
  });

  it('refuses a range starting at row 0', () => {
    const { g } = setup();
    expect(() => g.SpreadsheetApp.getActiveSheet().getRange(0, 1)).toThrow('The starting row of the range is too small.');
  });

  it('refuses a range beyond the sheet', () => {
    const { g } = setup();
    expect(() => g.SpreadsheetApp.getActiveSheet().getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
  });

  it('parses what a script writes like typed input: numbers, leading zeros, booleans, dates', () => {
    const { g } = setup();
    const range = g.SpreadsheetApp.getActiveSheet().getRange(1, 1, 1, 4);
    range.setValues([['42', '00123', 'TRUE', '2025-01-31']]);
    const [[n, id, b, d]] = range.getValues();
    expect([n, id, b]).toEqual([42, 123, true]);
    expect((d as Date).toISOString()).toBe('2025-01-30T19:00:00.000Z'); // midnight in Almaty
  });

  it('keeps strings as text in cells formatted as plain text', () => {
    const { g } = setup();
    const range = g.SpreadsheetApp.getActiveSheet().getRange('A1');
    range.setNumberFormat('@').setValue('00123');
    expect(range.getValue()).toBe('00123');
  });

  it('stores an un-neutralised =HYPERLINK as a formula, and a leading apostrophe as text', () => {
    const { g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1:A2').setValues([['=HYPERLINK("http://evil.example","click me")'], ["'=HYPERLINK(\"http://evil.example\",\"click me\")"]]);
    expect(sheet.getRange('A1').getFormula()).toBe('=HYPERLINK("http://evil.example","click me")');
    expect(sheet.getRange('A1').getValue()).toBe('click me');
    expect(sheet.getRange('A2').getFormula()).toBe('');
    expect(sheet.getRange('A2').getValue()).toBe('=HYPERLINK("http://evil.example","click me")');
  });

  it('turns text starting with + or - into a failing formula, as Sheets does', () => {
    const { g } = setup();
    const cell = g.SpreadsheetApp.getActiveSheet().getRange('B1');
    cell.setValue('-not a number');
    expect(cell.getFormula()).toBe('=-not a number');
    expect(cell.getValue()).toBe('#ERROR!');
  });

  it('computes trivial formulas from other cells', () => {
    const { g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1:C1').setValues([[2, 3, '=A1*B1+1']]);
    expect(sheet.getRange('C1').getValue()).toBe(7);
  });

  it('refuses more than 50,000 characters in a cell', () => {
    const { g } = setup();
    expect(() => g.SpreadsheetApp.getActiveSheet().getRange('A1').setValue('x'.repeat(50_001))).toThrow('Your input contains more than the maximum of 50000 characters in a single cell.');
  });

  it('refuses to grow the workbook beyond 10 million cells', () => {
    const { g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSheet();
    expect(() => sheet.insertRowsAfter(1000, 400_000)).toThrow('This action would increase the number of cells in the workbook above the limit of 10000000 cells.');
  });

  it('shows numbers and dates through their number format', () => {
    const { g } = setup();
    const range = g.SpreadsheetApp.getActiveSheet().getRange(1, 1, 1, 3);
    range.setValues([[3.25159, 0.25, new Date('2025-03-08T10:30:00Z')]]);
    range.setNumberFormats([['0.00', '0%', 'dd.mm.yyyy hh:mm']]);
    expect(range.getDisplayValues()).toEqual([['3.25', '25%', '08.03.2025 15:30']]);
  });
});

describe('Sheet structure', () => {
  it('reports the last row and column with content', () => {
    const { g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSheet();
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange('B5').setValue('x');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 2]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B5');
  });

  it('parses A1 notation for cells, blocks and whole columns', () => {
    const { g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSheet();
    const block = sheet.getRange('B2:D10');
    expect([block.getRow(), block.getColumn(), block.getNumRows(), block.getNumColumns()]).toEqual([2, 2, 9, 3]);
    const columns = sheet.getRange('A:C');
    expect([columns.getNumRows(), columns.getNumColumns()]).toEqual([1000, 3]);
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
  });

  it('appends rows after the last row and grows the sheet when full', () => {
    const { g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSheet();
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(['new', 1]);
    expect([sheet.getMaxRows(), sheet.getRange(1001, 1, 1, 2).getValues()[0]]).toEqual([1001, ['new', 1]]);
  });

  it('shifts contents when rows are inserted and deleted', () => {
    const { g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1:A3').setValues([['a'], ['b'], ['c']]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A5').getValues().map((r) => r[0])).toEqual(['a', '', '', 'b', 'c']);
    sheet.deleteRows(2, 3);
    expect(sheet.getRange('A1:A2').getValues().map((r) => r[0])).toEqual(['a', 'c']);
  });

  it('refuses a second sheet with the same name', () => {
    const { g } = setup();
    const ss = g.SpreadsheetApp.getActive();
    ss.insertSheet('Students');
    expect(() => ss.insertSheet('Students')).toThrow('A sheet with the name "Students" already exists. Please enter another name.');
  });

  it('keeps developer metadata and finds it by key', () => {
    const { g } = setup();
    const ss = g.SpreadsheetApp.getActive();
    ss.addDeveloperMetadata('schema', 'v3');
    const found = ss.createDeveloperMetadataFinder().withKey('schema').find();
    expect(found.map((m) => m.getValue())).toEqual(['v3']);
  });

  it('resolves named ranges', () => {
    const { g } = setup();
    const ss = g.SpreadsheetApp.getActive();
    ss.setNamedRange('Grades', ss.getActiveSheet().getRange('B2:C4'));
    expect(ss.getRangeByName('Grades')?.getA1Notation()).toBe('B2:C4');
    expect(ss.getRangeByName('Missing')).toBeNull();
  });
});

describe('Data validation', () => {
  it('builds a dropdown rule and reads it back', () => {
    const { g } = setup();
    const rule = g.SpreadsheetApp.newDataValidation().requireValueInList(['A', 'B'], true).setAllowInvalid(false).setHelpText('Pick').build();
    const cell = g.SpreadsheetApp.getActiveSheet().getRange('A1');
    cell.setDataValidation(rule);
    const back = cell.getDataValidation();
    expect([back?.getCriteriaType(), back?.getCriteriaValues(), back?.getAllowInvalid(), back?.getHelpText()]).toEqual(['VALUE_IN_LIST', [['A', 'B'], true], false, 'Pick']);
  });

  it('refuses a dropdown list of more than 500 items', () => {
    const { g } = setup();
    const items = Array.from({ length: 501 }, (_, i) => `item ${i}`);
    const rule = g.SpreadsheetApp.newDataValidation().requireValueInList(items).build();
    expect(() => g.SpreadsheetApp.getActiveSheet().getRange('A1').setDataValidation(rule)).toThrow(/maximum is 500/);
  });
});

describe('Protection', () => {
  it('lets listed editors write and refuses everyone else with the Sheets message', () => {
    const { emu, g } = setup({ editors: ['clerk@university.edu', 'dean@university.edu'] });
    const sheet = g.SpreadsheetApp.getActiveSheet();
    const protection = sheet.getRange('A1:B10').protect().setDescription('Grades');
    protection.removeEditors(protection.getEditors());
    protection.addEditor('clerk@university.edu');
    emu.setActiveUser('clerk@university.edu');
    sheet.getRange('A1').setValue('ok');
    emu.setActiveUser('dean@university.edu');
    expect(() => sheet.getRange('B2').setValue('no')).toThrow('You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.');
    sheet.getRange('C1').setValue('outside is fine');
    emu.setActiveUser(OWNER);
    expect(protection.getEditors().map((u) => u.getEmail()).sort()).toEqual(['clerk@university.edu', OWNER]);
  });

  it('lets a protected sheet be edited in its unprotected ranges', () => {
    const { emu, g } = setup({ editors: ['clerk@university.edu'] });
    const sheet = g.SpreadsheetApp.getActiveSheet();
    const p = sheet.protect();
    p.removeEditors(['clerk@university.edu']);
    p.setUnprotectedRanges([sheet.getRange('D1:D100')]);
    emu.setActiveUser('clerk@university.edu');
    sheet.getRange('D5').setValue('allowed');
    expect(() => sheet.getRange('A1').setValue('refused')).toThrow(/protected cell/);
  });
});
