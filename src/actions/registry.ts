// Every action of the add-on, by area, and the non-menu handlers; the menu, the CLI, the triggers,
// the sidebars and the plan tracker are all generated from these lists. Each area adds one line per list.

import type { FormSubmitHandler, RpcMethod, TimeJob } from './extensions';
import { setupActions, setupRpcMethods } from './setup';
import { registrationActions, registrationFormSubmitHandlers } from './registration';
import { trackerActions, trackerRpcMethods, trackerTimeJobs } from './tracker';
import { recordsActions, recordsRpcMethods } from './records';
import { attestationActions, attestationRpcMethods } from './attestation';
import { timetableActions, timetableRpcMethods } from './timetable';
import type { Action } from './types';

export const ACTIONS: readonly Action<any>[] = [...setupActions, ...registrationActions, ...trackerActions, ...recordsActions, ...attestationActions, ...timetableActions];

export const FORM_SUBMIT_HANDLERS: readonly FormSubmitHandler[] = [...registrationFormSubmitHandlers];

export const TIME_JOBS: readonly TimeJob[] = [...trackerTimeJobs];

export const RPC_METHODS: readonly RpcMethod<any, any>[] = [...setupRpcMethods, ...trackerRpcMethods, ...recordsRpcMethods, ...attestationRpcMethods, ...timetableRpcMethods];

export function findAction(id: string): Action<any> | undefined {
  return ACTIONS.find((a) => a.id === id);
}

export function findRpc(name: string): RpcMethod<any, any> | undefined {
  return RPC_METHODS.find((m) => m.name === name);
}
