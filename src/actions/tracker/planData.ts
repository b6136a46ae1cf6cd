// Reads what the tracker needs (plan, calendar, run log, marks) once, and computes the tracker rows with localized labels.

import type { Problem } from '../../domain/errors';
import { isoDate } from '../../domain/values';
import { numberSetting, textSetting } from '../../domain/settings';
import type { Lang } from '../../domain/types';
import { LANGS } from '../../domain/types';
import { parseDeadline } from '../../domain/tracker/deadlineParser';
import { type DeadlineRule, parseRuleCode, ruleCode } from '../../domain/tracker/deadlineRule';
import { academicYearStart, addDays, type OccurrenceLabel } from '../../domain/tracker/occurrences';
import { computeTracker, type Evidence, type ManualMark, type TrackerRow } from '../../domain/tracker/planStatus';
import { SEED_PLAN_START_YEAR } from '../../domain/tracker/seedPlan';
import { t as translate } from '../../i18n';
import { calendarSheet } from '../../sheets/calendarSheet';
import { incomingSheet, outgoingSheet } from '../../sheets/records/registerSheets';
import { runLogSheet } from '../../sheets/runLogSheet';
import { planMarksSheet } from '../../sheets/tracker/planMarksSheet';
import type { WorkPlanRow } from '../../sheets/tracker/workPlanSheet';
import { workPlanSheet } from '../../sheets/tracker/workPlanSheet';
import { ACTIONS } from '../registry';
import type { ActionContext } from '../types';

/** Document-property keys of the tracker. */
export const PLAN_YEAR_KEY = 'tracker.planYear';
export const YEAR_STARTED_AT_KEY = 'tracker.yearStartedAt';

export interface PlanItem {
  row: number;
  record: WorkPlanRow;
  rule: DeadlineRule | null;
  /** The rule code to keep in the sheet when the cell was empty ('' when nothing could be read). */
  derivedRule: string;
}

export interface PlanData {
  planYear: string;
  today: string;
  items: PlanItem[];
  /** Blocking problems (the sheet's own, items without a responsible person) and warnings (unreadable deadlines). */
  problems: Problem[];
  rows: TrackerRow[];
  /** Automatic evidence found in the run log and not yet in the marks sheet. */
  newEvidence: Evidence[];
  planSheet: string;
  marksSheet: string;
}

/** The academic year the tracker follows: its own (after a roll-over) or the workbook's. */
export function planYear(ctx: ActionContext): string {
  return ctx.ports.properties.get(PLAN_YEAR_KEY) ?? textSetting(ctx.settings, 'academicYear');
}

/** Today in Kazakhstan (UTC+5), as an ISO date. */
export function todayIso(ctx: ActionContext): string {
  return isoDate(ctx.ports.clock.now(), 5 * 60);
}

/** The item's text in the office language, falling back to the others. */
export function itemText(record: WorkPlanRow, lang: Lang): string {
  const byLang = { kk: record.textKk, ru: record.textRu, en: record.textEn };
  return byLang[lang] || record.textRu || record.textKk || record.textEn;
}

export function itemDeadline(record: WorkPlanRow, lang: Lang): string {
  const byLang = { kk: record.deadlineKk, ru: record.deadlineRu, en: record.deadlineEn };
  return byLang[lang] || record.deadlineRu || record.deadlineKk || record.deadlineEn;
}

const logStatus = (key: string) => new Set(LANGS.map((l) => translate(l, key).toLowerCase()));

/** Reads the plan's items, resolving each deadline: the rule cell when valid, else the wording (Russian, Kazakh, English). */
export function readPlanItems(ctx: ActionContext): { items: PlanItem[]; problems: Problem[]; sheetName: string } {
  const table = ctx.tables.read(workPlanSheet);
  const problems: Problem[] = table.exists ? [...table.problems] : [...table.problems];
  const items: PlanItem[] = [];
  const sheet = table.sheetName || workPlanSheet.name[ctx.lang];
  for (const { rowNumber, record } of table.rows) {
    if (!record.responsible.trim()) {
      problems.push({ sheet, row: rowNumber, column: 'responsible', value: record.no, code: 'noResponsible', params: { no: record.no, columnLabel: workPlanSheet.columns.find((c) => c.key === 'responsible')!.header[ctx.lang] }, severity: 'error' });
    }
    let rule: DeadlineRule | null = null;
    let derivedRule = '';
    if (record.rule.trim()) {
      rule = parseRuleCode(record.rule);
      if (!rule) problems.push({ sheet, row: rowNumber, column: 'rule', value: record.rule, code: 'badRuleCode', params: { no: record.no, columnLabel: workPlanSheet.columns.find((c) => c.key === 'rule')!.header[ctx.lang] }, severity: 'error' });
    } else {
      const wordings = [record.deadlineRu, record.deadlineKk, record.deadlineEn].filter((w) => w.trim() !== '');
      for (const w of wordings) {
        const parsed = parseDeadline(w, { planStartYear: SEED_PLAN_START_YEAR });
        if (parsed.ok) {
          rule = parsed.rule;
          derivedRule = ruleCode(parsed.rule);
          break;
        }
      }
      if (!rule) {
        problems.push({ sheet, row: rowNumber, column: 'deadlineRu', value: wordings[0] ?? '', code: wordings.length === 0 ? 'noDeadline' : 'unknownDeadline', params: { no: record.no, columnLabel: workPlanSheet.columns.find((c) => c.key === 'deadlineRu')!.header[ctx.lang] }, severity: 'warning' });
      }
    }
    items.push({ row: rowNumber, record, rule, derivedRule });
  }
  return { items, problems, sheetName: sheet };
}

