// The wire format between the concurrent harness (main thread, owns the emulator state) and its worker threads
// (each runs build/Code.js): service objects travel as numbered handles, plain values are structured-cloned.

/** Key of a handle reference: `{ __gasHandle: id, t: typeId, s?: shape }`. */
export const HANDLE = '__gasHandle';

/** What a worker needs to proxy a service object without asking: its methods and its constant values (enums). */
export interface Shape {
  /** "Namespace.Interface", for String(handle) and error messages. */
  type: string;
  methods: string[];
  values: Record<string, unknown>;
}

export interface HandleRef {
  [HANDLE]: number;
  /** Type id (one per emulator class); the shape is sent the first time a worker meets the type. */
  t?: number;
  s?: Shape;
}

/** Worker → main, on the worker's RPC port; the worker then blocks in Atomics.wait until the reply is there. */
export type CallMessage =
  | { op: 'call'; h: number; m: string; args: unknown[]; cpuMs: number }
  | { op: 'get'; h: number; p: string; cpuMs: number }
  | { op: 'set'; h: number; p: string; value: unknown; cpuMs: number };

/** Main → worker reply to a CallMessage; `now` is the execution's simulated clock after the call. */
export type Reply = { ok: true; value: unknown; now: number } | { ok: false; error: { name: string; message: string }; now: number };

/** Main → worker (parentPort): run one execution. */
export interface RunMessage {
  op: 'run';
  id: number;
  fn: string;
  args: unknown[];
  now: number;
}

/** Worker → main (parentPort). */
export type WorkerMessage =
  | { op: 'ready'; globals: string[] }
  | { op: 'done'; id: number; ok: boolean; value?: unknown; error?: string; cpuMs: number }
  | { op: 'fatal'; error: string };

export interface WorkerInit {
  buildDir: string;
  /** Int32Array over it: [0] = 1 when a reply is waiting. */
  signal: SharedArrayBuffer;
  /** Resolved path of gas-local (the worker bundle cannot resolve packages from the temp folder it runs from). */
  gasLocalPath: string;
  datePrelude: string | null;
  globals: Record<string, HandleRef>;
  countBundleTime: boolean;
}

export function isHandleRef(v: unknown): v is HandleRef {
  return v !== null && typeof v === 'object' && HANDLE in (v as object);
}
