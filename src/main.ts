// The add-on's one public surface: every global Apps Script sees (menus, triggers, sidebar calls, the CLI's entry).
// The build emits a real top-level function for each key of `entries`.

import { buildContext, buildFastContext, failureResult, runActionIn, runAction as runRegisteredAction } from './actions/runner';
import { dropSnapshot, isSettingsSheetName } from './actions/settingsLoader';
import { DocumentPropertiesStore } from './gas/services';
import { ACTIONS, FORM_SUBMIT_HANDLERS, TIME_JOBS, findRpc } from './actions/registry';
import type { ActionResult } from './actions/types';
import { RegistrarError } from './domain/errors';
import type { Lang } from './domain/types';
import { isLang, langFromLocale } from './i18n';
import { responseFromEvent } from './gas/formEvents';
import { addMenuToUi } from './gas/menu';
import { menuFunctionName, menuModel } from './actions/menu';
import { makeGasPorts } from './gas/ports';
import { homeData } from './actions/setup/home';

type Entry = (...args: any[]) => unknown;

const SIDEBAR_MESSAGE_KEYS = [
  'home.sheets', 'home.rows', 'home.missing', 'home.problems', 'home.noProblems', 'home.next', 'home.actions',
  'home.refresh', 'home.running', 'home.language', 'language.kk', 'language.ru', 'language.en',
  'area.setup', 'area.A', 'area.B', 'area.C', 'area.D', 'area.E',
];

/** The office language when nothing may be read (AuthMode.NONE): the user's locale if Google tells it, else Russian. */
function menuLanguage(authMode: unknown): Lang {
  if (authMode !== ScriptApp.AuthMode.NONE) {
    try {
      return buildContext(makeGasPorts()).lang;
    } catch {
      // Fall through to the locale.
    }
  }
  try {
    return langFromLocale(Session.getActiveUserLocale());
  } catch {
    return 'ru';
  }
}

function onOpen(e?: { authMode?: unknown }): void {
  addMenuToUi(menuModel(ACTIONS, menuLanguage(e?.authMode)));
}

function onInstall(e?: { authMode?: unknown }): void {
  onOpen(e);
}

/** Runs an action for a person at the spreadsheet and shows the result as a toast (or an alert on failure). */
function runFromMenu(actionId: string, params: Record<string, unknown> = {}): ActionResult {
  const ports = makeGasPorts();
  const ctx = buildContext(ports);
  const result = runActionIn(ctx, actionId, params);
  const title = ctx.t('app.name');
  if (result.ok) ports.ui.toast(result.message, title);
  else ports.ui.alert(result.message);
  return result;
}

function showHome(): void {
  const ports = makeGasPorts();
  const ctx = buildContext(ports);
  const messages: Record<string, string> = {};
  for (const key of SIDEBAR_MESSAGE_KEYS) messages[key] = ctx.t(key);
  ports.ui.showSidebar('home', ctx.t('home.title'), { ...homeData(ctx), messages });
}

/** For sidebars and the CLI: runs an action and returns its result as plain JSON (no Dates). */
function runAction(actionId: string, params?: Record<string, unknown>, lang?: string): ActionResult {
  const result = runRegisteredAction(makeGasPorts(), actionId, params ?? {}, isLang(lang) ? lang : undefined);
  return JSON.parse(JSON.stringify(result)) as ActionResult;
}

/** The sidebars' typed RPC: one server method by name, under the document lock when it writes. */
function rpc(name: string, args?: unknown): unknown {
  const ports = makeGasPorts();
  let lang: Lang = 'ru';
  try {
    const ctx = buildContext(ports);
    lang = ctx.lang;
    const method = findRpc(name);
    if (!method) throw new RegistrarError('unknownAction', { action: name });
    const out = method.mutates ? ports.lock.withDocumentLock(30_000, () => method.run(ctx, args ?? {})) : method.run(ctx, args ?? {});
    return JSON.parse(JSON.stringify({ ok: true, value: out ?? null }));
  } catch (error) {
    return { ok: false, message: failureResult(error, lang).message };
  }
}

/** How long a form submission waits for the document lock: no person waits on a trigger, and a burst queues up. */
const FORM_SUBMIT_LOCK_TIMEOUT_MS = 240_000;

/**
 * The installable form-submit trigger: takes the document lock first (so that what it reads from document
 * properties is current), builds its context from the settings snapshot, finds the handler that owns the form and
 * lets it record the response. No explicit release: Apps Script releases the lock when the execution ends; a
 * handler whose next holder reads what it wrote through SpreadsheetApp flushes itself (ports.lock.commit).
 */
function onFormSubmitTrigger(e: unknown): void {
  const ports = makeGasPorts();
  // When the response arrived: the trigger runs as soon as Google records it, before waiting on the lock. Executions
  // waiting on the lock are not served in arrival order, and the form's own timestamp (e.values[0]) is to the second
  // and in the spreadsheet's format: this instant, in ms, orders a student's quick resubmissions.
  const receivedAt = ports.clock.now();
  ports.lock.withDocumentLock(
    FORM_SUBMIT_LOCK_TIMEOUT_MS,
    () => {
      const ctx = buildFastContext(ports);
      const response = responseFromEvent(e as Parameters<typeof responseFromEvent>[0], receivedAt);
      if (!response) return;
      const handler = FORM_SUBMIT_HANDLERS.find((h) => h.owns(ctx, response.formId));
      if (handler) handler.handle(ctx, response, { lockHeld: true });
    },
    { flush: false, release: false },
  );
}

/**
 * Simple trigger: a person's edit of the Settings sheet drops the settings snapshot the fast paths use, so the
 * next registration or form submission reads the sheet. Runs in AuthMode.LIMITED; if Google refuses the property
 * store there, the snapshot's age limit (settingsLoader.SNAPSHOT_MAX_AGE_MS) still bounds how long it is used.
 */
function onEdit(e?: { range?: GoogleAppsScript.Spreadsheet.Range }): void {
  try {
    const name = e?.range?.getSheet().getName() ?? '';
    if (!isSettingsSheetName(name)) return;
    dropSnapshot(new DocumentPropertiesStore());
  } catch {
    // Nothing to undo: the snapshot expires by age.
  }
}

/** The hourly time-driven trigger: each registered job runs in turn; one failing job does not stop the others. */
function onTimeTrigger(): void {
  const ports = makeGasPorts();
  const ctx = buildContext(ports);
  for (const job of TIME_JOBS) {
    try {
      job.run(ctx);
    } catch (error) {
      console.error(`time job ${job.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

const menuEntries: Record<string, Entry> = {};
for (const action of ACTIONS) {
  if (action.inMenu) menuEntries[menuFunctionName(action.id)] = () => runFromMenu(action.id);
}
for (const lang of ['kk', 'ru', 'en'] as const) {
  menuEntries[`menu_switchLanguage_${lang}`] = () => {
    const result = runFromMenu('switchLanguage', { lang });
    if (result.ok) onOpen({ authMode: ScriptApp.AuthMode.FULL });
  };
}

/** Every global function of the add-on, by name. */
export const entries: Record<string, Entry> = {
  onOpen,
  onInstall,
  showHome,
  runAction,
  rpc,
  onFormSubmitTrigger,
  onEdit,
  onTimeTrigger,
  ...menuEntries,
};
