import { describe, expect, it } from 'vitest';
import { isDate, looksLikeFormula, neutraliseText, parseIsoDate, parseNumber } from '../../src/domain/values';
import vm from 'node:vm';

describe('parseNumber', () => {
  it('reads comma and dot decimals and surrounding spaces', () => {
    expect(parseNumber('85,5')).toBe(85.5);
    expect(parseNumber(' 85.5 ')).toBe(85.5);
    expect(parseNumber(50)).toBe(50);
  });
  it('gives null for words and empty cells', () => {
    expect(parseNumber('отл')).toBeNull();
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('1,2,3')).toBeNull();
  });
});

describe('parseIsoDate', () => {
  it('reads DD.MM.YYYY, ISO and spreadsheet serial numbers', () => {
    expect(parseIsoDate('01.09.2026')).toBe('2026-09-01');
    expect(parseIsoDate('2026-9-1')).toBe('2026-09-01');
    expect(parseIsoDate(46266)).toBe('2026-09-01');
  });
  it('refuses 31 February', () => {
    expect(parseIsoDate('31.02.2026')).toBeNull();
  });
});

describe('isDate', () => {
  it('recognises a Date made in another vm realm', () => {
    const foreign = vm.runInNewContext('new Date(0)');
    expect(foreign instanceof Date).toBe(false);
    expect(isDate(foreign)).toBe(true);
  });
});

describe('neutraliseText', () => {
  it('prefixes an apostrophe to text starting with = + - @', () => {
    for (const s of ['=1+1', '+7 701', '-5', '@user']) {
      expect(looksLikeFormula(s)).toBe(true);
      expect(neutraliseText(s)).toBe(`'${s}`);
    }
    expect(neutraliseText('Ахметов')).toBe('Ахметов');
  });
});
