// Handlers that are not menu actions: form-submit and time-driven trigger jobs, and sidebar RPC methods.
// Each area appends its handlers to the lists in ./registry.ts; main.ts exposes one global per kind.

import type { SubmittedResponse } from '../ports';
import type { ActionContext } from './types';

/** Handles a response of a form the add-on generated; must be fast and idempotent (safe to run twice). */
export interface FormSubmitHandler {
  id: string;
  /** True when this handler owns the form (e.g. the form id is in its sheet). */
  owns(ctx: ActionContext, formId: string): boolean;
  /** Records the response; takes the document lock itself unless `lockHeld` (the trigger entry takes it first). */
  handle(ctx: ActionContext, response: SubmittedResponse, options?: { lockHeld?: boolean }): void;
}

/** A job run by the hourly time-driven trigger (reminders, resuming long jobs). */
export interface TimeJob {
  id: string;
  run(ctx: ActionContext): void;
}

/** A server function the sidebars call through the typed client; takes and returns plain JSON (no Dates). */
export interface RpcMethod<A = unknown, R = unknown> {
  name: string;
  /** Runs under the document lock. */
  mutates: boolean;
  run(ctx: ActionContext, args: A): R;
}

export function defineRpc<A, R>(method: RpcMethod<A, R>): RpcMethod<A, R> {
  return method;
}
