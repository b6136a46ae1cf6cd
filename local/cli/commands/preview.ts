// `registrar preview`: serves the add-on's sidebars on localhost against the emulator (a sample university by default).

import { existsSync } from 'node:fs';
import { flag, langFlag, numberFlag, type ParsedArgs } from '../args';
import { createHost } from '../host';
import { loadWorkbook } from '../persist';
import { createPreviewServer } from '../../preview/server';

/** Functions of main.ts that open a sidebar. */
export const SIDEBAR_FUNCTIONS = ['showHome'];

export async function previewCommand(args: ParsedArgs): Promise<number> {
  const port = numberFlag(args, 'port', 8377);
  const lang = langFlag(args) ?? 'ru';
  const host = createHost();
  host.emulator.setActiveUser('registrar@atu.edu.kz', `${lang}_KZ`);
  const workbook = flag(args, 'workbook');
  if (workbook && existsSync(workbook)) await loadWorkbook(host.emulator, workbook);
  else {
    host.runAction('setupWorkbook', {}, { lang });
    host.runAction('loadSampleUniversity', { students: numberFlag(args, 'students', 300), seed: 1 }, { lang });
  }
  const server = createPreviewServer(host, SIDEBAR_FUNCTIONS);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  console.log(`Sidebars on http://127.0.0.1:${port}/ (Ctrl+C to stop)`);
  await new Promise<void>((resolve) => server.on('close', resolve));
  return 0;
}
