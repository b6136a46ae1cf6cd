// `registrar run ACTION`: applies one menu action to a workbook file; on failure prints the localized problems and leaves the file untouched.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { flag, langFlag, params, type ParsedArgs } from '../args';
import { createHost } from '../host';
import { loadWorkbook, loadWorkspaceState, saveOutputs, saveWorkbook, saveWorkspaceState, workspaceDirFor } from '../persist';

export async function runCommand(args: ParsedArgs): Promise<number> {
  const actionId = args.positional[1];
  const file = flag(args, 'workbook');
  if (!actionId || !file) {
    console.error('usage: registrar run ACTION --workbook FILE.xlsx [--as EMAIL] [--lang kk|ru|en] [--out DIR] [--param key=value ...]');
    return 2;
  }
  if (!existsSync(file)) {
    console.error(`Workbook not found: ${file}`);
    return 2;
  }
  const lang = langFlag(args);
  const host = createHost();
  await loadWorkbook(host.emulator, file);
  const workspace = workspaceDirFor(file);
  loadWorkspaceState(host.emulator, workspace);
  const user = flag(args, 'as');
  const result = host.runAction(actionId, params(args), { user, lang });
  console.log(result.message);
  const problems = (result as { problems?: Array<{ message?: string }> }).problems ?? [];
  for (const p of problems.slice(0, 200)) console.log(`  ${p.message ?? JSON.stringify(p)}`);
  if (problems.length > 200) console.log(`  … ${problems.length - 200} more`);
  if (!result.ok) return 1;
  await saveWorkbook(host.emulator, file);
  await saveWorkspaceState(host.emulator, workspace);
  const out = flag(args, 'out');
  if (out) await saveOutputs(host.emulator, path.resolve(out));
  const stats = host.emulator.stats();
  console.log(`Saved ${path.resolve(file)} — ${stats.totalCalls} service calls, ${(stats.simulatedMs / 1000).toFixed(1)} simulated s`);
  return 0;
}
