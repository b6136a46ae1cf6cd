// The attestation area (menu B and C): grade statements, final grades, referrals, session and midterm monitoring,
// ratings, academic debts and re-study streams.

import type { RpcMethod } from '../extensions';
import type { Action } from '../types';
import { changeGrade } from './changeGrade';
import { computeFinalGrades } from './computeFinalGrades';
import { computeRatings } from './computeRatings';
import { createGradeSheets } from './createGradeSheets';
import { createReferrals } from './createReferrals';
import { fillSampleGrades } from './fillSampleGrades';
import { formRetakeStreamsAction } from './formRetakeStreams';
import { listAcademicDebts } from './listAcademicDebts';
import { monitorMidterms } from './monitorMidterms';
import { monitorSessionAction, sessionMonitoringRpc } from './monitorSession';
import { printStatements } from './printStatements';

export const attestationActions: readonly Action<any>[] = [
  createGradeSheets,
  computeFinalGrades,
  monitorSessionAction,
  printStatements,
  createReferrals,
  changeGrade,
  computeRatings,
  listAcademicDebts,
  formRetakeStreamsAction,
  monitorMidterms,
  fillSampleGrades,
];

export const attestationRpcMethods: readonly RpcMethod<any, any>[] = [sessionMonitoringRpc];
