// `registrar demo`: a sample university and the whole registrar year through the add-on's own actions, saved to disk.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { attestationDemo } from '../../demo/attestation';
import { registrationDemo } from '../../demo/registration';
import { timetableDemo } from '../../demo/timetable';
import { trackerDemo } from '../../demo/tracker';
import type { DemoStep } from '../../demo/types';
import { flag, langFlag, numberFlag, type ParsedArgs } from '../args';
import { createHost, demoHost } from '../host';
import { saveOutputs, saveWorkbook, saveWorkspaceState, workspaceDirFor } from '../persist';

/** Area demo steps, in the order of the registrar's year. */
export const AREA_DEMOS: ReadonlyArray<[string, DemoStep]> = [
  ['registration', registrationDemo],
  ['timetable', timetableDemo],
  ['attestation', attestationDemo],
  ['tracker', trackerDemo],
];

export async function demoCommand(args: ParsedArgs): Promise<number> {
  const students = numberFlag(args, 'students', 2000);
  const seed = numberFlag(args, 'seed', 1);
  const lang = langFlag(args) ?? 'ru';
  const outDir = path.resolve(flag(args, 'out') ?? 'out/demo');
  mkdirSync(outDir, { recursive: true });
  const lines: string[] = [];
  const log = (line: string) => {
    lines.push(line);
    console.log(line);
  };
  const host = createHost({ start: new Date('2026-11-28T09:00:00+05:00') });
  log(`Registrar demo — ${students} students, seed ${seed}, language ${lang}`);
  const steps: Array<[string, Record<string, unknown>]> = [
    ['setupWorkbook', {}],
    ['loadSampleUniversity', { students, seed }],
    ['validateWorkbook', {}],
  ];
  for (const [id, params] of steps) {
    const result = host.runAction(id, params, { lang });
    log(`• ${id}: ${result.message}`);
    if (!result.ok) {
      for (const p of (result as { problems?: Array<{ message?: string }> }).problems?.slice(0, 20) ?? []) log(`    ${p.message}`);
      return 1;
    }
  }
  const summary: Record<string, Record<string, number | string>> = {};
  const host2 = demoHost(host, outDir, lang, seed, log);
  for (const [area, step] of AREA_DEMOS) {
    log(`— ${area}`);
    try {
      summary[area] = await step(host2);
    } catch (error) {
      log(`  ${area} demo failed: ${error instanceof Error ? error.message : String(error)}`);
      summary[area] = { failed: 1 };
    }
  }
  const workbook = path.join(outDir, 'registrar.xlsx');
  await saveWorkbook(host.emulator, workbook);
  const outputs = await saveOutputs(host.emulator, outDir);
  // Beside the workbook too, so that `registrar run ACTION --workbook <out>/registrar.xlsx` continues from the demo.
  await saveWorkspaceState(host.emulator, workspaceDirFor(workbook));
  log(`Saved ${path.relative(process.cwd(), workbook)}; ${outputs.docs} document(s) in docs/, ${outputs.forms} form(s) in forms/, ${outputs.mails} e-mail(s) in mail/`);
  const stats = host.emulator.stats();
  log(`Apps Script service calls: ${stats.totalCalls}; simulated Apps Script time: ${(stats.simulatedMs / 1000).toFixed(1)} s`);
  writeFileSync(path.join(outDir, 'summary.json'), `${JSON.stringify({ students, seed, lang, areas: summary }, null, 2)}\n`);
  writeFileSync(path.join(outDir, 'summary.txt'), `${lines.join('\n')}\n`);
  return 0;
}
