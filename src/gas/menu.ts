// Builds the add-on menu from the actions registry, grouped by the work plan's areas, in the office language.

import type { Action, MenuArea } from '../actions/types';
import { MENU_AREAS } from '../actions/types';
import type { Lang } from '../domain/types';
import { t } from '../i18n';

/** The global function name Apps Script calls for an action's menu item. */
export function menuFunctionName(actionId: string): string {
  return `menu_${actionId}`;
}

export interface MenuModel {
  title: string;
  items: Array<{ caption: string; fn: string }>;
  areas: Array<{ area: MenuArea; caption: string; items: Array<{ caption: string; fn: string }> }>;
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

export function addMenuToUi(model: MenuModel): void {
  const ui = SpreadsheetApp.getUi();
  const menu = ui.createAddonMenu();
  for (const item of model.items) menu.addItem(item.caption, item.fn);
  menu.addSeparator();
  for (const area of model.areas) {
    const sub = ui.createMenu(area.caption);
    for (const item of area.items) sub.addItem(item.caption, item.fn);
    menu.addSubMenu(sub);
  }
  menu.addToUi();
}
