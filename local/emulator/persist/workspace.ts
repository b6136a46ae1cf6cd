// A workspace folder next to the workbook so a later CLI run continues where this one stopped:
//   drive/…            the Drive tree as real folders: documents as .docx (+ .pdf when exported),
//                      uploaded files as themselves, forms as .form.html previews
//   forms/<id>.json    one JSON per form (items, choices, settings, responses) + forms/<id>.html
//   mail/outbox.json   every message; mail/outbox.txt the same, readable
//   state/*.json       what reloading needs: Drive entries, document trees, script/user
//                      properties, triggers, quotas, id counter
import { mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Emulator } from '../emulator';
import { type DocNode, type DocumentFile, cloneNode } from '../services/document';
import { type DriveEntry, FOLDER_MIME } from '../services/drive';
import type { FormModel } from '../services/forms';
import { escapeHtml } from '../services/html';
import { documentToDocx } from './docx';
import { renderPdf } from './pdf';
import { loadSpreadsheetFromXlsx, saveSpreadsheetToXlsx } from './xlsx';

/** A spreadsheet other than the workbook, saved as .xlsx under drive/ (path relative to the workspace folder). */
interface SavedSpreadsheet {
  id: string;
  file: string;
}

interface SavedEntry extends Omit<DriveEntry, 'parents' | 'editors' | 'viewers' | 'bytes'> {
  parents: string[];
  editors: string[];
  viewers: string[];
  bytes?: string;
}

function safeName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 120) || 'untitled';
}

function stripParents(n: DocNode): unknown {
  return { kind: n.kind, text: n.text, attrs: n.attrs, image: n.image, children: n.children.map(stripParents) };
}

function withParents(raw: unknown, parent: DocNode | null = null): DocNode {
  const r = raw as DocNode;
  const n: DocNode = { kind: r.kind, text: r.text, attrs: r.attrs ?? {}, image: r.image, children: [], parent };
  n.children = (r.children ?? []).map((c) => withParents(c, n));
  return n;
}