/** Runs of actions serving plan items, from the run log; only finished (ok) and resumable (partial) runs count. */
export function runLogEvidence(ctx: ActionContext, since: string | null): Evidence[] {
  const ok = logStatus('log.ok');
  const partial = logStatus('log.partial');
  const out: Evidence[] = [];
  for (const { record } of ctx.tables.read(runLogSheet).rows) {
    const status = record.status.toLowerCase();
    const outcome = ok.has(status) ? 'ok' : partial.has(status) ? 'partial' : null;
    if (!outcome || (since && record.at < since)) continue;
    for (const item of record.planItems) {
      out.push({ item: item.trim(), at: record.at, user: record.user, action: record.action, outcome, links: record.links.split(/\s+/).filter(Boolean), runKey: `${record.at}|${record.action}` });
    }
  }
  return out;
}

/**
 * Actions that write no run-log row because their own row is the record (Action.logsItself): each registered
 * document is the evidence of its register's plan item (23 incoming, 24 outgoing), dated by its registration.
 */
const SELF_LOGGING = [
  { action: 'registerIncoming', schema: incomingSheet },
  { action: 'registerOutgoing', schema: outgoingSheet },
] as const;

export function registerEvidence(ctx: ActionContext, since: string | null): Evidence[] {
  const out: Evidence[] = [];
  const sinceDay = since ? since.slice(0, 10) : null;
  for (const { action, schema } of SELF_LOGGING) {
    const items = ACTIONS.find((a) => a.id === action)?.planItems ?? [];
    if (items.length === 0) continue;
    for (const { record } of ctx.tables.read(schema).rows) {
      const day = String(record.registeredOn ?? '').slice(0, 10);
      // Registration dates have no time: a document of the day a new plan year started belongs to the year before.
      if (!day || (sinceDay && day <= sinceDay)) continue;
      for (const item of items) {
        out.push({ item: String(item), at: day, user: record.registeredBy, action, outcome: 'ok', links: record.fileUrl ? [record.fileUrl] : [], runKey: `${day}|${action}|${record.number}` });
      }
    }
  }
  return out;
}

/** Reads everything and computes the tracker for the plan year; writes nothing. */
export function loadPlanData(ctx: ActionContext): PlanData {
  const year = planYear(ctx);
  const today = todayIso(ctx);
  const since = ctx.ports.properties.get(YEAR_STARTED_AT_KEY);
  const { items, problems, sheetName } = readPlanItems(ctx);
  const calendar = ctx.tables.read(calendarSheet).rows.map((r) => r.record);
  const marksTable = ctx.tables.read(planMarksSheet);
  const marks = marksTable.rows.map((r) => r.record).filter((m) => m.academicYear === year);
  const logged = [...runLogEvidence(ctx, since), ...registerEvidence(ctx, since)];
  const kept = new Set(marks.filter((m) => m.source === 'auto').map((m) => `${m.no}|${m.runKey}`));
  const fromMarks: Evidence[] = marks
    .filter((m) => m.source === 'auto' && (m.status === 'done' || m.status === 'inProgress'))
    .map((m) => ({ item: m.no, at: m.at, user: m.user, action: m.action, outcome: m.status === 'done' ? 'ok' : 'partial', links: m.evidence.split(/\s+/).filter(Boolean), runKey: m.runKey }));
  const known = new Set(items.map((i) => i.record.no));
  const newEvidence = logged.filter((e) => known.has(e.item) && !kept.has(`${e.item}|${e.runKey}`));
  const manual: ManualMark[] = marks
    .filter((m) => m.source === 'manual')
    .map((m) => ({ item: m.no, occurrence: m.occurrenceKey, status: m.status, at: m.at, user: m.user, note: m.evidence }));
  const rows = computeTracker({
    items: items.map((i) => ({ no: i.record.no, section: i.record.section, rule: i.rule })),
    academicYear: year,
    calendar,
    evidence: [...fromMarks, ...newEvidence],
    manual,
    today,
  });
  return { planYear: year, today, items, problems, rows, newEvidence, planSheet: sheetName, marksSheet: marksTable.sheetName || planMarksSheet.name[ctx.lang] };
}

/** A localized label of an occurrence: "April 2027", "August – September 2026", "autumn semester", "on request". */
export function occurrenceLabel(ctx: ActionContext, label: OccurrenceLabel | undefined): string {
  if (!label) return '';
  switch (label.kind) {
    case 'month':
      return `${ctx.t(`tracker.month.${label.month}`)} ${label.year}`;
    case 'range':
      return `${ctx.t(`tracker.month.${label.fromMonth}`)} – ${ctx.t(`tracker.month.${label.toMonth}`)} ${label.toYear}`;
    case 'period':
      return ctx.t(`tracker.occurrence.${label.anchor}`, { term: ctx.t(`tracker.term.${label.term}`) });
    default:
      return ctx.t('tracker.occurrence.standing');
  }
}

/** Actions of the add-on that serve a plan item (what the dashboard puts one click away). */
export function actionsForItem(no: string): Array<{ id: string; titleKey: string; inMenu: boolean }> {
  const n = Number(no);
  return ACTIONS.filter((a) => a.planItems.includes(n)).map((a) => ({ id: a.id, titleKey: a.titleKey, inMenu: a.inMenu }));
}

export function dueSoonLimit(ctx: ActionContext, today: string): string {
  return addDays(today, numberSetting(ctx.settings, 'tracker.dueSoonDays'));
}

/** The first calendar year of the plan year (e.g. 2026 of 2026-2027), for titles and dates. */
export function planStartYear(year: string): number {
  return academicYearStart(year) ?? new Date().getUTCFullYear();
}
