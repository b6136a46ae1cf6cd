import { describe, expect, it } from 'vitest';
import { START, setup } from './helpers';

describe('PropertiesService', () => {
  it('stores strings and returns null for missing keys', () => {
    const { g } = setup();
    const props = g.PropertiesService.getDocumentProperties();
    props.setProperty('count', 3 as unknown as string);
    expect([props.getProperty('count'), props.getProperty('missing')]).toEqual(['3', null]);
  });

  it('refuses a value over 9 KB', () => {
    const { g } = setup();
    expect(() => g.PropertiesService.getScriptProperties().setProperty('big', 'x'.repeat(9 * 1024))).toThrow('Argument too large: value');
  });

  it('refuses to grow a store over 500 KB', () => {
    const { g } = setup();
    const props = g.PropertiesService.getUserProperties();
    for (let i = 0; i < 63; i++) props.setProperty(`k${i}`, 'x'.repeat(8000));
    expect(() => props.setProperty('one-more', 'x'.repeat(8000))).toThrow('You have exceeded the property storage quota. Please remove some properties and try again.');
  });

  it('keeps user properties apart per user', () => {
    const { emu, g } = setup();
    g.PropertiesService.getUserProperties().setProperty('lang', 'kk');
    emu.setActiveUser('other@university.edu');
    expect(g.PropertiesService.getUserProperties().getProperty('lang')).toBeNull();
  });
});

