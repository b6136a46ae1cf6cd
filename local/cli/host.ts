// The local host: one emulator with build/Code.js loaded, as the CLI, the demo, the benchmark and bundle tests use it.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { createEmulator, type Emulator, loadBundle, type BundleHandle } from '../emulator';
import type { DemoActionResult, DemoHost } from '../demo/types';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const BUILD_DIR = path.join(REPO_ROOT, 'build');
export const REGISTRAR_EMAIL = 'registrar@atu.edu.kz';

export interface Host {
  emulator: Emulator;
  bundle: BundleHandle;
  runAction(actionId: string, params?: Record<string, unknown>, options?: { user?: string; lang?: string }): DemoActionResult;
}

/** Makes an emulator (owner: the registrar) and loads the built add-on into it. */
export function createHost(options: { owner?: string; buildDir?: string; start?: Date } = {}): Host {
  const buildDir = options.buildDir ?? BUILD_DIR;
  if (!existsSync(path.join(buildDir, 'Code.js'))) {
    throw new Error(`build/Code.js not found — run "npm run build" first`);
  }
  const emulator = createEmulator({ owner: options.owner ?? REGISTRAR_EMAIL, start: options.start, spreadsheetName: 'Registrar' });
  const bundle = loadBundle(emulator, buildDir);
  return {
    emulator,
    bundle,
    runAction(actionId, params = {}, opts = {}) {
      return bundle.run('runAction', [actionId, params, opts.lang], { user: opts.user }) as DemoActionResult;
    },
  };
}

export function demoHost(host: Host, outDir: string, lang: 'kk' | 'ru' | 'en', seed: number, log: (line: string) => void): DemoHost {
  return {
    call: (fn, args = [], options = {}) => host.bundle.run(fn, args, { user: options.user }) as never,
    runAction: (actionId, params, options) => host.runAction(actionId, params, { user: options?.user, lang }),
    emulator: host.emulator,
    outDir,
    lang,
    seed,
    log,
  };
}
