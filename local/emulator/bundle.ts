// Loads build/Code.js into a vm context whose globals are the emulator's services (what gas-local's
// require does, plus a prelude so the bundle's Date follows the simulated clock). One call is one
// execution; build/*.html feed HtmlService.createHtmlOutputFromFile.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import vm from 'node:vm';
import type { Emulator, RunOptions } from './emulator';

export interface BundleHandle {
  readonly context: vm.Context;
  readonly emulator: Emulator;
  /** Calls a top-level function as one execution (as the active user, FULL auth). */
  call(fnName: string, ...args: unknown[]): unknown;
  /** Calls a top-level function as one execution with options (user, authMode). */
  run(fnName: string, args?: unknown[], opts?: RunOptions): unknown;
  /** Names of the top-level functions the bundle defines. */
  globals(): string[];
  /** build/*.html by name without extension. */
  readonly htmlFiles: Map<string, string>;
}

export interface LoadOptions {
  /** Which .js files of the folder to load (default: Code.js only, like gas-local's filter). */
  filter?: (fileName: string) => boolean;
}

/** Makes the realm's Date follow the simulated clock (also sent to the concurrent harness's workers). */
export const DATE_PRELUDE = `(function () {
  var D = Date, now = globalThis.__gasEmulatorNow;
  function EDate() {
    if (!new.target) return new D(now()).toString();
    return arguments.length ? Reflect.construct(D, arguments, new.target) : Reflect.construct(D, [now()], new.target);
  }
  EDate.prototype = D.prototype;
  EDate.now = function () { return now(); };
  EDate.parse = D.parse;
  EDate.UTC = D.UTC;
  Object.defineProperty(D.prototype, 'constructor', { value: EDate, writable: true, configurable: true });
  globalThis.Date = EDate;
})();`;

/** gas-local: loads every .js file of a folder into one vm context whose globals are the ones given. */
const gasLocal = createRequire(import.meta.url)('gas-local') as {
  require(folder: string, globals: object, options: { filter(file: string): boolean }): vm.Context;
};

export function loadBundle(emulator: Emulator, buildDir = 'build', options: LoadOptions = {}): BundleHandle {
  const filter = options.filter ?? ((f: string) => f === 'Code.js');
  const files = readdirSync(buildDir).sort();
  const globals = { ...emulator.globals() };
  // Names the emulator (and the clock prelude, which replaces Date) puts in the context are not the bundle's.
  const before = new Set([...Object.keys(globals), 'Date']);
  for (const f of files.filter((n) => n.endsWith('.html'))) emulator.htmlFiles.set(f.replace(/\.html$/, ''), readFileSync(join(buildDir, f), 'utf8'));
  // The bundle reads Date, Array... only when its functions run, so the realm and the clock prelude can be
  // installed right after gas-local has evaluated the files.
  const ctx = gasLocal.require(buildDir, globals, { filter: (file) => file.endsWith('.js') && filter(basename(file)) });
  Object.defineProperty(ctx, '__gasEmulatorNow', { value: () => emulator.nowMs(), enumerable: false });
  if (emulator.options.simulatedDateInBundle) vm.runInContext(DATE_PRELUDE, ctx, { filename: 'gas-emulator-prelude.js' });
  emulator.setRealm({
    Date: vm.runInContext('Date', ctx),
    Array: vm.runInContext('Array', ctx),
    Object: vm.runInContext('Object', ctx),
    Error: vm.runInContext('Error', ctx),
  });
  emulator.bundleContext = ctx;
  emulator.setInvoker((fn, args) => {
    const f = (ctx as Record<string, unknown>)[fn];
    if (typeof f !== 'function') throw new Error(`Script function not found: ${fn}`);
    return (f as (...a: unknown[]) => unknown)(...args);
  });
  return {
    context: ctx,
    emulator,
    htmlFiles: emulator.htmlFiles,
    call: (fnName, ...args) => emulator.run(fnName, args),
    run: (fnName, args = [], opts = {}) => emulator.run(fnName, args, opts),
    globals: () => Object.keys(ctx).filter((k) => !before.has(k) && typeof (ctx as Record<string, unknown>)[k] === 'function'),
  };
}
