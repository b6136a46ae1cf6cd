// `registrar actions`: every action of the add-on with its menu area, plan items and caption.

import { ACTIONS } from '../../../src/actions/registry';
import { t } from '../../../src/i18n';
import { langFlag, type ParsedArgs } from '../args';

export function actionsCommand(args: ParsedArgs): number {
  const lang = langFlag(args) ?? 'en';
  const rows = ACTIONS.map((a) => [a.id, a.area, a.planItems.join(',') || '-', a.inMenu ? 'menu' : '-', t(lang, a.titleKey)]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), 6));
  for (const r of [['action', 'area', 'items', 'where', 'caption'], ...rows]) {
    console.log(r.map((c, i) => (i < 4 ? c.padEnd(widths[i]) : c)).join('  '));
  }
  return 0;
}
