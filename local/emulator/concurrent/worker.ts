// A worker thread of the concurrent harness: loads build/Code.js with gas-local into its own vm context whose
// globals are proxies of the main thread's services; every service call is a synchronous RPC (postMessage, then
// Atomics.wait until the main thread answers — late when it waits for a lock, as Apps Script's waitLock does).
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { type MessagePort, parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { type CallMessage, HANDLE, type HandleRef, type Reply, type RunMessage, type Shape, type WorkerInit, type WorkerMessage, isHandleRef } from './protocol';

const init = workerData as WorkerInit & { port: MessagePort };
const port = init.port;
const signal = new Int32Array(init.signal);
const out = parentPort as NonNullable<typeof parentPort>;

interface RealmCtors {
  Date: DateConstructor;
  Array: ArrayConstructor;
  Object: ObjectConstructor;
  Error: ErrorConstructor;
}
let realm: RealmCtors = { Date, Array, Object, Error };

// ---- time: the execution's simulated clock as last reported by the main thread (+ the bundle's own time) ----
let lastNow = 0;
let lastReturn = performance.now();
let bundleMs = 0;
const sinceReturn = () => (init.countBundleTime ? performance.now() - lastReturn : 0);
const now = () => lastNow + sinceReturn();

// ---- handles ----
const shapes = new Map<number, Shape>();
const proxies = new Map<number, object>();
const handleOf = new WeakMap<object, number>();

function realmError(e: { name: string; message: string }): Error {
  const err = new realm.Error(e.message);
  err.name = e.name;
  return err;
}

function rpc(msg: CallMessage): unknown {
  bundleMs += sinceReturn();
  msg.cpuMs = bundleMs;
  port.postMessage(msg);
  while (Atomics.load(signal, 0) === 0) Atomics.wait(signal, 0, 0);
  Atomics.store(signal, 0, 0);
  const got = receiveMessageOnPort(port);
  if (!got) throw new Error('concurrent harness: a reply was signalled but none arrived');
  const reply = got.message as Reply;
  lastNow = reply.now;
  lastReturn = performance.now();
  if (!reply.ok) throw realmError(reply.error);
  return decode(reply.value);
}

function proxyFor(ref: HandleRef): object {
  const id = ref[HANDLE];
  if (ref.s && ref.t !== undefined) shapes.set(ref.t, ref.s);
  const known = proxies.get(id);
  if (known) return known;
  const shape = ref.t !== undefined ? shapes.get(ref.t) : undefined;
  if (!shape) throw new Error(`concurrent harness: no shape for handle ${id}`);
  const methods = new Set(shape.methods);
  const fns = new Map<string, unknown>();
  let values: Record<string, unknown> | undefined;
  const short = shape.type.split('.').pop() ?? shape.type;
  const proxy = new Proxy(Object.create(null) as object, {
    get(_t, prop) {
      if (typeof prop === 'symbol') return undefined;
      const fn = fns.get(prop);
      if (fn) return fn;
      if (methods.has(prop)) {
        const f = (...args: unknown[]) => rpc({ op: 'call', h: id, m: prop, args: args.map(encode), cpuMs: 0 });
        fns.set(prop, f);
        return f;
      }
      values ??= decode(shape.values) as Record<string, unknown>;
      if (prop in values) return values[prop];
      if (prop === 'toString') return () => short;
      if (prop === 'then' || prop === 'toJSON' || prop === 'valueOf') return undefined;
      return rpc({ op: 'get', h: id, p: prop, cpuMs: 0 });
    },
    set(_t, prop, value) {
      if (typeof prop !== 'string') return false;
      rpc({ op: 'set', h: id, p: prop, value: encode(value), cpuMs: 0 });
      return true;
    },
    has(_t, prop) {
      values ??= decode(shape.values) as Record<string, unknown>;
      return typeof prop === 'string' && (methods.has(prop) || prop in values);
    },
  });
  proxies.set(id, proxy);
  handleOf.set(proxy, id);
  return proxy;
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** Main-thread values → values of the bundle's realm (handles become proxies). */
function decode(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (v instanceof Date) return new realm.Date(v.getTime());
  if (Array.isArray(v)) {
    const a = new realm.Array(v.length);
    for (let i = 0; i < v.length; i++) a[i] = decode(v[i]);
    return a;
  }
  if (ArrayBuffer.isView(v)) return v;
  if (isHandleRef(v)) return proxyFor(v);
  const o = new realm.Object() as Record<string, unknown>;
  for (const k of Object.keys(v)) o[k] = decode((v as Record<string, unknown>)[k]);
  return o;
}

/** Bundle values → cloneable values (proxies become handle references, realm Dates host Dates). */
function encode(v: unknown): unknown {
  if (typeof v === 'function' || typeof v === 'symbol') return undefined;
  if (v === null || typeof v !== 'object') return v;
  const h = handleOf.get(v);
  if (h !== undefined) return { [HANDLE]: h };
  if (isDate(v)) return new Date(v.getTime());
  if (Array.isArray(v)) {
    const a = new Array(v.length);
    for (let i = 0; i < v.length; i++) a[i] = encode(v[i]);
    return a;
  }
  if (ArrayBuffer.isView(v)) return v;
  const o: Record<string, unknown> = {};
  for (const k of Object.keys(v)) o[k] = encode((v as Record<string, unknown>)[k]);
  return o;
}

// ---- load the bundle ----
let ctx: vm.Context;
try {
  const globals: Record<string, unknown> = {};
  for (const [name, ref] of Object.entries(init.globals)) globals[name] = proxyFor(ref);
  const gasLocal = require(init.gasLocalPath) as { require(folder: string, globals: object, options: { filter(file: string): boolean }): vm.Context };
  ctx = gasLocal.require(init.buildDir, globals, { filter: (file) => /(^|\/)Code\.js$/.test(file) });
  Object.defineProperty(ctx, '__gasEmulatorNow', { value: now, enumerable: false });
  if (init.datePrelude) vm.runInContext(init.datePrelude, ctx, { filename: 'gas-emulator-prelude.js' });
  realm = { Date: vm.runInContext('Date', ctx), Array: vm.runInContext('Array', ctx), Object: vm.runInContext('Object', ctx), Error: vm.runInContext('Error', ctx) };
  const names = Object.keys(ctx).filter((k) => typeof (ctx as Record<string, unknown>)[k] === 'function' && !(k in init.globals));
  out.postMessage({ op: 'ready', globals: names } satisfies WorkerMessage);
} catch (e) {
  out.postMessage({ op: 'fatal', error: String((e as Error)?.stack ?? e) } satisfies WorkerMessage);
}

out.on('message', (m: RunMessage) => {
  if (m.op !== 'run') return;
  lastNow = m.now;
  bundleMs = 0;
  lastReturn = performance.now();
  let msg: WorkerMessage;
  try {
    const f = (ctx as Record<string, unknown>)[m.fn];
    if (typeof f !== 'function') throw new Error(`Script function not found: ${m.fn}`);
    const value = (f as (...a: unknown[]) => unknown)(...m.args.map(decode));
    bundleMs += sinceReturn();
    msg = { op: 'done', id: m.id, ok: true, value: encode(value), cpuMs: bundleMs };
  } catch (e) {
    bundleMs += sinceReturn();
    const message = e !== null && typeof e === 'object' && 'message' in e ? String((e as Error).message) : String(e);
    msg = { op: 'done', id: m.id, ok: false, error: message, cpuMs: bundleMs };
  }
  out.postMessage(msg);
});
