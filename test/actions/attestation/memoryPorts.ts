// An in-memory Ports for action tests of the attestation area: a workbook of named 2-D arrays that counts its calls,
// sheet protections as editor lists, a settable clock and user, a mail outbox with a quota, documents as block lists,
// teachers' grade files as workbooks of their own (with owner, editors, viewers and a daily creation quota).

import type { DocBlock, NewSpreadsheet, Ports, SheetLayout, Workbook } from '../../../src/ports';

export interface MemoryPorts extends Ports {
  sheets: Map<string, unknown[][]>;
  protections: Map<string, string[]>;
  calls: Record<string, number>;
  reads: Record<string, number>;
  outbox: Array<{ to: string; subject: string; body: string }>;
  documents: Array<{ name: string; blocks: DocBlock[] }>;
  setNow(iso: string): void;
  setUser(email: string): void;
  quota: { mail: number; files: number };
  /** Teachers' grade files made through the SpreadsheetFiles port, by id. */
  files: Map<string, MemoryFile>;
  /** Simulated execution time each file open costs (clock.elapsedMs grows by it); resetElapsed starts a new execution. */
  costPerOpenMs: number;
  resetElapsed(): void;
}

export interface MemoryFile {
  id: string;
  name: string;
  folderId: string;
  owner: string;
  editors: string[];
  viewers: string[];
  sheets: Map<string, unknown[][]>;
  protections: Map<string, string[]>;
  layout: NewSpreadsheet;
  trashed: boolean;
}

export function memoryPorts(start = '2026-10-26T06:00:00Z', user = 'registrar@atu.edu.kz'): MemoryPorts {
  const sheets = new Map<string, unknown[][]>();
  const protections = new Map<string, string[]>();
  const calls: Record<string, number> = {};
  const reads: Record<string, number> = {};
  const count = (name: string) => (calls[name] = (calls[name] ?? 0) + 1);
  let now = new Date(start);
  let active = user;
  const props = new Map<string, string>();
  const outbox: MemoryPorts['outbox'] = [];
  const documents: MemoryPorts['documents'] = [];
  const quota = { mail: 100, files: 1000 };
  const files = new Map<string, MemoryFile>();
  let elapsed = 0;
  const pad = (rows: unknown[][]) => {
    const w = Math.max(0, ...rows.map((r) => r.length));
    return rows.map((r) => [...r, ...new Array(w - r.length).fill('')]);
  };
  const ports: MemoryPorts = {
    sheets,
    protections,
    calls,
    reads,
    outbox,
    documents,
    quota,
    setNow: (iso) => {
      now = new Date(iso);
    },
    setUser: (email) => {
      active = email;
    },
    workbook: memoryWorkbook(sheets, protections, count, reads),
    properties: { get: (k) => props.get(k) ?? null, set: (k, v) => void props.set(k, v), delete: (k) => void props.delete(k), keys: () => [...props.keys()] },
    lock: { withDocumentLock: (_ms, fn) => fn() },
    clock: { now: () => new Date(now), elapsedMs: () => elapsed },
    identity: { activeUserEmail: () => active, userLocale: () => 'en' },
    mailer: {
      remainingDailyQuota: () => quota.mail,
      send: (m) => {
        quota.mail--;
        outbox.push({ to: m.to, subject: m.subject, body: m.body });
      },
    },
    drive: {
      folder: (path) => path.join('/'),
      createTextFile: (folder, name) => ({ id: `${folder}/${name}`, name, url: `https://drive/${name}` }),
      shareView: () => undefined,
      findFile: (folder, name) => {
        count('findFile');
        const f = [...files.values()].find((x) => x.folderId === folder && x.name === name && !x.trashed);
        return f ? { id: f.id, name: f.name, url: `https://docs/${f.id}` } : null;
      },
    },
    docs: {
      render: (_folder, name, blocks) => {
        documents.push({ name, blocks });
        return { doc: { id: name, name, url: `https://docs/${name}` }, pdf: null };
      },
      ensureTemplate: (_f, name) => ({ id: name, name, url: '' }),
      fillTemplate: (_t, _f, name) => ({ doc: { id: name, name, url: '' }, pdf: null }),
    },
    forms: { upsert: () => ({ id: 'f', publishedUrl: '', editUrl: '' }), setChoices: () => undefined, removeChoices: () => 0, exists: () => false },
    triggers: { ensureFormSubmitTrigger: () => true, ensureTimeTrigger: () => true, scheduleOnce: () => undefined, remove: () => 0 },
    ui: { toast: () => undefined, alert: () => undefined, showSidebar: () => undefined },
    files,
    costPerOpenMs: 0,
    resetElapsed: () => {
      elapsed = 0;
    },
    spreadsheets: {
      create: (folderId, name, content) => {
        count('createFile');
        if (quota.files <= 0) throw new Error('Service invoked too many times for one day: spreadsheets create.');
        quota.files--;
        const id = `file${files.size + 1}`;
        const fileSheets = new Map<string, unknown[][]>([[content.layout.name, pad(content.rows.map((r) => [...r]))]]);
        files.set(id, { id, name, folderId, owner: active, editors: [], viewers: [], sheets: fileSheets, protections: new Map(), layout: content, trashed: false });
        return { id, name, url: `https://docs/${id}` };
      },
      open: (id) => {
        count('openFile');
        elapsed += ports.costPerOpenMs;
        const f = files.get(id);
        if (!f || f.trashed) return null;
        return memoryWorkbook(f.sheets, f.protections, count, reads);
      },
      share: (id, access) => {
        count('share');
        const f = files.get(id);
        if (!f) return;
        f.editors = [...new Set(access.editors.map((e) => e.toLowerCase()))].filter((e) => e !== f.owner).sort();
        f.viewers = [...new Set(access.viewers.map((e) => e.toLowerCase()))].filter((e) => !f.editors.includes(e)).sort();
      },
    },
  };
  return ports;
}

