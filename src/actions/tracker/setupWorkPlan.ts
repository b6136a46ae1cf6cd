// Creates the tracker's sheets and seeds the Work plan with the office's 27 items (once; an edited plan is never overwritten).

import { RegistrarError } from '../../domain/errors';
import { textSetting } from '../../domain/settings';
import { parseDeadline } from '../../domain/tracker/deadlineParser';
import { ruleCode } from '../../domain/tracker/deadlineRule';
import { SEED_PLAN, SEED_PLAN_START_YEAR } from '../../domain/tracker/seedPlan';
import { sheetLayout } from '../../sheets/layout';
import { formatTable } from '../../sheets/schema';
import { TRACKER_SHEETS, workPlanSheet } from '../../sheets/tracker';
import type { WorkPlanRow } from '../../sheets/tracker/workPlanSheet';
import { defineAction } from '../types';
import type { ActionContext } from '../types';

/** The handler of the hourly trigger (src/main.ts). */
export const TIME_TRIGGER_HANDLER = 'onTimeTrigger';

export function seedPlanRows(ctx: ActionContext): WorkPlanRow[] {
  const head = textSetting(ctx.settings, 'tracker.headName');
  const email = textSetting(ctx.settings, 'tracker.headEmail') || ctx.user;
  return SEED_PLAN.map((item) => {
    const parsed = parseDeadline(item.deadline.ru, { planStartYear: SEED_PLAN_START_YEAR });
    if (!parsed.ok) throw new RegistrarError('unknownDeadline', { no: item.no, value: item.deadline.ru });
    return {
      no: item.no,
      section: item.section,
      textKk: item.text.kk,
      textRu: item.text.ru,
      textEn: item.text.en,
      deadlineKk: item.deadline.kk,
      deadlineRu: item.deadline.ru,
      deadlineEn: item.deadline.en,
      rule: ruleCode(parsed.rule),
      responsible: head,
      responsibleEmail: email,
      coResponsible: item.coResponsible ? ctx.t(`tracker.co.${item.coResponsible}`) : '',
      note: '',
    };
  });
}

export const setupWorkPlan = defineAction({
  id: 'setupWorkPlan',
  area: 'E',
  planItems: [],
  titleKey: 'action.setupWorkPlan',
  inMenu: true,
  mutates: true,
  needsValidReferenceData: false,
  run(ctx) {
    const plan = ctx.tables.read(workPlanSheet);
    const seed = plan.rows.length === 0 && plan.problems.filter((p) => p.code !== 'missingSheet').length === 0 ? seedPlanRows(ctx) : [];
    let created = 0;
    for (const schema of TRACKER_SHEETS) if (ctx.ports.workbook.ensureSheet(sheetLayout(schema, ctx.lang)).created) created++;
    ctx.tables.invalidate();
    if (seed.length > 0) ctx.ports.workbook.replaceValues(ctx.tables.nameFor(workPlanSheet), formatTable(workPlanSheet, seed, ctx.lang));
    const trigger = ctx.ports.triggers.ensureTimeTrigger(TIME_TRIGGER_HANDLER, 1);
    return {
      ok: true,
      message: seed.length > 0 ? ctx.t('tracker.seeded', { count: seed.length, sheets: created }) : ctx.t('tracker.planKept', { count: plan.rows.length, sheets: created }),
      counts: { seeded: seed.length, sheetsCreated: created, triggerInstalled: trigger ? 1 : 0 },
    };
  },
});
