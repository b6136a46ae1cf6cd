// The tracker dashboard's data (an RPC for the sidebar): progress per section, overdue and due-soon items and documents, each with its action.

import { numberSetting } from '../../domain/settings';
import { counterKey, formatNumber, numberGaps, sequenceOf } from '../../domain/records/numbering';
import { deadlineState } from '../../domain/records/register';
import { textSetting } from '../../domain/settings';
import { dueSoon, sectionProgress, type SectionProgress, type TrackerRow } from '../../domain/tracker/planStatus';
import { addDays } from '../../domain/tracker/occurrences';
import { SECTION_TITLES, type PlanSection } from '../../domain/tracker/seedPlan';
import { problemMessage } from '../problems';
import { defineRpc } from '../extensions';
import { defineAction } from '../types';
import type { ActionContext } from '../types';
import { readRegister } from '../records/registerData';
import { actionsForItem, itemText, loadPlanData, occurrenceLabel, type PlanData } from './planData';

export interface DashboardItem {
  no: string;
  section: string;
  text: string;
  occurrence: string;
  occurrenceKey: string;
  due: string;
  status: string;
  statusLabel: string;
  responsible: string;
  problem: string;
  actions: Array<{ id: string; title: string; inMenu: boolean }>;
}

export interface DashboardDocument {
  kind: 'incoming' | 'outgoing';
  number: string;
  subject: string;
  executor: string;
  deadline: string;
  state: 'overdue' | 'dueSoon';
}

export interface TrackerDashboard {
  planYear: string;
  today: string;
  sections: Array<SectionProgress & { title: string }>;
  overdue: DashboardItem[];
  dueSoon: DashboardItem[];
  flagged: DashboardItem[];
  documents: DashboardDocument[];
  gaps: Array<{ kind: 'incoming' | 'outgoing'; numbers: string[] }>;
  problems: string[];
}

function dashboardItem(ctx: ActionContext, data: PlanData, r: TrackerRow): DashboardItem {
  const item = data.items.find((i) => i.record.no === r.item)!;
  return {
    no: r.item,
    section: r.section,
    text: itemText(item.record, ctx.lang),
    occurrence: occurrenceLabel(ctx, r.occurrence?.label),
    occurrenceKey: r.occurrence?.key ?? '',
    due: r.occurrence?.due ?? '',
    status: r.status,
    statusLabel: ctx.t(`tracker.status.${r.status}`),
    responsible: [item.record.responsible, item.record.coResponsible].filter(Boolean).join(', '),
    problem: r.problem ? ctx.t(`tracker.problem.${r.problem.code}`, { ...r.problem.params, anchor: r.problem.params.anchor ? ctx.t(`tracker.anchor.${r.problem.params.anchor}`) : '' }) : '',
    actions: actionsForItem(r.item).map((a) => ({ id: a.id, title: ctx.t(a.titleKey), inMenu: a.inMenu })),
  };
}

/** Documents needing attention and the numbers issued but missing from each register this year. */
export function documentAttention(ctx: ActionContext, today: string): { documents: DashboardDocument[]; gaps: TrackerDashboard['gaps'] } {
  const days = numberSetting(ctx.settings, 'records.dueSoonDays');
  const year = Number(today.slice(0, 4));
  const documents: DashboardDocument[] = [];
  const gaps: TrackerDashboard['gaps'] = [];
  for (const kind of ['incoming', 'outgoing'] as const) {
    const docs = readRegister(ctx, kind);
    for (const d of docs) {
      const state = deadlineState(d, today, days);
      if (state === 'overdue' || state === 'dueSoon') documents.push({ kind, number: d.number, subject: d.subject, executor: d.executor, deadline: d.deadline, state });
    }
    const scheme = textSetting(ctx.settings, kind === 'incoming' ? 'records.incomingScheme' : 'records.outgoingScheme');
    const index = textSetting(ctx.settings, 'records.nomenclatureIndex');
    const counter = Number(ctx.ports.properties.get(counterKey(kind, year)) ?? '0');
    const present = docs.map((d) => sequenceOf(scheme, index, year, d.number)).filter((n): n is number => n !== null);
    const missing = numberGaps(present, counter);
    if (missing.length > 0) gaps.push({ kind, numbers: missing.map((n) => formatNumber(scheme, { index, seq: n, year })) });
  }
  documents.sort((a, b) => a.deadline.localeCompare(b.deadline));
  return { documents, gaps };
}

export function trackerDashboard(ctx: ActionContext): TrackerDashboard {
  const data = loadPlanData(ctx);
  const soon = dueSoon(data.rows, data.today, numberSetting(ctx.settings, 'tracker.dueSoonDays'), addDays);
  const { documents, gaps } = documentAttention(ctx, data.today);
  return {
    planYear: data.planYear,
    today: data.today,
    sections: sectionProgress(data.rows).map((s) => ({ ...s, title: SECTION_TITLES[s.section as PlanSection]?.[ctx.lang] ?? s.section })),
    overdue: data.rows.filter((r) => r.status === 'overdue').map((r) => dashboardItem(ctx, data, r)),
    dueSoon: soon.map((r) => dashboardItem(ctx, data, r)),
    flagged: data.rows.filter((r) => r.problem).map((r) => dashboardItem(ctx, data, r)),
    documents,
    gaps,
    problems: data.problems.slice(0, 10).map((p) => problemMessage(p, ctx.lang)),
  };
}

export const trackerDashboardRpc = defineRpc<Record<string, never>, TrackerDashboard>({
  name: 'trackerDashboard',
  mutates: false,
  run: (ctx) => trackerDashboard(ctx),
});

/** Message keys the dashboard sidebar shows. */
export const TRACKER_SIDEBAR_KEYS = [
  'tracker.sidebar.progress', 'tracker.sidebar.overdue', 'tracker.sidebar.dueSoon', 'tracker.sidebar.flagged', 'tracker.sidebar.documents',
  'tracker.sidebar.gaps', 'tracker.sidebar.gapsExplained', 'tracker.sidebar.none', 'tracker.sidebar.run', 'tracker.sidebar.markDone',
  'tracker.sidebar.markNa', 'tracker.sidebar.refresh', 'tracker.sidebar.working', 'tracker.sidebar.due', 'records.state.overdue', 'records.state.dueSoon',
];

export const openTrackerDashboard = defineAction({
  id: 'openTrackerDashboard',
  area: 'E',
  planItems: [],
  titleKey: 'action.openTrackerDashboard',
  inMenu: true,
  mutates: false,
  needsValidReferenceData: false,
  run(ctx) {
    const messages: Record<string, string> = {};
    for (const key of TRACKER_SIDEBAR_KEYS) messages[key] = ctx.t(key);
    ctx.ports.ui.showSidebar('tracker', ctx.t('action.openTrackerDashboard'), { lang: ctx.lang, messages, dashboard: trackerDashboard(ctx) as unknown as Record<string, unknown> });
    return { ok: true, message: ctx.t('tracker.dashboardOpened'), counts: {} };
  },
});
