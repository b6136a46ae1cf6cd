// Turns problems into localized messages and Problems-sheet rows.

import type { Problem } from '../domain/errors';
import type { Lang } from '../domain/types';
import { t } from '../i18n';
import type { ProblemRow } from '../sheets/problemsSheet';

/** The localized sentence for a problem, naming its sheet, row and column. */
export function problemMessage(problem: Problem, lang: Lang): string {
  return t(lang, `problem.${problem.code}`, {
    ...problem.params,
    sheet: problem.sheet,
    row: problem.row,
    column: String(problem.params.columnLabel ?? problem.column),
    value: problem.value,
  });
}

export function problemRows(problems: readonly Problem[], lang: Lang): ProblemRow[] {
  return problems.map((p) => ({
    sheet: p.sheet,
    row: p.row > 0 ? p.row : null,
    column: String(p.params.columnLabel ?? p.column),
    value: p.value,
    severity: t(lang, `severity.${p.severity}`),
    message: problemMessage(p, lang),
  }));
}
