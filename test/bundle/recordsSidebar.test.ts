// The registers sidebar in headless Chromium (skipped where there is no Chromium, e.g. CI): a chosen file is read by
// FileReader, sent through google.script.run and stored in Drive byte for byte; a file over the limit is stopped in
// the browser; a file is attached to a found document. Leaves a screenshot in out/screens/.

import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Host } from '../../local/cli/host';
import { createPreviewServer } from '../../local/preview/server';
import { trackerHost } from './trackerHost';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from([0, 255, 128, 10, 13]), Buffer.alloc(5000, 0x42), Buffer.from('\n%%EOF\n')]);

function run(host: Host, id: string, params: Record<string, unknown> = {}) {
  const r = host.runAction(id, params, { lang: 'en' });
  if (!r.ok) throw new Error(`${id}: ${r.message}`);
  return r;
}

function storedFiles(host: Host): Array<{ name: string; bytes: Buffer }> {
  return [...host.emulator.drive.entries.values()].filter((e) => e.bytes && /\.pdf$/.test(e.name) && !e.trashed && host.emulator.drive.pathOf(e.id).includes('Registers')).map((e) => ({ name: e.name, bytes: e.bytes as Buffer }));
}

describe.skipIf(!existsSync(CHROMIUM))('the registers sidebar in a browser', () => {
  it('uploads a chosen file with a registration, stops a too large one, and attaches a file to a found document', async () => {
    const host = trackerHost();
    run(host, 'setupWorkbook');
    run(host, 'loadSampleUniversity', { students: 50, seed: 2 });
    run(host, 'setupRecords');
    run(host, 'registerIncoming', { correspondent: 'Akimat', subject: 'Letter without a file' });
    // A 1 MB limit keeps the too-large file small (a 10 MB one takes Chromium's file chooser about 12 s).
    const settings = (host.emulator.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive().getSheetByName('Settings')!;
    const values = settings.getDataRange().getValues();
    const row = values.findIndex((r) => r[0] === 'records.maxUploadMb');
    settings.getRange(row + 1, values[0].indexOf('Value') + 1).setValue(1);
    const server = createPreviewServer(host, ['menu_openRegisters']);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    try {
      const page = await browser.newPage({ viewport: { width: 300, height: 1000 } });
      await page.goto(`http://127.0.0.1:${port}/sidebar/menu_openRegisters`);
      await page.fill('#correspondent', 'Ministry of Science');
      await page.fill('#subject', 'Request for transcripts');
      await page.setInputFiles('#file', { name: 'request.pdf', mimeType: 'application/pdf', buffer: PDF });
      const outDir = path.resolve('out/screens');
      mkdirSync(outDir, { recursive: true });
      await page.screenshot({ path: path.join(outDir, 'records-upload-en.png'), fullPage: true });
      await page.click('button:text-is("Register")');
      await page.waitForSelector('#status.ok, #status.bad', { timeout: 30_000 });
      expect(await page.textContent('#status')).toContain('The file “02-15-2 Request for transcripts.pdf” is in the office’s Drive folder.');
      expect(await page.inputValue('#file')).toBe('');
      const stored = storedFiles(host);
      expect(stored.map((f) => f.name)).toEqual(['02-15-2 Request for transcripts.pdf']);
      expect(stored[0].bytes.equals(PDF)).toBe(true);

      await page.setInputFiles('#file', { name: 'huge.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([PDF, Buffer.alloc(1024 * 1024)]) });
      await page.click('button:text-is("Register")');
      await page.waitForSelector('#status.bad');
      expect(await page.textContent('#status')).toContain('“huge.pdf” is 1.1 MB; the largest file the registers accept is 1 MB');
      expect(storedFiles(host)).toHaveLength(1);

      await page.fill('#q', 'without a file');
      await page.click('button:text-is("Find")');
      await page.waitForSelector('#results .item button:text-is("Attach a file")');
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#results .item button:text-is("Attach a file")')]);
      await chooser.setFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: PDF });
      await page.waitForSelector('#results .upload.ok', { timeout: 30_000 });
      expect(await page.textContent('#results .upload.ok')).toBe('The file “02-15-1 Letter without a file.pdf” is attached to document No. 02-15/1.');
      expect(storedFiles(host).map((f) => f.name).sort()).toEqual(['02-15-1 Letter without a file.pdf', '02-15-2 Request for transcripts.pdf']);
    } finally {
      await browser.close();
      server.close();
    }
  }, 90_000);
});
