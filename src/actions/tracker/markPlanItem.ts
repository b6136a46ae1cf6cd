// Marks a plan item occurrence by hand (done, in progress, not applicable, or reset): the person is the Google account, never typed.

import { RegistrarError } from '../../domain/errors';
import { neutraliseText } from '../../domain/values';
import { formatTable, headerRow } from '../../sheets/schema';
import { planMarksSheet, type PlanMarkRow } from '../../sheets/tracker/planMarksSheet';
import { defineAction } from '../types';
import { loadPlanData } from './planData';
import { refreshTracker } from './refreshPlanTracker';

export interface MarkParams {
  no: string;
  occurrenceKey: string;
  status: 'done' | 'inProgress' | 'notApplicable' | 'notStarted';
  note?: string;
}

const STATUSES = new Set(['done', 'inProgress', 'notApplicable', 'notStarted']);

export const markPlanItem = defineAction<MarkParams>({
  id: 'markPlanItem',
  area: 'E',
  planItems: [],
  titleKey: 'action.markPlanItem',
  inMenu: false,
  mutates: true,
  needsValidReferenceData: false,
  run(ctx, params) {
    if (!ctx.user.trim()) throw new RegistrarError('noIdentity', {});
    const no = String(params.no ?? '').trim();
    const key = String(params.occurrenceKey ?? '').trim();
    if (!STATUSES.has(params.status)) throw new RegistrarError('badMarkStatus', { status: String(params.status) });
    const data = loadPlanData(ctx);
    const row = data.rows.find((r) => r.item === no && (r.occurrence?.key ?? '') === key);
    if (!row) throw new RegistrarError('unknownOccurrence', { no, occurrence: key });
    const mark: PlanMarkRow = {
      at: ctx.ports.clock.now().toISOString(),
      academicYear: data.planYear,
      no,
      occurrenceKey: key,
      status: params.status,
      source: 'manual',
      user: ctx.user,
      action: '',
      evidence: neutraliseText(String(params.note ?? '').slice(0, 500)),
      runKey: '',
    };
    const rows = formatTable(planMarksSheet, [mark], ctx.lang).slice(1);
    if (!ctx.tables.find(planMarksSheet)) ctx.ports.workbook.replaceValues(data.marksSheet, [headerRow(planMarksSheet, ctx.lang), ...rows]);
    else ctx.ports.workbook.appendRows(data.marksSheet, rows);
    ctx.tables.invalidate();
    const refreshed = refreshTracker(ctx).result;
    return { ...refreshed, message: `${ctx.t('tracker.marked', { no, status: ctx.t(`tracker.status.${params.status}`), user: ctx.user })} ${refreshed.message}` };
  },
});
