// Runs one action: builds its context once, holds the document lock while it writes, logs the run, localizes failures.

import { isRegistrarError, RegistrarError } from '../domain/errors';
import { textSetting } from '../domain/settings';
import type { Lang } from '../domain/types';
import { isLang, langFromLocale, t } from '../i18n';
import type { Ports } from '../ports';
import { formatTable, headerRow } from '../sheets/schema';
import { runLogSheet } from '../sheets/runLogSheet';
import { problemMessage } from './problems';
import { findAction } from './registry';
import { collectWorkbookProblems } from './setup/validateWorkbook';
import { dropSnapshot, loadSettings, readSnapshot, refreshSnapshot, settingsFromSnapshot } from './settingsLoader';
import { TableReader } from './tables';
import type { ActionContext, ActionResult } from './types';

/** How long a writer waits for another writer before giving up (Apps Script allows any value; 30 s suits a person). */
export const LOCK_TIMEOUT_MS = 30_000;

/** The office language: the Settings value when set, else the user's Google locale, else Russian. */
export function resolveLang(settingValue: string, locale: string): Lang {
  return isLang(settingValue) ? settingValue : langFromLocale(locale, 'ru');
}

export function buildContext(ports: Ports, langOverride?: Lang): ActionContext {
  const tables = new TableReader(ports.workbook, langOverride ?? 'en');
  const { settings, rows } = loadSettings(tables);
  const lang = langOverride ?? resolveLang(textSetting(settings, 'ui.language'), ports.identity.userLocale());
  tables.useLanguage(lang);
  // Every ordinary action keeps the fast paths' snapshot in step with the sheet it has just read.
  try {
    refreshSnapshot(ports.properties, rows, langOverride ?? lang, ports.clock.now().getTime());
  } catch {
    // The snapshot is an optimisation: without it the fast paths read the sheet.
  }
  return contextOf(ports, lang, settings, tables);
}

function contextOf(ports: Ports, lang: Lang, settings: ActionContext['settings'], tables: TableReader): ActionContext {
  let user: string | null = null;
  return {
    ports,
    lang,
    settings,
    // Asked of Google only when an action needs it (two service calls).
    get user() {
      return (user ??= ports.identity.activeUserEmail());
    },
    t: (key, params) => t(lang, key, params),
    tables,
  };
}

/**
 * The context of a fast path (a registration, a form submission): settings from the snapshot in document
 * properties (one getProperties call, shared with whatever else the path reads there), the office language from
 * the override, the settings or the snapshot (a trigger has no person's locale). Without a usable snapshot it
 * reads the sheet and stores one (ordinary cost, once). Call it holding the document lock when the path then
 * reads counters from properties, so that they are read after the lock was taken.
 */
export function buildFastContext(ports: Ports, langOverride?: Lang): ActionContext {
  const snapshot = readSnapshot(ports.properties, ports.clock.now().getTime());
  if (!snapshot) return buildContext(ports, langOverride);
  const settings = settingsFromSnapshot(snapshot);
  const setting = textSetting(settings, 'ui.language');
  const lang = langOverride ?? (isLang(setting) ? setting : snapshot.lang);
  return contextOf(ports, lang, settings, new TableReader(ports.workbook, lang));
}

export function failureResult(error: unknown, lang: Lang): ActionResult {
  if (isRegistrarError(error)) {
    return { ok: false, message: t(lang, `error.${error.code}`, error.params), counts: {} };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, message: t(lang, 'error.internal', { detail: detail.slice(0, 160) }), counts: {} };
}

/** Runs the action `actionId` with `params`; never throws: failures come back localized. */
export function runAction(ports: Ports, actionId: string, params: Record<string, unknown> = {}, langOverride?: Lang): ActionResult {
  const fast = findAction(actionId);
  if (fast?.fastPath) return runFast(ports, fast, params, langOverride);
  let ctx: ActionContext;
  try {
    ctx = buildContext(ports, langOverride);
  } catch (error) {
    return failureResult(error, langOverride ?? 'ru');
  }
  return runActionIn(ctx, actionId, params);
}

/**
 * A fast path: the lock first (so that properties read afterwards, counters included, are current), the context
 * from the settings snapshot, the action, no flush (what the next holder needs is in document properties, written
 * at once), no explicit release (Apps Script releases the lock when the execution ends, a moment later).
 */
