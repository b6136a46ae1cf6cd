// `registrar init`: creates (or repairs) a workbook file with every sheet of the add-on, empty and ready to fill.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { flag, langFlag, type ParsedArgs } from '../args';
import { createHost } from '../host';
import { loadWorkbook, saveWorkbook } from '../persist';

export async function initCommand(args: ParsedArgs): Promise<number> {
  const file = flag(args, 'workbook');
  if (!file) {
    console.error('usage: registrar init --workbook FILE.xlsx [--lang kk|ru|en]');
    return 2;
  }
  const lang = langFlag(args);
  const host = createHost();
  if (existsSync(file)) await loadWorkbook(host.emulator, file);
  const result = host.runAction('setupWorkbook', {}, { lang });
  console.log(result.message);
  if (!result.ok) return 1;
  if (lang) {
    const switched = host.runAction('switchLanguage', { lang }, { lang });
    if (!switched.ok) {
      console.error(switched.message);
      return 1;
    }
  }
  await saveWorkbook(host.emulator, file);
  console.log(`Saved ${path.resolve(file)}`);
  return 0;
}
