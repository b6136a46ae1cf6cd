// Uploading a register document's file: checks (size, type, signature, name), a new registration with its file,
// attaching to an existing number, refusals that leave nothing written, and the pure helpers.

import { describe, expect, it } from 'vitest';
import { runAction } from '../../../src/actions/runner';
import { baseName, checkUpload, decodedLength, leadingBytes, safeNamePart, storedFileName } from '../../../src/actions/records/uploadCheck';
import { counterKey } from '../../../src/domain/records/numbering';
import type { DriveFileRef } from '../../../src/ports';
import { type MemoryPorts, memoryPorts } from '../attestation/memoryPorts';

const REGISTRAR = 'registrar@atu.edu.kz';
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(300, 0x20), Buffer.from('\n%%EOF\n')]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const DOCX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('[Content_Types].xml')]);
const b64 = (b: Buffer) => b.toString('base64');

interface Uploaded {
  folder: string;
  name: string;
  bytes: Buffer;
  mime: string;
  description: string;
}

/** Memory ports whose Drive keeps uploads (folders are their paths). */
function ports(options: { failUpload?: boolean } = {}): MemoryPorts & { uploads: Uploaded[] } {
  const p = memoryPorts('2026-09-15T06:00:00Z') as MemoryPorts & { uploads: Uploaded[] };
  p.uploads = [];
  p.drive.uploadFile = (folder, name, base64, mime, description): DriveFileRef => {
    if (options.failUpload) throw new Error('Drive is not answering');
    p.uploads.push({ folder, name, bytes: Buffer.from(base64, 'base64'), mime, description });
    return { id: `f${p.uploads.length}`, name, url: `https://drive.google.com/file/d/f${p.uploads.length}/view?usp=drivesdk` };
  };
  return p;
}

function run(p: MemoryPorts, id: string, params: Record<string, unknown> = {}) {
  const r = runAction(p, id, params, 'en');
  if (!r.ok) throw new Error(`${id}: ${r.message}`);
  return r;
}

const incoming = (p: MemoryPorts) => p.sheets.get('Incoming documents') ?? [];
const cell = (p: MemoryPorts, row: number, header: string) => {
  const rows = incoming(p);
  return rows[row][(rows[0] as string[]).indexOf(header)];
};
const runLog = (p: MemoryPorts) => (p.sheets.get('Run log') ?? []).slice(1);

