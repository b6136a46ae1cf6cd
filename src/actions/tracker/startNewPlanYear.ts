// Starts next year's plan from this one: this year's tracker kept in Plan history, statuses reset, dates recomputed for the new year.

import { RegistrarError } from '../../domain/errors';
import { academicYearStart } from '../../domain/tracker/occurrences';
import { formatTable, headerRow } from '../../sheets/schema';
import { planHistorySheet, type PlanHistoryRow } from '../../sheets/tracker/planHistorySheet';
import { defineAction } from '../types';
import type { ActionResult } from '../types';
import { loadPlanData, PLAN_YEAR_KEY, YEAR_STARTED_AT_KEY } from './planData';
import { refreshTracker, trackerSheetRows } from './refreshPlanTracker';

/** '2026-2027' → '2027-2028'. */
export function nextAcademicYear(year: string): string | null {
  const start = academicYearStart(year);
  return start === null ? null : `${start + 1}-${start + 2}`;
}

export const startNewPlanYear = defineAction({
  id: 'startNewPlanYear',
  area: 'E',
  planItems: [],
  titleKey: 'action.startNewPlanYear',
  inMenu: true,
  mutates: true,
  needsValidReferenceData: false,
  run(ctx): ActionResult {
    const data = loadPlanData(ctx);
    const next = nextAcademicYear(data.planYear);
    if (!next) throw new RegistrarError('badAcademicYear', { year: data.planYear });
    const errors = data.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) return { ok: false, message: ctx.t('error.blockingProblems', { count: errors.length, sheet: data.planSheet }), counts: {}, problems: data.problems };
    const history = ctx.tables.read(planHistorySheet);
    if (history.rows.some((r) => r.record.academicYear === data.planYear)) throw new RegistrarError('yearAlreadyArchived', { year: data.planYear });
    const archived: PlanHistoryRow[] = trackerSheetRows(ctx, data).map((r) => ({
      academicYear: data.planYear,
      no: r.no,
      item: r.item,
      occurrence: r.occurrence,
      due: r.due,
      status: ctx.t(`tracker.status.${r.status}`),
      completedOn: r.completedOn,
      completedBy: r.completedBy,
      evidence: r.evidence,
    }));
    const rows = formatTable(planHistorySheet, archived, ctx.lang).slice(1);
    const name = ctx.tables.nameFor(planHistorySheet);
    if (!history.exists) ctx.ports.workbook.replaceValues(name, [headerRow(planHistorySheet, ctx.lang), ...rows]);
    else ctx.ports.workbook.appendRows(name, rows);
    ctx.ports.properties.set(PLAN_YEAR_KEY, next);
    ctx.ports.properties.set(YEAR_STARTED_AT_KEY, ctx.ports.clock.now().toISOString());
    ctx.tables.invalidate();
    const refreshed = refreshTracker(ctx);
    const flagged = refreshed.data.rows.filter((r) => r.problem).length;
    return {
      ok: true,
      message: ctx.t('tracker.newYear', { from: data.planYear, to: next, archived: archived.length, flagged }),
      counts: { archived: archived.length, occurrences: refreshed.data.rows.length, flagged },
      problems: refreshed.result.problems,
    };
  },
});
