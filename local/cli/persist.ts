// Saving what a local run produced: the workbook (.xlsx, written atomically), the workspace beside it
// (Drive, Forms, Docs, Mail and script state, so a later run continues), and the outputs a person opens.

import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Emulator } from '../emulator';
import { documentToDocx } from '../emulator/persist/docx';
import { loadWorkspace, loadWorkspaceSpreadsheets, saveWorkspace } from '../emulator/persist/workspace';
import { loadSpreadsheetFromXlsx, saveSpreadsheetToXlsx } from '../emulator/persist/xlsx';

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

export async function loadWorkspaceState(emulator: Emulator, dir: string): Promise<boolean> {
  const found = loadWorkspace(emulator, dir);
  // Spreadsheets the add-on made (teachers' grade files), with what was typed into their .xlsx since.
  if (found) await loadWorkspaceSpreadsheets(emulator, dir);
  return found;
}

export async function saveWorkspaceState(emulator: Emulator, dir: string): Promise<void> {
  await saveWorkspace(emulator, dir);
}

function safeName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 150) || 'untitled';
}

/**
 * Writes under outDir: drive/ (the add-on's Drive tree), forms/ (JSON + HTML preview per form), mail/ (outbox)
 * and docs/ (every Google Doc as one flat .docx, named by its folder path, to open in Word or LibreOffice).
 */
export async function saveOutputs(emulator: Emulator, outDir: string): Promise<{ docs: number; forms: number; mails: number }> {
  await saveWorkspace(emulator, outDir);
  const docsDir = path.join(outDir, 'docs');
  rmSync(docsDir, { recursive: true, force: true });
  mkdirSync(docsDir, { recursive: true });
  let docs = 0;
  for (const doc of emulator.documents.values()) {
    const entry = emulator.drive.entries.get(doc.id);
    if (entry?.trashed) continue;
    const folders = entry ? emulator.drive.pathOf(doc.id) : [];
    const name = safeName([...folders.slice(1), doc.name].join(' - '));
    writeFileSync(path.join(docsDir, `${name}.docx`), await documentToDocx(doc));
    docs++;
  }
  return { docs, forms: emulator.forms.size, mails: emulator.outbox.length };
}
