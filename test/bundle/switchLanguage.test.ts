// switchLanguage over a workbook after the whole demo (registration, timetable, attestation, tracker and registers):
// ru → kk → en → ru renames every area's sheets, keeps every record, and every area still finds its sheets
// (including the form-submit handler, which reaches its sheets by names kept in document properties).

import { describe, expect, it } from 'vitest';
import { AREA_DEMOS } from '../../local/cli/commands/demo';
import { demoHost, type Host } from '../../local/cli/host';
import type { FormModel } from '../../local/emulator/services/forms';
import { readRequestRecords } from '../../local/demo/registration';
import { ALL_SHEETS } from '../../src/sheets';
import { incomingSheet } from '../../src/sheets/records';
import { DOCUMENT_STATUS_OPTIONS } from '../../src/sheets/records/options';
import { findSheetName, parseTable, translateValues } from '../../src/sheets/schema';
import { trackerHost } from './trackerHost';

type Lang = 'kk' | 'ru' | 'en';
const PDF = Buffer.from('%PDF-1.4\nswitch\n%%EOF\n').toString('base64');

const book = (host: Host) => (host.emulator.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive();
const props = (host: Host) => (host.emulator.globals().PropertiesService as GoogleAppsScript.Properties.PropertiesService).getDocumentProperties();

function values(host: Host): Map<string, unknown[][]> {
  return new Map(book(host).getSheets().map((s) => [s.getName(), s.getDataRange().getValues()]));
}

/** Every add-on table as parsed records (language-neutral keys), by schema key; the run log and settings left out. */
function records(host: Host): Map<string, unknown[]> {
  const all = values(host);
  const out = new Map<string, unknown[]>();
  for (const schema of ALL_SHEETS) {
    if (schema.key === 'runLog' || schema.key === 'settings') continue;
    const name = findSheetName(schema, [...all.keys()]);
    if (name) out.set(schema.key, parseTable(schema, all.get(name) ?? []).rows.map((r) => r.record));
  }
  return out;
}

function run(host: Host, id: string, params: Record<string, unknown>, lang: Lang) {
  const r = host.runAction(id, params, { lang });
  if (!r.ok) throw new Error(`${id} (${lang}): ${r.message}`);
  return r;
}

describe('switchLanguage after the whole demo', () => {
  it('renames every area’s sheets ru → kk → en → ru, loses no record, and every area still finds its sheets', async () => {
    const host = trackerHost(new Date('2026-11-28T04:00:00Z'));
    const demo = demoHost(host, '/tmp/switch-language-demo', 'ru', 1, () => {});
    run(host, 'setupWorkbook', {}, 'ru');
    run(host, 'loadSampleUniversity', { students: 100, seed: 1 }, 'ru');
    for (const [, step] of AREA_DEMOS) await step(demo);
    expect(host.emulator.triggerErrors).toEqual([]);

    const before = values(host);
    const beforeRecords = records(host);
    const present = ALL_SHEETS.filter((s) => findSheetName(s, [...before.keys()]) !== null);
    // Every area's sheets are in the workbook after the demo.
    for (const key of ['offerings', 'registrationRequests', 'registrationSeats', 'gradeStatements', 'finalGrades', 'workPlan', 'planTracker', 'incomingDocuments', 'timetable']) {
      expect(present.map((s) => s.key)).toContain(key);
    }
    const forms = [...host.emulator.forms.values()].filter((f: FormModel) => f.responses.length > 0);
    // Responses the Enrolment requests sheet records (each row's request in effect and its history lines).
    const requestsRows = () => readRequestRecords(book(host).getSheetByName(findSheetName(present.find((s) => s.key === 'registrationRequests')!, book(host).getSheets().map((s) => s.getName()))!)).length;

    for (const lang of ['kk', 'en', 'ru'] as const) {
      host.emulator.resetStats();
      const r = run(host, 'switchLanguage', { lang }, 'ru');
      const stats = host.emulator.stats();
      console.log(`switchLanguage → ${lang}: ${r.counts.sheets} sheets, ${r.counts.renamed} renamed, ${stats.totalCalls} service calls, ${(stats.simulatedMs / 1000).toFixed(1)} simulated s`);
      expect(r.counts.sheets).toBeGreaterThanOrEqual(present.length);
      const names = book(host).getSheets().map((s) => s.getName());
      expect(names).toHaveLength(before.size);
      for (const schema of present) {
        expect(names, `${schema.key} in ${lang}`).toContain(schema.name[lang]);
        for (const other of ['kk', 'ru', 'en'] as const) {
          if (schema.name[other] !== schema.name[lang]) expect(names, `${schema.key} not in ${other}`).not.toContain(schema.name[other]);
        }
      }
      expect(records(host)).toEqual(beforeRecords);
      // The dropdowns follow the language (an old list would mark every translated cell invalid).
      const incoming = book(host).getSheetByName(incomingSheet.name[lang])!;
      const statusAt = incoming.getRange(1, 1, 1, incoming.getLastColumn()).getValues()[0].indexOf(incomingSheet.columns.find((c) => c.key === 'status')!.header[lang]) + 1;
      const labels = Object.values(DOCUMENT_STATUS_OPTIONS).map((o) => o[lang]);
      expect(incoming.getRange(2, statusAt).getDataValidation()?.getCriteriaValues()[0]).toEqual(labels);
      expect(labels).toContain(incoming.getRange(2, statusAt).getValue());
      // The form-submit handler's sheet names follow the renames.
      const pointer = JSON.parse(props(host).getProperty('reg.index') ?? '{}') as Record<string, string>;
      for (const k of ['n', 'se']) if (pointer[k]) expect(names, `reg.index ${k}`).toContain(pointer[k]);
    }

    // Back in Russian: every sheet as it was (the run log grew by the three switches; Settings holds the language);
    // a header the demo wrote in another language is now in Russian.
    const after = values(host);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, v] of before) {
      if (name === 'Журнал операций' || name === 'Настройки') continue;
      const schema = ALL_SHEETS.find((s) => findSheetName(s, [name]) === name);
      expect(after.get(name)?.slice(1), name).toEqual(v.slice(1));
      expect(after.get(name)?.[0], name).toEqual(schema ? translateValues(schema, v, 'ru')[0] : v[0]);
    }

    // Every area in Kazakh: each action finds its (renamed) sheets, creates no sheet under another language's name.
    run(host, 'switchLanguage', { lang: 'kk' }, 'ru');
    const kkNames = () => book(host).getSheets().map((s) => s.getName());
    const namesBefore = kkNames();
    const count = namesBefore.length;
    const rowsBefore = requestsRows();
    const form = forms[0];
    const first = form.responses[0];
    const answers = Object.fromEntries(first.answers.map(([id, a]) => [String(id), a]));
    host.emulator.submitForm(form.id, { email: first.email, answers });
    expect(host.emulator.triggerErrors).toEqual([]);
    expect(requestsRows()).toBe(rowsBefore + 1);
    run(host, 'validateWorkbook', {}, 'kk');
    run(host, 'refreshPlanTracker', {}, 'kk');
    const registered = run(host, 'registerIncoming', { correspondent: 'Әкімдік', subject: 'Хат' }, 'kk');
    run(host, 'uploadIncomingFile', { number: registered.data?.number, fileName: 'scan.pdf', base64: PDF }, 'kk');
    run(host, 'reportRegistration', {}, 'kk');
    run(host, 'listAcademicDebts', {}, 'kk');
    run(host, 'checkTimetable', {}, 'kk');
    run(host, 'reportAnnual', {}, 'kk');
    // Only sheets that did not exist were made (e.g. Problems), in Kazakh; no schema has two sheets.
    for (const schema of ALL_SHEETS) {
      const matching = kkNames().filter((n) => [schema.name.kk, schema.name.ru, schema.name.en].includes(n));
      expect(matching.length, schema.key).toBeLessThanOrEqual(1);
      if (matching.length === 1) expect(matching[0], schema.key).toBe(schema.name.kk);
    }
    expect(kkNames().slice(0, count)).toEqual(namesBefore);
    const found = host.bundle.run('rpc', ['searchRegister', { text: 'Хат' }]) as { ok: boolean; value: Array<{ number: string; fileUrl: string }> };
    expect(found.ok).toBe(true);
    expect(found.value.map((d) => d.number)).toContain(registered.data?.number);
    expect(found.value.find((d) => d.number === registered.data?.number)?.fileUrl).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
  }, 300_000);
});
