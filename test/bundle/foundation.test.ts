// The built add-on (build/Code.js) in the emulator: entries, menus, setup → sample → validate, bad input, the CLI.

import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/actions/registry';
import { menuModel } from '../../src/actions/menu';
import { parseArgs } from '../../local/cli/args';
import { runCommand } from '../../local/cli/commands/run';
import { createHost, type Host } from '../../local/cli/host';
import { saveWorkbook } from '../../local/cli/persist';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function sheet(host: Host, name: string): Sheet {
  const s = (host.emulator.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive().getSheetByName(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

function sampleHost(students = 300): Host {
  const host = createHost();
  for (const [id, params] of [['setupWorkbook', {}], ['loadSampleUniversity', { students, seed: 2 }]] as const) {
    const r = host.runAction(id, params, { lang: 'en' });
    if (!r.ok) throw new Error(r.message);
  }
  return host;
}

describe('the bundle', () => {
  let host: Host;
  beforeAll(() => {
    host = createHost();
  });

  it('defines a top-level function for every entry of src/main.ts', () => {
    const entries = Object.keys((host.bundle.context as { Registrar: { entries: object } }).Registrar.entries).sort();
    expect(entries.length).toBeGreaterThan(10);
    expect(host.bundle.globals().sort()).toEqual(entries);
  });

  it.each(['kk', 'ru', 'en'] as const)('builds the whole menu in %s from the user locale', (lang) => {
    const h = createHost();
    h.emulator.setActiveUser('registrar@atu.edu.kz', `${lang}_KZ`);
    h.bundle.run('onOpen', [{ authMode: 'FULL' }], { authMode: 'FULL' });
    const shown = h.emulator.ui.menus.at(-1);
    const expected = menuModel(ACTIONS, lang);
    expect(JSON.stringify(shown)).toContain(expected.items[0].caption);
    for (const area of expected.areas) {
      expect(JSON.stringify(shown)).toContain(area.caption);
      for (const item of area.items) expect(JSON.stringify(shown)).toContain(item.fn);
    }
  });

  it('runs a menu item and shows its result as a toast in the office language', () => {
    const h = createHost();
    h.bundle.run('menu_setupWorkbook', []);
    h.bundle.run('menu_validateWorkbook', []);
    expect(h.emulator.ui.toasts.map((t) => t.message)).toEqual([expect.stringContaining('11 sheet(s) created'), 'No problems found.']);
  });

  it('still shows the menu in AuthMode.NONE, reading nothing', () => {
    const h = createHost();
    h.bundle.run('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE' });
    const menu = JSON.stringify(h.emulator.ui.menus.at(-1));
    expect(menu).toContain('menu_setupWorkbook');
    expect(menu).toContain('showHome');
  });
});

describe('setupWorkbook → loadSampleUniversity → validateWorkbook', () => {
  it('gives zero problems on the sample university', () => {
    const host = sampleHost();
    const result = host.runAction('validateWorkbook', {}, { lang: 'en' });
    expect(result.message).toBe('No problems found.');
    expect(result.counts).toMatchObject({ problems: 0 });
  });

  it('is idempotent: a second setup creates nothing and keeps every row', () => {
    const host = sampleHost();
    const before = sheet(host, 'Students').getLastRow();
    const again = host.runAction('setupWorkbook', {}, { lang: 'en' });
    expect(again.counts).toEqual({ created: 0, repaired: 0, settingsAdded: 0 });
    expect(sheet(host, 'Students').getLastRow()).toBe(before);
  });

  it('refuses to load the sample over existing students', () => {
    const host = sampleHost();
    const r = host.runAction('loadSampleUniversity', { students: 100 }, { lang: 'en' });
    expect(r.ok).toBe(false);
    expect(r.message).toContain('already holds 300 students');
  });

  it('switches the whole workbook to Kazakh and stays valid', () => {
    const host = sampleHost();
    const r = host.runAction('switchLanguage', { lang: 'kk' }, { lang: 'en' });
    expect(r.ok).toBe(true);
    expect(sheet(host, 'Студенттер').getRange(1, 1, 1, 3).getValues()[0]).toEqual(['Студент ID', 'Тегі', 'Аты']);
    expect(sheet(host, 'Студенттер').getRange(2, 9).getValue()).toBe('күндізгі');
    const v = host.runAction('validateWorkbook', {});
    expect(v.message).toBe('Мәселе табылмады.');
  });
});

describe('validateWorkbook on a broken workbook', () => {
  const host = sampleHost();
  const students = sheet(host, 'Students');
  // Renamed and reordered headers: the first two columns swapped and written in Russian.
  const header = students.getRange(1, 1, 1, 13).getValues()[0];
  const swapped = students.getRange(1, 1, students.getLastRow(), 2).getValues().map((r) => [r[1], r[0]]);
  swapped[0] = ['Фамилия', 'ID студента'];
  students.getRange(1, 1, swapped.length, 2).setValues(swapped);
  students.getRange(3, 2).setValue(students.getRange(2, 2).getValue()); // duplicate id
  students.getRange(4, 5).setValue('not-an-email');
  students.getRange(5, 6).setValue('6B99999'); // unknown programme
  students.getRange(6, 7).setValue('3'); // a number stored as text: fine
  students.getRange(7, 1).setValue("'=HYPERLINK(\"http://evil\",\"x\")"); // formula-looking text
  students.getRange(8, 13).setValue('отл'); // GPA as a word
  const curricula = sheet(host, 'Curricula');
  curricula.getRange(2, 9).setValue(0); // 0 credits
  curricula.getRange(3, 13).setValue('NOPE-404'); // unknown prerequisite
  const calendar = sheet(host, 'Academic calendar');
  calendar.getRange(2, 5).setValue('10.08.2026'); // a date as text: fine
  calendar.getRange(3, 6).setValue('завтра'); // not a date
  (host.emulator.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive().deleteSheet(sheet(host, 'Rooms'));
  const result = host.runAction('validateWorkbook', {}, { lang: 'en' });
  const found = (result.problems ?? []) as Array<{ sheet: string; row: number; column: string; code: string; message: string; severity: string }>;
  const brief = found.map((p) => `${p.sheet}|${p.row}|${p.column}|${p.code}`);

  it('keeps reading the sheet with renamed, reordered headers', () => {
    expect(header[0]).toBe('Student ID');
    expect(found.some((p) => p.code === 'missingColumn')).toBe(false);
  });

  it('reports each problem with sheet, row and column', () => {
    expect(brief).toEqual(
      expect.arrayContaining([
        'Students|3|id|duplicate',
        'Students|4|email|notAnEmail',
        'Students|5|programmeCode|unknownReference',
        'Students|8|gpa|notANumber',
        'Curricula|2|credits|belowMin',
        'Curricula|3|prerequisites|unknownPrerequisite',
        'Academic calendar|3|end|notADate',
        'Rooms|0||missingSheet',
        'Students|7|lastName|formulaText',
      ]),
    );
    expect(brief.filter((b) => b.includes('|6|year|'))).toEqual([]);
    expect(brief.filter((b) => b.startsWith('Academic calendar|2|'))).toEqual([]);
  });

  it('writes a localized problem list sheet and says it was not clean', () => {
    expect(result.ok).toBe(false);
    const problems = sheet(host, 'Problems');
    expect(problems.getLastRow()).toBe(found.length + 1);
    const messages = problems.getRange(2, 6, found.length, 1).getValues().flat();
    expect(messages).toContain('Sheet "Students", row 4, column "Email": "not-an-email" is not an email address.');
  });

  it('stores the formula-looking name as text, never as a formula', () => {
    expect(sheet(host, 'Students').getRange(7, 1).getFormula()).toBe('');
  });
});

describe('registrar run on a broken workbook file', () => {
  it('exits non-zero with the problem list and leaves the file byte for byte', async () => {
    const host = sampleHost(120);
    sheet(host, 'Students').getRange(2, 5).setValue('broken');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'registrar-')), 'broken.xlsx');
    await saveWorkbook(host.emulator, file);
    const hash = () => createHash('sha256').update(readFileSync(file)).digest('hex');
    const before = hash();
    const logs: string[] = [];
    const original = console.log;
    console.log = (...a: unknown[]) => logs.push(a.join(' '));
    let code: number;
    try {
      code = await runCommand(parseArgs(['run', 'validateWorkbook', '--workbook', file, '--lang', 'en']));
    } finally {
      console.log = original;
    }
    expect(code).toBe(1);
    expect(logs.join('\n')).toContain('"broken" is not an email address');
    expect(hash()).toBe(before);
  });
});
