// Reads the Settings sheet into resolved settings (sheet values over defaults), collecting bad values as problems;
// keeps a snapshot of the sheet's values in document properties for the fast paths (form submissions, registrations).

import type { Problem } from '../domain/errors';
import { defaultSettings, findSettingDefinition, parseSettingValue, type Settings, type SettingValue } from '../domain/settings';
import type { Lang } from '../domain/types';
import type { KeyValueStore } from '../ports';
import { settingsSheet } from '../sheets/settingsSheet';
import type { TableReader } from './tables';

/** The document property holding the snapshot of the Settings sheet. */
export const SETTINGS_SNAPSHOT_KEY = 'settings.snapshot';
/** Snapshot format; a snapshot of another format is never used. */
export const SNAPSHOT_FORMAT = 1;
/**
 * A snapshot older than this is not trusted: edits that fire no onEdit (Sheets API, other scripts, imports)
 * are picked up at the latest after this long, or at the next ordinary action, whichever comes first.
 */
export const SNAPSHOT_MAX_AGE_MS = 60 * 60 * 1000;

/** What the snapshot keeps: the Settings sheet's key/value pairs as written, the office language, when and a fingerprint. */
export interface SettingsSnapshot {
  f: number;
  /** When it was taken (ms since the epoch). */
  at: number;
  /** The office language resolved when it was taken (used by triggers, which have no person's locale). */
  lang: Lang;
  /** Fingerprint of `rows` (a damaged property is never used). */
  fp: string;
  rows: Array<[string, string]>;
}

function settingsFrom(rows: ReadonlyArray<{ key: string; value: string; rowNumber: number }>, sheetName: string): { settings: Settings; problems: Problem[] } {
  const settings: Record<string, SettingValue> = { ...defaultSettings() };
  const problems: Problem[] = [];
  for (const { rowNumber, key, value } of rows) {
    const def = findSettingDefinition(key);
    if (!def) {
      problems.push({ sheet: sheetName, row: rowNumber, column: 'key', value: key, code: 'unknownSetting', params: { columnLabel: 'key' }, severity: 'warning' });
      continue;
    }
    const parsed = parseSettingValue(def, value);
    if ('error' in parsed) {
      problems.push({ sheet: sheetName, row: rowNumber, column: 'value', value, code: 'badSetting', params: { key: def.key, columnLabel: 'value' }, severity: 'error' });
    } else settings[def.key] = parsed.value;
  }
  return { settings, problems };
}

export function loadSettings(tables: TableReader): { settings: Settings; problems: Problem[]; rows: Array<[string, string]> } {
  const table = tables.read(settingsSheet);
  const rows = table.rows.map(({ rowNumber, record }) => ({ rowNumber, key: record.key, value: record.value }));
  const { settings, problems } = settingsFrom(rows, table.sheetName);
  return { settings, problems: table.exists ? [...table.problems, ...problems] : problems, rows: rows.map((r) => [r.key, r.value]) };
}

/** A short fingerprint (FNV-1a, base 36) of the rows. */
export function fingerprint(rows: ReadonlyArray<readonly [string, string]>): string {
  let h = 0x811c9dc5;
  const text = JSON.stringify(rows);
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${rows.length}.${h.toString(36)}`;
}

/** The snapshot if present, well-formed, of this format, intact and young enough; otherwise null (the caller reads the sheet). */
export function readSnapshot(store: KeyValueStore, nowMs: number): SettingsSnapshot | null {
  const text = store.get(SETTINGS_SNAPSHOT_KEY);
  if (!text) return null;
  try {
    const s = JSON.parse(text) as SettingsSnapshot;
    if (s.f !== SNAPSHOT_FORMAT || !Array.isArray(s.rows) || fingerprint(s.rows) !== s.fp) return null;
    if (!(nowMs - s.at >= 0 && nowMs - s.at <= SNAPSHOT_MAX_AGE_MS)) return null;
    return s;
  } catch {
    return null;
  }
}

/** Settings from a snapshot, resolved exactly as loadSettings resolves the sheet (problems are the ordinary actions' business). */
export function settingsFromSnapshot(snapshot: SettingsSnapshot): Settings {
  return settingsFrom(
    snapshot.rows.map(([key, value], i) => ({ key, value, rowNumber: i + 2 })),
    '',
  ).settings;
}

/**
 * Stores a snapshot of what was just read from the sheet when it differs from the stored one (or is older than
 * half its age limit): one setProperty, usually none. Values over 9 KB are not stored (the fast paths then read the sheet).
 */
export function refreshSnapshot(store: KeyValueStore, rows: Array<[string, string]>, lang: Lang, nowMs: number): boolean {
  const fp = fingerprint(rows);
  const current = readSnapshot(store, nowMs);
  if (current && current.fp === fp && current.lang === lang && nowMs - current.at < SNAPSHOT_MAX_AGE_MS / 2) return false;
  const text = JSON.stringify({ f: SNAPSHOT_FORMAT, at: nowMs, lang, fp, rows } satisfies SettingsSnapshot);
  if (text.length > 8_500) return false;
  store.set(SETTINGS_SNAPSHOT_KEY, text);
  return true;
}

/** Forgets the snapshot (after an edit of the Settings sheet): the next fast path reads the sheet. */
export function dropSnapshot(store: KeyValueStore): void {
  if (store.get(SETTINGS_SNAPSHOT_KEY) !== null) store.delete(SETTINGS_SNAPSHOT_KEY);
}

/** True for the Settings sheet's name in any language (the onEdit simple trigger's test). */
export function isSettingsSheetName(name: string): boolean {
  return [...Object.values(settingsSheet.name), settingsSheet.key].includes(name);
}
