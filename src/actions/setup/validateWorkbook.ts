// validateWorkbook: checks every row of every core sheet and the references between them; writes the Problems sheet.

import type { Problem } from '../../domain/errors';
import { looksLikeFormula, cellText } from '../../domain/values';
import { CORE_SHEETS, problemsSheet } from '../../sheets';
import { formatTable, mapHeaders } from '../../sheets/schema';
import { problemRows } from '../problems';
import { loadSettings } from '../settingsLoader';
import type { ActionContext } from '../types';
import { defineAction } from '../types';
import { readUniversity } from '../university';

/** Text cells that a spreadsheet would take for a formula if written back as they are. */
function formulaLookingCells(ctx: ActionContext): Problem[] {
  const out: Problem[] = [];
  for (const schema of CORE_SHEETS) {
    const name = ctx.tables.find(schema);
    const values = name ? ctx.tables.values(name) : null;
    if (!name || !values || values.length < 2) continue;
    const index = mapHeaders(schema, values[0]);
    const textColumns = schema.columns.filter((c) => c.type === 'text' && index[c.key] !== undefined);
    for (let r = 1; r < values.length; r++) {
      for (const col of textColumns) {
        const v = values[r][index[col.key]];
        if (typeof v === 'string' && looksLikeFormula(cellText(v))) {
          out.push({ sheet: name, row: r + 1, column: col.key, value: cellText(v), code: 'formulaText', params: { columnLabel: col.header[ctx.lang] }, severity: 'warning' });
        }
      }
    }
  }
  return out;
}

export function collectWorkbookProblems(ctx: ActionContext): Problem[] {
  const settingsProblems = loadSettings(ctx.tables).problems;
  const { problems } = readUniversity(ctx);
  return [...settingsProblems, ...problems, ...formulaLookingCells(ctx)];
}

export const validateWorkbook = defineAction({
  id: 'validateWorkbook',
  area: 'setup',
  planItems: [],
  titleKey: 'action.validateWorkbook',
  inMenu: true,
  mutates: true,
  run(ctx) {
    const problems = collectWorkbookProblems(ctx);
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    const name = ctx.tables.nameFor(problemsSheet);
    ctx.ports.workbook.replaceValues(name, formatTable(problemsSheet, problemRows(problems, ctx.lang), ctx.lang));
    return {
      ok: errors === 0,
      message: problems.length === 0 ? ctx.t('validate.clean') : ctx.t('validate.found', { errors, warnings, sheet: name }),
      counts: { problems: problems.length, errors, warnings },
      problems,
    };
  },
});
