// The tracker and registers in the built add-on, inside the emulator: seeding, evidence from runs, marks, export, registers, reports.

import { describe, expect, it } from 'vitest';
import type { Host } from '../../local/cli/host';
import { trackerHost } from './trackerHost';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function sheet(host: Host, name: string): Sheet | null {
  return (host.emulator.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive().getSheetByName(name);
}

function run(host: Host, id: string, params: Record<string, unknown> = {}, user?: string) {
  const r = host.runAction(id, params, { lang: 'en', user });
  if (!r.ok) throw new Error(`${id}: ${r.message} ${JSON.stringify((r as { problems?: unknown }).problems ?? '')}`);
  return r;
}

function sampleHost(students = 120): Host {
  const host = trackerHost();
  run(host, 'setupWorkbook');
  run(host, 'loadSampleUniversity', { students, seed: 3 });
  run(host, 'setupWorkPlan');
  run(host, 'setupRecords');
  return host;
}

describe('the work plan tracker in the bundle', () => {
  it('seeds the 27 items once and keeps an edited plan', () => {
    const host = sampleHost();
    const plan = sheet(host, 'Work plan')!;
    expect(plan.getLastRow()).toBe(28);
    const again = run(host, 'setupWorkPlan');
    expect(again.counts.seeded).toBe(0);
    expect(plan.getLastRow()).toBe(28);
  });

  it('refreshes: every item gets its occurrences, and a run of an item’s action is recorded with its evidence', () => {
    const host = sampleHost();
    const first = run(host, 'refreshPlanTracker');
    expect(first.counts.occurrences).toBeGreaterThan(27);
    run(host, 'registerIncoming', { correspondent: 'Ministry of Science', subject: 'Academic calendar 2026-2027', deadline: '2026-09-12', executor: 'registrar@atu.edu.kz', fileUrl: 'https://drive.google.com/file/d/abc' });
    const second = run(host, 'refreshPlanTracker');
    expect(second.counts.newEvidence).toBe(1);
    const values = sheet(host, 'Plan tracker')!.getDataRange().getValues();
    const header = values[0];
    const row = values.find((r) => r[0] === '23')!;
    expect(row[header.indexOf('Status')]).toBe('in progress');
    expect(String(row[header.indexOf('Evidence')])).toContain('https://drive.google.com/file/d/abc');
    expect(row[header.indexOf('Completed by')]).toBe('registrar@atu.edu.kz');
    const third = run(host, 'refreshPlanTracker');
    expect(third.counts.newEvidence).toBe(0);
    expect(sheet(host, 'Plan marks')!.getLastRow()).toBe(2);
  });

  it('records a hand mark with the Google identity and refuses an unknown occurrence', () => {
    const host = sampleHost();
    run(host, 'refreshPlanTracker');
    const marked = run(host, 'markPlanItem', { no: '1', occurrenceKey: '2026-08..2026-09', status: 'done', note: 'list signed' }, 'head@atu.edu.kz');
    expect(marked.message).toContain('head@atu.edu.kz');
    const values = sheet(host, 'Plan tracker')!.getDataRange().getValues();
    const header = values[0];
    const row = values.find((r) => r[0] === '1')!;
    expect(row[header.indexOf('Status')]).toBe('done');
    expect(row[header.indexOf('Mark')]).toBe('by hand');
    const bad = host.runAction('markPlanItem', { no: '1', occurrenceKey: '2031-01', status: 'done' }, { lang: 'en' });
    expect(bad.ok).toBe(false);
    expect(bad.message).toBe('Plan item 1 has no deadline "2031-01".');
  });

  it('refuses to refresh when an item has no responsible person, writing nothing', () => {
    const host = sampleHost();
    run(host, 'refreshPlanTracker');
    const plan = sheet(host, 'Work plan')!;
    const header = plan.getRange(1, 1, 1, plan.getLastColumn()).getValues()[0];
    plan.getRange(5, header.indexOf('Responsible') + 1).setValue('');
    const before = JSON.stringify(sheet(host, 'Plan tracker')!.getDataRange().getValues());
    const r = host.runAction('refreshPlanTracker', {}, { lang: 'ru' });
    expect(r.ok).toBe(false);
    expect(JSON.stringify((r as { problems?: unknown }).problems)).toContain('не указан ответственный исполнитель');
    expect(JSON.stringify(sheet(host, 'Plan tracker')!.getDataRange().getValues())).toBe(before);
  });

  it('flags a deadline it cannot read instead of guessing', () => {
    const host = sampleHost();
    const plan = sheet(host, 'Work plan')!;
    const header = plan.getRange(1, 1, 1, plan.getLastColumn()).getValues()[0];
    for (const col of ['Deadline rule', 'Deadline as written (Kazakh)', 'Deadline as written (English)']) plan.getRange(3, header.indexOf(col) + 1).setValue('');
    plan.getRange(3, header.indexOf('Deadline as written (Russian)') + 1).setValue('когда получится');
    const r = run(host, 'refreshPlanTracker');
    expect(r.counts.flagged).toBeGreaterThanOrEqual(1);
    const row = sheet(host, 'Plan tracker')!.getDataRange().getValues().find((x) => x[0] === '2')!;
    expect(row.join(' ')).toContain('The deadline could not be read');
  });

  it('exports the plan as a Doc in the original layout and replaces it on a second export', () => {
    const host = sampleHost();
    run(host, 'refreshPlanTracker');
    const a = run(host, 'exportWorkPlan');
    const b = run(host, 'exportWorkPlan');
    expect(a.links?.[0].id).toBe(b.links?.[0].id);
    const doc = (host.emulator.globals().DocumentApp as GoogleAppsScript.Document.DocumentApp).openById(a.links![0].id);
    const text = doc.getBody().getText();
    expect(text).toContain('«APPROVED»');
    expect(text).toContain('Work plan of the Registrar’s Office for the 2026-2027 academic year');
    expect(text).toContain('Submit for approval the list of advisors');
  });

  it('starts next year: history kept, statuses reset, calendar-driven deadlines flagged until next year’s calendar exists', () => {
    const host = sampleHost();
    run(host, 'registerIncoming', { correspondent: 'Akimat', subject: 'Request' });
    run(host, 'refreshPlanTracker');
    const r = run(host, 'startNewPlanYear');
    expect(r.message).toContain('2027-2028');
    expect(sheet(host, 'Plan history')!.getLastRow()).toBeGreaterThan(27);
    const values = sheet(host, 'Plan tracker')!.getDataRange().getValues();
    const header = values[0];
    expect(values.find((x) => x[0] === '23')![header.indexOf('Status')]).toBe('not started');
    expect(values.find((x) => x[0] === '2')![header.indexOf('Occurrence key')]).toBe('2028-04');
  });
});

describe('the sidebars in the bundle', () => {
  it('opens the plan dashboard with its data and the registers form, both localized', () => {
    const host = sampleHost();
    run(host, 'refreshPlanTracker');
    const dash = host.runAction('openTrackerDashboard', {}, { lang: 'ru' });
    expect(dash.ok).toBe(true);
    const shown = host.emulator.ui.shown.at(-1)!;
    expect(shown.kind).toBe('sidebar');
    expect(shown.title).toBe('Панель плана');
    expect(shown.html).toContain('Исполнение по разделам');
    expect(shown.html).toContain('"planYear":"2026-2027"');
    expect(host.runAction('openRegisters', {}, { lang: 'kk' }).ok).toBe(true);
    expect(host.emulator.ui.shown.at(-1)!.html).toContain('Журналдардан іздеу');
  });
});

describe('the document registers in the bundle', () => {
  it('numbers documents by the scheme, never reusing a number, and shows the gap', () => {
    const host = sampleHost();
    const n1 = run(host, 'registerIncoming', { correspondent: 'A', subject: 'One' }).data!.number;
    const n2 = run(host, 'registerIncoming', { correspondent: 'B', subject: 'Two' }).data!.number;
    expect([n1, n2]).toEqual(['02-15/1', '02-15/2']);
    sheet(host, 'Incoming documents')!.deleteRow(3);
    const n3 = run(host, 'registerIncoming', { correspondent: 'C', subject: 'Three' }).data!.number;
    expect(n3).toBe('02-15/3');
    const dash = host.bundle.run('rpc', ['trackerDashboard', {}]) as { ok: boolean; value: { gaps: Array<{ kind: string; numbers: string[] }> } };
    expect(dash.value.gaps).toEqual([{ kind: 'incoming', numbers: ['02-15/2'] }]);
  });

  it('refuses bad input with a clear message and registers nothing', () => {
    const host = sampleHost();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ correspondent: 'A', subject: 'x', executor: 'stranger@nowhere.kz' }, '"stranger@nowhere.kz" is not a known person'],
      [{ correspondent: '', subject: 'x' }, '“From (correspondent)” must be filled in'],
      [{ correspondent: 'A', subject: 'x', deadline: '31.02.2027' }, 'is not a date'],
    ];
    for (const [params, text] of cases) {
      const r = host.runAction('registerIncoming', params, { lang: 'en' });
      expect(r.ok).toBe(false);
      expect(r.message).toContain(text);
    }
    expect(sheet(host, 'Incoming documents')!.getLastRow()).toBe(1);
  });

  it('refuses a numbering scheme without a sequence field', () => {
    const host = sampleHost();
    const settings = sheet(host, 'Settings')!;
    const values = settings.getDataRange().getValues();
    const row = values.findIndex((r) => r[0] === 'records.incomingScheme');
    const cell = settings.getRange(row + 1, values[0].indexOf('Value') + 1);
    cell.setValue('{index}/{year}');
    // A person's edit fires the onEdit simple trigger in Sheets (the emulator's direct edits do not): it drops the
    // settings snapshot registrations read.
    host.bundle.run('onEdit', [{ authMode: 'LIMITED', range: cell, value: '{index}/{year}' }]);
    const r = host.runAction('registerIncoming', { correspondent: 'A', subject: 'x' }, { lang: 'ru' });
    expect(r.ok).toBe(false);
    expect(r.message).toContain('нет поля {seq}');
  });

  it('closes a document’s deadline control when it is executed', () => {
    const host = sampleHost();
    run(host, 'registerIncoming', { correspondent: 'A', subject: 'Late one', registeredOn: '2026-09-01', deadline: '2026-09-05', executor: 'registrar@atu.edu.kz' });
    const before = host.bundle.run('rpc', ['trackerDashboard', {}]) as { value: { documents: unknown[] } };
    expect(before.value.documents).toHaveLength(1);
    expect(run(host, 'setDocumentStatus', { kind: 'incoming', number: '02-15/1', status: 'done' }).message).toBe('Document 02-15/1: executed.');
    const after = host.bundle.run('rpc', ['trackerDashboard', {}]) as { value: { documents: unknown[] } };
    expect(after.value.documents).toHaveLength(0);
  });

  it('finds documents by correspondent and period through the search RPC', () => {
    const host = sampleHost();
    run(host, 'registerIncoming', { correspondent: 'Ministry', subject: 'Calendar', registeredOn: '2026-09-01' });
    run(host, 'registerIncoming', { correspondent: 'Akimat', subject: 'Students list', registeredOn: '2026-09-09' });
    run(host, 'registerOutgoing', { correspondent: 'Akimat', subject: 'Answer', inReplyTo: '02-15/2' });
    const found = host.bundle.run('rpc', ['searchRegister', { correspondent: 'akimat', from: '2026-09-05' }]) as { value: Array<{ number: string; kind: string }> };
    expect(found.value.map((d) => `${d.kind} ${d.number}`)).toEqual(['outgoing 02-15/1', 'incoming 02-15/2']);
  });
});

