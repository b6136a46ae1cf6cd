import { describe, expect, it } from 'vitest';
import { TIMEOUT_MESSAGE } from '../../local/emulator';
import { officialMethods } from '../../local/emulator/core/officialTypes';
import { START, setup } from './helpers';

describe('counting and the latency model', () => {
  it('counts each service call by service, class and method, with cells written', () => {
    const { emu, bundle } = setup();
    bundle.call('writeBatched', 100);
    const s = emu.stats();
    expect(s.calls['SpreadsheetApp.Range.setValues']).toBe(1);
    expect(s.calls['SpreadsheetApp.getActiveSheet']).toBe(1);
    expect(s.cellsWritten).toBe(100);
    expect(s.executions).toBe(1);
  });

  it('prices Google’s 100 × 100 example near 70 s cell by cell and near 1 s batched', () => {
    const one = setup({ includeCpuTime: false });
    one.bundle.call('writeGridCellByCell', 100);
    const batched = setup({ includeCpuTime: false });
    batched.bundle.call('writeGridBatched', 100);
    const slow = one.emu.stats().simulatedMs;
    const fast = batched.emu.stats().simulatedMs;
    expect(slow).toBeGreaterThan(60_000);
    expect(slow).toBeLessThan(80_000);
    expect(fast).toBeLessThan(1_500);
  });

  it('starts again from zero after resetStats', () => {
    const { emu, bundle } = setup();
    bundle.call('writeBatched', 10);
    emu.resetStats();
    expect([emu.stats().totalCalls, emu.stats().executions]).toEqual([0, 0]);
  });
});

describe('executions', () => {
  it('stops an execution after 6 simulated minutes with Apps Script’s message', () => {
    const { emu, bundle } = setup({ includeCpuTime: false });
    expect(() => bundle.call('busyLoop', 10 * 60_000)).toThrow(TIMEOUT_MESSAGE);
    expect(emu.stats().byExecution[0].error).toBe(TIMEOUT_MESSAGE);
  });

  it('gives the bundle a Date that follows the simulated clock', () => {
    const { emu, bundle } = setup({ includeCpuTime: false });
    emu.advance(3600_000);
    expect(bundle.call('nowInBundle')).toBe(START.getTime() + 3600_000);
  });

  it('hands Dates built in the bundle’s realm, so instanceof Date holds inside', () => {
    const { g, bundle } = setup();
    g.SpreadsheetApp.getActiveSheet().getRange('A1').setValue(new Date('2025-05-05T05:05:05Z'));
    expect(bundle.call('readFirstCell')).toEqual({ isDate: true, iso: '2025-05-05T05:05:05.000Z' });
  });

  it('hands arrays built in the bundle’s realm', () => {
    const { bundle } = setup();
    expect(bundle.call('arrayCheck')).toBe(true);
  });

  it('reports a missing global as Apps Script does', () => {
    const { bundle } = setup();
    expect(() => bundle.call('noSuchFunction')).toThrow('Script function not found: noSuchFunction');
  });

  it('lists the bundle’s top-level functions', () => {
    const { bundle } = setup();
    expect(bundle.globals()).toContain('onOpen');
    expect(bundle.globals()).not.toContain('SpreadsheetApp');
  });
});

describe('AuthMode.NONE', () => {
  it('lets onOpen build the menu before the add-on is enabled in the file', () => {
    const { emu } = setup();
    expect(emu.open()).toBe('NONE');
    expect(emu.ui.menus.length).toBe(1);
  });

  it('refuses property reads in NONE mode', () => {
    const { emu } = setup();
    expect(() => emu.open({ fn: 'onOpenReadingProperties' })).toThrow('You do not have permission to call PropertiesService.getDocumentProperties. Required permissions: https://www.googleapis.com/auth/script.storage');
  });

  it('refuses sheet reads in NONE mode and allows them after install', () => {
    const { emu } = setup();
    expect(() => emu.run('readFirstCell', [], { authMode: 'NONE' })).toThrow(/You do not have permission to call SpreadsheetApp.getActiveSheet/);
    emu.install({ fn: 'onOpen' });
    expect(emu.open()).toBe('LIMITED');
  });
});

describe('methods the emulator does not implement', () => {
  it('throw "Not emulated" instead of returning undefined', () => {
    const { bundle } = setup();
    expect(() => bundle.call('callMissing')).toThrow('Not emulated: Spreadsheet.getBandings');
  });

  it('are never confused with names that are not Apps Script methods', () => {
    const { g } = setup();
    expect((g.SpreadsheetApp.getActive() as unknown as Record<string, unknown>).noSuchThing).toBeUndefined();
  });

  it('every emulated public method is a real method of the official type', async () => {
    const official = officialMethods();
    const modules = [
      await import('../../local/emulator/spreadsheet/spreadsheet'),
      await import('../../local/emulator/spreadsheet/validation'),
      await import('../../local/emulator/spreadsheet/spreadsheetApp'),
      await import('../../local/emulator/services/properties'),
      await import('../../local/emulator/services/cache'),
      await import('../../local/emulator/services/lock'),
      await import('../../local/emulator/services/script'),
      await import('../../local/emulator/services/session'),
      await import('../../local/emulator/services/html'),
      await import('../../local/emulator/services/ui'),
      await import('../../local/emulator/services/drive'),
      await import('../../local/emulator/services/utilities'),
      await import('../../local/emulator/services/forms'),
      await import('../../local/emulator/services/document'),
      await import('../../local/emulator/services/mail'),
      await import('../../local/emulator/services/charts'),
    ];
    const unknown: string[] = [];
    for (const mod of modules) {
      for (const cls of Object.values(mod)) {
        const gasType = (cls as { gasType?: string }).gasType;
        if (typeof cls !== 'function' || !gasType) continue;
        const methods = official.get(gasType);
        if (!methods) {
          if (!gasType.startsWith('console.')) unknown.push(`${gasType} (no such type)`);
          continue;
        }
        let proto = (cls as { prototype: object }).prototype;
        while (proto && proto !== Object.prototype) {
          for (const name of Object.getOwnPropertyNames(proto)) {
            if (name === 'constructor' || name.startsWith('_') || name === 'toString') continue;
            if (!methods.has(name)) unknown.push(`${gasType}.${name}`);
          }
          proto = Object.getPrototypeOf(proto);
        }
      }
    }
    expect(unknown).toEqual([]);
  });
});
