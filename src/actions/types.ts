// What an action is: one use case with an id, a menu place, the plan items it serves, and run(ctx, params).

import type { Problem } from '../domain/errors';
import type { Settings } from '../domain/settings';
import type { Lang } from '../domain/types';
import type { MessageParams } from '../i18n';
import type { DriveFileRef, Ports } from '../ports';
import type { TableReader } from './tables';

/** The menu areas: Setup, then the work plan's sections A–E. */
export type MenuArea = 'setup' | 'A' | 'B' | 'C' | 'D' | 'E';
export const MENU_AREAS: readonly MenuArea[] = ['setup', 'A', 'B', 'C', 'D', 'E'];

export interface ActionContext {
  ports: Ports;
  lang: Lang;
  settings: Settings;
  /** The Google account running the action (from Session, never typed). */
  user: string;
  t(key: string, params?: MessageParams): string;
  /** Reads each sheet at most once per execution. */
  tables: TableReader;
}

export interface ActionResult {
  ok: boolean;
  /** Localized one-paragraph summary for the user. */
  message: string;
  counts: Record<string, number>;
  problems?: Problem[];
  /** Files the action produced (documents, forms, PDFs): evidence for the plan tracker. */
  links?: DriveFileRef[];
  /** Set when the job is not finished and should be called again (resumable jobs). */
  continueToken?: string;
  /** Extra JSON-safe data for the sidebar or the CLI (no Dates). */
  data?: Record<string, unknown>;
}

export interface Action<P = Record<string, unknown>> {
  id: string;
  area: MenuArea;
  /** Work-plan item numbers (1–27) this action serves. */
  planItems: number[];
  /** i18n key of the menu caption. */
  titleKey: string;
  /** Shown in the add-on menu (false for actions reached only from a sidebar, a trigger or the CLI). */
  inMenu: boolean;
  /** Writes to the workbook: runs under the document lock. */
  mutates: boolean;
  /**
   * Refuses to start while the reference sheets (programmes, curricula, students...) have errors, so that
   * nothing is computed from, or half-written over, bad data. Default: true for areas A–E, false for Setup.
   */
  needsValidReferenceData?: boolean;
  /**
   * A small, frequent write (one registration): the runner takes the document lock first, builds the context
   * from the settings snapshot in document properties (no Settings sheet read), neither flushes nor releases the
   * lock explicitly, and skips the reference-data guard. Only for actions whose next holder reads what this one
   * wrote from document properties (counters), not through SpreadsheetApp.
   */
  fastPath?: boolean;
  /**
   * The action's own row is the record of the run (a register row holds who, when and what): no run-log row.
   * The tracker takes such actions' evidence from that row instead (src/actions/tracker/planData.ts).
   */
  logsItself?: boolean;
  run(ctx: ActionContext, params: P): ActionResult;
}

/** Helper so each action file gets its params type checked. */
export function defineAction<P = Record<string, unknown>>(action: Action<P>): Action<P> {
  return action;
}
