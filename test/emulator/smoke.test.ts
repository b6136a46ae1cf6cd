import { describe, expect, it } from 'vitest';
import { createEmulator, loadBundle } from '../../local/emulator';

describe('emulator smoke', () => {
  it('runs a bundle function that writes a sheet', () => {
    const emu = createEmulator({ start: new Date('2025-09-01T04:00:00Z') });
    const bundle = loadBundle(emu, 'test/emulator/fixtures/build');
    expect(bundle.call('writeStudents', [['id', 'name'], ['S1', 'Aigerim']])).toBe(2);
    expect(emu.stats().calls['SpreadsheetApp.Range.setValues']).toBe(1);
  });
});
