// Checks a file a person uploads to a register (pure): size, type by extension and by the bytes' signature, a safe Drive name.

import { RegistrarError } from '../../domain/errors';

/** A file type the registers accept: its MIME type and the first bytes every such file starts with. */
interface UploadType {
  mime: string;
  signatures: readonly (readonly number[])[];
}

const PDF = [[0x25, 0x50, 0x44, 0x46, 0x2d]]; // %PDF-
const ZIP = [[0x50, 0x4b, 0x03, 0x04]]; // PK♥♦: Office Open XML and OpenDocument files are zip archives
const OLE = [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]]; // old Word / Excel (compound file)
const JPEG = [[0xff, 0xd8, 0xff]];
const PNG = [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]];
const TIFF = [[0x49, 0x49, 0x2a, 0x00], [0x4d, 0x4d, 0x00, 0x2a]];
const RTF = [[0x7b, 0x5c, 0x72, 0x74, 0x66]]; // {\rtf

/** Extension (lower case) → type. Scans (PDF, JPEG, PNG, TIFF) and office documents; nothing executable. */
export const UPLOAD_TYPES: Readonly<Record<string, UploadType>> = {
  pdf: { mime: 'application/pdf', signatures: PDF },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', signatures: ZIP },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', signatures: ZIP },
  pptx: { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', signatures: ZIP },
  odt: { mime: 'application/vnd.oasis.opendocument.text', signatures: ZIP },
  ods: { mime: 'application/vnd.oasis.opendocument.spreadsheet', signatures: ZIP },
  doc: { mime: 'application/msword', signatures: OLE },
  xls: { mime: 'application/vnd.ms-excel', signatures: OLE },
  rtf: { mime: 'application/rtf', signatures: RTF },
  jpg: { mime: 'image/jpeg', signatures: JPEG },
  jpeg: { mime: 'image/jpeg', signatures: JPEG },
  png: { mime: 'image/png', signatures: PNG },
  tif: { mime: 'image/tiff', signatures: TIFF },
  tiff: { mime: 'image/tiff', signatures: TIFF },
};

export const UPLOAD_EXTENSIONS: readonly string[] = Object.keys(UPLOAD_TYPES);

/** The extensions to name in messages: one per type (jpg for jpg/jpeg, tif for tif/tiff). */
export const UPLOAD_TYPE_NAMES: string = UPLOAD_EXTENSIONS.filter((e, i) => UPLOAD_EXTENSIONS.findIndex((x) => UPLOAD_TYPES[x].mime === UPLOAD_TYPES[e].mime) === i).join(', ');

export interface CheckedUpload {
  /** Lower-case extension, one of UPLOAD_EXTENSIONS. */
  ext: string;
  mime: string;
  /** Base64 of the bytes, without a data-URL prefix or whitespace. */
  base64: string;
  bytes: number;
  /** The name the person's computer gave the file, made safe to show (no path, no control characters). */
  originalName: string;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes the first bytes of a base64 text (Apps Script has no atob; only the signature is needed here). */
export function leadingBytes(base64: string, count: number): number[] {
  const out: number[] = [];
  const chars = base64.slice(0, Math.ceil(count / 3) * 4);
  for (let i = 0; i + 4 <= chars.length && out.length < count; i += 4) {
    const n = [0, 1, 2, 3].map((k) => B64.indexOf(chars[i + k]));
    const word = (Math.max(n[0], 0) << 18) | (Math.max(n[1], 0) << 12) | (Math.max(n[2], 0) << 6) | Math.max(n[3], 0);
    out.push((word >> 16) & 0xff);
    if (n[2] >= 0) out.push((word >> 8) & 0xff);
    if (n[3] >= 0) out.push(word & 0xff);
  }
  return out.slice(0, count);
}

/**
 * Number of bytes a base64 text decodes to.
 * @example decodedLength('JVBERi0=') // → 5
 */
export function decodedLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * A piece of a Drive file name made from text a person typed or a computer sent: no path separators or
 * characters Drive clients refuse, no invisible or direction-changing characters, no leading "=+-@'." (a
 * formula or a hidden file), at most `max` characters.
 * @example safeNamePart('../../=HYPERLINK("x")\\evil', 40) // → 'HYPERLINK(-x-)-evil'
 */
export function safeNamePart(text: string, max: number): string {
  const cleaned = String(text ?? '')
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/[\\/:*?"<>|]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s=+\-@'.]+/, '')
    .replace(/[\s.]+$/, '');
  const cut = [...cleaned].slice(0, max).join('');
  return cut.replace(/[\s.]+$/, '');
}

/** The last part of a path a browser or a shell gave ('C:\\scans\\a.pdf' → 'a.pdf'). */
export function baseName(name: string): string {
  const parts = String(name ?? '').split(/[\\/]/);
  return parts[parts.length - 1] ?? '';
}

/** The file's name in the register's folder: "<number> <subject>.<ext>", e.g. "02-15-123 Request for transcripts.pdf". */
export function storedFileName(number: string, subject: string, ext: string): string {
  const stem = [safeNamePart(number, 40), safeNamePart(subject, 80)].filter(Boolean).join(' ') || 'document';
  return `${stem}.${ext}`;
}

/**
 * Checks an upload before anything is written; throws a coded error naming what is wrong.
 * @param maxBytes the office's limit (setting records.maxUploadMb)
 */
export function checkUpload(fileName: unknown, data: unknown, maxBytes: number): CheckedUpload {
  const base = baseName(String(fileName ?? ''));
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  const originalName = UPLOAD_TYPES[ext] ? `${safeNamePart(base.slice(0, dot), 100) || 'file'}.${base.slice(dot + 1)}` : safeNamePart(base, 120);
  const raw = typeof data === 'string' ? data : '';
  if (!originalName || raw === '') throw new RegistrarError('uploadMissing', {});
  const type = UPLOAD_TYPES[ext];
  if (!type) throw new RegistrarError('uploadBadType', { name: originalName, allowed: UPLOAD_TYPE_NAMES });
  const base64 = raw.replace(/^data:[^,]{0,200};base64,/, '').replace(/\s+/g, '');
  if (base64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw new RegistrarError('uploadBadData', { name: originalName });
  const bytes = decodedLength(base64);
  if (bytes === 0) throw new RegistrarError('uploadEmpty', { name: originalName });
  if (bytes > maxBytes) throw new RegistrarError('uploadTooLarge', { name: originalName, size: megabytes(bytes), max: megabytes(maxBytes) });
  const head = leadingBytes(base64, 8);
  if (!type.signatures.some((sig) => sig.every((b, i) => head[i] === b))) throw new RegistrarError('uploadBadContent', { name: originalName, ext: ext.toUpperCase() });
  return { ext, mime: type.mime, base64, bytes, originalName };
}

/** Bytes as megabytes, rounded up to one decimal ('10.1' for a byte over 10 MB); a whole number stays whole. */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? String(mb) : (Math.ceil(mb * 10) / 10).toFixed(1);
}
