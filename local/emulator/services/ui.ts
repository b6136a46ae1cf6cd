// Ui and Menu (SpreadsheetApp.getUi()): menus, sidebars, dialogs and alerts are recorded so tests
// can inspect the menu tree and the sidebar HTML; alert answers come from a queue tests fill.
import { GasObject, fail } from '../core/gas';
import type { Emulator } from '../emulator';
import type { HtmlOutput } from './html';

export interface MenuItemRecord {
  caption: string;
  functionName?: string;
  separator?: boolean;
  submenu?: MenuRecord;
}

export interface MenuRecord {
  name: string;
  addon: boolean;
  items: MenuItemRecord[];
}

export interface ShownHtml {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  html: string;
  width?: number;
  height?: number;
  user: string;
}

export interface UiRecord {
  menus: MenuRecord[];
  shown: ShownHtml[];
  alerts: { title: string; prompt: string; buttons: string; answer: string }[];
  toasts: { message: string; title: string; at: Date }[];
  /** Answers the next alerts/prompts will get ("OK", "YES", "NO", "CANCEL", "CLOSE"); default OK/YES. */
  answers: string[];
}

export function newUiRecord(): UiRecord {
  return { menus: [], shown: [], alerts: [], toasts: [], answers: [] };
}

const ButtonSet = Object.freeze({ OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' });
const Button = Object.freeze({ CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' });

export class Menu extends GasObject {
  static override gasType = 'Base.Menu';
  static override service = 'SpreadsheetApp';
  constructor(emu: Emulator, readonly _record: MenuRecord) {
    super(emu);
  }
  addItem(caption: string, functionName: string): Menu {
    if (typeof functionName !== 'string' || !functionName) fail('Invalid argument: functionName');
    this._record.items.push({ caption: String(caption), functionName });
    return this;
  }
  addSeparator(): Menu {
    this._record.items.push({ caption: '', separator: true });
    return this;
  }
  addSubMenu(menu: Menu): Menu {
    this._record.items.push({ caption: menu._record.name, submenu: menu._record });
    return this;
  }
  addToUi(): void {
    const menus = this._emu.ui.menus;
    const i = menus.findIndex((m) => m.name === this._record.name && m.addon === this._record.addon);
    if (i >= 0) menus.splice(i, 1, this._record);
    else menus.push(this._record);
  }
}

export class SheetsUi extends GasObject {
  static override gasType = 'Base.Ui';
  static override service = 'SpreadsheetApp';
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;
  createAddonMenu(): Menu {
    return new Menu(this._emu, { name: 'Add-on', addon: true, items: [] });
  }
  createMenu(caption: string): Menu {
    return new Menu(this._emu, { name: String(caption), addon: false, items: [] });
  }
  showSidebar(html: HtmlOutput): void {
    this._show('sidebar', html);
  }
  showModalDialog(html: HtmlOutput, title: string): void {
    this._show('modal', html, title);
  }
  showModelessDialog(html: HtmlOutput, title: string): void {
    this._show('modeless', html, title);
  }
  private _show(kind: ShownHtml['kind'], html: HtmlOutput, title?: string): void {
    if (!html || typeof html.getContent !== 'function') fail(`The parameters don't match the method signature for Ui.show${kind}.`);
    this._emu.ui.shown.push({ kind, title: title ?? html.getTitle(), html: html.getContent(), width: html._width, height: html._height, user: this._emu.currentUser });
  }
  alert(a: string, b?: unknown, c?: unknown): string {
    let title = '';
    let prompt = String(a);
    let buttons = 'OK';
    if (typeof b === 'string' && c !== undefined) {
      title = prompt;
      prompt = b;
      buttons = String(c);
    } else if (typeof b === 'string') buttons = b;
    const answer = this._emu.ui.answers.shift() ?? (buttons.startsWith('YES') ? 'YES' : 'OK');
    this._emu.ui.alerts.push({ title, prompt, buttons, answer });
    return answer;
  }
}