describe('uploading with a new registration', () => {
  it('stores the file by register and year, named by number and subject, links it in the row, and records who uploaded it', () => {
    const p = ports();
    const r = run(p, 'uploadIncomingFile', { correspondent: 'Ministry of Science', subject: 'Request for transcripts', fileName: 'C:\\scans\\request.PDF', base64: b64(PDF) });
    expect(r.data?.number).toBe('02-15/1');
    expect(p.uploads).toHaveLength(1);
    const u = p.uploads[0];
    expect(u.folder).toBe('Registers/Incoming/2026');
    expect(u.name).toBe('02-15-1 Request for transcripts.pdf');
    expect(u.mime).toBe('application/pdf');
    expect(u.bytes.equals(PDF)).toBe(true);
    expect(u.description).toContain(REGISTRAR);
    expect(u.description).toContain('“request.PDF”');
    expect(incoming(p)).toHaveLength(2);
    expect(cell(p, 1, 'File')).toBe('https://drive.google.com/file/d/f1/view?usp=drivesdk');
    expect(cell(p, 1, 'Registered by')).toBe(REGISTRAR);
    const log = runLog(p).at(-1) as unknown[];
    expect(log).toContain(REGISTRAR);
    expect(log).toContain('uploadIncomingFile');
    expect(log.join(' ')).toContain('https://drive.google.com/file/d/f1/');
    expect(r.message).toContain('02-15/1');
    expect(r.links?.[0].url).toBe('https://drive.google.com/file/d/f1/view?usp=drivesdk');
  });

  it('files outgoing documents in their own folder, by the registration date’s year', () => {
    const p = ports();
    const r = run(p, 'uploadOutgoingFile', { correspondent: 'Dean', subject: 'Answer', registeredOn: '2027-01-05', fileName: 'answer.docx', base64: b64(DOCX) });
    expect(r.data?.number).toBe('02-15/1');
    expect(p.uploads[0].folder).toBe('Registers/Outgoing/2027');
    expect(p.uploads[0].name).toBe('02-15-1 Answer.docx');
    expect(p.uploads[0].mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('refuses an invalid registration before uploading anything', () => {
    const p = ports();
    const r = runAction(p, 'uploadIncomingFile', { correspondent: 'X', subject: '', fileName: 'a.pdf', base64: b64(PDF) }, 'en');
    expect(r.ok).toBe(false);
    expect(r.message).toContain('must be filled in');
    expect(p.uploads).toEqual([]);
    expect(p.properties.get(counterKey('incoming', 2026))).toBeNull();
  });

  it('gives the number back when Drive refuses the file, so no gap is left', () => {
    const p = ports({ failUpload: true });
    run(p, 'registerIncoming', { correspondent: 'A', subject: 'first' });
    const r = runAction(p, 'uploadIncomingFile', { correspondent: 'B', subject: 'second', fileName: 'b.pdf', base64: b64(PDF) }, 'en');
    expect(r.ok).toBe(false);
    expect(p.properties.get(counterKey('incoming', 2026))).toBe('1');
    expect(incoming(p)).toHaveLength(2);
    expect(run(p, 'registerIncoming', { correspondent: 'C', subject: 'third' }).data?.number).toBe('02-15/2');
  });
});

describe('attaching to an existing registration number', () => {
  it('writes the link into that row only, takes no number, and says when it replaces an earlier link', () => {
    const p = ports();
    run(p, 'registerIncoming', { correspondent: 'A', subject: 'Letter one' });
    run(p, 'registerIncoming', { correspondent: 'B', subject: 'Letter two', fileUrl: 'https://drive.google.com/file/d/old/view' });
    const r = run(p, 'uploadIncomingFile', { number: '02-15/2', fileName: 'scan.png', base64: b64(PNG) });
    expect(incoming(p)).toHaveLength(3);
    expect(cell(p, 1, 'File')).toBe('');
    expect(cell(p, 2, 'File')).toBe('https://drive.google.com/file/d/f1/view?usp=drivesdk');
    expect(p.uploads[0].name).toBe('02-15-2 Letter two.png');
    expect(p.uploads[0].mime).toBe('image/png');
    expect(p.properties.get(counterKey('incoming', 2026))).toBe('2');
    expect(r.message).toContain('replaces the earlier link');
    const first = run(p, 'uploadIncomingFile', { number: '02-15/1', fileName: 'scan.pdf', base64: b64(PDF) });
    expect(first.message).not.toContain('replaces');
    expect(cell(p, 1, 'File')).toBe('https://drive.google.com/file/d/f2/view?usp=drivesdk');
  });

  it('refuses an unknown number (or one of the other register) and uploads nothing', () => {
    const p = ports();
    run(p, 'registerIncoming', { correspondent: 'A', subject: 'Letter one' });
    const r = runAction(p, 'uploadIncomingFile', { number: '02-15/9', fileName: 'scan.pdf', base64: b64(PDF) }, 'en');
    expect(r.ok).toBe(false);
    expect(r.message).toBe('There is no document No. 02-15/9 in the register “Incoming”. The file was not uploaded.');
    const other = runAction(p, 'uploadOutgoingFile', { number: '02-15/1', fileName: 'scan.pdf', base64: b64(PDF) }, 'ru');
    expect(other.ok).toBe(false);
    expect(other.message).toBe('В журнале «Исходящий» нет документа № 02-15/1. Файл не загружен.');
    expect(p.uploads).toEqual([]);
  });
});

describe('refused files', () => {
  const refused = (params: Record<string, unknown>, p = ports()) => {
    const r = runAction(p, 'uploadIncomingFile', { correspondent: 'A', subject: 'S', ...params }, 'en');
    expect(r.ok).toBe(false);
    expect(p.uploads).toEqual([]);
    expect(p.sheets.has('Incoming documents')).toBe(false);
    expect(p.properties.get(counterKey('incoming', 2026))).toBeNull();
    return r.message;
  };

  it('refuses a file above the size limit with the sizes in the message, in each language', () => {
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 + 1 - PDF.length, 0x20)]);
    expect(refused({ fileName: 'big.pdf', base64: b64(big) })).toBe(
      '“big.pdf” is 10.1 MB; the largest file the registers accept is 10 MB (setting records.maxUploadMb). Scan at a lower resolution or split the file. Nothing was uploaded.',
    );
    const p = ports();
    p.sheets.set('Settings', [['Key', 'Group', 'Value'], ['records.maxUploadMb', 'records', '1']]);
    const small = Buffer.concat([PDF, Buffer.alloc(1024 * 1024, 0x20)]);
    const kk = runAction(p, 'uploadIncomingFile', { correspondent: 'A', subject: 'S', fileName: 'scan.pdf', base64: b64(small) }, 'kk');
    expect(kk.ok).toBe(false);
    expect(kk.message).toContain('1 МБ-тан');
    const exact = Buffer.concat([PDF, Buffer.alloc(1024 * 1024 - PDF.length, 0x20)]);
    expect(run(p, 'uploadIncomingFile', { correspondent: 'A', subject: 'S', fileName: 'scan.pdf', base64: b64(exact) }).ok).toBe(true);
  });

  it('refuses a type outside the list and a file whose bytes are not what its extension says', () => {
    expect(refused({ fileName: 'setup.exe', base64: b64(Buffer.from('MZ\x90\x00')) })).toContain('this type of file is not accepted');
    expect(refused({ fileName: 'report.pdf.js', base64: b64(PDF) })).toContain('this type of file is not accepted');
    expect(refused({ fileName: 'noextension', base64: b64(PDF) })).toContain('this type of file is not accepted');
    expect(refused({ fileName: 'scan.pdf', base64: b64(PNG) })).toBe('“scan.pdf” is named as PDF but its content is not a PDF file. Nothing was uploaded.');
    expect(refused({ fileName: 'letter.docx', base64: b64(PDF) })).toContain('its content is not a DOCX file');
    expect(refused({ fileName: 'photo.jpg', base64: b64(Buffer.from('<html><script>')) })).toContain('not a JPG file');
  });

  it('refuses a missing, empty or garbled content', () => {
    expect(refused({ fileName: 'a.pdf' })).toContain('No file was chosen');
    expect(refused({ fileName: '', base64: b64(PDF) })).toContain('No file was chosen');
    expect(refused({ fileName: 'a.pdf', base64: 'data:application/pdf;base64,' })).toBe('“a.pdf” is empty (0 bytes). Nothing was uploaded.');
    expect(refused({ fileName: 'a.pdf', base64: 'JVBER!0=' })).toContain('did not send the file’s content correctly');
    expect(refused({ fileName: 'a.pdf', base64: 'JVBERi0' })).toContain('did not send the file’s content correctly');
  });

  it('refuses an upload when Google does not say who the user is', () => {
    const p = ports();
    p.setUser('');
    expect(refused({ fileName: 'a.pdf', base64: b64(PDF) }, p)).toContain('Google did not tell who you are');
  });
});