describe('CacheService', () => {
  it('expires entries by the simulated clock', () => {
    const { emu, g } = setup();
    const cache = g.CacheService.getScriptCache();
    cache.put('k', 'v', 60);
    emu.advance(59_000);
    expect(cache.get('k')).toBe('v');
    emu.advance(2_000);
    expect(cache.get('k')).toBeNull();
  });

  it('keeps nothing longer than 6 hours', () => {
    const { emu, g } = setup();
    const cache = g.CacheService.getDocumentCache();
    cache?.put('k', 'v', 999_999);
    emu.advance(6 * 3600_000 + 1);
    expect(cache?.get('k')).toBeNull();
  });

  it('refuses a value over 100 KB', () => {
    const { g } = setup();
    expect(() => g.CacheService.getUserCache().put('k', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
  });
});

describe('LockService', () => {
  it('times out with the Apps Script message while another execution holds the lock', () => {
    const { emu, g } = setup();
    emu.holdLockElsewhere('document', new Date(START.getTime() + 60_000));
    const lock = g.LockService.getDocumentLock();
    expect(() => emu.execute('test', {}, () => lock.waitLock(10_000))).toThrow('Lock timeout: another process was holding the lock for too long.');
  });

  it('waits for a lock that is released within the timeout, spending simulated time', () => {
    const { emu, g } = setup({ includeCpuTime: false });
    emu.holdLockElsewhere('document', new Date(START.getTime() + 5_000));
    const lock = g.LockService.getDocumentLock();
    const got = emu.execute('test', {}, () => lock.tryLock(10_000));
    expect(got).toBe(true);
    expect(emu.nowMs() - START.getTime()).toBeGreaterThanOrEqual(5_000);
  });

  it('releases a lock when the execution ends', () => {
    const { emu, g } = setup();
    emu.execute('first', {}, () => g.LockService.getScriptLock().waitLock(1000));
    expect(emu.execute('second', {}, () => g.LockService.getScriptLock().tryLock(0))).toBe(true);
  });
});

describe('ScriptApp triggers for an add-on', () => {
  it('refuses a time-driven trigger more often than hourly', () => {
    const { g } = setup();
    const builder = g.ScriptApp.newTrigger('onTimer').timeBased().everyMinutes(30);
    expect(() => builder.create()).toThrow('The recurrence interval for an Add-on trigger must be at least one hour');
  });

  it('allows one trigger of each type per user and document', () => {
    const { g } = setup();
    const ss = g.SpreadsheetApp.getActive();
    g.ScriptApp.newTrigger('onSheetSubmit').forSpreadsheet(ss).onFormSubmit().create();
    expect(() => g.ScriptApp.newTrigger('other').forSpreadsheet(ss).onFormSubmit().create()).toThrow('This add-on has created too many form submit triggers in this document for this Google user account.');
    expect(g.ScriptApp.getProjectTriggers().map((t) => [t.getHandlerFunction(), t.getEventType(), t.getTriggerSourceId()])).toEqual([['onSheetSubmit', 'ON_FORM_SUBMIT', ss.getId()]]);
  });

  it('fires due time-driven triggers as executions and keeps one-off triggers listed', () => {
    const { emu, g } = setup();
    g.ScriptApp.newTrigger('onTimer').timeBased().everyHours(1).create();
    const r = emu.fireTimeTriggers(new Date(START.getTime() + 3 * 3600_000 + 60_000));
    expect([r.fired, g.PropertiesService.getScriptProperties().getProperty('ticks')]).toEqual([3, '3']);
    expect(emu.stats().byExecution.map((e) => e.fn)).toEqual(['onTimer', 'onTimer', 'onTimer']);
  });

  it('runs a one-off trigger once and leaves it in the list', () => {
    const { emu, g } = setup({ addon: false });
    g.ScriptApp.newTrigger('onTimer').timeBased().after(60_000).create();
    emu.fireTimeTriggers(new Date(START.getTime() + 10 * 60_000));
    expect([g.PropertiesService.getScriptProperties().getProperty('ticks'), g.ScriptApp.getProjectTriggers().length]).toEqual(['1', 1]);
  });
});

describe('Session and Utilities', () => {
  it('switches the active user and their locale', () => {
    const { emu, g } = setup();
    emu.setActiveUser('student@university.edu', 'kk');
    expect([g.Session.getActiveUser().getEmail(), g.Session.getActiveUserLocale()]).toEqual(['student@university.edu', 'kk']);
  });

  it('formats dates in Asia/Almaty as UTC+5', () => {
    const { g } = setup();
    expect(g.Utilities.formatDate(new Date('2025-01-01T00:00:00Z'), 'Asia/Almaty', "yyyy-MM-dd'T'HH:mm:ssXXX EEE")).toBe('2025-01-01T05:00:00+05:00 Wed');
  });

  it('sleeps on the simulated clock', () => {
    const { emu, g } = setup({ includeCpuTime: false });
    g.Utilities.sleep(5000);
    expect(emu.nowMs() - START.getTime()).toBeGreaterThanOrEqual(5000);
  });

  it('computes digests as signed Java bytes', () => {
    const { g } = setup();
    const md5 = g.Utilities.computeDigest(g.Utilities.DigestAlgorithm.MD5, 'abc');
    expect(md5.slice(0, 4)).toEqual([-112, 1, 80, -104]);
  });

  it('parses CSV with quotes', () => {
    const { g } = setup();
    expect(g.Utilities.parseCsv('a,"b,c"\n"d ""e""",f')).toEqual([['a', 'b,c'], ['d "e"', 'f']]);
  });
});

describe('Ui and HtmlService', () => {
  it('records the add-on menu tree built in onOpen', () => {
    const { emu, bundle } = setup();
    bundle.call('onOpen', { authMode: 'FULL' });
    expect(emu.ui.menus[0]).toEqual({
      name: 'Add-on',
      addon: true,
      items: [
        { caption: 'Open sidebar', functionName: 'showSidebar' },
        { caption: '', separator: true },
        { caption: 'Reports', submenu: { name: 'Reports', addon: false, items: [{ caption: 'Transcript', functionName: 'makeTranscript' }] } },
      ],
    });
  });

  it('evaluates template scriptlets, escaping <?= ?> and not <?!= ?>', () => {
    const { emu, bundle } = setup();
    bundle.call('showSidebar');
    const shown = emu.ui.shown[0];
    expect(shown.kind).toBe('sidebar');
    expect(shown.title).toBe('Registrar');
    expect(shown.html).toContain('<h1>Registrar &lt;Office&gt;</h1>');
    expect(shown.html).toContain('<style>body { font-family: sans-serif; }</style>');
    expect(shown.html).toContain('<p>Step 1</p><p>Step 2</p><p>Step 3</p>');
  });
});
