// Exports the work plan as a Google Doc in the original's layout («УТВЕРЖДАЮ», numbered table by section, completion marks filled).

import { textSetting, universityName } from '../../domain/settings';
import { PLAN_SECTIONS, SECTION_TITLES } from '../../domain/tracker/seedPlan';
import type { TrackerRow } from '../../domain/tracker/planStatus';
import type { TemplateData } from '../../ports';
import { workPlanTemplate } from '../../reports/tracker/workPlanTemplate';
import { defineAction } from '../types';
import type { ActionContext } from '../types';
import { itemDeadline, itemText, loadPlanData, occurrenceLabel, planStartYear } from './planData';

/** Folder paths of the add-on's Drive tree (language-neutral, so a language switch files into the same folders). */
export const TEMPLATES_FOLDER = ['Templates'];
export const planFolder = (year: string) => [year, 'Plan'];
export const reportsFolder = (year: string) => [year, 'Reports'];

export function shareWith(ctx: ActionContext): string[] {
  return textSetting(ctx.settings, 'reports.shareWith')
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The completion mark of one occurrence as the exported plan shows it. */
export function completionMark(ctx: ActionContext, r: TrackerRow): string {
  const when = occurrenceLabel(ctx, r.occurrence?.label);
  const prefix = r.occurrence?.due === null ? '' : `${when}: `;
  switch (r.status) {
    case 'done':
      return `${prefix}${ctx.t('tracker.mark.done', { date: r.completedOn, who: r.completedBy })}${r.evidence.length ? ` (${r.evidence.join(' ')})` : ''}`;
    case 'overdue':
      return `${prefix}${ctx.t('tracker.mark.overdue', { due: r.occurrence?.due ?? '' })}`;
    case 'inProgress':
      return r.occurrence?.due === null ? ctx.t('tracker.mark.standing', { count: r.evidenceCount, date: r.completedOn }) : `${prefix}${ctx.t('tracker.status.inProgress')}`;
    case 'notApplicable':
      return `${prefix}${ctx.t('tracker.status.notApplicable')}`;
    default:
      return '';
  }
}

export const exportWorkPlan = defineAction({
  id: 'exportWorkPlan',
  area: 'E',
  planItems: [],
  titleKey: 'action.exportWorkPlan',
  inMenu: true,
  mutates: false,
  needsValidReferenceData: false,
  run(ctx) {
    const data = loadPlanData(ctx);
    const rows: string[][] = [];
    for (const section of PLAN_SECTIONS) {
      const items = data.items.filter((i) => i.record.section === section);
      if (items.length === 0) continue;
      rows.push(['', `${section}. ${SECTION_TITLES[section][ctx.lang]}`, '', '', '']);
      for (const item of items) {
        const marks = data.rows.filter((r) => r.item === item.record.no).map((r) => completionMark(ctx, r)).filter(Boolean);
        rows.push([item.record.no, itemText(item.record, ctx.lang), itemDeadline(item.record, ctx.lang), [item.record.responsible, item.record.coResponsible].filter(Boolean).join(', '), marks.join('\n')]);
      }
    }
    const templateData: TemplateData = {
      values: {
        university: universityName(ctx.settings, ctx.lang),
        approverName: textSetting(ctx.settings, 'tracker.approverName'),
        approvalYear: String(planStartYear(data.planYear)),
        academicYear: data.planYear,
        headName: textSetting(ctx.settings, 'tracker.headName'),
      },
      tables: { plan: rows },
      flags: {},
      charts: {},
    };
    const templates = ctx.ports.drive.folder(TEMPLATES_FOLDER);
    const template = ctx.ports.docs.ensureTemplate(templates, `${ctx.t('tracker.doc.templateName')} (${ctx.lang})`, workPlanTemplate(ctx.t));
    const folder = ctx.ports.drive.folder(planFolder(data.planYear));
    const out = ctx.ports.docs.fillTemplate(template.id, folder, `${ctx.t('tracker.doc.fileName', { year: data.planYear })} (${ctx.lang})`, templateData, { pdf: true, shareWith: shareWith(ctx) });
    const links = [out.doc, ...(out.pdf ? [out.pdf] : [])];
    return { ok: true, message: ctx.t('tracker.exported', { name: out.doc.name, items: data.items.length }), counts: { items: data.items.length, documents: links.length }, links };
  },
});
