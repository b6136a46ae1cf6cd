// The timetable sidebar: choose term, study form and faculty, then build (calling timetableStep until done), check, approve.

import type { ActionResult } from '../../actions/types';
import { callRpc, callServer } from '../rpcClient';

interface Bootstrap {
  lang: string;
  messages: Record<string, string>;
  faculties: string[];
}

const boot = (window as unknown as { BOOTSTRAP: Bootstrap }).BOOTSTRAP;
const msg = (key: string): string => boot.messages[key] ?? key;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text) node.textContent = text;
  return node;
}

function select(id: string, options: Array<[string, string]>): HTMLSelectElement {
  const s = el('select', { id });
  for (const [value, label] of options) s.appendChild(el('option', { value }, label));
  return s;
}

const app = document.getElementById('app') as HTMLElement;
app.appendChild(el('label', { for: 'term' }, msg('timetable.sidebar.term')));
const term = app.appendChild(select('term', ['autumn', 'spring', 'summer'].map((t) => [t, msg(`timetable.term.${t}`)])));
app.appendChild(el('label', { for: 'form' }, msg('timetable.sidebar.studyForm')));
const form = app.appendChild(select('form', ['fulltime', 'evening', 'masters'].map((f) => [f, msg(`timetable.studyForm.${f}`)])));
app.appendChild(el('label', { for: 'faculty' }, msg('timetable.sidebar.faculty')));
const faculty = app.appendChild(select('faculty', [['', msg('timetable.sidebar.allFaculties')], ...boot.faculties.map((f) => [f, f] as [string, string])]));
const build = app.appendChild(el('button', {}, msg('timetable.sidebar.build')));
const check = app.appendChild(el('button', { class: 'secondary' }, msg('timetable.sidebar.check')));
const approve = app.appendChild(el('button', { class: 'secondary' }, msg('timetable.sidebar.approve')));
const bar = app.appendChild(el('progress', { max: '100', value: '0' }));
const status = app.appendChild(el('div', { id: 'status' }));
const list = app.appendChild(el('ul'));

function show(result: ActionResult): void {
  status.textContent = result.message;
  list.textContent = '';
  for (const p of (result.problems ?? []).slice(0, 200)) list.appendChild(el('li', {}, (p as { message?: string }).message ?? p.code));
}

function busy(on: boolean): void {
  for (const b of [build, check, approve]) b.disabled = on;
}

async function runBuild(): Promise<void> {
  busy(true);
  let args: Record<string, unknown> = { term: term.value, studyForm: form.value, faculty: faculty.value };
  try {
    for (;;) {
      status.textContent = msg('timetable.sidebar.working');
      const result = await callRpc<ActionResult>('timetableStep', args);
      const counts = result.counts;
      if (counts.lessons) bar.value = Math.round((100 * (counts.placed ?? 0)) / counts.lessons);
      show(result);
      if (!result.ok || !result.continueToken) break;
      status.textContent = `${msg('timetable.sidebar.execution')} ${counts.executions}: ${result.message}`;
      args = { continueToken: result.continueToken };
    }
  } catch (error) {
    status.textContent = error instanceof Error ? error.message : String(error);
  } finally {
    busy(false);
  }
}

async function runAction(id: string): Promise<void> {
  busy(true);
  try {
    const result = await callServer('runAction', id, { term: term.value, studyForm: form.value });
    show(result);
  } catch (error) {
    status.textContent = error instanceof Error ? error.message : String(error);
  } finally {
    busy(false);
  }
}

build.addEventListener('click', () => void runBuild());
check.addEventListener('click', () => void runAction('checkTimetable'));
approve.addEventListener('click', () => void runAction('approveTimetable'));
