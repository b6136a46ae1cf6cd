// Shows the add-on menu (built as data by actions/menu) in the spreadsheet's Extensions menu.

import type { MenuModel } from '../ports';

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
