// Message lookup for the three languages of the office; every user-facing string comes through t().

import type { Lang } from '../domain/types';
import { CATALOGS } from './catalog';

export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Formats the message `key` in `lang`, replacing `{name}` placeholders.
 * A key missing in `lang` falls back to English, then to the key itself (a test keeps catalogs complete).
 * @example t('en', 'problem.missingSheet', { sheet: 'Students' }) // → 'Sheet "Students" is missing'
 */
export function t(lang: Lang, key: string, params: MessageParams = {}): string {
  const template = CATALOGS[lang][key] ?? CATALOGS.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function hasMessage(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(CATALOGS.en, key);
}

export function isLang(value: unknown): value is Lang {
  return value === 'kk' || value === 'ru' || value === 'en';
}

/** Picks the office language from a Google locale such as 'ru_RU', 'kk', 'en_US'. */
export function langFromLocale(locale: string | null | undefined, fallback: Lang = 'ru'): Lang {
  const base = String(locale ?? '').toLowerCase().slice(0, 2);
  return isLang(base) ? base : fallback;
}
