// The document engine's Apps Script side (GasDocRenderer, GasDrive) against the emulator's DocumentApp, DriveApp and Charts.

import { beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../local/emulator';
import { GasDocRenderer } from '../../src/gas/docRenderer';
import { GasDrive, ROOT_FOLDER_KEY } from '../../src/gas/drive';
import type { KeyValueStore } from '../../src/ports';
import { chart, heading, paragraph, signature, table } from '../../src/reports/blocks';

class MemoryStore implements KeyValueStore {
  readonly map = new Map<string, string>();
  get(k: string) {
    return this.map.get(k) ?? null;
  }
  set(k: string, v: string) {
    this.map.set(k, v);
  }
  delete(k: string) {
    this.map.delete(k);
  }
  keys() {
    return [...this.map.keys()];
  }
}

let emulator: Emulator;
let store: MemoryStore;
let drive: GasDrive;

/** Runs `fn` as one Apps Script execution with the emulator's services as globals. */
function inGas<T>(fn: () => T): T {
  const g = globalThis as Record<string, unknown>;
  const globals = emulator.globals();
  const saved = Object.fromEntries(Object.keys(globals).map((k) => [k, g[k]]));
  Object.assign(g, globals);
  try {
    return fn();
  } finally {
    Object.assign(g, saved);
  }
}

const bodyText = (id: string) => inGas(() => DocumentApp.openById(id).getBody().getText());

beforeEach(() => {
  emulator = createEmulator({ owner: 'registrar@atu.edu.kz', start: new Date('2026-09-10T05:00:00Z') });
  store = new MemoryStore();
  drive = new GasDrive(store, 'Registrar — test');
});

describe('GasDrive', () => {
  it('makes the root folder once and remembers sub-folders by path', () => {
    const a = inGas(() => drive.folder(['2026-2027', 'Reports']));
    const again = inGas(() => new GasDrive(store, 'Registrar — test').folder(['2026-2027', 'Reports']));
    expect(again).toBe(a);
    expect(store.get(ROOT_FOLDER_KEY)).toBeTruthy();
  });

  it('shares view-only once per person and ignores what is not an email', () => {
    const folder = inGas(() => drive.folder([]));
    const file = inGas(() => drive.createTextFile(folder, 'a.txt', 'x', 'text/plain'));
    inGas(() => drive.shareView(file.id, ['dean@atu.edu.kz', 'not an email', 'DEAN@atu.edu.kz']));
    inGas(() => drive.shareView(file.id, ['dean@atu.edu.kz']));
    const viewers = inGas(() => DriveApp.getFileById(file.id).getViewers().map((u) => u.getEmail()));
    expect(viewers).toEqual(['dean@atu.edu.kz']);
  });
});

describe('GasDocRenderer', () => {
  it('renders blocks, then re-renders the same file in place with its PDF replaced', () => {
    const docs = new GasDocRenderer(drive, 'bars');
    const folder = inGas(() => drive.folder(['2026-2027', 'Reports']));
    const first = inGas(() => docs.render(folder, 'Report', [heading('Title', 1), paragraph('Hello'), table(['a', 'b'], [['1', '2']])], { pdf: true, shareWith: [] }));
    const second = inGas(() => docs.render(folder, 'Report', [heading('Title 2', 1)], { pdf: true, shareWith: ['vr@atu.edu.kz'] }));
    expect(second.doc.id).toBe(first.doc.id);
    expect(bodyText(first.doc.id)).toContain('Title 2');
    expect(bodyText(first.doc.id)).not.toContain('Hello');
    const pdfs = inGas(() => {
      const it = DriveApp.getFolderById(folder).getFilesByName('Report.pdf');
      const out: boolean[] = [];
      while (it.hasNext()) out.push(it.next().isTrashed());
      return out;
    });
    expect(pdfs.filter((t) => !t)).toHaveLength(1);
  });

  it('draws a chart as "█" bars with the numbers in bars mode', () => {
    const docs = new GasDocRenderer(drive, 'bars');
    const folder = inGas(() => drive.folder([]));
    const out = inGas(() => docs.render(folder, 'Chart', [chart('Done, %', ['A', 'B'], [50, 100])], { pdf: false, shareWith: [] }));
    const text = bodyText(out.doc.id);
    expect(text).toContain('Done, %');
    expect(text).toContain('█'.repeat(20));
    expect(text).toContain('100');
  });

  it('draws a chart image with the Charts service in auto mode', () => {
    const docs = new GasDocRenderer(drive, 'auto');
    const folder = inGas(() => drive.folder([]));
    const out = inGas(() => docs.render(folder, 'Chart image', [chart('GPA', ['FIT', 'PED'], [2.5, 3.1])], { pdf: false, shareWith: [] }));
    // The emulator's Paragraph does not expose inline images as children, so count them in its document model.
    const count = (n: { kind: string; children: unknown[] }): number => (n.kind === 'INLINE_IMAGE' ? 1 : 0) + n.children.reduce<number>((s, c) => s + count(c as never), 0);
    const images = count(emulator.documents.get(out.doc.id)!.body);
    expect(images).toBe(1);
    expect(bodyText(out.doc.id)).not.toContain('█');
  });

  it('keeps an edited template and fills it: values, repeated rows, conditionals', () => {
    const docs = new GasDocRenderer(drive, 'bars');
    const templates = inGas(() => drive.folder(['Templates']));
    const folder = inGas(() => drive.folder(['Out']));
    const t1 = inGas(() => docs.ensureTemplate(templates, 'T', [heading('Plan {{year}}', 1), paragraph('{{#if late}}'), paragraph('Late!'), paragraph('{{/if}}'), table(['No.', 'Item'], [['{{#rows items}}', '']]), signature(['{{head}}'])]));
    const t2 = inGas(() => docs.ensureTemplate(templates, 'T', [paragraph('other')]));
    expect(t2.id).toBe(t1.id);
    const out = inGas(() => docs.fillTemplate(t1.id, folder, 'Filled', { values: { year: '2026-2027', head: 'Э. Куккузова' }, tables: { items: [['1', 'Advisors'], ['2', 'Enrolment']] }, flags: { late: false }, charts: {} }, { pdf: false, shareWith: [] }));
    const text = bodyText(out.doc.id);
    expect(text).toContain('Plan 2026-2027');
    expect(text).toContain('Enrolment');
    expect(text).toContain('Э. Куккузова');
    expect(text).not.toContain('Late!');
    expect(text).not.toContain('{{');
  });
});