function memoryWorkbook(sheets: Map<string, unknown[][]>, protections: Map<string, string[]>, count: (name: string) => number, reads: Record<string, number>): Workbook {
  const pad = (rows: unknown[][]) => {
    const w = Math.max(0, ...rows.map((r) => r.length));
    return rows.map((r) => [...r, ...new Array(w - r.length).fill('')]);
  };
  return {
      id: () => 'book',
      url: () => 'https://example/book',
      sheetNames: () => {
        count('sheetNames');
        return [...sheets.keys()];
      },
      findSheet: (candidates) => candidates.find((c) => sheets.has(c)) ?? null,
      readValues: (name) => {
        count('readValues');
        reads[name] = (reads[name] ?? 0) + 1;
        const v = sheets.get(name);
        return v ? v.map((r) => [...r]) : null;
      },
      readBlock: (name, row, column, numRows, numColumns) => {
        count('readBlock');
        const v = sheets.get(name);
        if (!v) return null;
        return Array.from({ length: numRows }, (_, i) => Array.from({ length: numColumns }, (_, j) => v[row - 1 + i]?.[column - 1 + j] ?? ''));
      },
      ensureSheet: (layout: SheetLayout) => {
        count('ensureSheet');
        const created = !sheets.has(layout.name);
        if (created) sheets.set(layout.name, [layout.headers]);
        return { created, headerRepaired: false };
      },
      replaceValues: (name, values) => {
        count('replaceValues');
        sheets.set(name, pad(values.map((r) => [...r])));
      },
      appendRows: (name, rows) => {
        count('appendRows');
        sheets.set(name, pad([...(sheets.get(name) ?? []), ...rows.map((r) => [...r])]));
      },
      writeBlock: (name, row, column, values) => {
        count('writeBlock');
        const v = sheets.get(name) ?? [];
        values.forEach((r, i) =>
          r.forEach((cell, j) => {
            while (v.length < row + i) v.push([]);
            const line = v[row - 1 + i];
            while (line.length < column + j) line.push('');
            line[column - 1 + j] = cell;
          }),
        );
        sheets.set(name, pad(v));
      },
      renameSheet: () => undefined,
      writeHeader: () => undefined,
      protectSheet: (name, editors) => {
        count('protectSheet');
        if (editors === null) protections.delete(name);
        else protections.set(name, [...editors].sort());
      },
      formatBlocks: () => undefined,
      locale: () => 'ru_RU',
      timeZone: () => 'Asia/Almaty',
    };
}