describe('reports of the office in the bundle', () => {
  it('makes the annual report with figures of the areas in use and names the areas not in use', () => {
    const host = sampleHost();
    run(host, 'registerIncoming', { correspondent: 'A', subject: 'One' });
    const r = run(host, 'reportAnnual');
    expect(r.counts.areasNotInUse).toBeGreaterThan(0);
    const doc = (host.emulator.globals().DocumentApp as GoogleAppsScript.Document.DocumentApp).openById(r.links![0].id);
    const text = doc.getBody().getText();
    expect(text).toContain('incoming documents registered');
    expect(text).toContain('students');
    expect(text).toContain('Not yet kept in this workbook');
  });

  it('uses the office’s edits of the report template on the next run', () => {
    const host = sampleHost();
    const first = run(host, 'reportAnnual');
    const drive = host.emulator.globals().DriveApp as GoogleAppsScript.Drive.DriveApp;
    const templates = drive.getFoldersByName('Templates').next();
    const template = templates.getFilesByName('Template — annual report (en)').next();
    const docs = host.emulator.globals().DocumentApp as GoogleAppsScript.Document.DocumentApp;
    const doc = docs.openById(template.getId());
    doc.getBody().appendParagraph('Approved at the meeting of the Academic Council, {{academicYear}}.');
    doc.saveAndClose();
    const second = run(host, 'reportAnnual');
    expect(second.links?.[0].id).toBe(first.links?.[0].id);
    expect(docs.openById(second.links![0].id).getBody().getText()).toContain('Approved at the meeting of the Academic Council, 2026-2027.');
  });

  it('answers an information request from a saved query, grouped by faculty', () => {
    const host = sampleHost();
    const req = sheet(host, 'Information requests')!;
    req.getRange(2, 1, 1, 6).setValues([['1', '2026-09-09', 'Vice-rector', 'Students at risk', '2026-09-15', 'GPA below 2.0 by faculty']]);
    const r = run(host, 'answerInfoRequests');
    expect(r.counts.answered).toBe(1);
    const row = req.getRange(2, 1, 1, req.getLastColumn()).getValues()[0];
    expect(row.join(' ')).toContain('answered');
  });
});
