// The timetable area (plan items 8, 9, 15): build, check and approve class schedules; the sidebar and its RPCs.

import { defineRpc } from '../extensions';
import { facultiesSheet } from '../../sheets';
import { defineAction } from '../types';
import type { RpcMethod } from '../extensions';
import type { Action } from '../types';
import { approveTimetable, approveTimetableNow } from './approveTimetable';
import { buildTimetable, timetableStepRpc } from './buildTimetable';
import { checkTimetable } from './checkTimetable';

export const TIMETABLE_SIDEBAR_KEYS = [
  'timetable.sidebar.term', 'timetable.sidebar.studyForm', 'timetable.sidebar.faculty', 'timetable.sidebar.allFaculties', 'timetable.sidebar.build',
  'timetable.sidebar.approve', 'timetable.sidebar.check', 'timetable.sidebar.working', 'timetable.sidebar.execution', 'timetable.sidebar.done',
  'timetable.term.autumn', 'timetable.term.spring', 'timetable.term.summer',
  'timetable.studyForm.fulltime', 'timetable.studyForm.evening', 'timetable.studyForm.masters',
];

export const openTimetable = defineAction({
  id: 'openTimetable',
  area: 'B',
  planItems: [8, 9, 15],
  titleKey: 'action.openTimetable',
  inMenu: true,
  mutates: false,
  needsValidReferenceData: false,
  run(ctx) {
    const messages: Record<string, string> = {};
    for (const key of TIMETABLE_SIDEBAR_KEYS) messages[key] = ctx.t(key);
    const faculties = ctx.tables.read(facultiesSheet).rows.map((r) => r.record.code);
    ctx.ports.ui.showSidebar('timetable', ctx.t('action.openTimetable'), { lang: ctx.lang, messages, faculties });
    return { ok: true, message: ctx.t('timetable.sidebarOpened'), counts: {} };
  },
});

const approveRpc = defineRpc<Record<string, unknown>, unknown>({
  name: 'timetableApprove',
  mutates: true,
  run: (ctx, args) => approveTimetableNow(ctx, args ?? {}),
});

export const timetableActions: readonly Action<any>[] = [openTimetable, buildTimetable, checkTimetable, approveTimetable];
export const timetableRpcMethods: readonly RpcMethod<any, any>[] = [timetableStepRpc, approveRpc];
