// Registration numbers under concurrency (the document lock in the emulator) and the service calls one registration costs.

import { describe, expect, it } from 'vitest';
import type { Host } from '../../local/cli/host';
import { mustRun as run, registersHost } from './trackerHost';

const numbers = (host: Host) =>
  (host.emulator.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive().getSheetByName('Incoming documents')!.getDataRange().getValues().slice(1).map((r) => r[0]);

describe('registration numbers under concurrency', () => {
  it('waits for another execution holding the document lock, then takes the next number', () => {
    const host = registersHost({ workPlan: true });
    run(host, 'registerIncoming', { correspondent: 'A', subject: 'first' });
    const before = host.emulator.nowMs();
    host.emulator.holdLockElsewhere('document', new Date(before + 10_000), 'a colleague registering');
    const r = run(host, 'registerIncoming', { correspondent: 'B', subject: 'second' });
    expect(r.data?.number).toBe('02-15/2');
    expect(host.emulator.nowMs() - before).toBeGreaterThanOrEqual(10_000);
    expect(numbers(host)).toEqual(['02-15/1', '02-15/2']);
  });

  it('gives up with a clear message when the lock stays busy, taking no number and writing nothing', () => {
    const host = registersHost({ workPlan: true });
    run(host, 'registerIncoming', { correspondent: 'A', subject: 'first' });
    host.emulator.holdLockElsewhere('document', new Date(host.emulator.nowMs() + 120_000));
    const r = host.runAction('registerIncoming', { correspondent: 'B', subject: 'second' }, { lang: 'en' });
    expect(r.ok).toBe(false);
    expect(r.message).toContain('Another person is changing the workbook');
    host.emulator.advance(130_000);
    expect(run(host, 'registerIncoming', { correspondent: 'C', subject: 'third' }).data?.number).toBe('02-15/2');
    expect(numbers(host)).toEqual(['02-15/1', '02-15/2']);
  });

  it('gives distinct, consecutive numbers to many registrations by different people and reads and writes only under the lock', () => {
    const host = registersHost({ workPlan: true });
    const users = ['registrar@atu.edu.kz', 'clerk1@atu.edu.kz', 'clerk2@atu.edu.kz'];
    const got: string[] = [];
    for (let i = 0; i < 12; i++) {
      const r = host.runAction('registerIncoming', { correspondent: `C${i}`, subject: `S${i}` }, { lang: 'en', user: users[i % 3] });
      expect(r.ok).toBe(true);
      got.push(String(r.data?.number));
    }
    expect(new Set(got).size).toBe(12);
    expect(got.at(-1)).toBe('02-15/12');
    expect(host.emulator.lockViolations).toEqual([]);
  });

  it('restarts numbering on 1 January and keeps last year’s counter', () => {
    const host = registersHost({ workPlan: true });
    run(host, 'registerIncoming', { correspondent: 'A', subject: 'x', registeredOn: '2026-12-30' });
    run(host, 'registerIncoming', { correspondent: 'A', subject: 'y', registeredOn: '2027-01-02' });
    run(host, 'registerIncoming', { correspondent: 'A', subject: 'z', registeredOn: '2026-12-31' });
    expect(numbers(host)).toEqual(['02-15/1', '02-15/1', '02-15/2']);
  });
});

describe('the cost of one registration', () => {
  it('takes at most 10 service calls: lock, document properties (settings snapshot, counter), the user, one appendRow', () => {
    const host = registersHost({ workPlan: true });
    run(host, 'registerIncoming', { correspondent: 'A', subject: 'warm-up' });
    host.emulator.resetStats();
    const r = run(host, 'registerIncoming', { correspondent: 'B', subject: 'measured', executor: 'registrar@atu.edu.kz', deadline: '2026-09-20' });
    expect(r.data?.number).toBe('02-15/2');
    const stats = host.emulator.stats();
    const calls = stats.calls;
    const count = (re: RegExp) => Object.entries(calls).filter(([k]) => re.test(k)).reduce((s, [, n]) => s + n, 0);
    expect(stats.totalCalls).toBeLessThanOrEqual(10);
    expect(stats.simulatedMs).toBeLessThan(1000);
    // No register, settings or run-log read; one appended row; no flush (the counter lives in document properties).
    expect(count(/getValues$/)).toBe(0);
    expect(count(/Sheet\.appendRow$/)).toBe(1);
    expect(count(/setValues$/)).toBe(0);
    expect(count(/SpreadsheetApp\.flush$/)).toBe(0);
    expect(count(/^LockService\.Lock\.tryLock$/)).toBe(1);
    expect(count(/^PropertiesService\.Properties\./)).toBe(2);
    expect(numbers(host)).toEqual(['02-15/1', '02-15/2']);
  });

  it('reads the Settings sheet when the snapshot was dropped by an edit (onEdit), then is back to the fast path', () => {
    const host = registersHost({ workPlan: true });
    run(host, 'registerIncoming', { correspondent: 'A', subject: 'warm-up' });
    const ss = (host.emulator.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive();
    const settings = ss.getSheetByName('Settings')!;
    const values = settings.getDataRange().getValues();
    const row = values.findIndex((r) => r[0] === 'records.nomenclatureIndex');
    const cell = settings.getRange(row + 1, values[0].indexOf('Value') + 1);
    cell.setValue('07-01');
    host.bundle.run('onEdit', [{ authMode: 'LIMITED', range: cell, source: ss, value: '07-01' }]);
    host.emulator.resetStats();
    expect(run(host, 'registerIncoming', { correspondent: 'B', subject: 'after the edit' }).data?.number).toBe('07-01/2');
    const slow = host.emulator.stats().totalCalls;
    host.emulator.resetStats();
    expect(run(host, 'registerIncoming', { correspondent: 'C', subject: 'fast again' }).data?.number).toBe('07-01/3');
    expect(host.emulator.stats().totalCalls).toBeLessThanOrEqual(10);
    expect(slow).toBeGreaterThan(10);
  });

  it('still gives the tracker its evidence for items 23 and 24 from the register rows (no run-log row)', () => {
    const host = registersHost({ workPlan: true });
    run(host, 'registerIncoming', { correspondent: 'A', subject: 'evidence', registeredOn: '2026-09-15' });
    const ss = (host.emulator.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive();
    const log = ss.getSheetByName('Run log');
    expect((log?.getDataRange().getValues() ?? []).some((r) => r.includes('registerIncoming'))).toBe(false);
    run(host, 'refreshPlanTracker');
    const tracker = ss.getSheetByName('Plan tracker')!.getDataRange().getValues();
    const header = tracker[0];
    expect(tracker.find((x) => x[0] === '23')![header.indexOf('Status')]).not.toBe('not started');
  });
});
