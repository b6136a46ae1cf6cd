// DriveApp files made from blobs (the registers' upload path): base64 → bytes → Blob → folder.createFile, kept byte for byte,
// saved into the CLI workspace's drive/ folder as themselves, and refused above Apps Script's 50 MB blob limit.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveWorkspace } from '../../local/emulator/persist/workspace';
import { setup } from './helpers';

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from([0x00, 0xff, 0x80, 0x7f, 0xe2, 0xe3]), Buffer.from('\n%%EOF\n')]);

describe('DriveApp.createFile(blob) from base64', () => {
  it('keeps the bytes, the name, the MIME type and the description, and gives a Drive file URL', () => {
    const { g } = setup();
    const bytes = g.Utilities.base64Decode(PDF.toString('base64'));
    expect(bytes.slice(0, 9)).toEqual([...Buffer.from('%PDF-1.4\n')]);
    expect(bytes).toContain(-1); // Java bytes are signed
    const folder = g.DriveApp.createFolder('Registrar').createFolder('Registers');
    const file = folder.createFile(g.Utilities.newBlob(bytes, 'application/pdf', '02-15-1 Letter.pdf'));
    file.setDescription('Uploaded by registrar@university.edu');
    expect(file.getName()).toBe('02-15-1 Letter.pdf');
    expect(file.getMimeType()).toBe('application/pdf');
    expect(file.getSize()).toBe(PDF.length);
    expect(file.getUrl()).toBe(`https://drive.google.com/file/d/${file.getId()}/view?usp=drivesdk`);
    expect(Buffer.from(file.getBlob().getBytes().map((b) => b & 0xff)).equals(PDF)).toBe(true);
    const again = g.DriveApp.getFileById(file.getId());
    expect(again.getDescription()).toBe('Uploaded by registrar@university.edu');
    expect(again.getParents().next().getName()).toBe('Registers');
  });

  it('writes the uploaded file into the workspace drive/ folder as itself', async () => {
    const { emu, g } = setup();
    const folder = g.DriveApp.createFolder('Registrar').createFolder('Registers').createFolder('Incoming').createFolder('2026');
    folder.createFile(g.Utilities.newBlob(g.Utilities.base64Decode(PDF.toString('base64')), 'application/pdf', '02-15-1 Letter.pdf'));
    const dir = mkdtempSync(path.join(tmpdir(), 'drive-upload-'));
    await saveWorkspace(emu, dir);
    expect(readFileSync(path.join(dir, 'drive', 'Registrar', 'Registers', 'Incoming', '2026', '02-15-1 Letter.pdf')).equals(PDF)).toBe(true);
  });

  it('refuses a blob over 50 MB, as Apps Script does', () => {
    const { g } = setup();
    const folder = g.DriveApp.createFolder('Registrar');
    // A Buffer stands for the byte array a script would pass (a 50-million-number array is too slow to build here).
    const blob = (n: number, name: string) => g.Utilities.newBlob(Buffer.alloc(n) as unknown as number[], 'application/pdf', name);
    expect(() => folder.createFile(blob(50 * 1024 * 1024 + 1, 'big.pdf'))).toThrow('File big.pdf exceeds the maximum file size.');
    const edge = blob(50 * 1024 * 1024, 'edge.pdf');
    expect(folder.createFile(edge).getSize()).toBe(50 * 1024 * 1024);
  });
});
