// The sidebars' typed client for the server's globals (google.script.run), promise-based, JSON only.

import type { ActionResult } from '../actions/types';

/** What the sidebars may call on the server; the types come from the server's own modules. */
export interface ServerApi {
  runAction(actionId: string, params?: Record<string, unknown>): ActionResult;
  rpc(name: string, args?: unknown): { ok: true; value: unknown } | { ok: false; message: string };
}

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

/** Calls a server function; at most 10 calls may be in flight in Apps Script, so callers await each one. */
export function callServer<K extends keyof ServerApi>(name: K, ...args: Parameters<ServerApi[K]>): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler((v) => resolve(v as ReturnType<ServerApi[K]>)).withFailureHandler(reject);
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

/** Calls an RPC method by name and unwraps its value, throwing the localized message on failure. */
export async function callRpc<T>(name: string, args?: unknown): Promise<T> {
  const reply = await callServer('rpc', name, args);
  if (!reply.ok) throw new Error(reply.message);
  return reply.value as T;
}
