// The concurrent harness on small scripts written here: real interleaving at every service call, lock waits that
// block a worker until the holder releases, timeouts, and negative controls (racy scripts the harness must catch).

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type ConcurrentRunner, startConcurrent } from '../../local/emulator/concurrent';
import { createEmulator } from '../../local/emulator';

const SCRIPT = `
function numberLocked(user) {
  var lock = LockService.getDocumentLock();
  lock.waitLock(30000);
  try {
    var props = PropertiesService.getDocumentProperties();
    var n = Number(props.getProperty('seq') || '0') + 1;
    props.setProperty('seq', String(n));
    SpreadsheetApp.getActive().getSheets()[0].appendRow([n, user]);
    return n;
  } finally {
    lock.releaseLock();
  }
}
// Broken on purpose: the counter is read before the lock is taken.
function numberReadOutsideLock(user) {
  var props = PropertiesService.getDocumentProperties();
  var n = Number(props.getProperty('seq') || '0') + 1;
  var lock = LockService.getDocumentLock();
  lock.waitLock(30000);
  try {
    props.setProperty('seq', String(n));
    SpreadsheetApp.getActive().getSheets()[0].appendRow([n, user]);
    return n;
  } finally {
    lock.releaseLock();
  }
}
// Broken on purpose: no lock, and the next row is computed from getLastRow.
function writeNextRowUnlocked(user) {
  var sheet = SpreadsheetApp.getActive().getSheets()[0];
  var row = sheet.getLastRow() + 1;
  sheet.getRange(row, 1, 1, 2).setValues([[row, user]]);
  return row;
}
function holdLock(ms) {
  var lock = LockService.getDocumentLock();
  lock.waitLock(1000);
  PropertiesService.getDocumentProperties().setProperty('holding', '1');
  for (var i = 0; i < ms / 100; i++) Utilities.sleep(100);
  return 'held';
}
function tryWhileHeld(ms) {
  var props = PropertiesService.getDocumentProperties();
  while (props.getProperty('holding') !== '1') {}
  return LockService.getDocumentLock().tryLock(ms);
}
function types() {
  var d = new Date();
  var v = SpreadsheetApp.getActive().getSheets()[0].getRange(1, 1, 1, 2);
  v.setValues([[new Date(Date.UTC(2026, 0, 2)), 'x']]);
  var back = v.getValues()[0];
  var error = '';
  var isError = false;
  try { v.sort(1); } catch (e) { error = String(e); isError = e instanceof Error; }
  var blob = Utilities.newBlob('abc');
  var template = HtmlService.createTemplate('<?= who ?>');
  template.who = 'clerk';
  return { now: d.getTime(), isDate: back[0] instanceof Date, year: back[0].getUTCFullYear(), isArray: Array.isArray(back), enumValue: SpreadsheetApp.ProtectionType.RANGE, name: String(SpreadsheetApp.getActive().getName()), error: error, isError: isError, bytes: blob.getBytes(), base64: Utilities.base64Encode(blob.getBytes()), sameSheet: SpreadsheetApp.getActive().getSheets()[0].getName() === v.getSheet().getName(), hasGetValues: 'getValues' in v, templateVar: template.who };
}
`;

const dirs: string[] = [];
function scriptDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'concurrent-script-'));
  writeFileSync(path.join(dir, 'Code.js'), SCRIPT);
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

let runner: ConcurrentRunner | undefined;
afterEach(async () => {
  await runner?.close();
  runner = undefined;
});

async function start(options: Parameters<typeof startConcurrent>[1] = {}) {
  const emu = createEmulator({ start: new Date('2026-09-01T04:00:00Z'), owner: 'owner@x.edu' });
  runner = await startConcurrent(emu, { buildDir: scriptDir(), workers: 8, seed: 7, maxDelayMs: 2, ...options });
  return { emu, runner };
}

const users = Array.from({ length: 50 }, (_, i) => `u${i}@x.edu`);

