// The Setup area: preparing, validating and filling the workbook, and the language of the office.

import type { RpcMethod } from '../extensions';
import type { Action } from '../types';
import { homeRpc } from './home';
import { loadSampleUniversity } from './loadSampleUniversity';
import { setupWorkbook } from './setupWorkbook';
import { switchLanguage } from './switchLanguage';
import { validateWorkbook } from './validateWorkbook';

export const setupActions: readonly Action<any>[] = [setupWorkbook, validateWorkbook, loadSampleUniversity, switchLanguage];

export const setupRpcMethods: readonly RpcMethod<any, any>[] = [homeRpc];
