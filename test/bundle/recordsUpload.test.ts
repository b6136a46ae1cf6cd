// The registers' upload through the built add-on in the emulator: the file lands in Drive as itself, the row links it,
// and the service calls one upload costs.

import { describe, expect, it } from 'vitest';
import type { Host } from '../../local/cli/host';
import { mustRun as run, registersHost } from './trackerHost';

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 0x41), Buffer.from('\n%%EOF\n')]);

const g = (host: Host) => host.emulator.globals() as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp; DriveApp: GoogleAppsScript.Drive.DriveApp };
const incomingRows = (host: Host) => g(host).SpreadsheetApp.getActive().getSheetByName('Incoming documents')!.getDataRange().getValues();

describe('uploading a register file in the emulator', () => {
  it('stores the bytes in Registers/Incoming/<year>, links the file in the row and attaches a second file to an existing number', () => {
    const host = registersHost();
    const r = run(host, 'uploadIncomingFile', { correspondent: 'Ministry', subject: 'Transcripts', fileName: 'scan.pdf', base64: PDF.toString('base64') });
    const rows = incomingRows(host);
    const url = String(rows[1][rows[0].indexOf('File')]);
    const id = /\/d\/([^/]+)\//.exec(url)?.[1] ?? '';
    const file = g(host).DriveApp.getFileById(id);
    expect(file.getName()).toBe('02-15-1 Transcripts.pdf');
    expect(Buffer.from(file.getBlob().getBytes().map((b) => b & 0xff)).equals(PDF)).toBe(true);
    expect(file.getDescription()).toContain('registrar@atu.edu.kz');
    const folders: string[] = [];
    for (let f = file.getParents().next(); ; ) {
      folders.unshift(f.getName());
      const up = f.getParents();
      if (!up.hasNext()) break;
      f = up.next();
    }
    expect(folders.slice(-4)).toEqual([folders.at(-4), 'Registers', 'Incoming', '2026']);
    expect(r.links?.[0].url).toBe(url);

    run(host, 'registerIncoming', { correspondent: 'Akimat', subject: 'Letter' });
    run(host, 'uploadIncomingFile', { number: '02-15/2', fileName: 'letter.pdf', base64: PDF.toString('base64') });
    const after = incomingRows(host);
    expect(after).toHaveLength(3);
    expect(String(after[2][after[0].indexOf('File')])).toMatch(/^https:\/\/drive\.google\.com\/file\/d\/.+\/view/);
    expect(host.emulator.lockViolations).toEqual([]);
  });

  it('costs a fixed number of service calls once the folders exist, whatever the register holds', () => {
    const host = registersHost();
    run(host, 'uploadIncomingFile', { correspondent: 'A', subject: 'warm-up', fileName: 'a.pdf', base64: PDF.toString('base64') });
    const measure = (params: Record<string, unknown>, id = 'uploadIncomingFile') => {
      host.emulator.resetStats();
      run(host, id, params);
      return host.emulator.stats().totalCalls;
    };
    const plain = measure({ correspondent: 'B', subject: 'plain' }, 'registerIncoming');
    const upload = measure({ correspondent: 'C', subject: 'with file', fileName: 'c.pdf', base64: PDF.toString('base64') });
    for (let i = 0; i < 30; i++) run(host, 'registerIncoming', { correspondent: `D${i}`, subject: `S${i}` });
    const uploadLater = measure({ correspondent: 'E', subject: 'with file', fileName: 'e.pdf', base64: PDF.toString('base64') });
    const attach = measure({ number: '02-15/3', fileName: 'f.pdf', base64: PDF.toString('base64') });
    console.log(`calls: registerIncoming ${plain}, uploadIncomingFile (new) ${upload} then ${uploadLater} after 30 more rows, attach ${attach}`);
    expect(uploadLater).toBe(upload);
    // The upload itself: folder look-up (3), base64Decode, newBlob, createFile, setDescription, id/name/url (3).
    expect(upload).toBeLessThanOrEqual(45);
    expect(attach).toBeLessThanOrEqual(45);
  });
});
