// The home sidebar: what the workbook holds, what is invalid, what to do next, and every action one click away.

import type { HomeData } from '../../actions/setup/home';
import { callRpc, callServer } from '../rpcClient';

interface Bootstrap extends HomeData {
  messages: Record<string, string>;
}

declare global {
  interface Window {
    BOOTSTRAP: Bootstrap;
  }
}

const boot = window.BOOTSTRAP;
const msg = (key: string): string => boot.messages[key] ?? key;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text) node.textContent = text;
  return node;
}

function render(data: HomeData): void {
  const app = document.getElementById('app');
  if (!app) return;
  app.textContent = '';

  app.appendChild(el('h2', {}, msg('home.sheets')));
  const table = el('table');
  for (const s of data.sheets) {
    const tr = el('tr');
    tr.appendChild(el('td', {}, s.name));
    tr.appendChild(el('td', { class: s.exists ? 'num' : 'num missing' }, s.exists ? `${s.rows} ${msg('home.rows')}` : msg('home.missing')));
    tr.appendChild(el('td', { class: s.problems > 0 ? 'num bad' : 'num ok' }, s.problems > 0 ? `⚠ ${s.problems}` : '✓'));
    table.appendChild(tr);
  }
  app.appendChild(table);

  app.appendChild(el('h2', {}, msg('home.problems')));
  if (data.firstProblems.length === 0) app.appendChild(el('div', { class: 'ok' }, msg('home.noProblems')));
  else {
    const ul = el('ul');
    for (const p of data.firstProblems) ul.appendChild(el('li', {}, p));
    app.appendChild(ul);
  }

  app.appendChild(el('h2', {}, msg('home.next')));
  const steps = el('ul');
  for (const s of data.nextSteps) steps.appendChild(el('li', {}, s));
  app.appendChild(steps);

  app.appendChild(el('h2', {}, msg('home.actions')));
  let area = '';
  for (const a of data.actions) {
    if (a.area !== area) {
      area = a.area;
      app.appendChild(el('div', { class: 'area' }, msg(`area.${a.area}`)));
    }
    const button = el('button', { 'data-action': a.id }, a.title);
    button.addEventListener('click', () => void run(a.id, button));
    app.appendChild(button);
    app.appendChild(el('br'));
  }

  app.appendChild(el('h2', {}, msg('home.language')));
  const select = el('select', { id: 'lang' });
  for (const l of ['kk', 'ru', 'en']) {
    const option = el('option', { value: l }, msg(`language.${l}`));
    if (l === data.lang) option.setAttribute('selected', 'selected');
    select.appendChild(option);
  }
  select.addEventListener('change', () => void run('switchLanguage', null, { lang: select.value }));
  app.appendChild(select);

  const refresh = el('button', { class: 'secondary', id: 'refresh' }, msg('home.refresh'));
  refresh.addEventListener('click', () => void reload());
  app.appendChild(el('div')).appendChild(refresh);
  app.appendChild(el('div', { id: 'status' }));
}

function setStatus(text: string, cls = ''): void {
  const status = document.getElementById('status');
  if (status) {
    status.textContent = text;
    status.className = cls;
  }
}

async function run(actionId: string, button: HTMLButtonElement | null, params: Record<string, unknown> = {}): Promise<void> {
  if (button) button.disabled = true;
  setStatus(msg('home.running'));
  try {
    const result = await callServer('runAction', actionId, params);
    setStatus(result.message, result.ok ? 'ok' : 'bad');
    if (result.ok) await reload(false);
  } catch (error) {
    setStatus(error instanceof Error ? error.message : String(error), 'bad');
  } finally {
    if (button) button.disabled = false;
  }
}

async function reload(clearStatus = true): Promise<void> {
  const keep = document.getElementById('status')?.textContent ?? '';
  const data = await callRpc<HomeData>('home');
  render(data);
  if (!clearStatus) setStatus(keep);
}

render(boot);
