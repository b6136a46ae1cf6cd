// The plan dashboard sidebar: progress per section, overdue and due-soon items with their action one click away, documents to watch.

import type { DashboardItem, TrackerDashboard } from '../../actions/tracker/dashboard';
import { callRpc, callServer } from '../rpcClient';

interface Bootstrap {
  lang: string;
  messages: Record<string, string>;
  dashboard: TrackerDashboard;
}

const boot = (window as unknown as { BOOTSTRAP: Bootstrap }).BOOTSTRAP;
const msg = (key: string): string => boot.messages[key] ?? key;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text) node.textContent = text;
  return node;
}

function setStatus(text: string, cls = ''): void {
  const status = document.getElementById('status');
  if (status) {
    status.textContent = text;
    status.className = cls;
  }
}

async function act(actionId: string, params: Record<string, unknown>, button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  setStatus(msg('tracker.sidebar.working'));
  try {
    const result = await callServer('runAction', actionId, params);
    setStatus(result.message, result.ok ? 'ok' : 'bad');
    if (result.ok) render(await callRpc<TrackerDashboard>('trackerDashboard'));
  } catch (error) {
    setStatus(error instanceof Error ? error.message : String(error), 'bad');
  } finally {
    button.disabled = false;
  }
}

function itemBlock(item: DashboardItem): HTMLElement {
  const box = el('div', { class: 'item' });
  box.appendChild(el('div', {}, `${item.no}. ${item.text}`));
  box.appendChild(el('div', { class: 'muted' }, [item.occurrence, item.due ? `${msg('tracker.sidebar.due')} ${item.due}` : '', item.responsible].filter(Boolean).join(' · ')));
  if (item.problem) box.appendChild(el('div', { class: 'bad' }, item.problem));
  for (const a of item.actions.filter((x) => x.inMenu)) {
    const b = el('button', {}, `${msg('tracker.sidebar.run')}: ${a.title}`);
    b.addEventListener('click', () => void act(a.id, {}, b));
    box.appendChild(b);
  }
  if (item.occurrenceKey && !item.problem) {
    const done = el('button', { class: 'secondary' }, msg('tracker.sidebar.markDone'));
    done.addEventListener('click', () => void act('markPlanItem', { no: item.no, occurrenceKey: item.occurrenceKey, status: 'done' }, done));
    const na = el('button', { class: 'secondary' }, msg('tracker.sidebar.markNa'));
    na.addEventListener('click', () => void act('markPlanItem', { no: item.no, occurrenceKey: item.occurrenceKey, status: 'notApplicable' }, na));
    box.appendChild(done);
    box.appendChild(na);
  }
  return box;
}

function list(app: HTMLElement, title: string, items: DashboardItem[]): void {
  app.appendChild(el('h2', {}, `${title} (${items.length})`));
  if (items.length === 0) app.appendChild(el('div', { class: 'muted' }, msg('tracker.sidebar.none')));
  for (const item of items) app.appendChild(itemBlock(item));
}

function render(data: TrackerDashboard): void {
  const app = document.getElementById('app');
  if (!app) return;
  app.textContent = '';
  app.appendChild(el('div', { class: 'muted' }, `${data.planYear} · ${data.today}`));
  app.appendChild(el('h2', {}, msg('tracker.sidebar.progress')));
  for (const s of data.sections) {
    app.appendChild(el('div', {}, `${s.section}. ${s.title} — ${s.done}/${s.total - s.notApplicable} (${s.percent} %)`));
    const bar = el('div', { class: 'bar' });
    bar.appendChild(el('div', { style: `width:${s.percent}%` }));
    app.appendChild(bar);
  }
  list(app, msg('tracker.sidebar.overdue'), data.overdue);
  list(app, msg('tracker.sidebar.dueSoon'), data.dueSoon);
  if (data.flagged.length > 0) list(app, msg('tracker.sidebar.flagged'), data.flagged);
  app.appendChild(el('h2', {}, `${msg('tracker.sidebar.documents')} (${data.documents.length})`));
  for (const d of data.documents) {
    app.appendChild(el('div', { class: d.state === 'overdue' ? 'item bad' : 'item' }, `${d.number} · ${d.subject} · ${d.executor} · ${d.deadline} (${msg(`records.state.${d.state}`)})`));
  }
  if (data.gaps.length > 0) {
    app.appendChild(el('h2', {}, msg('tracker.sidebar.gaps')));
    for (const g of data.gaps) app.appendChild(el('div', {}, g.numbers.join(', ')));
    app.appendChild(el('div', { class: 'muted' }, msg('tracker.sidebar.gapsExplained')));
  }
  for (const p of data.problems) app.appendChild(el('div', { class: 'bad' }, p));
  const refresh = el('button', { class: 'secondary' }, msg('tracker.sidebar.refresh'));
  refresh.addEventListener('click', () => void act('refreshPlanTracker', {}, refresh));
  app.appendChild(el('div')).appendChild(refresh);
  app.appendChild(el('div', { id: 'status' }));
}

render(boot.dashboard);
