import { describe, expect, it } from 'vitest';
import { setup } from './helpers';

describe('lock discipline checker', () => {
  it('records sheet writes made without the document lock', () => {
    const { emu, bundle } = setup();
    emu.checkLockDiscipline = true;
    bundle.call('unlockedAppend', ['x']);
    expect(emu.lockViolations.map((v) => [v.execution, v.call])).toEqual([['unlockedAppend', 'SpreadsheetApp.Sheet.appendRow']]);
  });

  it('finds no violation when 500 submissions each append under the document lock', () => {
    const { emu, bundle, g } = setup();
    emu.checkLockDiscipline = true;
    for (let i = 0; i < 500; i++) bundle.call('lockedAppend', [`s${i}@x.edu`, i]);
    expect(emu.lockViolations).toEqual([]);
    expect(g.SpreadsheetApp.getActive().getSheets()[0].getLastRow()).toBe(500);
    expect(emu.stats().executions).toBe(500);
  });
});
