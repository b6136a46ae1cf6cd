// Saving what a local run produced: the workbook (.xlsx, written atomically) and the Drive/Forms/Docs/Mail outputs.

import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Emulator } from '../emulator';
import { loadSpreadsheetFromXlsx, saveSpreadsheetToXlsx } from '../emulator/persist/xlsx';
import { writeFileSync } from 'node:fs';

/** Writes the active spreadsheet to `file` through a temporary file, so a failed save never leaves half a workbook. */
export async function saveWorkbook(emulator: Emulator, file: string): Promise<void> {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}.xlsx`;
  try {
    await saveSpreadsheetToXlsx(emulator, tmp);
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}

export async function loadWorkbook(emulator: Emulator, file: string): Promise<void> {
  await loadSpreadsheetFromXlsx(emulator, file);
}

/** The folder beside a workbook that keeps its Drive, Forms, Docs and Mail between CLI runs. */
export function workspaceDirFor(workbook: string): string {
  return `${workbook.replace(/\.xlsx$/i, '')}.workspace`;
}

/** Writes mail/ (outbox.json and a readable outbox.txt) under outDir; docs and forms are added by saveDocsAndForms. */
export function saveMail(emulator: Emulator, outDir: string): number {
  const dir = path.join(outDir, 'mail');
  mkdirSync(dir, { recursive: true });
  const mails = emulator.outbox.map((m) => JSON.parse(JSON.stringify(m)) as Record<string, unknown>);
  writeFileSync(path.join(dir, 'outbox.json'), `${JSON.stringify(mails, null, 2)}\n`);
  const text = mails
    .map((m) => `To: ${String(m.to ?? '')}\nSubject: ${String(m.subject ?? '')}\n\n${String(m.body ?? '')}\n`)
    .join('\n----------------------------------------\n');
  writeFileSync(path.join(dir, 'outbox.txt'), text);
  return mails.length;
}
