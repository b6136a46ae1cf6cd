// The concurrent harness: N worker threads each run build/Code.js; ONE emulator state lives in the main thread and
// answers their service calls one at a time (optionally after a seeded random delay, so runs explore many
// interleavings). A tryLock/waitLock on a lock another execution holds is answered only when the lock is free or
// the wait times out, on that execution's own simulated clock. Executions are queued and handed to free workers.
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import { DATE_PRELUDE } from '../bundle';
import { GasException, GasObject } from '../core/gas';
import type { Emulator, Execution, RunOptions } from '../emulator';
import type { Submission } from '../services/forms';
import { Lock } from '../services/lock';
import { type CallMessage, HANDLE, type HandleRef, type Reply, type RunMessage, type Shape, type WorkerInit, type WorkerMessage, isHandleRef } from './protocol';

export interface ConcurrentOptions {
  /** Folder with Code.js (default 'build'). */
  buildDir?: string;
  /** Worker threads, i.e. executions running at the same time (default 8). */
  workers?: number;
  /** Seed of the scheduling randomness (delays, which waiter gets a freed lock). */
  seed?: number;
  /** Probability that a service call is answered after a delay rather than at once (default 0.5). */
  delayProbability?: number;
  /** Longest such delay, real ms (default 2; 0 = yield to the event loop only). */
  maxDelayMs?: number;
  /** Count the bundle's own time between calls (measured in the worker, wall-clock) into the simulated clock (default false). */
  countBundleTime?: boolean;
  /**
   * Which waiter gets a freed lock: 'fifo' (default; the one that asked first on the simulated clock — Google describes
   * waiters as waiting "in line for their turn") or 'random' (any waiter, seeded: explores unfair hand-overs).
   */
  lockOrder?: 'fifo' | 'random';
  /** Negative controls only: every tryLock/waitLock succeeds at once, even when another execution holds the lock. */
  brokenLocks?: boolean;
  /** Run with process.env.TZ set to the script time zone (the bundle's local dates), restored by close() (default true). */
  scriptTimeZone?: boolean;
}

export interface ConcurrentStats {
  executions: number;
  failed: number;
  /** Service calls answered (RPCs), and how many of them after a random delay. */
  calls: number;
  delayedCalls: number;
  /** Executions open at the same moment, at most. */
  maxConcurrent: number;
  /** Lock requests that had to wait for another execution; of them, how many timed out. */
  lockWaits: number;
  lockTimeouts: number;
  /** Most executions waiting for one lock at the same moment. */
  maxWaiting: number;
  /** Longest lock wait, simulated ms. */
  maxLockWaitMs: number;
  /** Locks taken and released by executions, and the simulated time they were held (total and longest), ms. */
  lockHolds: number;
  lockHeldMs: number;
  maxLockHeldMs: number;
  /** Times a lock was granted while another execution held it (brokenLocks only). */
  overlappingGrants: number;
  /** Real time from start() to the last drain(), ms. */
  wallMs: number;
}

interface Job {
  fn: string;
  args: unknown[];
  opts: RunOptions;
  arrival: number;
  resolve(v: unknown): void;
  reject(e: Error): void;
}

interface Slot {
  index: number;
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
  knownTypes: Set<number>;
  exec: Execution | null;
  job: Job | null;
  runId: number;
  laneClock: number;
  waiting: boolean;
  dead: boolean;
}

interface Waiter {
  slot: Slot;
  msg: CallMessage & { op: 'call' };
  lock: Lock;
  since: number;
  deadline: number;
}

let workerFile: string | undefined;

/** Compiles worker.ts (and protocol.ts) into one CommonJS file once per process. */
function compiledWorker(): string {
  if (workerFile) return workerFile;
  const entry = fileURLToPath(new URL('./worker.ts', import.meta.url));
  const result = buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, logLevel: 'silent' });
  const file = join(tmpdir(), `gas-concurrent-worker-${process.pid}-${Date.now()}.cjs`);
  writeFileSync(file, result.outputFiles[0].text);
  process.once('exit', () => rmSync(file, { force: true }));
  workerFile = file;
  return file;
}

