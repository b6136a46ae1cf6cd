// `registrar run ACTION`: applies one menu action to a workbook file; on failure prints the localized problems and leaves the file untouched.
// `--file PATH` sends a local file as the sidebar would (name + base64): registerIncoming/registerOutgoing then upload it with the registration.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { flag, langFlag, params, type ParsedArgs } from '../args';
import { createHost } from '../host';
import { loadWorkbook, loadWorkspaceState, saveOutputs, saveWorkbook, saveWorkspaceState, workspaceDirFor } from '../persist';

export async function runCommand(args: ParsedArgs): Promise<number> {
  const actionId = args.positional[1];
  const file = flag(args, 'workbook');
  if (!actionId || !file) {
    console.error('usage: registrar run ACTION --workbook FILE.xlsx [--as EMAIL] [--lang kk|ru|en] [--out DIR] [--param key=value ...] [--file PATH]');
    return 2;
  }
  if (!existsSync(file)) {
    console.error(`Workbook not found: ${file}`);
    return 2;
  }
  const upload = fileParams(flag(args, 'file'));
  if (upload === null) return 2;
  const lang = langFlag(args);
  const host = createHost();
  await loadWorkbook(host.emulator, file);
  const workspace = workspaceDirFor(file);
  await loadWorkspaceState(host.emulator, workspace);
  const user = flag(args, 'as');
  const runId = 'base64' in upload ? (UPLOAD_ACTIONS[actionId] ?? actionId) : actionId;
  if (runId !== actionId) console.log(`${actionId} with a file: running ${runId}`);
  const result = host.runAction(runId, { ...params(args), ...upload }, { user, lang });
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

/** Registering with a file is the upload action of the same register (as the sidebar does it). */
const UPLOAD_ACTIONS: Record<string, string> = { registerIncoming: 'uploadIncomingFile', registerOutgoing: 'uploadOutgoingFile' };

/** The params a sidebar sends for a chosen file; {} without --file; null (after printing why) when the file cannot be read. */
function fileParams(file: string | undefined): Record<string, unknown> | null {
  if (file === undefined) return {};
  if (!existsSync(file)) {
    console.error(`File not found: ${file}`);
    return null;
  }
  return { fileName: path.basename(file), base64: readFileSync(file).toString('base64') };
}
