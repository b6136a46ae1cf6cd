// The plan tracker area: the Work plan, its tracker and marks, the dashboard, reminders, export and the yearly roll-over.

import type { RpcMethod, TimeJob } from '../extensions';
import type { Action } from '../types';
import { openTrackerDashboard, trackerDashboardRpc } from './dashboard';
import { exportWorkPlan } from './exportWorkPlan';
import { markPlanItem } from './markPlanItem';
import { refreshPlanTracker } from './refreshPlanTracker';
import { sendPlanReminders, trackerDigestJob } from './reminders';
import { setupWorkPlan } from './setupWorkPlan';
import { startNewPlanYear } from './startNewPlanYear';

export const trackerActions: readonly Action<any>[] = [setupWorkPlan, refreshPlanTracker, openTrackerDashboard, markPlanItem, exportWorkPlan, sendPlanReminders, startNewPlanYear];

export const trackerRpcMethods: readonly RpcMethod<any, any>[] = [trackerDashboardRpc];

export const trackerTimeJobs: readonly TimeJob[] = [trackerDigestJob];