describe('malicious names', () => {
  it('keeps path separators, formulas, invisible characters and length out of the stored name, and text in the cells', () => {
    const p = ports();
    const fileName = `../../etc/=cmd|' /C calc'!A0\u202Egnp.${'x'.repeat(400)}.pdf`;
    const subject = `=HYPERLINK("http://evil")/../..\\${'long '.repeat(100)}`;
    run(p, 'uploadIncomingFile', { correspondent: '@SUM(1)', subject, fileName, base64: b64(PDF) });
    const u = p.uploads[0];
    expect(u.name).not.toMatch(/[\\/\u202E]/);
    expect(u.name.startsWith('02-15-1 HYPERLINK(-http-')).toBe(true);
    expect(u.name.endsWith('.pdf')).toBe(true);
    expect([...u.name].length).toBeLessThanOrEqual(40 + 1 + 80 + 4);
    expect(/“(.*)”/.exec(u.description)?.[1]).not.toMatch(/[\\/\u202E]/);
    expect(u.description).toMatch(/“C calc'!A0gnp\.x{80,}\.pdf”/);
    expect(String(cell(p, 1, 'Subject')).startsWith("'=HYPERLINK")).toBe(true);
    expect(cell(p, 1, 'From (correspondent)')).toBe("'@SUM(1)");
  });

  it('safe name parts, base names and stored names', () => {
    expect(safeNamePart('../../=HYPERLINK("x")\\evil', 40)).toBe('HYPERLINK(-x-)-evil');
    expect(safeNamePart('  +-@.hidden  ', 40)).toBe('hidden');
    expect(safeNamePart('a\u0000b\u200Bc\u202Ed', 40)).toBe('abcd');
    expect(safeNamePart('Ақпарат сұрау', 6)).toBe('Ақпара');
    expect(safeNamePart('abc   .  ', 40)).toBe('abc');
    expect(baseName('C:\\Users\\me\\scan.pdf')).toBe('scan.pdf');
    expect(baseName('/tmp/x/y.png')).toBe('y.png');
    expect(storedFileName('02-15/123', 'Subject', 'pdf')).toBe('02-15-123 Subject.pdf');
    expect(storedFileName('', '', 'pdf')).toBe('document.pdf');
  });
});

describe('base64 helpers', () => {
  it('decode the leading bytes and the length like Node does', () => {
    for (const n of [1, 2, 3, 4, 5, 9, 10, 11, 64]) {
      const buf = Buffer.from(Array.from({ length: n }, (_, i) => (i * 37 + 200) & 0xff));
      const text = buf.toString('base64');
      expect(decodedLength(text)).toBe(n);
      expect(leadingBytes(text, 8)).toEqual([...buf.subarray(0, 8)]);
    }
  });

  it('accepts a data URL and whitespace, and reports the decoded size', () => {
    const c = checkUpload('a.pdf', `data:application/pdf;base64,${b64(PDF).replace(/(.{76})/g, '$1\n')}`, 10_000);
    expect(c.bytes).toBe(PDF.length);
    expect(Buffer.from(c.base64, 'base64').equals(PDF)).toBe(true);
  });
});
