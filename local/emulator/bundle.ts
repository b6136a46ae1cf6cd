// Loads build/Code.js into a vm context whose globals are the emulator's services (what gas-local's
// require does, plus a prelude so the bundle's Date follows the simulated clock). One call is one
// execution; build/*.html feed HtmlService.createHtmlOutputFromFile.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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

const DATE_PRELUDE = `(function () {
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

export function loadBundle(emulator: Emulator, buildDir = 'build', options: LoadOptions = {}): BundleHandle {
  const filter = options.filter ?? ((f: string) => f === 'Code.js');
  const files = readdirSync(buildDir).sort();
  const ctx = vm.createContext({ ...emulator.globals() });
  Object.defineProperty(ctx, '__gasEmulatorNow', { value: () => emulator.nowMs(), enumerable: false });
  if (emulator.options.simulatedDateInBundle) vm.runInContext(DATE_PRELUDE, ctx, { filename: 'gas-emulator-prelude.js' });
  emulator.setRealm({
    Date: vm.runInContext('Date', ctx),
    Array: vm.runInContext('Array', ctx),
    Object: vm.runInContext('Object', ctx),
    Error: vm.runInContext('Error', ctx),
  });
  for (const f of files.filter((n) => n.endsWith('.html'))) emulator.htmlFiles.set(f.replace(/\.html$/, ''), readFileSync(join(buildDir, f), 'utf8'));
  const before = new Set(Object.keys(ctx));
  for (const f of files.filter((n) => n.endsWith('.js') && filter(n))) vm.runInContext(readFileSync(join(buildDir, f), 'utf8'), ctx, { filename: join(buildDir, f) });
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
