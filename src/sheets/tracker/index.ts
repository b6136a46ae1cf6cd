// The tracker's sheets, in the order they appear after the reference sheets.

import { planHistorySheet } from './planHistorySheet';
import { planMarksSheet } from './planMarksSheet';
import { planTrackerSheet } from './planTrackerSheet';
import { workPlanSheet } from './workPlanSheet';

export const TRACKER_SHEETS = [workPlanSheet, planTrackerSheet, planMarksSheet, planHistorySheet] as const;

export { planHistorySheet, planMarksSheet, planTrackerSheet, workPlanSheet };
