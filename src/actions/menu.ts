// The add-on menu as data, built from the actions registry and grouped by the work plan's areas.

import type { Lang } from '../domain/types';
import { t } from '../i18n';
import type { MenuModel } from '../ports';
import type { Action } from './types';
import { MENU_AREAS } from './types';

/** The global function name Apps Script calls for an action's menu item. */
export function menuFunctionName(actionId: string): string {
  return `menu_${actionId}`;
}

/** The menu as data (also what tests compare): home and languages, then one submenu per area. */
export function menuModel(actions: readonly Action<any>[], lang: Lang): MenuModel {
  const areas = MENU_AREAS.map((area) => ({
    area,
    caption: t(lang, `area.${area}`),
    items: actions
      .filter((a) => a.inMenu && a.area === area)
      .map((a) => ({ caption: a.planItems.length > 0 ? `${t(lang, a.titleKey)} (${a.planItems.join(', ')})` : t(lang, a.titleKey), fn: menuFunctionName(a.id) })),
  }));
  const setup = areas.find((a) => a.area === 'setup');
  if (setup) {
    for (const l of ['kk', 'ru', 'en'] as const) setup.items.push({ caption: `${t(lang, 'action.switchLanguage')}: ${t(lang, `language.${l}`)}`, fn: `menu_switchLanguage_${l}` });
  }
  return {
    title: t(lang, 'app.name'),
    items: [{ caption: t(lang, 'menu.home'), fn: 'showHome' }],
    areas: areas.filter((a) => a.items.length > 0),
  };
}

