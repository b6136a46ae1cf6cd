// Spreadsheets made by the add-on beside the workbook (teachers' grade files): who may open and edit them, the daily
// creation quota, and how they survive between CLI runs (saved as .xlsx in the workspace, loaded back).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator } from '../../local/emulator';
import { loadWorkspace, loadWorkspaceSpreadsheets, saveWorkspace } from '../../local/emulator/persist/workspace';
import type { GasGlobals } from './helpers';
import { OWNER, START, setup } from './helpers';

const TEACHER = 'aliya@university.edu';
const COLLEAGUE = 'bolat@university.edu';

/** A grade file made by the registrar for one teacher, shared for editing with that teacher only. */
function gradeFile(g: GasGlobals, teacher: string, name: string): string {
  const ss = g.SpreadsheetApp.create(name, 10, 4);
  ss.getSheets()[0].setName('Grades');
  ss.getSheets()[0].getRange(1, 1, 2, 2).setValues([['Student', 'Exam'], ['S1', '']]);
  ss.addEditor(teacher);
  return ss.getId();
}

describe('teachers\' files opened by id', () => {
  it('a teacher opens and edits their own file, cannot open a colleague\'s; the registrar opens both', () => {
    const { emu, g } = setup();
    const mine = gradeFile(g, TEACHER, 'Grades T1');
    const theirs = gradeFile(g, COLLEAGUE, 'Grades T2');
    emu.setActiveUser(TEACHER);
    const own = g.SpreadsheetApp.openById(mine);
    own.getSheetByName('Grades')?.getRange(2, 2).setValue('85,5');
    expect(own.getSheetByName('Grades')?.getRange(2, 2).getValue()).toBe('85,5');
    expect(() => g.SpreadsheetApp.openById(theirs)).toThrow('You do not have permission to access the requested document.');
    emu.setActiveUser(OWNER);
    expect(g.SpreadsheetApp.openById(theirs).getName()).toBe('Grades T2');
    expect(g.SpreadsheetApp.openById(mine).getSheetByName('Grades')?.getRange(2, 2).getValue()).toBe('85,5');
  });

  it('a viewer (a teacher after locking) opens the file but cannot write; access through Drive sharing counts too', () => {
    const { emu, g } = setup();
    const id = gradeFile(g, TEACHER, 'Grades T1');
    const ss = g.SpreadsheetApp.openById(id);
    ss.removeEditor(TEACHER);
    ss.addViewer(TEACHER);
    g.DriveApp.getFileById(id).addEditor(COLLEAGUE);
    emu.setActiveUser(TEACHER);
    const asViewer = g.SpreadsheetApp.openById(id);
    expect(asViewer.getSheetByName('Grades')?.getRange(2, 1).getValue()).toBe('S1');
    expect(() => asViewer.getSheetByName('Grades')?.getRange(2, 2).setValue(90)).toThrow('You do not have permission to edit this spreadsheet.');
    emu.setActiveUser(COLLEAGUE);
    g.SpreadsheetApp.openById(id).getSheetByName('Grades')?.getRange(2, 2).setValue(70);
    expect(g.SpreadsheetApp.openById(id).getEditors().map((u) => u.getEmail())).toEqual([OWNER, COLLEAGUE]);
  });

  it('counts spreadsheets created per day against the account\'s quota and refuses past it', () => {
    const { emu, g } = setup({ accountType: 'consumer' });
    for (let i = 0; i < 250; i++) g.SpreadsheetApp.create(`F${i}`, 2, 2);
    expect(() => g.SpreadsheetApp.create('one more', 2, 2)).toThrow('Service invoked too many times for one day: spreadsheets create.');
    emu.advance(24 * 3600 * 1000);
    expect(g.SpreadsheetApp.create('next day', 2, 2).getName()).toBe('next day');
  });
});

describe('teachers\' files between CLI runs', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('are saved as .xlsx in the workspace and loaded back with their values, sharing and folder; the workbook stays active', async () => {
    const { emu, g } = setup();
    const folder = g.DriveApp.createFolder('Attestation');
    const id = gradeFile(g, TEACHER, 'Grades 2026A T1');
    g.DriveApp.getFileById(id).moveTo(folder);
    g.SpreadsheetApp.openById(id).getSheetByName('Grades')?.getRange(2, 2).setValue(77);
    const dir = mkdtempSync(join(tmpdir(), 'ws-'));
    dirs.push(dir);
    await saveWorkspace(emu, dir);

    const next = createEmulator({ start: START, owner: OWNER });
    const workbook = next.activeSpreadsheet;
    const idsBefore = next.ids.state;
    expect(loadWorkspace(next, dir)).toBe(true);
    const counter = next.ids.state;
    expect(await loadWorkspaceSpreadsheets(next, dir)).toBe(1);
    expect(next.activeSpreadsheet).toBe(workbook);
    expect(next.ids.state).toBe(Math.max(counter, idsBefore));
    const ng = next.globals() as unknown as GasGlobals;
    expect(ng.SpreadsheetApp.openById(id).getSheetByName('Grades')?.getRange(2, 2).getValue()).toBe(77);
    expect(ng.DriveApp.getFileById(id).getParents().next().getName()).toBe('Attestation');
    next.setActiveUser(COLLEAGUE);
    expect(() => ng.SpreadsheetApp.openById(id)).toThrow('You do not have permission to access the requested document.');
  });
});
