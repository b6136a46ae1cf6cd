// The settings snapshot the fast paths read: used only when intact, of this format and young; refreshed only when it differs.

import { describe, expect, it } from 'vitest';
import { dropSnapshot, fingerprint, isSettingsSheetName, readSnapshot, refreshSnapshot, SETTINGS_SNAPSHOT_KEY, settingsFromSnapshot, SNAPSHOT_MAX_AGE_MS } from '../../src/actions/settingsLoader';
import { textSetting } from '../../src/domain/settings';
import type { KeyValueStore } from '../../src/ports';

function store(): KeyValueStore & { writes: number; map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    writes: 0,
    get: (k) => map.get(k) ?? null,
    set(k, v) {
      this.writes++;
      map.set(k, v);
    },
    delete: (k) => void map.delete(k),
    keys: () => [...map.keys()],
  };
}

const ROWS: Array<[string, string]> = [
  ['registration.policy', 'live'],
  ['records.nomenclatureIndex', '07-01'],
];
const T0 = Date.UTC(2027, 3, 1, 4);

describe('the settings snapshot', () => {
  it('stores what the sheet says and gives the same settings back', () => {
    const s = store();
    expect(refreshSnapshot(s, ROWS, 'kk', T0)).toBe(true);
    const snap = readSnapshot(s, T0 + 1000);
    expect(snap?.lang).toBe('kk');
    const settings = settingsFromSnapshot(snap!);
    expect(textSetting(settings, 'registration.policy')).toBe('live');
    expect(textSetting(settings, 'records.nomenclatureIndex')).toBe('07-01');
  });

  it('writes nothing when the sheet has not changed, and writes when a value changed', () => {
    const s = store();
    refreshSnapshot(s, ROWS, 'ru', T0);
    expect(refreshSnapshot(s, ROWS, 'ru', T0 + 60_000)).toBe(false);
    expect(s.writes).toBe(1);
    expect(refreshSnapshot(s, [ROWS[0], ['records.nomenclatureIndex', '02-15']], 'ru', T0 + 60_000)).toBe(true);
    expect(textSetting(settingsFromSnapshot(readSnapshot(s, T0 + 60_001)!), 'records.nomenclatureIndex')).toBe('02-15');
  });

  it('is never used when older than its age limit, damaged, of another format, or dropped', () => {
    const s = store();
    refreshSnapshot(s, ROWS, 'ru', T0);
    expect(readSnapshot(s, T0 + SNAPSHOT_MAX_AGE_MS + 1)).toBeNull();
    expect(readSnapshot(s, T0 - 1)).toBeNull();
    const stored = JSON.parse(s.map.get(SETTINGS_SNAPSHOT_KEY)!);
    s.map.set(SETTINGS_SNAPSHOT_KEY, JSON.stringify({ ...stored, rows: [['registration.policy', 'batch']] }));
    expect(readSnapshot(s, T0 + 1)).toBeNull();
    s.map.set(SETTINGS_SNAPSHOT_KEY, JSON.stringify({ ...stored, f: 99 }));
    expect(readSnapshot(s, T0 + 1)).toBeNull();
    s.map.set(SETTINGS_SNAPSHOT_KEY, '{not json');
    expect(readSnapshot(s, T0 + 1)).toBeNull();
    refreshSnapshot(s, ROWS, 'ru', T0);
    dropSnapshot(s);
    expect(readSnapshot(s, T0 + 1)).toBeNull();
  });

  it('fingerprints differ for different rows and the Settings sheet is known by its name in every language', () => {
    expect(fingerprint(ROWS)).not.toBe(fingerprint([ROWS[1], ROWS[0]]));
    expect(['Settings', 'Настройки', 'Баптаулар'].every(isSettingsSheetName)).toBe(true);
    expect(isSettingsSheetName('Students')).toBe(false);
  });
});