describe('concurrent harness', () => {
  it('carries Dates, arrays, bytes, enums, handles, property sets and Apps Script errors across the thread boundary; the bundle sees the simulated clock', async () => {
    const { emu, runner } = await start({ workers: 1 });
    const r = (await runner.run('types')) as Record<string, unknown>;
    expect(r).toMatchObject({ isDate: true, year: 2026, isArray: true, enumValue: 'RANGE', name: 'Registrar', error: 'Exception: Not emulated: Range.sort', isError: true, bytes: [97, 98, 99], base64: 'YWJj', sameSheet: true, hasGetValues: true, templateVar: 'clerk' });
    expect(r.now).toBe(new Date('2026-09-01T04:00:00Z').getTime());
    expect(emu.stats().executions).toBe(1);
  });

  it('gives 50 concurrent executions distinct, consecutive numbers when the counter is read under the lock', async () => {
    const { emu, runner } = await start();
    const got = (await Promise.all(users.map((u) => runner.run('numberLocked', [u], { user: u })))) as number[];
    expect([...got].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const rows = emu.requireActive().getSheets()[0].getDataRange().getValues();
    expect(rows).toHaveLength(50);
    expect(runner.stats.maxConcurrent).toBe(8);
    expect(runner.stats.lockWaits).toBeGreaterThan(0);
    expect(runner.failures).toEqual([]);
  });

  it('catches the counter read outside the lock (duplicate numbers) — the negative control', async () => {
    const { runner } = await start();
    const got = (await Promise.all(users.map((u) => runner.run('numberReadOutsideLock', [u], { user: u })))) as number[];
    expect(new Set(got).size).toBeLessThan(50);
  });

  it('catches rows written without the lock at getLastRow()+1 (lost rows) — the negative control', async () => {
    const { emu, runner } = await start();
    await Promise.all(users.map((u) => runner.run('writeNextRowUnlocked', [u], { user: u })));
    const rows = emu.requireActive().getSheets()[0].getDataRange().getValues();
    expect(rows.length).toBeLessThan(50);
  });

  it('catches the same race when the lock service is broken (every lock granted at once)', async () => {
    const { runner } = await start({ brokenLocks: true });
    const got = (await Promise.all(users.map((u) => runner.run('numberLocked', [u], { user: u })))) as number[];
    expect(new Set(got).size).toBeLessThan(50);
    expect(runner.stats.overlappingGrants).toBeGreaterThan(0);
  });

  it('blocks a waiter until the holder ends (released with its execution) and moves its clock to the release time', async () => {
    const { emu, runner } = await start({ workers: 2, delayProbability: 0 });
    const holder = runner.run('holdLock', [20_000]);
    const waiter = runner.run('tryWhileHeld', [25_000]);
    expect(await holder).toBe('held');
    expect(await waiter).toBe(true);
    const recs = emu.stats().byExecution;
    const w = recs.find((x) => x.fn === 'tryWhileHeld');
    expect(w?.elapsedMs).toBeGreaterThanOrEqual(19_000);
    expect(runner.stats.lockWaits).toBe(1);
    expect(runner.stats.lockTimeouts).toBe(0);
  });

  it('times a waiter out when the holder keeps the lock past its deadline', async () => {
    const { emu, runner } = await start({ workers: 2, delayProbability: 0 });
    const holder = runner.run('holdLock', [20_000]);
    const waiter = runner.run('tryWhileHeld', [5_000]);
    expect(await waiter).toBe(false);
    expect(await holder).toBe('held');
    expect(runner.stats.lockTimeouts).toBe(1);
    const w = emu.stats().byExecution.find((x) => x.fn === 'tryWhileHeld');
    expect(w?.elapsedMs).toBeGreaterThanOrEqual(5_000);
    // It waited exactly its timeout (the holder kept the lock for 20 simulated seconds).
    expect(runner.stats.maxLockWaitMs).toBe(5_000);
  });
});
