// The home sidebar's data: what the workbook holds, what is invalid, and what to do next.

import { CORE_SHEETS } from '../../sheets';
import type { Lang } from '../../domain/types';
import { defineRpc } from '../extensions';
import type { ActionContext } from '../types';
import { MENU_AREAS } from '../types';
import { ACTIONS } from '../registry';
import { collectWorkbookProblems } from './validateWorkbook';

export interface HomeSheetInfo {
  key: string;
  name: string;
  exists: boolean;
  rows: number;
  problems: number;
}

export interface HomeData {
  lang: Lang;
  user: string;
  sheets: HomeSheetInfo[];
  errors: number;
  warnings: number;
  firstProblems: string[];
  nextSteps: string[];
  actions: Array<{ id: string; area: string; title: string; planItems: number[] }>;
}

export function homeData(ctx: ActionContext): HomeData {
  const problems = collectWorkbookProblems(ctx);
  const sheets = CORE_SHEETS.map((schema) => {
    const table = ctx.tables.read(schema);
    return {
      key: schema.key,
      name: table.sheetName || schema.name[ctx.lang],
      exists: table.exists,
      rows: table.rows.length,
      problems: problems.filter((p) => p.sheet === table.sheetName).length,
    };
  });
  const errors = problems.filter((p) => p.severity === 'error').length;
  const nextSteps: string[] = [];
  if (sheets.some((s) => !s.exists)) nextSteps.push(ctx.t('home.step.setup'));
  else if (sheets.find((s) => s.key === 'students')?.rows === 0) nextSteps.push(ctx.t('home.step.fill'));
  if (errors > 0) nextSteps.push(ctx.t('home.step.fix', { count: errors }));
  if (nextSteps.length === 0) nextSteps.push(ctx.t('home.step.ready'));
  return {
    lang: ctx.lang,
    user: ctx.user,
    sheets,
    errors,
    warnings: problems.length - errors,
    firstProblems: problems.slice(0, 10).map((p) => `${p.sheet} ${p.row > 0 ? `#${p.row}` : ''} ${String(p.params.columnLabel ?? p.column)}: ${ctx.t(`problem.${p.code}`, { ...p.params, sheet: p.sheet, row: p.row, column: String(p.params.columnLabel ?? p.column), value: p.value })}`),
    nextSteps,
    actions: ACTIONS.filter((a) => a.inMenu)
      .slice()
      .sort((a, b) => MENU_AREAS.indexOf(a.area) - MENU_AREAS.indexOf(b.area))
      .map((a) => ({ id: a.id, area: a.area, title: ctx.t(a.titleKey), planItems: a.planItems })),
  };
}

export const homeRpc = defineRpc<Record<string, never>, HomeData>({
  name: 'home',
  mutates: false,
  run: (ctx) => homeData(ctx),
});
