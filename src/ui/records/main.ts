// The registers sidebar: register an incoming or outgoing document (number given by the server) and search both registers.

import type { FoundDocument } from '../../actions/records/searchRegister';
import { callRpc, callServer } from '../rpcClient';

interface Bootstrap {
  lang: string;
  messages: Record<string, string>;
  docTypes: Array<{ key: string; label: string }>;
}

const boot = (window as unknown as { BOOTSTRAP: Bootstrap }).BOOTSTRAP;
const msg = (key: string): string => boot.messages[key] ?? key;
let kind: 'incoming' | 'outgoing' = 'incoming';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text) node.textContent = text;
  return node;
}

function field(form: HTMLElement, name: string, labelKey: string, type = 'text'): void {
  form.appendChild(el('label', { for: name }, msg(labelKey)));
  form.appendChild(type === 'textarea' ? el('textarea', { id: name, rows: '2' }) : el('input', { id: name, type }));
}

function value(id: string): string {
  const node = document.getElementById(id) as HTMLInputElement | HTMLSelectElement | null;
  return node ? node.value.trim() : '';
}

function setStatus(id: string, text: string, cls = ''): void {
  const node = document.getElementById(id);
  if (node) {
    node.textContent = text;
    node.className = cls;
  }
}

async function register(button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  setStatus('status', msg('records.sidebar.working'));
  const params: Record<string, unknown> = {};
  for (const f of ['correspondent', 'theirNumber', 'theirDate', 'subject', 'docType', 'executor', 'deadline', 'resolution', 'fileUrl', 'inReplyTo']) params[f] = value(f);
  try {
    const result = await callServer('runAction', kind === 'incoming' ? 'registerIncoming' : 'registerOutgoing', params);
    setStatus('status', result.message, result.ok ? 'ok' : 'bad');
  } catch (error) {
    setStatus('status', error instanceof Error ? error.message : String(error), 'bad');
  } finally {
    button.disabled = false;
  }
}

async function setDocumentStatus(d: FoundDocument, status: string, button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  const result = await callServer('runAction', 'setDocumentStatus', { kind: d.kind, number: d.number, status });
  button.textContent = result.message;
}

async function search(button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  const out = document.getElementById('results');
  if (!out) return;
  out.textContent = msg('records.sidebar.working');
  try {
    const attention = (document.getElementById('attention') as HTMLInputElement | null)?.checked ?? false;
    const found = await callRpc<FoundDocument[]>('searchRegister', { text: value('q'), from: value('qFrom'), to: value('qTo'), executor: value('qExecutor'), attention });
    out.textContent = '';
    if (found.length === 0) out.appendChild(el('div', { class: 'muted' }, msg('records.sidebar.noResults')));
    for (const d of found) {
      const row = el('div', { class: d.state === 'overdue' ? 'item bad' : 'item' });
      row.appendChild(el('div', {}, `${d.kind === 'incoming' ? '↓' : '↑'} ${d.number} · ${d.registeredOn} · ${d.correspondent}`));
      row.appendChild(el('div', { class: 'muted' }, [d.subject, d.executor, d.deadline, d.state === 'overdue' || d.state === 'dueSoon' ? msg(`records.state.${d.state}`) : ''].filter(Boolean).join(' · ')));
      if (d.fileUrl) row.appendChild(el('a', { href: d.fileUrl, target: '_blank' }, d.fileUrl));
      const closing = d.kind === 'incoming' ? 'done' : 'sent';
      if (d.state !== 'closed') {
        const close = el('button', { class: 'secondary' }, msg(`records.status.${closing}`));
        close.addEventListener('click', () => void setDocumentStatus(d, closing, close));
        row.appendChild(close);
      }
      out.appendChild(row);
    }
  } catch (error) {
    out.textContent = error instanceof Error ? error.message : String(error);
  } finally {
    button.disabled = false;
  }
}

function render(): void {
  const app = document.getElementById('app');
  if (!app) return;
  app.textContent = '';
  const tabs = el('div', { class: 'tabs' });
  for (const k of ['incoming', 'outgoing'] as const) {
    const b = el('button', { class: k === kind ? '' : 'secondary' }, msg(`records.sidebar.${k}`));
    b.addEventListener('click', () => {
      kind = k;
      render();
    });
    tabs.appendChild(b);
  }
  app.appendChild(tabs);
  const form = el('div');
  field(form, 'correspondent', kind === 'incoming' ? 'records.field.correspondent' : 'records.field.addressee');
  if (kind === 'incoming') {
    field(form, 'theirNumber', 'records.field.theirNumber');
    field(form, 'theirDate', 'records.field.theirDate', 'date');
  }
  field(form, 'subject', 'records.field.subject', 'textarea');
  form.appendChild(el('label', { for: 'docType' }, msg('records.field.docType')));
  const select = el('select', { id: 'docType' });
  for (const t of boot.docTypes) select.appendChild(el('option', { value: t.key }, t.label));
  form.appendChild(select);
  field(form, 'executor', 'records.field.executor', 'email');
  field(form, 'deadline', 'records.field.deadline', 'date');
  field(form, 'resolution', 'records.field.resolution');
  field(form, 'fileUrl', 'records.field.fileUrl', 'url');
  if (kind === 'outgoing') field(form, 'inReplyTo', 'records.field.inReplyTo');
  const submit = el('button', {}, msg('records.sidebar.register'));
  submit.addEventListener('click', () => void register(submit));
  form.appendChild(el('div')).appendChild(submit);
  form.appendChild(el('div', { id: 'status' }));
  app.appendChild(form);

  app.appendChild(el('h2', {}, msg('records.sidebar.search')));
  field(app, 'q', 'records.field.text');
  field(app, 'qExecutor', 'records.field.executor');
  field(app, 'qFrom', 'records.field.from', 'date');
  field(app, 'qTo', 'records.field.to', 'date');
  const attention = el('label');
  const box = el('input', { id: 'attention', type: 'checkbox' });
  attention.appendChild(box);
  attention.appendChild(document.createTextNode(` ${msg('records.sidebar.attention')}`));
  app.appendChild(attention);
  const find = el('button', {}, msg('records.sidebar.find'));
  find.addEventListener('click', () => void search(find));
  app.appendChild(find);
  app.appendChild(el('div', { id: 'results' }));
}

render();
