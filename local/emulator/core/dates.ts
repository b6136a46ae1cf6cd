// Time zones and java.text.SimpleDateFormat patterns, as Utilities.formatDate and Sheets use them.
// Time zones come from Node's ICU data (tz 2025c: Asia/Almaty is UTC+5 since 2024-03-01).

export interface ZonedParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 1 = Monday ... 7 = Sunday
  offsetMinutes: number;
}

const FIXED = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i;
const formatters = new Map<string, Intl.DateTimeFormat>();

function fixedOffset(tz: string): number | undefined {
  const m = FIXED.exec(tz.trim());
  if (!m) return undefined;
  if (!m[1]) return 0;
  const mins = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -mins : mins;
}

export function offsetMinutes(date: Date, tz: string): number {
  const fixed = fixedOffset(tz);
  if (fixed !== undefined) return fixed;
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset', year: 'numeric' });
    formatters.set(tz, f);
  }
  const name = f.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(name);
  if (!m?.[1]) return 0;
  const mins = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -mins : mins;
}

export function zonedParts(date: Date, tz: string): ZonedParts {
  const off = offsetMinutes(date, tz);
  const shifted = new Date(date.getTime() + off * 60000);
  const dow = shifted.getUTCDay();
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
    weekday: dow === 0 ? 7 : dow,
    offsetMinutes: off,
  };
}

/** The instant whose wall-clock time in `tz` is the given one. */
export function zonedToInstant(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number, tz: string): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  let t = guess - offsetMinutes(new Date(guess), tz) * 60000;
  t = guess - offsetMinutes(new Date(t), tz) * 60000;
  return new Date(t);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

function offsetText(mins: number, style: 'Z' | 'X' | 'XXX' | 'z'): string {
  if (style === 'X' && mins === 0) return 'Z';
  const sign = mins < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(mins) / 60), 2);
  const m = pad(Math.abs(mins) % 60, 2);
  if (style === 'Z') return `${sign}${h}${m}`;
  if (style === 'X') return `${sign}${h}`;
  if (style === 'XXX') return mins === 0 ? 'Z' : `${sign}${h}:${m}`;
  return `GMT${sign}${h}:${m}`;
}

/**
 * Formats like java.text.SimpleDateFormat (what Utilities.formatDate documents).
 * @example formatSimpleDate(new Date('2025-01-01T00:00:00Z'), 'Asia/Almaty', 'yyyy-MM-dd HH:mm') // '2025-01-01 05:00'
 */
export function formatSimpleDate(date: Date, tz: string, pattern: string): string {
  const p = zonedParts(date, tz);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      out += pattern.slice(i + 1, end < 0 ? pattern.length : end);
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    switch (ch) {
      case 'y':
      case 'Y':
      case 'u':
        if (ch === 'u') out += String(p.weekday);
        else out += n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
        break;
      case 'M':
      case 'L':
        out += n >= 4 ? MONTHS[p.month - 1] : n === 3 ? MONTHS[p.month - 1].slice(0, 3) : pad(p.month, n);
        break;
      case 'd':
        out += pad(p.day, n);
        break;
      case 'D': {
        const start = Date.UTC(p.year, 0, 1);
        out += pad(Math.floor((Date.UTC(p.year, p.month - 1, p.day) - start) / 86400000) + 1, n);
        break;
      }
      case 'E':
        out += n >= 4 ? DAYS[p.weekday - 1] : DAYS[p.weekday - 1].slice(0, 3);
        break;
      case 'a':
        out += p.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += pad(p.hour, n);
        break;
      case 'k':
        out += pad(p.hour === 0 ? 24 : p.hour, n);
        break;
      case 'K':
        out += pad(p.hour % 12, n);
        break;
      case 'h':
        out += pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
        break;
      case 'm':
        out += pad(p.minute, n);
        break;
      case 's':
        out += pad(p.second, n);
        break;
      case 'S':
        out += pad(p.millisecond, Math.max(n, 3)).slice(0, Math.max(n, 3));
        break;
      case 'Z':
        out += offsetText(p.offsetMinutes, 'Z');
        break;
      case 'X':
        out += offsetText(p.offsetMinutes, n >= 3 ? 'XXX' : 'X');
        break;
      case 'z':
        out += offsetText(p.offsetMinutes, 'z');
        break;
      case 'w': {
        const jan1 = new Date(Date.UTC(p.year, 0, 1)).getUTCDay();
        const doy = Math.floor((Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 86400000);
        out += pad(Math.floor((doy + jan1) / 7) + 1, n);
        break;
      }
      default:
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}
