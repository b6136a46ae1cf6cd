// Settings: one row per rule of DOMAIN.md (key, value, default, meaning, source); the office edits the value.

import { defineSheet } from './schema';
import { SETTING_GROUP_OPTIONS } from './options';

export interface SettingRow {
  key: string;
  group: string;
  value: string;
  defaultValue: string;
  label: string;
  source: string;
}

export const settingsSheet = defineSheet<SettingRow>({
  key: 'settings',
  version: 1,
  name: { en: 'Settings', ru: 'Настройки', kk: 'Баптаулар' },
  columns: [
    { key: 'key', header: { en: 'Key', ru: 'Ключ', kk: 'Кілт' }, type: 'text', required: true, unique: true, width: 230 },
    { key: 'group', header: { en: 'Group', ru: 'Группа', kk: 'Топ' }, type: 'enum', options: SETTING_GROUP_OPTIONS, width: 150 },
    { key: 'value', header: { en: 'Value', ru: 'Значение', kk: 'Мәні' }, type: 'text', width: 160 },
    { key: 'defaultValue', header: { en: 'Default', ru: 'По умолчанию', kk: 'Әдепкі' }, type: 'text', width: 120 },
    { key: 'label', header: { en: 'Meaning', ru: 'Описание', kk: 'Сипаттама' }, type: 'text', width: 380 },
    { key: 'source', header: { en: 'Source', ru: 'Источник', kk: 'Дереккөз' }, type: 'text', width: 320 },
  ],
});
