// Helpers for cell values that work in every realm (Apps Script, a Node vm context, plain Node).

/** True for a Date from any realm (instanceof fails across vm contexts). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]' && !Number.isNaN((value as Date).getTime());
}

/** ISO date (YYYY-MM-DD) of a Date, by its calendar fields in the given UTC offset (minutes). */
export function isoDate(date: Date, utcOffsetMinutes = 0): string {
  const shifted = new Date(date.getTime() + utcOffsetMinutes * 60_000);
  return shifted.toISOString().slice(0, 10);
}

/**
 * Neutralises text a user typed so a spreadsheet stores it as text, never as a formula.
 * @example neutraliseText('=HYPERLINK("x")') // → "'=HYPERLINK(\"x\")"
 * @example neutraliseText('Ахметов') // → 'Ахметов'
 */
export function neutraliseText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

/** True when the text would be read by a spreadsheet as a formula. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}

/**
 * Cell value → trimmed text ('' for empty). Dates become ISO dates. The apostrophe that neutraliseText put
 * before a formula-like text is dropped again (a plain-text cell keeps it; a general cell hides it).
 * @example cellText("'=1+1") // → '=1+1'
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isDate(value)) return isoDate(value, 5 * 60);
  const text = String(value).trim();
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

/**
 * Parses a number typed in any of the office's locales: '85,5', ' 85.5 ', 85.5.
 * @example parseNumber('85,5') // → 85.5
 * @example parseNumber('отл') // → null
 */
export function parseNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean' || value === null || value === undefined) return null;
  const text = String(value).trim().replace(/\u00a0/g, '').replace(/\s+/g, '');
  if (text === '') return null;
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(text)) return null;
  const n = Number(text.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/**
 * Parses a date cell: a Date, an ISO date 'YYYY-MM-DD', or 'DD.MM.YYYY' as typed in kk/ru locales.
 * Returns the ISO date string, or null.
 * @example parseIsoDate('01.09.2026') // → '2026-09-01'
 */
export function parseIsoDate(value: unknown): string | null {
  if (isDate(value)) return isoDate(value, 5 * 60);
  if (typeof value === 'number' && value > 20000 && value < 80000) {
    // A spreadsheet serial day number (days since 1899-12-30).
    return new Date(Date.UTC(1899, 11, 30) + Math.round(value) * 86_400_000).toISOString().slice(0, 10);
  }
  const text = String(value ?? '').trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  if (m) return validDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

function validDate(y: number, mo: number, d: number): string | null {
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}