function runFast(ports: Ports, action: NonNullable<ReturnType<typeof findAction>>, params: Record<string, unknown>, langOverride?: Lang): ActionResult {
  let lang: Lang = langOverride ?? 'ru';
  let ctx: ActionContext | null = null;
  let result: ActionResult;
  try {
    result = ports.lock.withDocumentLock(
      LOCK_TIMEOUT_MS,
      () => {
        ctx = buildFastContext(ports, langOverride);
        lang = ctx.lang;
        try {
          return action.run(ctx, params);
        } catch (error) {
          return failureResult(error, ctx.lang);
        }
      },
      { flush: false, release: false },
    );
  } catch (error) {
    result = failureResult(error, lang);
  }
  if (ctx && action.mutates && !action.logsItself) {
    try {
      appendRunLog(ctx, action.id, action.planItems, result);
    } catch {
      // Best effort, as for ordinary actions.
    }
  }
  return withProblemMessages(result, lang);
}

/** Runs an action in a context the caller already built (the menu uses the same context for its toast). */
export function runActionIn(ctx: ActionContext, actionId: string, params: Record<string, unknown> = {}): ActionResult {
  const ports = ctx.ports;
  const action = findAction(actionId);
  if (!action) return failureResult(new RegistrarError('unknownAction', { action: actionId }), ctx.lang);
  let result: ActionResult;
  try {
    const guard = action.needsValidReferenceData ?? action.area !== 'setup';
    if (guard) {
      const problems = collectWorkbookProblems(ctx).filter((p) => p.severity === 'error');
      if (problems.length > 0) {
        return withProblemMessages(
          {
            ok: false,
            message: ctx.t('error.blockingProblems', { count: problems.length, sheet: ctx.t('setup.problemsSheet') }),
            counts: { problems: problems.length },
            problems,
          },
          ctx.lang,
        );
      }
    }
    result = action.mutates
      ? ports.lock.withDocumentLock(LOCK_TIMEOUT_MS, () => action.run(ctx, params))
      : action.run(ctx, params);
  } catch (error) {
    result = failureResult(error, ctx.lang);
  }
  if (action.mutates && !action.logsItself) {
    try {
      appendRunLog(ctx, action.id, action.planItems, result);
    } catch {
      // The log is best effort: a failure to log must not hide the action's own result.
    }
  }
  if (action.mutates && action.area === 'setup') {
    // Setup actions may rewrite the Settings sheet (language switch, set-up, sample data): the snapshot taken
    // before the action is dropped, and the next ordinary action takes a new one.
    try {
      dropSnapshot(ports.properties);
    } catch {
      // Without the property store the fast paths read the sheet anyway.
    }
  }
  return withProblemMessages(result, ctx.lang);
}

/** Problems carry their localized sentence, for the sidebar and the CLI. */
function withProblemMessages(result: ActionResult, lang: Lang): ActionResult {
  if (!result.problems) return result;
  return { ...result, problems: result.problems.map((p) => ({ ...p, message: problemMessage(p, lang) })) };
}

/** Appends one row to the run log (creating the sheet when needed) in a single write. */
export function appendRunLog(ctx: ActionContext, actionId: string, planItems: number[], result: ActionResult): void {
  const name = ctx.tables.nameFor(runLogSheet);
  const row = formatTable(
    runLogSheet,
    [
      {
        at: ctx.ports.clock.now().toISOString(),
        user: ctx.user,
        action: actionId,
        planItems: planItems.map(String),
        status: ctx.t(result.ok ? (result.continueToken ? 'log.partial' : 'log.ok') : 'log.failed'),
        summary: result.message,
        counts: Object.entries(result.counts)
          .map(([k, v]) => `${k}=${v}`)
          .join(', '),
        links: (result.links ?? []).map((l) => l.url).join(' '),
      },
    ],
    ctx.lang,
  )[1];
  if (!ctx.tables.find(runLogSheet)) {
    ctx.ports.workbook.replaceValues(name, [headerRow(runLogSheet, ctx.lang), row]);
    ctx.tables.invalidate();
  } else ctx.ports.workbook.appendRows(name, [row]);
}
