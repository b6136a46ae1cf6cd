// A private copy of build/ for the tracker's bundle tests, so a teammate's rebuild in the shared tree cannot pull it away mid-run.

import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BUILD_DIR, createHost, type Host } from '../../local/cli/host';

let copied: string | null = null;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The build copied once per test file (waits up to a minute for a rebuild in progress). */
export function privateBuildDir(): string {
  if (copied) return copied;
  for (let i = 0; i < 120 && !existsSync(path.join(BUILD_DIR, 'Code.js')); i++) sleep(500);
  const dir = mkdtempSync(path.join(tmpdir(), 'tracker-build-'));
  cpSync(BUILD_DIR, dir, { recursive: true });
  copied = dir;
  return dir;
}

export function trackerHost(start = new Date('2026-09-10T05:00:00Z')): Host {
  return createHost({ start, buildDir: privateBuildDir() });
}

/** Runs an action in English and fails the test with its message when it does not succeed. */
export function mustRun(host: Host, id: string, params: Record<string, unknown> = {}) {
  const r = host.runAction(id, params, { lang: 'en' });
  if (!r.ok) throw new Error(`${id}: ${r.message}`);
  return r;
}

/** A 60-student sample with the registers set up (and the work plan, when the test needs the tracker's evidence). */
export function registersHost(options: { workPlan?: boolean } = {}): Host {
  const host = trackerHost();
  mustRun(host, 'setupWorkbook');
  mustRun(host, 'loadSampleUniversity', { students: 60, seed: 5 });
  if (options.workPlan) mustRun(host, 'setupWorkPlan');
  mustRun(host, 'setupRecords');
  return host;
}