/** mulberry32: a small seeded random source. */
function seeded(seed: number): () => number {
  let a = seed >>> 0 || 0x9e3779b9;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const execNow = (e: Execution) => (e.clock ?? 0) + (e.remoteCpuMs ?? 0);

export class ConcurrentRunner {
  readonly options: Required<ConcurrentOptions>;
  readonly stats: ConcurrentStats = {
    executions: 0,
    failed: 0,
    calls: 0,
    delayedCalls: 0,
    maxConcurrent: 0,
    lockWaits: 0,
    lockTimeouts: 0,
    maxWaiting: 0,
    maxLockWaitMs: 0,
    lockHolds: 0,
    lockHeldMs: 0,
    maxLockHeldMs: 0,
    overlappingGrants: 0,
    wallMs: 0,
  };
  /** Executions that threw: function, user and message (trigger failures also go to emu.triggerErrors). */
  readonly failures: { fn: string; user: string; message: string }[] = [];
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly waiters = new Map<string, Waiter[]>();
  private readonly acquiredAt = new Map<string, number>();
  private readonly handles = new Map<number, object>();
  private readonly handleIds = new WeakMap<object, number>();
  private readonly typeIds = new Map<object, number>();
  private readonly shapes = new Map<number, Shape>();
  private readonly random: () => number;
  private idle: (() => void)[] = [];
  private nextRun = 1;
  private deliveries = 1;
  private started = 0;
  private savedTz: string | undefined;
  private closed = false;

  constructor(
    readonly emu: Emulator,
    options: ConcurrentOptions = {},
  ) {
    this.options = {
      buildDir: options.buildDir ?? 'build',
      workers: options.workers ?? 8,
      seed: options.seed ?? 1,
      delayProbability: options.delayProbability ?? 0.5,
      maxDelayMs: options.maxDelayMs ?? 2,
      countBundleTime: options.countBundleTime ?? false,
      lockOrder: options.lockOrder ?? 'fifo',
      brokenLocks: options.brokenLocks ?? false,
      scriptTimeZone: options.scriptTimeZone ?? true,
    };
    this.random = seeded(this.options.seed);
    if (emu.hasBundle) throw new Error('concurrent harness: the emulator already has a bundle loaded in this thread; use a fresh emulator');
  }

  /** Starts the workers (each loads the bundle) and routes emu.run — and so form-submit and clock triggers — to them. */
  async start(): Promise<this> {
    this.started = performance.now();
    if (this.options.scriptTimeZone) {
      this.savedTz = process.env.TZ;
      process.env.TZ = this.emu.options.timeZone;
    }
    for (const f of readdirSync(this.options.buildDir).filter((n) => n.endsWith('.html'))) {
      this.emu.htmlFiles.set(f.replace(/\.html$/, ''), readFileSync(join(this.options.buildDir, f), 'utf8'));
    }
    const file = compiledWorker();
    const gasLocalPath = createRequire(import.meta.url).resolve('gas-local');
    const globals = this.emu.globals();
    const ready: Promise<void>[] = [];
    for (let i = 0; i < this.options.workers; i++) {
      const { port1, port2 } = new MessageChannel();
      const sab = new SharedArrayBuffer(4);
      const slot: Slot = { index: i, worker: undefined as unknown as Worker, port: port1, signal: new Int32Array(sab), knownTypes: new Set(), exec: null, job: null, runId: 0, laneClock: 0, waiting: false, dead: false };
      const refs: Record<string, HandleRef> = {};
      for (const [name, proxy] of Object.entries(globals)) refs[name] = this.encode(slot, proxy) as HandleRef;
      const init: WorkerInit & { port: MessagePort } = { buildDir: this.options.buildDir, signal: sab, gasLocalPath, datePrelude: this.emu.options.simulatedDateInBundle ? DATE_PRELUDE : null, globals: refs, countBundleTime: this.options.countBundleTime, port: port2 };
      const worker = new Worker(file, { workerData: init, transferList: [port2] });
      slot.worker = worker;
      port1.on('message', (m: CallMessage) => this.onCall(slot, m));
      ready.push(
        new Promise<void>((resolve, reject) => {
          worker.on('message', (m: WorkerMessage) => {
            if (m.op === 'ready') resolve();
            else if (m.op === 'fatal') reject(new Error(`worker ${i}: ${m.error}`));
            else if (m.op === 'done') this.onDone(slot, m);
          });
          worker.on('error', (e) => {
            reject(e);
            this.crash(slot, e);
          });
          worker.on('exit', (code) => {
            if (this.closed) return;
            const e = new Error(`worker ${i} exited (code ${code})`);
            reject(e);
            this.crash(slot, e);
          });
        }),
      );
      this.slots.push(slot);
    }
    await Promise.all(ready);
    this.emu.remoteRunner = (fn, args, opts) => this.runFromEmulator(fn, args, opts);
    return this;
  }

  /** One execution of a bundle global in a free worker; resolves with its result (host values), rejects with its error. */
  run(fn: string, args: unknown[] = [], opts: RunOptions = {}): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.queue.push({ fn, args, opts, arrival: this.emu.nowMs(), resolve, reject });
      this.dispatch();
    });
  }

  /** A respondent submits (recorded at once, as Google does); the trigger executions are queued (`deliveries` times each). */
  submitForm(formId: string, submission: Submission, deliveries = 1): string {
    this.deliveries = deliveries;
    try {
      return this.emu.submitForm(formId, submission);
    } finally {
      this.deliveries = 1;
    }
  }

  /** Changes the random delays from now on (e.g. none while a workbook is set up, then some for the burst). */
  jitter(delayProbability: number, maxDelayMs = this.options.maxDelayMs): void {
    this.options.delayProbability = delayProbability;
    this.options.maxDelayMs = maxDelayMs;
  }

  /** Zeroes the counters (e.g. after a workbook's setup, before the burst being measured). */
  resetStats(): void {
    for (const k of Object.keys(this.stats) as (keyof ConcurrentStats)[]) this.stats[k] = 0;
    this.started = performance.now();
  }

  /** Waits until every queued execution has finished. */
  async drain(): Promise<void> {
    while (this.queue.length > 0 || this.slots.some((s) => s.exec)) await new Promise<void>((r) => this.idle.push(r));
    this.stats.wallMs = performance.now() - this.started;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.emu.remoteRunner) this.emu.remoteRunner = undefined;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    for (const s of this.slots) s.port.close();
    if (this.options.scriptTimeZone) {
      if (this.savedTz === undefined) delete process.env.TZ;
      else process.env.TZ = this.savedTz;
    }
  }

  // ---- executions -----------------------------------------------------------------------------

  /** emu.run with no bundle in this thread (form-submit and clock triggers, open, install): queued; a failure is a trigger error. */
  private runFromEmulator(fn: string, args: unknown[], opts: RunOptions): Promise<unknown> {
    const runs: Promise<unknown>[] = [];
    for (let i = 0; i < this.deliveries; i++) {
      runs.push(
        this.run(fn, args, opts).catch((e: Error) => {
          this.emu.triggerErrors.push({ handler: fn, message: e.message, at: this.emu.now() });
          return undefined;
        }),
      );
    }
    return Promise.all(runs);
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.exec || slot.dead) continue;
      const job = this.queue.shift() as Job;
      const exec = this.emu.openExecution(job.fn, job.opts, Math.max(job.arrival, slot.laneClock));
      slot.exec = exec;
      slot.job = job;
      slot.runId = this.nextRun++;
      const open = this.slots.filter((s) => s.exec).length;
      this.stats.maxConcurrent = Math.max(this.stats.maxConcurrent, open);
      const msg: RunMessage = { op: 'run', id: slot.runId, fn: job.fn, args: job.args.map((a) => this.encode(slot, a)), now: execNow(exec) };
      slot.worker.postMessage(msg);
    }
  }

  private onDone(slot: Slot, m: WorkerMessage & { op: 'done' }): void {
    const exec = slot.exec;
    const job = slot.job;
    if (!exec || !job || m.id !== slot.runId) return;
    if (this.options.countBundleTime) exec.remoteCpuMs = m.cpuMs;
    const held = [...exec.locks];
    const end = this.emu.closeExecution(exec, m.ok ? undefined : m.error);
    slot.exec = null;
    slot.job = null;
    slot.laneClock = end;
    if (end > this.emu.nowMs()) this.emu.advance(end - this.emu.nowMs());
    this.stats.executions++;
    for (const key of held) this.released(key, end);
    if (m.ok && !exec.killed) job.resolve(this.decode(m.value));
    else {
      this.stats.failed++;
      const message = exec.killed ? 'Exceeded maximum execution time' : (m.error ?? 'failed');
      this.failures.push({ fn: job.fn, user: exec.user, message });
      job.reject(new GasException(message));
    }
    this.dispatch();
    this.checkStall();
    if (this.queue.length === 0 && !this.slots.some((s) => s.exec)) for (const r of this.idle.splice(0)) r();
  }

  private crash(slot: Slot, e: Error): void {
    slot.dead = true;
    const job = slot.job;
    if (slot.exec) this.emu.closeExecution(slot.exec, `worker crashed: ${e.message}`);
    slot.exec = null;
    slot.job = null;
    job?.reject(e);
    if (this.slots.every((s) => s.dead)) for (const j of this.queue.splice(0)) j.reject(new Error('concurrent harness: every worker has stopped'));
    this.dispatch();
    if (this.queue.length === 0 && !this.slots.some((s) => s.exec)) for (const r of this.idle.splice(0)) r();
  }

  // ---- service calls --------------------------------------------------------------------------

  private onCall(slot: Slot, msg: CallMessage): void {
    const exec = slot.exec;
    if (!exec) return;
    if (this.options.countBundleTime) exec.remoteCpuMs = msg.cpuMs;
    const p = this.options.delayProbability;
    if (p > 0 && this.random() < p) {
      this.stats.delayedCalls++;
      const ms = Math.floor(this.random() * (this.options.maxDelayMs + 1));
      if (ms === 0) setImmediate(() => this.handle(slot, msg));
      else setTimeout(() => this.handle(slot, msg), ms);
    } else this.handle(slot, msg);
  }

  private handle(slot: Slot, msg: CallMessage): void {
    const exec = slot.exec;
    if (!exec) return;
    const raw = this.handles.get(msg.h);
    if (msg.op === 'call' && raw instanceof Lock && (msg.m === 'tryLock' || msg.m === 'waitLock') && this.emu.inExecution(exec, () => raw._heldByAnotherExecution())) {
      if (this.options.brokenLocks) {
        this.stats.overlappingGrants++;
        this.answer(slot, { ok: true, value: msg.m === 'tryLock' ? true : undefined, now: execNow(exec) });
        return;
      }
      this.wait(slot, msg, raw);
      return;
    }
    this.perform(slot, msg);
  }

  /** Performs a call as its execution and answers it. */
  private perform(slot: Slot, msg: CallMessage, body?: () => unknown): void {
    const exec = slot.exec as Execution;
    const heldBefore = [...exec.locks];
    let reply: Reply;
    try {
      const value = this.emu.inExecution(exec, () => {
        if (body) return body();
        const raw = this.handles.get(msg.h);
        if (!raw) throw new GasException(`Unknown object (handle ${msg.h})`);
        const proxy = this.emu.bridge.expose(raw) as Record<string, unknown>;
        if (msg.op === 'call') {
          const f = proxy[msg.m];
          if (typeof f !== 'function') throw new GasException(`TypeError: ${msg.m} is not a function`);
          return (f as (...a: unknown[]) => unknown)(...msg.args.map((a) => this.decode(a, true)));
        }
        if (msg.op === 'get') return proxy[msg.p];
        proxy[msg.p] = this.decode(msg.value, true);
        return undefined;
      });
      reply = { ok: true, value: this.encode(slot, value), now: execNow(exec) };
    } catch (e) {
      const err = e as Error;
      reply = { ok: false, error: { name: err?.name ?? 'Error', message: err?.message ?? String(e) }, now: execNow(exec) };
    }
    this.stats.calls++;
    for (const key of exec.locks) if (!heldBefore.includes(key)) this.acquiredAt.set(key, execNow(exec));
    this.answer(slot, reply);
    for (const key of heldBefore) if (!exec.locks.has(key)) this.released(key, execNow(exec));
    this.expireWaitersBehind(exec);
  }

  private answer(slot: Slot, reply: Reply): void {
    slot.port.postMessage(reply);
    Atomics.store(slot.signal, 0, 1);
    Atomics.notify(slot.signal, 0);
  }

  // ---- locks ----------------------------------------------------------------------------------

  private wait(slot: Slot, msg: CallMessage & { op: 'call' }, lock: Lock): void {
    const exec = slot.exec as Execution;
    const timeout = Math.max(0, Number(msg.args[0]) || 0);
    const since = execNow(exec);
    const list = this.waiters.get(lock._key) ?? [];
    list.push({ slot, msg, lock, since, deadline: since + timeout });
    this.waiters.set(lock._key, list);
    slot.waiting = true;
    this.stats.lockWaits++;
    this.stats.maxWaiting = Math.max(this.stats.maxWaiting, list.length);
    this.checkStall();
  }

  /** A lock became free at simulated time `at` (its holder's clock): time out the waits it outlasted, grant one. */
  private released(key: string, at: number): void {
    const since = this.acquiredAt.get(key);
    if (since !== undefined) {
      this.acquiredAt.delete(key);
      this.stats.lockHolds++;
      this.stats.lockHeldMs += at - since;
      this.stats.maxLockHeldMs = Math.max(this.stats.maxLockHeldMs, at - since);
    }
    const list = this.waiters.get(key);
    if (!list || list.length === 0 || this.emu.locks.has(key)) return;
    for (const w of list.filter((x) => x.deadline < at)) this.timeOut(w);
    const rest = this.waiters.get(key) ?? [];
    if (rest.length === 0) return;
    // 'fifo': the waiter that asked first on the simulated clock (ties: the first in real order).
    const w = this.options.lockOrder === 'fifo' ? rest.reduce((a, b) => (b.since < a.since ? b : a)) : rest[Math.floor(this.random() * rest.length)];
    this.remove(w);
    const exec = w.slot.exec as Execution;
    const waited = Math.max(0, at - w.since);
    this.stats.maxLockWaitMs = Math.max(this.stats.maxLockWaitMs, waited);
    exec.clock = (exec.clock ?? 0) + waited;
    w.slot.waiting = false;
    this.perform(w.slot, w.msg);
  }

  /** The holder's clock went past a waiter's deadline: that wait has timed out. */
  private expireWaitersBehind(exec: Execution): void {
    for (const key of exec.locks) {
      const list = this.waiters.get(key);
      if (!list) continue;
      for (const w of list.filter((x) => x.deadline < execNow(exec))) this.timeOut(w);
    }
  }

  private timeOut(w: Waiter): void {
    this.remove(w);
    this.stats.lockTimeouts++;
    w.slot.waiting = false;
    const timeout = w.deadline - w.since;
    this.stats.maxLockWaitMs = Math.max(this.stats.maxLockWaitMs, timeout);
    this.perform(w.slot, w.msg, () => this.emu._call(`LockService.Lock.${w.msg.m}`, () => w.lock._timedOut(w.msg.m as 'tryLock' | 'waitLock', timeout)));
  }

  private remove(w: Waiter): void {
    const list = this.waiters.get(w.lock._key) ?? [];
    const i = list.indexOf(w);
    if (i >= 0) list.splice(i, 1);
  }

  /** Every open execution waits for a lock (e.g. two locks taken in opposite orders): the earliest deadline runs out. */
  private checkStall(): void {
    const open = this.slots.filter((s) => s.exec);
    if (open.length === 0 || open.some((s) => !s.waiting)) return;
    const all = [...this.waiters.values()].flat();
    if (all.length === 0) return;
    all.sort((a, b) => a.deadline - b.deadline);
    this.timeOut(all[0]);
  }

  // ---- values across the thread boundary -------------------------------------------------------

  private typeId(raw: object): number {
    const ctor = raw.constructor;
    let id = this.typeIds.get(ctor);
    if (id !== undefined) return id;
    id = this.typeIds.size + 1;
    this.typeIds.set(ctor, id);
    const methods = new Set<string>();
    for (let p = Object.getPrototypeOf(raw); p && p !== GasObject.prototype && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
      for (const name of Object.getOwnPropertyNames(p)) {
        if (name === 'constructor' || name.startsWith('_')) continue;
        if (typeof Object.getOwnPropertyDescriptor(p, name)?.value === 'function') methods.add(name);
      }
    }
    const values: Record<string, unknown> = {};
    for (const name of Object.keys(raw)) if (/^[A-Z]/.test(name)) values[name] = (raw as Record<string, unknown>)[name];
    this.shapes.set(id, { type: (ctor as unknown as { gasType: string }).gasType, methods: [...methods], values });
    return id;
  }

  /** Host values → cloneable values for a worker (service objects become handles; shapes sent once per worker). */
  private encode(slot: Slot, v: unknown): unknown {
    if (typeof v === 'function' || typeof v === 'symbol') return undefined;
    if (v === null || typeof v !== 'object') return v;
    if (v instanceof GasObject) {
      const raw = this.emu.bridge.rawFor(v) as object;
      let id = this.handleIds.get(raw);
      if (id === undefined) {
        id = this.handles.size + 1;
        this.handles.set(id, raw);
        this.handleIds.set(raw, id);
      }
      const t = this.typeId(raw);
      const ref: HandleRef = { [HANDLE]: id, t };
      if (!slot.knownTypes.has(t)) {
        slot.knownTypes.add(t);
        const shape = this.shapes.get(t) as Shape;
        ref.s = { ...shape, values: this.encode(slot, shape.values) as Record<string, unknown> };
      }
      return ref;
    }
    if (Object.prototype.toString.call(v) === '[object Date]') return new Date((v as Date).getTime());
    if (Array.isArray(v)) {
      const a = new Array(v.length);
      for (let i = 0; i < v.length; i++) a[i] = this.encode(slot, v[i]);
      return a;
    }
    if (ArrayBuffer.isView(v)) return v;
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v)) o[k] = this.encode(slot, (v as Record<string, unknown>)[k]);
    return o;
  }

  /** Worker values → host values (handles become the emulator's objects: raw for service arguments, else proxies). */
  private decode(v: unknown, raw = false): unknown {
    if (v === null || typeof v !== 'object') return v;
    if (v instanceof Date || ArrayBuffer.isView(v)) return v;
    if (isHandleRef(v)) {
      const obj = this.handles.get(v[HANDLE]);
      if (!obj) throw new GasException(`Unknown object (handle ${v[HANDLE]})`);
      return raw ? obj : this.emu.bridge.expose(obj);
    }
    if (Array.isArray(v)) return v.map((x) => this.decode(x, raw));
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v)) o[k] = this.decode((v as Record<string, unknown>)[k], raw);
    return o;
  }
}

/** Makes and starts a runner for `emu` (which must not have a bundle loaded in this thread). */
export async function startConcurrent(emu: Emulator, options: ConcurrentOptions = {}): Promise<ConcurrentRunner> {
  return new ConcurrentRunner(emu, options).start();
}
