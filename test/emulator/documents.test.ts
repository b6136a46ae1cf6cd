import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { createEmulator, loadWorkspace, saveWorkspace } from '../../local/emulator';
import { OWNER, START, setup } from './helpers';

describe('DocumentApp', () => {
  it('replaces text by regular expression, with Java replacement rules', () => {
    const { g } = setup();
    const body = g.DocumentApp.create('T').getBody();
    body.appendParagraph('Dear {{name}}, your code is A-17.');
    body.replaceText('\\{\\{name\\}\\}', 'Aigerim');
    body.replaceText('A-(\\d+)', 'B-$1');
    expect(body.getText()).toBe('\nDear Aigerim, your code is B-17.');
    expect(() => body.replaceText('Aigerim', 'costs $ 5')).toThrow('Illegal group reference');
    body.replaceText('Aigerim', 'costs \\$5');
    expect(body.getParagraphs()[1].getText()).toBe('Dear costs $5, your code is B-17.');
  });

  it('treats a search pattern as a regular expression, so "." matches any character', () => {
    const { g } = setup();
    const body = g.DocumentApp.create('T').getBody();
    body.setText('a.b axb');
    body.replaceText('a.b', 'X');
    expect(body.getText()).toBe('X X');
  });

  it('finds text and reports offsets', () => {
    const { g } = setup();
    const body = g.DocumentApp.create('T').getBody();
    body.setText('one two two');
    const first = body.findText('two');
    const second = body.findText('two', first ?? undefined);
    expect([first?.getStartOffset(), first?.getEndOffsetInclusive(), second?.getStartOffset()]).toEqual([4, 6, 8]);
  });

  it('copies tables and inserts the copy elsewhere', () => {
    const { g } = setup();
    const body = g.DocumentApp.create('T').getBody();
    const table = body.appendTable([['a', 'b'], ['c', 'd']]);
    body.insertTable(0, table.copy() as GoogleAppsScript.Document.Table);
    table.getCell(0, 0).setText('changed');
    expect([body.getTables()[0].getText(), body.getTables()[1].getText()]).toEqual(['a\tb\nc\td', 'changed\tb\nc\td']);
  });

  it('exports a PDF with the saved state only, and refuses edits after saveAndClose', () => {
    const { bundle, g } = setup();
    const folder = g.DriveApp.createFolder('Reports');
    const r = bundle.call('makeReport', folder.getId()) as { id: string; before: boolean; after: boolean };
    expect([r.before, r.after]).toEqual([false, true]);
    const doc = g.DocumentApp.openById(r.id);
    doc.saveAndClose();
    expect(() => doc.getBody().appendParagraph('late')).toThrow('Document is closed, its contents cannot be updated.');
    expect(g.DriveApp.getFileById(r.id).getParents().next().getName()).toBe('Reports');
  });

  it('counts document creations against the daily quota of a consumer account', () => {
    const { g } = setup({ accountType: 'consumer' });
    for (let i = 0; i < 250; i++) g.DocumentApp.create(`d${i}`);
    expect(() => g.DocumentApp.create('one too many')).toThrow('Service invoked too many times for one day: docs create.');
  });
});

describe('MailApp', () => {
  it('keeps sent mail in the outbox and counts recipients', () => {
    const { emu, g } = setup();
    g.MailApp.sendEmail({ to: 'a@x.edu,b@x.edu', subject: 'Grades', body: 'Your grades are out', name: 'Registrar' });
    expect(emu.outbox.map((m) => [m.to, m.subject, m.name])).toEqual([[['a@x.edu', 'b@x.edu'], 'Grades', 'Registrar']]);
    expect(g.MailApp.getRemainingDailyQuota()).toBe(1498);
  });

  it('refuses mail beyond the daily recipients quota', () => {
    const { g } = setup({ accountType: 'consumer' });
    for (let i = 0; i < 100; i++) g.MailApp.sendEmail(`s${i}@x.edu`, 'Hi', 'Body');
    expect(() => g.MailApp.sendEmail('late@x.edu', 'Hi', 'Body')).toThrow('Service invoked too many times for one day: email.');
  });
});

describe('workspace persistence', () => {
  it('writes docx, form previews and the outbox, and a later run continues from them', async () => {
    const { emu, bundle, g } = setup();
    const folder = g.DriveApp.createFolder('Reports');
    const r = bundle.call('makeReport', folder.getId()) as { id: string };
    const form = g.FormApp.create('Enrolment');
    form.addMultipleChoiceItem().setTitle('Track').setChoiceValues(['Math', 'Physics']).setRequired(true);
    g.MailApp.sendEmail('dean@x.edu', 'Report', 'Attached', { attachments: [g.DriveApp.getFileById(r.id).getAs('application/pdf')] });
    const dir = mkdtempSync(join(tmpdir(), 'ws-'));
    await saveWorkspace(emu, dir);

    const docx = readFileSync(join(dir, 'drive', 'Reports', 'Transcript.docx'));
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string');
    expect(xml).toContain('Transcript of Aigerim');
    expect(xml).toContain('Algebra');
    expect(readdirSync(join(dir, 'forms')).sort()).toEqual([`${form.getId()}.html`, `${form.getId()}.json`]);
    expect(readFileSync(join(dir, 'forms', `${form.getId()}.html`), 'utf8')).toContain('<input type="radio" disabled> Physics</label>');
    expect(readFileSync(join(dir, 'mail', 'outbox.txt'), 'utf8')).toContain('Attachments: Transcript.pdf');
    expect(existsSync(join(dir, 'drive', 'Enrolment.form.html'))).toBe(true);

    const later = createEmulator({ start: START, owner: OWNER });
    expect(loadWorkspace(later, dir)).toBe(true);
    const g2 = later.globals() as unknown as typeof g;
    expect(g2.DocumentApp.openById(r.id).getBody().getText()).toContain('Transcript of Aigerim');
    expect(g2.FormApp.openById(form.getId()).getItems()[0].asMultipleChoiceItem().getChoices().map((c) => c.getValue())).toEqual(['Math', 'Physics']);
    expect(g2.DriveApp.getFoldersByName('Reports').next().getFilesByName('Transcript').hasNext()).toBe(true);
    expect(later.outbox.length).toBe(1);
  });

  it('writes a real PDF', () => {
    const { g } = setup();
    const doc = g.DocumentApp.create('Приказ');
    doc.getBody().appendParagraph('Приказ о зачислении').setHeading(g.DocumentApp.ParagraphHeading.HEADING1);
    doc.saveAndClose();
    const pdf = doc.getAs("application/pdf").getDataAsString();
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    expect(pdf).toContain('(Prikaz o zachislenii) Tj');
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
  });
});

describe('Charts', () => {
  it('renders a bar chart as a PNG image', () => {
    const { g } = setup();
    const data = g.Charts.newDataTable().addColumn(g.Charts.ColumnType.STRING, 'Year').addColumn(g.Charts.ColumnType.NUMBER, 'GPA').addRow(['2024', 3]);
    const png = g.Charts.newBarChart().setDataTable(data).setDimensions(120, 80).build().getAs('image/png');
    const bytes = png.getBytes();
    expect(bytes.slice(1, 4).map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    expect(png.getContentType()).toBe('image/png');
  });
});
