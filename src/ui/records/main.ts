// The registers sidebar: register an incoming or outgoing document (number given by the server) with a Drive link or an
// uploaded file, search both registers, and attach a file to a registered document.

import type { FoundDocument } from '../../actions/records/searchRegister';
import { callRpc, callServer } from '../rpcClient';

interface Bootstrap {
  lang: string;
  messages: Record<string, string>;
  docTypes: Array<{ key: string; label: string }>;
  upload: { maxBytes: number; maxMb: number; extensions: string[]; typeNames: string };
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

/** Fills {name} placeholders of a message the server sent unfilled. */
function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The browser's check before sending (the server checks again, and also the bytes): a message, or '' when the file may go. */
function uploadProblem(file: File): string {
  const dot = file.name.lastIndexOf('.');
  const ext = dot > 0 ? file.name.slice(dot + 1).toLowerCase() : '';
  if (!boot.upload.extensions.includes(ext)) return fill(msg('error.uploadBadType'), { name: file.name, allowed: boot.upload.typeNames });
  if (file.size === 0) return fill(msg('error.uploadEmpty'), { name: file.name });
  if (file.size > boot.upload.maxBytes) return fill(msg('error.uploadTooLarge'), { name: file.name, size: (Math.ceil((file.size / 1048576) * 10) / 10).toFixed(1), max: boot.upload.maxMb });
  return '';
}

/** The file's bytes as base64 (FileReader gives a data URL; the part after the comma is the base64). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('FileReader'));
    reader.readAsDataURL(file);
  });
}

function chosenFile(id: string): File | null {
  const input = document.getElementById(id) as HTMLInputElement | null;
  return input?.files && input.files.length > 0 ? input.files[0] : null;
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
    const file = chosenFile('file');
    let actionId = kind === 'incoming' ? 'registerIncoming' : 'registerOutgoing';
    if (file) {
      const problem = uploadProblem(file);
      if (problem) {
        setStatus('status', problem, 'bad');
        return;
      }
      setStatus('status', msg('records.sidebar.uploading'));
      params.fileName = file.name;
      params.base64 = await readBase64(file);
      actionId = kind === 'incoming' ? 'uploadIncomingFile' : 'uploadOutgoingFile';
    }
    const result = await callServer('runAction', actionId, params);
    setStatus('status', result.message, result.ok ? 'ok' : 'bad');
    if (result.ok && file) (document.getElementById('file') as HTMLInputElement).value = '';
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

/** Lets the person choose a file and attaches it to a registered document (replacing its link). */
function attachFile(d: FoundDocument, row: HTMLElement): void {
  for (const old of Array.from(row.querySelectorAll('.upload'))) old.remove();
  const input = el('input', { type: 'file', class: 'upload', accept: boot.upload.extensions.map((e) => `.${e}`).join(','), style: 'display:none' });
  const note = el('div', { class: 'muted upload' });
  row.appendChild(input);
  row.appendChild(note);
  input.addEventListener('change', async () => {
    const file = input.files && input.files.length > 0 ? input.files[0] : null;
    if (!file) return;
    const problem = uploadProblem(file);
    if (problem) {
      note.textContent = problem;
      note.className = 'bad upload';
      return;
    }
    note.textContent = msg('records.sidebar.uploading');
    try {
      const base64 = await readBase64(file);
      const result = await callServer('runAction', d.kind === 'incoming' ? 'uploadIncomingFile' : 'uploadOutgoingFile', { number: d.number, fileName: file.name, base64 });
      note.textContent = result.message;
      note.className = result.ok ? 'ok upload' : 'bad upload';
    } catch (error) {
      note.textContent = error instanceof Error ? error.message : String(error);
      note.className = 'bad upload';
    }
  });
  input.click();
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
      const attach = el('button', { class: 'secondary' }, msg('records.sidebar.attach'));
      attach.addEventListener('click', () => attachFile(d, row));
      row.appendChild(attach);
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
  form.appendChild(el('label', { for: 'file' }, msg('records.sidebar.file')));
  form.appendChild(el('input', { id: 'file', type: 'file', accept: boot.upload.extensions.map((e) => `.${e}`).join(',') }));
  form.appendChild(el('div', { class: 'muted' }, msg('records.sidebar.fileHint')));
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
