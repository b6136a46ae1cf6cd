// Reads the Settings sheet into resolved settings (sheet values over defaults), collecting bad values as problems.

import type { Problem } from '../domain/errors';
import { defaultSettings, findSettingDefinition, parseSettingValue, type Settings, type SettingValue } from '../domain/settings';
import { settingsSheet } from '../sheets/settingsSheet';
import type { TableReader } from './tables';

export function loadSettings(tables: TableReader): { settings: Settings; problems: Problem[] } {
  const table = tables.read(settingsSheet);
  const settings: Record<string, SettingValue> = { ...defaultSettings() };
  const problems: Problem[] = table.exists ? [...table.problems] : [];
  for (const { rowNumber, record } of table.rows) {
    const def = findSettingDefinition(record.key);
    if (!def) {
      problems.push({ sheet: table.sheetName, row: rowNumber, column: 'key', value: record.key, code: 'unknownSetting', params: { columnLabel: 'key' }, severity: 'warning' });
      continue;
    }
    const parsed = parseSettingValue(def, record.value);
    if ('error' in parsed) {
      problems.push({ sheet: table.sheetName, row: rowNumber, column: 'value', value: record.value, code: 'badSetting', params: { key: def.key, columnLabel: 'value' }, severity: 'error' });
    } else settings[def.key] = parsed.value;
  }
  return { settings, problems };
}
