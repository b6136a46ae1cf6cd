// Opens each sidebar of the preview server in headless Chromium (Debian's), clicks through it and saves
// screenshots to out/screens/ — a person's check of the UI, not a CI test (CI has no browser).

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createHost } from '../local/cli/host';
import { createPreviewServer } from '../local/preview/server';

const outDir = path.resolve('out/screens');
mkdirSync(outDir, { recursive: true });
const lang = (process.argv[2] ?? 'ru') as 'kk' | 'ru' | 'en';

const host = createHost();
host.emulator.setActiveUser('registrar@atu.edu.kz', `${lang}_KZ`);
host.runAction('setupWorkbook', {}, { lang });
host.runAction('loadSampleUniversity', { students: 300, seed: 1 }, { lang });
const server = createPreviewServer(host, ['showHome']);
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as { port: number }).port;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 300, height: 1100 } });
  await page.goto(`http://127.0.0.1:${port}/sidebar/showHome`);
  await page.screenshot({ path: path.join(outDir, `home-${lang}.png`), fullPage: true });
  await page.click('button[data-action="validateWorkbook"]');
  await page.waitForFunction(() => (document.getElementById('status')?.textContent ?? '').length > 0 && !/…/.test(document.getElementById('status')?.textContent ?? ''), null, { timeout: 30_000 });
  await page.screenshot({ path: path.join(outDir, `home-${lang}-validated.png`), fullPage: true });
  console.log(`status after click: ${await page.textContent('#status')}`);
} finally {
  await browser.close();
  server.close();
}
console.log(`screenshots in ${outDir}`);