/** A static page that looks like the Google Form a respondent sees. */
export function formPreviewHtml(f: FormModel): string {
  const items = f.items.map((i) => {
    const req = i.required ? ' <span class="req">*</span>' : '';
    const help = i.helpText ? `<div class="help">${escapeHtml(i.helpText)}</div>` : '';
    let input = '';
    if (i.type === 'CHECKBOX') input = i.choices.map((c) => `<label><input type="checkbox" disabled> ${escapeHtml(c)}</label>`).join('');
    else if (i.type === 'MULTIPLE_CHOICE') input = i.choices.map((c) => `<label><input type="radio" disabled> ${escapeHtml(c)}</label>`).join('');
    else if (i.type === 'LIST') input = `<select disabled><option>Choose</option>${i.choices.map((c) => `<option>${escapeHtml(c)}</option>`).join('')}</select>`;
    else if (i.type === 'TEXT') input = '<input type="text" disabled placeholder="Your answer">';
    else if (i.type === 'PARAGRAPH_TEXT') input = '<textarea disabled placeholder="Your answer"></textarea>';
    const rule = i.validation ? `<div class="help">${escapeHtml(i.validation.helpText || `Select ${i.validation.kind === 'exactly' ? 'exactly' : i.validation.kind === 'atMost' ? 'at most' : 'at least'} ${i.validation.n}`)}</div>` : '';
    const cls = i.type === 'SECTION_HEADER' || i.type === 'PAGE_BREAK' ? 'card section' : 'card';
    return `<div class="${cls}"><div class="title">${escapeHtml(i.title)}${req}</div>${help}${input}${rule}</div>`;
  });
  const email = f.emailCollection === 'VERIFIED' ? '<div class="card"><div class="help">Your Google account email will be recorded (verified).</div></div>' : '';
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(f.title)}</title><style>
body{background:#f0ebf8;font-family:Roboto,Arial,sans-serif;margin:0;padding:24px}main{max-width:640px;margin:auto}
.card{background:#fff;border-radius:8px;border:1px solid #dadce0;padding:24px;margin-bottom:12px}.head{border-top:10px solid #673ab7}
h1{font-size:32px;font-weight:400;margin:0 0 12px}.title{font-size:16px;margin-bottom:8px}.help{color:#5f6368;font-size:12px;margin:6px 0}
.req{color:#d93025}label{display:block;margin:8px 0}.section{background:#673ab7;color:#fff}.section .help{color:#ede7f6}
.state{font-size:12px;color:#5f6368}</style></head><body><main>
<div class="card head"><h1>${escapeHtml(f.title)}</h1><div>${escapeHtml(f.description)}</div>
<div class="state">${f.published ? 'Published' : 'Not published'} · ${f.accepting ? 'Accepting responses' : 'Not accepting responses'} · ${f.responses.length} responses</div></div>
${email}${items.join('\n')}</main></body></html>`;
}

export async function saveWorkspace(emu: Emulator, dir: string): Promise<void> {
  for (const d of ['drive', 'forms', 'mail', 'state']) mkdirSync(join(dir, d), { recursive: true });
  const entries: SavedEntry[] = [];
  const spreadsheets: SavedSpreadsheet[] = [];
  for (const e of emu.drive.entries.values()) {
    entries.push({ ...e, parents: [...e.parents], editors: [...e.editors], viewers: [...e.viewers], bytes: e.bytes?.toString('base64') });
    if (e.id === emu.drive.rootId || e.trashed) continue;
    const folder = join(dir, 'drive', ...emu.drive.pathOf(e.id).map(safeName));
    mkdirSync(folder, { recursive: true });
    if (e.mimeType === FOLDER_MIME) mkdirSync(join(folder, safeName(e.name)), { recursive: true });
    else if (e.mimeType === 'application/vnd.google-apps.document') {
      const doc = emu.documents.get(e.id);
      if (doc) writeFileSync(join(folder, `${safeName(e.name)}.docx`), await documentToDocx(doc));
    } else if (e.mimeType === 'application/vnd.google-apps.form') {
      const form = emu.forms.get(e.id);
      if (form) writeFileSync(join(folder, `${safeName(e.name)}.form.html`), formPreviewHtml(form));
    } else if (e.mimeType === 'application/vnd.google-apps.spreadsheet') {
      const ss = emu.spreadsheets.get(e.id);
      if (ss && ss !== emu.activeSpreadsheet) {
        // Spreadsheets the add-on made (teachers' grade files): a real .xlsx a person can open and type into;
        // the next CLI run loads it back (loadWorkspaceSpreadsheets).
        const file = join(folder, `${safeName(e.name)}.xlsx`);
        await saveSpreadsheetToXlsx(emu, file, ss);
        spreadsheets.push({ id: e.id, file: relative(dir, file) });
      } else writeFileSync(join(folder, `${safeName(e.name)}.gsheet.json`), JSON.stringify({ id: e.id, url: `https://docs.google.com/spreadsheets/d/${e.id}/edit` }, null, 2));
    } else if (e.bytes) writeFileSync(join(folder, safeName(e.name)), e.bytes);
  }
  for (const f of emu.forms.values()) {
    writeFileSync(join(dir, 'forms', `${f.id}.json`), JSON.stringify(f, null, 2));
    writeFileSync(join(dir, 'forms', `${f.id}.html`), formPreviewHtml(f));
  }
  writeFileSync(join(dir, 'mail', 'outbox.json'), JSON.stringify(emu.outbox, null, 2));
  writeFileSync(join(dir, 'mail', 'outbox.txt'), emu.outbox.map((m) => [
    `Date: ${m.at}`, `From: ${m.name ? `${m.name} <${m.from}>` : m.from}`, `To: ${m.to.join(', ')}`, ...(m.cc.length ? [`Cc: ${m.cc.join(', ')}`] : []),
    `Subject: ${m.subject}`, ...(m.attachments.length ? [`Attachments: ${m.attachments.map((a) => a.name).join(', ')}`] : []), '', m.body, '', '-'.repeat(72),
  ].join('\n')).join('\n'));
  const documents = [...emu.documents.values()].map((d) => ({ id: d.id, name: d.name, owner: d.owner, editors: d.editors, viewers: d.viewers, body: stripParents(d.saved.body), header: d.saved.header ? stripParents(d.saved.header) : null, footer: d.saved.footer ? stripParents(d.saved.footer) : null }));
  writeFileSync(join(dir, 'state', 'drive.json'), JSON.stringify({ rootId: emu.drive.rootId, entries }, null, 1));
  writeFileSync(join(dir, 'state', 'documents.json'), JSON.stringify(documents));
  writeFileSync(join(dir, 'state', 'spreadsheets.json'), JSON.stringify(spreadsheets, null, 1));
  writeFileSync(join(dir, 'state', 'emulator.json'), JSON.stringify({
    idCounter: emu.ids.state,
    clock: emu.nowMs(),
    scriptProperties: Object.fromEntries(emu.properties.script),
    userProperties: Object.fromEntries([...emu.properties.user].map(([u, m]) => [u, Object.fromEntries(m)])),
    triggers: emu.triggers,
    quotaUse: Object.fromEntries(emu.quotaUse),
    addonEnabledIn: [...emu.addonEnabledIn],
  }, null, 1));
}

/** Restores Drive, documents, forms, mail and script state saved by saveWorkspace (missing folder: no-op). */
export function loadWorkspace(emu: Emulator, dir: string): boolean {
  if (!existsSync(join(dir, 'state', 'emulator.json'))) return false;
  const state = JSON.parse(readFileSync(join(dir, 'state', 'emulator.json'), 'utf8'));
  emu.ids.state = state.idCounter;
  if (state.clock > emu.nowMs()) emu.advance(state.clock - emu.nowMs());
  for (const [k, v] of Object.entries(state.scriptProperties as Record<string, string>)) emu.properties.script.set(k, v);
  for (const [u, props] of Object.entries(state.userProperties as Record<string, Record<string, string>>)) emu.properties.user.set(u, new Map(Object.entries(props)));
  for (const t of state.triggers) if (!emu.triggers.some((x) => x.id === t.id)) emu.triggers.push(t);
  for (const [k, v] of Object.entries(state.quotaUse as Record<string, number>)) emu.quotaUse.set(k, v);
  for (const id of state.addonEnabledIn as string[]) emu.addonEnabledIn.add(id);
  const drive = JSON.parse(readFileSync(join(dir, 'state', 'drive.json'), 'utf8')) as { rootId: string; entries: SavedEntry[] };
  for (const e of drive.entries) {
    if (e.mimeType === 'application/vnd.google-apps.spreadsheet' && emu.drive.get(e.id)) continue;
    emu.drive.entries.set(e.id, { ...e, parents: new Set(e.parents), editors: new Set(e.editors), viewers: new Set(e.viewers), bytes: e.bytes ? Buffer.from(e.bytes, 'base64') : undefined });
  }
  const docs = JSON.parse(readFileSync(join(dir, 'state', 'documents.json'), 'utf8')) as { id: string; name: string; owner: string; editors: string[]; viewers: string[]; body: unknown; header: unknown; footer: unknown }[];
  for (const d of docs) {
    const body = withParents(d.body);
    const header = d.header ? withParents(d.header) : null;
    const footer = d.footer ? withParents(d.footer) : null;
    const f: DocumentFile = { id: d.id, name: d.name, owner: d.owner, editors: d.editors, viewers: d.viewers, body, header, footer, saved: { body: cloneNode(body), header: header ? cloneNode(header) : null, footer: footer ? cloneNode(footer) : null } };
    emu.documents.set(f.id, f);
  }
  const formIds = drive.entries.filter((e) => e.mimeType === 'application/vnd.google-apps.form').map((e) => e.id);
  for (const id of formIds) {
    const p = join(dir, 'forms', `${id}.json`);
    if (existsSync(p)) emu.forms.set(id, JSON.parse(readFileSync(p, 'utf8')) as FormModel);
  }
  const outbox = join(dir, 'mail', 'outbox.json');
  if (existsSync(outbox)) emu.outbox.push(...JSON.parse(readFileSync(outbox, 'utf8')));
  return true;
}

/**
 * Loads back the spreadsheets saveWorkspace wrote as .xlsx (teachers' grade files), with whatever a person typed
 * into them, after loadWorkspace (their Drive entries — folder, owner, editors, viewers — come from there). The
 * workbook stays the active spreadsheet; ids, script state and the id counter of this run are kept.
 */
export async function loadWorkspaceSpreadsheets(emu: Emulator, dir: string): Promise<number> {
  const list = join(dir, 'state', 'spreadsheets.json');
  if (!existsSync(list)) return 0;
  let loaded = 0;
  for (const saved of JSON.parse(readFileSync(list, 'utf8')) as SavedSpreadsheet[]) {
    const file = join(dir, saved.file);
    if (!existsSync(file) || emu.spreadsheets.has(saved.id)) continue;
    const active = emu.activeSpreadsheet;
    const ids = emu.ids.state;
    const script = new Map(emu.properties.script);
    const user = new Map([...emu.properties.user].map(([u, m]) => [u, new Map(m)]));
    const triggers = emu.triggers.length;
    const extra = { ...emu.workbookExtras };
    if (active) emu.spreadsheets.set(active._id, active);
    const ss = await loadSpreadsheetFromXlsx(emu, file);
    // The workbook's own state wins over the copy saved in the teacher file's hidden state sheet.
    emu.activeSpreadsheet = active;
    emu.ids.state = ids;
    emu.properties.script.clear();
    for (const [k, v] of script) emu.properties.script.set(k, v);
    emu.properties.user.clear();
    for (const [u, m] of user) emu.properties.user.set(u, m);
    emu.triggers.splice(triggers);
    for (const k of Object.keys(emu.workbookExtras)) delete emu.workbookExtras[k];
    Object.assign(emu.workbookExtras, extra);
    if (ss._id !== saved.id) {
      // Saved by another program without the hidden state sheet: the file keeps the id Drive knows it by.
      emu.spreadsheets.delete(ss._id);
      emu.drive.entries.delete(ss._id);
      (ss as { _id: string })._id = saved.id;
      emu.spreadsheets.set(saved.id, ss);
    }
    const entry = emu.drive.get(saved.id);
    if (entry) ss._owner = entry.owner;
    loaded++;
  }
  return loaded;
}

export { renderPdf };
