// The office's annual (and current) report, plan item 27: what was done per plan item, key figures of each area in use, runs of the year.

import { textSetting, universityName } from '../../domain/settings';
import { LANGS } from '../../domain/types';
import { sectionProgress } from '../../domain/tracker/planStatus';
import { t as translate } from '../../i18n';
import type { TemplateData } from '../../ports';
import { formatFigure } from '../../reports/blocks';
import { annualReportTemplate } from '../../reports/records/annualReportTemplate';
import { AREA_PROBES, dataRowCount } from '../../reports/records/areaProbes';
import { findSheetName } from '../../sheets/schema';
import { runLogSheet } from '../../sheets/runLogSheet';
import { defineAction } from '../types';
import type { ActionContext } from '../types';
import { completionMark, reportsFolder, shareWith, TEMPLATES_FOLDER } from '../tracker/exportWorkPlan';
import { itemText, loadPlanData, YEAR_STARTED_AT_KEY } from '../tracker/planData';

/** Figures of the areas whose sheets exist and have rows; the other areas are listed as not in use. */
export function areaFigures(ctx: ActionContext): { figures: string[][]; unused: string[] } {
  const names = ctx.tables.sheetNames();
  const byArea = new Map<string, Array<{ figure: string; rows: number }>>();
  for (const probe of AREA_PROBES) {
    const name = findSheetName({ key: probe.sheet.key, name: probe.sheet.name, version: 1, columns: [] }, names);
    const rows = name ? dataRowCount(ctx.tables.values(name)) : 0;
    const list = byArea.get(probe.area) ?? [];
    if (rows > 0) list.push({ figure: probe.figure, rows });
    byArea.set(probe.area, list);
  }
  const figures: string[][] = [];
  const unused: string[] = [];
  for (const [area, list] of byArea) {
    if (list.length === 0) unused.push(ctx.t(`report.area.${area}`));
    for (const f of list) figures.push([ctx.t(`report.area.${area}`), ctx.t(`report.figure.${f.figure}`), formatFigure(f.rows)]);
  }
  return { figures, unused };
}

/** Runs of the year's actions from the run log: how many, the last one and its result. */
export function runSummary(ctx: ActionContext, since: string | null): string[][] {
  const ok = new Set(LANGS.map((l) => translate(l, 'log.ok').toLowerCase()));
  const byAction = new Map<string, { runs: number; last: string; summary: string; okRuns: number }>();
  for (const { record } of ctx.tables.read(runLogSheet).rows) {
    if (since && record.at < since) continue;
    const s = byAction.get(record.action) ?? { runs: 0, last: '', summary: '', okRuns: 0 };
    s.runs++;
    if (ok.has(record.status.toLowerCase())) s.okRuns++;
    if (record.at >= s.last) {
      s.last = record.at;
      s.summary = record.summary;
    }
    byAction.set(record.action, s);
  }
  return [...byAction.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([action, s]) => [ctx.t(`action.${action}`), `${s.okRuns}/${s.runs}`, s.last.slice(0, 10), s.summary.slice(0, 300)]);
}

export const reportAnnual = defineAction({
  id: 'reportAnnual',
  area: 'E',
  planItems: [27],
  titleKey: 'action.reportAnnual',
  inMenu: true,
  mutates: true,
  needsValidReferenceData: false,
  run(ctx) {
    const data = loadPlanData(ctx);
    const progress = sectionProgress(data.rows);
    const dated = data.rows.filter((r) => r.status !== 'notApplicable');
    const done = dated.filter((r) => r.status === 'done' || (r.occurrence?.due === null && r.evidenceCount > 0)).length;
    const overdue = data.rows.filter((r) => r.status === 'overdue').length;
    const plan = data.items.map((item) => {
      const rows = data.rows.filter((r) => r.item === item.record.no);
      const doneHere = rows.filter((r) => r.status === 'done' || (r.occurrence?.due === null && r.evidenceCount > 0)).length;
      return [item.record.no, itemText(item.record, ctx.lang), String(rows.length), String(doneHere), rows.map((r) => completionMark(ctx, r)).filter(Boolean).join('\n')];
    });
    const { figures, unused } = areaFigures(ctx);
    const runs = runSummary(ctx, ctx.ports.properties.get(YEAR_STARTED_AT_KEY));
    const templateData: TemplateData = {
      values: {
        university: universityName(ctx.settings, ctx.lang),
        academicYear: data.planYear,
        date: data.today,
        done: String(done),
        total: String(dated.length),
        percent: String(dated.length === 0 ? 0 : Math.round((done / dated.length) * 100)),
        overdue: String(overdue),
        unusedAreas: unused.join(', '),
        headName: textSetting(ctx.settings, 'tracker.headName'),
      },
      tables: { plan, figures, runs },
      flags: { hasUnused: unused.length > 0, hasOverdue: overdue > 0 },
      charts: { progress: { title: ctx.t('report.annual.chartTitle'), labels: progress.map((p) => p.section), values: progress.map((p) => p.percent) } },
    };
    const template = ctx.ports.docs.ensureTemplate(ctx.ports.drive.folder(TEMPLATES_FOLDER), `${ctx.t('report.annual.templateName')} (${ctx.lang})`, annualReportTemplate(ctx.t));
    const out = ctx.ports.docs.fillTemplate(template.id, ctx.ports.drive.folder(reportsFolder(data.planYear)), `${ctx.t('report.annual.fileName', { year: data.planYear })} (${ctx.lang})`, templateData, { pdf: true, shareWith: shareWith(ctx) });
    const links = [out.doc, ...(out.pdf ? [out.pdf] : [])];
    return {
      ok: true,
      message: ctx.t('report.annual.done', { name: out.doc.name, done, total: dated.length, areas: figures.length, unused: unused.length }),
      counts: { occurrences: dated.length, done, overdue, figures: figures.length, areasNotInUse: unused.length },
      links,
    };
  },
});
