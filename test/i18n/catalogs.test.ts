import { describe, expect, it } from 'vitest';
import { AREA_CATALOGS, CATALOGS } from '../../src/i18n/catalog';
import { langFromLocale, t } from '../../src/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it('have every key in Kazakh, Russian and English', () => {
    for (const area of AREA_CATALOGS) {
      const en = Object.keys(area.en).sort();
      expect(Object.keys(area.ru).sort()).toEqual(en);
      expect(Object.keys(area.kk).sort()).toEqual(en);
    }
  });

  it('use the same placeholders in every language', () => {
    for (const key of Object.keys(CATALOGS.en)) {
      expect([key, placeholders(CATALOGS.ru[key])]).toEqual([key, placeholders(CATALOGS.en[key])]);
      expect([key, placeholders(CATALOGS.kk[key])]).toEqual([key, placeholders(CATALOGS.en[key])]);
    }
  });

  it('have no empty message', () => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      for (const [key, value] of Object.entries(CATALOGS[lang])) expect([key, value.trim().length > 0]).toEqual([key, true]);
    }
  });
});

describe('t', () => {
  it('fills placeholders', () => {
    expect(t('en', 'problem.required', { sheet: 'Students', row: 5, column: 'Email' })).toBe('Sheet "Students", row 5, column "Email": a value is required.');
  });
  it('chooses the office language from a Google locale', () => {
    expect(langFromLocale('kk_KZ')).toBe('kk');
    expect(langFromLocale('en_US')).toBe('en');
    expect(langFromLocale('de_DE')).toBe('ru');
  });
});
