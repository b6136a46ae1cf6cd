// The records and reports area: registers, information requests, the annual report.

import type { RpcMethod } from '../extensions';
import type { Action } from '../types';
import { answerInfoRequests, setupRecords } from './infoRequests';
import { registerIncoming, registerOutgoing } from './registerDocument';
import { reportAnnual } from './reportAnnual';
import { openRegisters, searchRegisterRpc } from './searchRegister';
import { setDocumentStatus } from './setDocumentStatus';
import { uploadIncomingFile, uploadOutgoingFile } from './uploadFile';

export const recordsActions: readonly Action<any>[] = [setupRecords, openRegisters, registerIncoming, registerOutgoing, uploadIncomingFile, uploadOutgoingFile, setDocumentStatus, answerInfoRequests, reportAnnual];

export const recordsRpcMethods: readonly RpcMethod<any, any>[] = [searchRegisterRpc];
