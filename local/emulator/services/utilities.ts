// Utilities (formatDate, sleep on the simulated clock, blobs, base64, digests, CSV), Blob, Logger
// and console (captured in emulator.logs).
import { createHash } from 'node:crypto';
import { formatSimpleDate } from '../core/dates';
import { GasObject, fail, isDate } from '../core/gas';
import type { Emulator } from '../emulator';

/** Java bytes are signed: Apps Script byte arrays hold -128..127. */
export function toSignedBytes(buf: Buffer): number[] {
  const out = new Array<number>(buf.length);
  for (let i = 0; i < buf.length; i++) out[i] = buf[i] > 127 ? buf[i] - 256 : buf[i];
  return out;
}

export function toBuffer(data: unknown): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof Uint8Array) return Buffer.from(data);
  if (Array.isArray(data)) return Buffer.from(data.map((b) => Number(b) & 0xff));
  if (data instanceof Blob) return data._bytes;
  return Buffer.from(data === undefined || data === null ? '' : String(data), 'utf8');
}

export class Blob extends GasObject {
  static override gasType = 'Base.Blob';
  static override service = 'Utilities';
  constructor(emu: Emulator, public _bytes: Buffer, public _contentType: string | null = null, public _name: string | null = null) {
    super(emu);
  }
  getBytes(): number[] {
    return toSignedBytes(this._bytes);
  }
  setBytes(data: number[]): Blob {
    this._bytes = toBuffer(data);
    return this;
  }
  getDataAsString(charset?: string): string {
    return this._bytes.toString(charset && /ascii/i.test(charset) ? 'ascii' : 'utf8');
  }
  setDataFromString(s: string): Blob {
    this._bytes = Buffer.from(String(s), 'utf8');
    return this;
  }
  getContentType(): string | null {
    return this._contentType;
  }
  setContentType(t: string): Blob {
    this._contentType = String(t);
    return this;
  }
  getName(): string | null {
    return this._name;
  }
  setName(name: string): Blob {
    this._name = String(name);
    return this;
  }
  copyBlob(): Blob {
    return new Blob(this._emu, Buffer.from(this._bytes), this._contentType, this._name);
  }
  getBlob(): Blob {
    return this;
  }
  isGoogleType(): boolean {
    return false;
  }
  getAs(contentType: string): Blob {
    if (contentType === this._contentType) return this.copyBlob();
    fail(`Converting from ${this._contentType} to ${contentType} is not supported.`);
  }
}

const enumOf = (...names: string[]) => Object.freeze(Object.fromEntries(names.map((n) => [n, n])));
const DIGESTS: Record<string, string> = { MD2: 'md2', MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };

export function parseCsv(csv: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && csv[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export class UtilitiesImpl extends GasObject {
  static override gasType = 'Utilities.Utilities';
  static override service = 'Utilities';
  readonly DigestAlgorithm = enumOf('MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512');
  readonly Charset = enumOf('US_ASCII', 'UTF_8');
  readonly MacAlgorithm = enumOf('HMAC_MD5', 'HMAC_SHA_1', 'HMAC_SHA_256', 'HMAC_SHA_384', 'HMAC_SHA_512');
  private uuidCount = 0;

  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDate(date)) fail("The parameters (String,String,String) don't match the method signature for Utilities.formatDate.");
    return formatSimpleDate(date, String(timeZone), String(format));
  }
  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return String(template).replace(/%(-)?(\d+)?(?:\.(\d+))?([sdif%])/g, (_m, left, width, prec, conv) => {
      if (conv === '%') return '%';
      const v = args[i++];
      let s: string;
      if (conv === 'd' || conv === 'i') s = String(Math.trunc(Number(v)));
      else if (conv === 'f') s = Number(v).toFixed(prec === undefined ? 6 : Number(prec));
      else s = String(v);
      if (width && s.length < Number(width)) s = left ? s.padEnd(Number(width)) : s.padStart(Number(width));
      return s;
    });
  }
  sleep(milliseconds: number): void {
    if (Number(milliseconds) > 300000) fail('Sleep time must be less than or equal to 300000 milliseconds.');
    this._emu.spend(Math.max(0, Number(milliseconds)));
  }
  getUuid(): string {
    const h = createHash('sha256').update(`${this._emu.options.seed}:uuid:${this.uuidCount++}`).digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
  newBlob(data?: unknown, contentType?: string, name?: string): Blob {
    return new Blob(this._emu, toBuffer(data), contentType ?? null, name ?? null);
  }
  base64Encode(data: unknown, _charset?: string): string {
    return toBuffer(data).toString('base64');
  }
  base64EncodeWebSafe(data: unknown, _charset?: string): string {
    return toBuffer(data).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }
  base64Decode(encoded: string): number[] {
    return toSignedBytes(Buffer.from(String(encoded), 'base64'));
  }
  base64DecodeWebSafe(encoded: string): number[] {
    return toSignedBytes(Buffer.from(String(encoded).replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
  }
  computeDigest(algorithm: string, value: unknown, _charset?: string): number[] {
    const alg = DIGESTS[String(algorithm)];
    if (!alg) fail('Invalid argument: algorithm');
    return toSignedBytes(createHash(alg).update(toBuffer(value)).digest());
  }
  parseCsv(csv: string, delimiter?: string): string[][] {
    return parseCsv(String(csv), delimiter ?? ',');
  }
}

function formatLog(args: unknown[]): string {
  if (args.length > 1 && typeof args[0] === 'string' && /%s|%d/.test(args[0])) {
    let i = 1;
    return args[0].replace(/%[sd]/g, () => String(args[i++]));
  }
  return args.map((a) => (typeof a === 'string' ? a : isDate(a) ? String(a) : JSON.stringify(a))).join(' ');
}

export class LoggerImpl extends GasObject {
  static override gasType = 'Base.Logger';
  static override service = 'Logger';
  log(...args: unknown[]): LoggerImpl {
    this._emu.log('log', formatLog(args));
    return this;
  }
  getLog(): string {
    return this._emu.logs.filter((l) => l.level === 'log').map((l) => l.message).join('\n');
  }
  clear(): void {
    for (let i = this._emu.logs.length - 1; i >= 0; i--) if (this._emu.logs[i].level === 'log') this._emu.logs.splice(i, 1);
  }
}

export class ConsoleImpl extends GasObject {
  static override gasType = 'console.Console';
  static override service = 'console';
  log(...args: unknown[]): void {
    this._emu.log('info', formatLog(args));
  }
  info(...args: unknown[]): void {
    this._emu.log('info', formatLog(args));
  }
  warn(...args: unknown[]): void {
    this._emu.log('warn', formatLog(args));
  }
  error(...args: unknown[]): void {
    this._emu.log('error', formatLog(args));
  }
  time(_label?: string): void {}
  timeEnd(_label?: string): void {}
}
