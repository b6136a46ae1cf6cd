// Refreshes the Plan tracker sheet: due dates from the calendar, statuses from evidence and marks; new evidence is kept in Plan marks.

import { RegistrarError } from '../../domain/errors';
import { formatTable, headerRow } from '../../sheets/schema';
import { sheetLayout } from '../../sheets/layout';
import { planMarksSheet, type PlanMarkRow } from '../../sheets/tracker/planMarksSheet';
import { planTrackerSheet, type PlanTrackerRow } from '../../sheets/tracker/planTrackerSheet';
import { workPlanSheet } from '../../sheets/tracker/workPlanSheet';
import { defineAction } from '../types';
import type { ActionContext, ActionResult } from '../types';
import { actionsForItem, itemDeadline, itemText, loadPlanData, occurrenceLabel, type PlanData } from './planData';

/** The tracker sheet's rows, in plan order. */
export function trackerSheetRows(ctx: ActionContext, data: PlanData): PlanTrackerRow[] {
  const byNo = new Map(data.items.map((i) => [i.record.no, i]));
  return data.rows.map((r) => {
    const item = byNo.get(r.item)!;
    const evidence = [...r.evidence];
    if (evidence.length === 0 && r.evidenceAction) evidence.push(ctx.t(`action.${r.evidenceAction}`));
    return {
      no: r.item,
      section: r.section,
      item: itemText(item.record, ctx.lang),
      deadline: itemDeadline(item.record, ctx.lang),
      occurrence: occurrenceLabel(ctx, r.occurrence?.label),
      occurrenceKey: r.occurrence?.key ?? '',
      due: r.occurrence?.due ?? '',
      status: r.status,
      completedOn: r.completedOn,
      completedBy: r.completedBy,
      source: r.source,
      evidence: [r.evidenceCount > 1 && r.occurrence?.due === null ? ctx.t('tracker.evidenceCount', { count: r.evidenceCount }) : '', ...evidence].filter(Boolean).join(' '),
      actions: actionsForItem(r.item).map((a) => ctx.t(a.titleKey)).join('; '),
      responsible: [item.record.responsible, item.record.coResponsible].filter(Boolean).join(', '),
      problem: r.problem ? ctx.t(`tracker.problem.${r.problem.code}`, { ...r.problem.params, anchor: r.problem.params.anchor ? ctx.t(`tracker.anchor.${r.problem.params.anchor}`) : '' }) : '',
    };
  });
}

/**
 * Writes the tracker: validates the plan first (nothing is written when an item has no responsible person
 * or a bad rule code), then one write of the tracker sheet, one append of new marks, one write of the rule column.
 */
export function refreshTracker(ctx: ActionContext): { data: PlanData; result: ActionResult } {
  const plan = ctx.tables.read(workPlanSheet);
  if (!plan.exists) throw new RegistrarError('noWorkPlan', {});
  const data = loadPlanData(ctx);
  const errors = data.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    return { data, result: { ok: false, message: ctx.t('error.blockingProblems', { count: errors.length, sheet: data.planSheet }), counts: { problems: errors.length }, problems: data.problems } };
  }
  const trackerRows = trackerSheetRows(ctx, data);
  const marks: PlanMarkRow[] = data.newEvidence.map((e) => ({
    at: e.at,
    academicYear: data.planYear,
    no: e.item,
    occurrenceKey: data.rows.find((r) => r.item === e.item && r.runKeys.includes(e.runKey))?.occurrence?.key ?? '',
    status: e.outcome === 'ok' ? 'done' : 'inProgress',
    source: 'auto',
    user: e.user,
    action: e.action,
    evidence: e.links.join(' '),
    runKey: e.runKey,
  }));
  const ruleColumn = plan.columnIndex.rule;
  const missingRules = data.items.filter((i) => i.derivedRule && !i.record.rule.trim());

  // Every output is computed; now the writes.
  const trackerName = ctx.tables.nameFor(planTrackerSheet);
  if (!ctx.tables.find(planTrackerSheet)) ctx.ports.workbook.ensureSheet(sheetLayout(planTrackerSheet, ctx.lang));
  ctx.ports.workbook.replaceValues(trackerName, formatTable(planTrackerSheet, trackerRows, ctx.lang));
  if (marks.length > 0) {
    const rows = formatTable(planMarksSheet, marks, ctx.lang).slice(1);
    if (!ctx.tables.find(planMarksSheet)) ctx.ports.workbook.replaceValues(data.marksSheet, [headerRow(planMarksSheet, ctx.lang), ...rows]);
    else ctx.ports.workbook.appendRows(data.marksSheet, rows);
  }
  if (ruleColumn !== undefined && missingRules.length > 0) {
    const first = Math.min(...missingRules.map((i) => i.row));
    const last = Math.max(...missingRules.map((i) => i.row));
    const byRow = new Map(data.items.map((i) => [i.row, i.record.rule.trim() || i.derivedRule]));
    const column: unknown[][] = [];
    for (let r = first; r <= last; r++) column.push([byRow.get(r) ?? '']);
    ctx.ports.workbook.writeBlock(data.planSheet, first, ruleColumn + 1, column);
  }
  ctx.tables.invalidate();

  const done = data.rows.filter((r) => r.status === 'done').length;
  const overdue = data.rows.filter((r) => r.status === 'overdue').length;
  const flagged = data.rows.filter((r) => r.problem).length;
  return {
    data,
    result: {
      ok: true,
      message: ctx.t('tracker.refreshed', { year: data.planYear, occurrences: data.rows.length, done, overdue, flagged, evidence: marks.length }),
      counts: { occurrences: data.rows.length, done, overdue, flagged, newEvidence: marks.length },
      problems: data.problems.length > 0 ? data.problems : undefined,
    },
  };
}

export const refreshPlanTracker = defineAction({
  id: 'refreshPlanTracker',
  area: 'E',
  planItems: [],
  titleKey: 'action.refreshPlanTracker',
  inMenu: true,
  mutates: true,
  needsValidReferenceData: false,
  run(ctx) {
    return refreshTracker(ctx).result;
  },
});
