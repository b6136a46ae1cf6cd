// How Sheets turns what a script writes into cell contents (numbers, booleans, dates, formulas),
// evaluates trivial formulas, and shows values through a number format.
import { formatSimpleDate, zonedToInstant } from '../core/dates';
import { isDate } from '../core/gas';
import { lettersToColumn } from './a1';

export type CellValue = string | number | boolean | Date;

export interface Written {
  value: CellValue | undefined;
  formula?: string;
}

export interface ParseContext {
  timeZone: string;
  locale: string;
  numberFormat?: string;
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const DOT_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * What a cell holds after `setValue(v)`: Sheets parses strings like user input (USER_ENTERED):
 * "42" → 42, "00123" → 123, "TRUE" → true, "2025-01-31" → a Date, "=A1" → a formula, "'=A1" → the
 * text "=A1". A string starting with "+" or "-" that is not a number is parsed as a formula too,
 * which fails (#ERROR!). Cells formatted as plain text ("@") keep strings as they are.
 */
export function parseWritten(v: unknown, ctx: ParseContext): Written {
  if (v === null || v === undefined || v === '') return { value: undefined };
  if (typeof v === 'number') return { value: Number.isFinite(v) ? v : '#NUM!' };
  if (typeof v === 'boolean') return { value: v };
  if (isDate(v)) return { value: new Date((v as Date).getTime()) };
  const s = typeof v === 'string' ? v : String(v);
  if (ctx.numberFormat === '@') return { value: s };
  if (s.startsWith("'")) return { value: s.slice(1) === '' ? undefined : s.slice(1) };
  if (s.startsWith('=') && s.length > 1) return { value: undefined, formula: s };
  const trimmed = s.trim();
  if (NUMBER.test(trimmed)) return { value: Number(trimmed) };
  if (GROUPED.test(trimmed) && ctx.locale.startsWith('en')) return { value: Number(trimmed.replace(/,/g, '')) };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true' };
  const date = parseDate(trimmed, ctx);
  if (date) return { value: date };
  if ((s.startsWith('+') || s.startsWith('-')) && s.length > 1) return { value: undefined, formula: `=${s}` };
  return { value: s };
}

function parseDate(s: string, ctx: ParseContext): Date | undefined {
  let m = ISO_DATE.exec(s);
  let y: number, mo: number, d: number;
  if (m) {
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = DOT_DATE.exec(s)) && !ctx.locale.startsWith('en_US')) {
    [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = SLASH_DATE.exec(s))) {
    if (ctx.locale.startsWith('en_US')) [mo, d, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    else [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else return undefined;
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  // Sheets keeps an impossible date such as 31.02.2027 as text rather than rolling it into March.
  if (new Date(Date.UTC(y, mo - 1, d)).getUTCDate() !== d) return undefined;
  return zonedToInstant(y, mo, d, Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), 0, ctx.timeZone);
}

// ---------------------------------------------------------------------------------------------
// Trivial formulas: literals, references, + - * / &, comparison-free; HYPERLINK, SUM, CONCATENATE,
// UPPER, LOWER, LEN. Anything else evaluates to '' (not computed); syntax errors to '#ERROR!'.

export type Lookup = (sheetName: string | undefined, row: number, col: number) => CellValue | undefined;
type Val = CellValue | undefined | Val[];

class Parser {
  private i = 0;
  nameError = false;
  constructor(private readonly s: string, private readonly lookup: Lookup) {}

  parse(): Val {
    const v = this.expr();
    this.ws();
    if (this.i < this.s.length) throw new SyntaxError('trailing');
    return v;
  }
  private ws() {
    while (this.s[this.i] === ' ') this.i++;
  }
  private expr(): Val {
    let left = this.term();
    for (;;) {
      this.ws();
      const op = this.s[this.i];
      if (op !== '+' && op !== '-' && op !== '&') return left;
      this.i++;
      const right = this.term();
      if (op === '&') left = text(left) + text(right);
      else left = op === '+' ? num(left) + num(right) : num(left) - num(right);
    }
  }
  private term(): Val {
    let left = this.unary();
    for (;;) {
      this.ws();
      const op = this.s[this.i];
      if (op !== '*' && op !== '/') return left;
      this.i++;
      const right = this.unary();
      if (op === '/' && num(right) === 0) throw new RangeError('#DIV/0!');
      left = op === '*' ? num(left) * num(right) : num(left) / num(right);
    }
  }
  private unary(): Val {
    this.ws();
    if (this.s[this.i] === '-') {
      this.i++;
      return -num(this.unary());
    }
    if (this.s[this.i] === '+') {
      this.i++;
      return this.unary();
    }
    return this.atom();
  }
  private atom(): Val {
    this.ws();
    const rest = this.s.slice(this.i);
    if (rest.startsWith('(')) {
      this.i++;
      const v = this.expr();
      this.ws();
      if (this.s[this.i++] !== ')') throw new SyntaxError(')');
      return v;
    }
    if (rest.startsWith('"')) {
      let j = this.i + 1;
      let out = '';
      for (;;) {
        if (j >= this.s.length) throw new SyntaxError('string');
        if (this.s[j] === '"') {
          if (this.s[j + 1] === '"') {
            out += '"';
            j += 2;
            continue;
          }
          break;
        }
        out += this.s[j++];
      }
      this.i = j + 1;
      return out;
    }
    const n = /^\d+(\.\d+)?/.exec(rest);
    if (n) {
      this.i += n[0].length;
      return Number(n[0]);
    }
    const ref = /^(?:('(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?(?![\w(])/.exec(rest);
    if (ref) {
      this.i += ref[0].length;
      const sheet = ref[1]?.replace(/^'|'$/g, '').replace(/''/g, "'");
      const r1 = Number(ref[3]);
      const c1 = lettersToColumn(ref[2]);
      if (!ref[4]) return this.lookup(sheet, r1, c1) ?? '';
      const r2 = Number(ref[5]);
      const c2 = lettersToColumn(ref[4]);
      const out: Val[] = [];
      for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++) for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) out.push(this.lookup(sheet, r, c));
      return out;
    }
    const fn = /^([A-Za-z][\w.]*)\s*\(/.exec(rest);
    if (fn) {
      this.i += fn[0].length;
      const args: Val[] = [];
      this.ws();
      if (this.s[this.i] === ')') this.i++;
      else {
        for (;;) {
          args.push(this.expr());
          this.ws();
          const c = this.s[this.i++];
          if (c === ')') break;
          if (c !== ',' && c !== ';') throw new SyntaxError(',');
        }
      }
      return callFunction(fn[1].toUpperCase(), args);
    }
    const name = /^[A-Za-z_][\w.]*/.exec(rest);
    if (name) {
      this.i += name[0].length;
      const up = name[0].toUpperCase();
      if (up === 'TRUE' || up === 'FALSE') return up === 'TRUE';
      this.nameError = true;
      return 0;
    }
    throw new SyntaxError('atom');
  }
}

class NotComputed extends Error {}

function flat(args: Val[]): (CellValue | undefined)[] {
  const out: (CellValue | undefined)[] = [];
  for (const a of args) if (Array.isArray(a)) out.push(...flat(a)); else out.push(a);
  return out;
}

function callFunction(name: string, args: Val[]): Val {
  switch (name) {
    case 'HYPERLINK':
      return text(args[1] ?? args[0]);
    case 'SUM':
      return flat(args).reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);
    case 'CONCATENATE':
      return flat(args).map(text).join('');
    case 'UPPER':
      return text(args[0]).toUpperCase();
    case 'LOWER':
      return text(args[0]).toLowerCase();
    case 'LEN':
      return text(args[0]).length;
    default:
      throw new NotComputed(name);
  }
}

function num(v: Val): number {
  if (Array.isArray(v)) throw new RangeError('#VALUE!');
  if (v === undefined || v === '') return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (isDate(v)) return (v.getTime() - Date.UTC(1899, 11, 30)) / 86400000;
  const n = Number(v);
  if (Number.isNaN(n)) throw new RangeError('#VALUE!');
  return n;
}

function text(v: Val): string {
  if (Array.isArray(v)) throw new RangeError('#VALUE!');
  if (v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** The value `getValues` shows for a formula. */
export function evaluateFormula(formula: string, lookup: Lookup): CellValue {
  try {
    const parser = new Parser(formula.slice(1), lookup);
    const v = parser.parse();
    if (parser.nameError) return '#NAME?';
    if (Array.isArray(v)) return flat(v)[0] ?? '';
    return v ?? '';
  } catch (e) {
    if (e instanceof NotComputed) return '';
    if (e instanceof RangeError) return e.message;
    return '#ERROR!';
  }
}

// ---------------------------------------------------------------------------------------------
// Display values.

export const DEFAULT_NUMBER_FORMAT = '0.###############';

function defaultDatePattern(locale: string, withTime: boolean): string {
  const base = locale.startsWith('en_US') ? 'M/d/yyyy' : locale.startsWith('en') ? 'dd/MM/yyyy' : /^(ru|kk|de|uk|be)/.test(locale) ? 'dd.MM.yyyy' : 'yyyy-MM-dd';
  return withTime ? `${base} H:mm:ss` : base;
}

/** Converts a Sheets date format ("dd.mm.yyyy hh:mm") to a SimpleDateFormat pattern. */
export function sheetsDatePatternToJava(format: string): string {
  const tokens = format.match(/"[^"]*"|\\.|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p|[^ymdhsa"\\]+|./gi) ?? [];
  let out = '';
  const hasAmPm = /am\/pm|a\/p/i.test(format);
  tokens.forEach((t, idx) => {
    const lower = t.toLowerCase();
    const prev = tokens.slice(0, idx).reverse().find((x) => /^[ymdhs]/i.test(x))?.toLowerCase() ?? '';
    const next = tokens.slice(idx + 1).find((x) => /^[ymdhs]/i.test(x))?.toLowerCase() ?? '';
    if (lower === 'yyyy') out += 'yyyy';
    else if (lower === 'yy') out += 'yy';
    else if (lower === 'mmmm') out += 'MMMM';
    else if (lower === 'mmm') out += 'MMM';
    else if (lower === 'mm' || lower === 'm') out += prev.startsWith('h') || next.startsWith('s') ? (lower === 'mm' ? 'mm' : 'm') : lower === 'mm' ? 'MM' : 'M';
    else if (lower === 'dddd') out += 'EEEE';
    else if (lower === 'ddd') out += 'EEE';
    else if (lower === 'dd' || lower === 'd') out += lower;
    else if (lower === 'hh' || lower === 'h') out += hasAmPm ? (lower === 'hh' ? 'hh' : 'h') : lower === 'hh' ? 'HH' : 'H';
    else if (lower === 'ss' || lower === 's') out += lower;
    else if (lower === 'am/pm' || lower === 'a/p') out += 'a';
    else if (t.startsWith('"')) out += `'${t.slice(1, -1).replace(/'/g, "''")}'`;
    else if (t.startsWith('\\')) out += t.slice(1);
    else out += /[A-Za-z]/.test(t) ? `'${t}'` : t;
  });
  return out;
}

function formatNumber(n: number, format: string): string {
  const section = format.split(';')[0];
  const percent = section.includes('%');
  const v = percent ? n * 100 : n;
  const m = /([#0,]*)(?:\.([0#]+))?/.exec(section.replace(/[^#0,.]/g, '')) ?? ['', '', ''];
  const intPart = m[1] ?? '';
  const decPart = m[2] ?? '';
  const minDec = (decPart.match(/0/g) ?? []).length;
  const maxDec = decPart.length;
  let s = v.toFixed(maxDec);
  if (maxDec > minDec) s = s.replace(new RegExp(`0{1,${maxDec - minDec}}$`), '').replace(/\.$/, '');
  if (intPart.includes(',')) {
    const [i, d] = s.split('.');
    s = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (d !== undefined ? `.${d}` : '');
  }
  const prefix = section.match(/^[^#0,.%]*/)?.[0]?.replace(/"/g, '') ?? '';
  return `${prefix}${s}${percent ? '%' : ''}`;
}

const DATEISH = /[yd]|mmm|hh?:mm|[hs]/i;

/** What the cell shows (getDisplayValue), simplified: number formats and date formats. */
export function displayValue(v: CellValue | undefined, format: string | undefined, tz: string, locale: string): string {
  if (v === undefined || v === '') return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  if (isDate(v)) {
    if (format && format !== DEFAULT_NUMBER_FORMAT && DATEISH.test(format) && !/^[#0,.%]+$/.test(format)) return formatSimpleDate(v, tz, sheetsDatePatternToJava(format));
    const withTime = formatSimpleDate(v, tz, 'HH:mm:ss') !== '00:00:00';
    return formatSimpleDate(v, tz, defaultDatePattern(locale, withTime));
  }
  if (!format || format === DEFAULT_NUMBER_FORMAT || format === 'General' || format === '@') {
    return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(15)));
  }
  if (DATEISH.test(format) && !/^[#0,.%"\s\w]*$/.test(format.replace(/[yd]/gi, ''))) {
    const asDate = new Date(Date.UTC(1899, 11, 30) + v * 86400000);
    return formatSimpleDate(asDate, 'UTC', sheetsDatePatternToJava(format));
  }
  return formatNumber(v, format);
}
