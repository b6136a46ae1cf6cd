// The DocRenderer port on DocumentApp/DriveApp/Charts: blocks → a Google Doc (re-rendered in place, never duplicated), templates, PDFs.
//
// Templates are ordinary Docs in the add-on's folder that the office may edit. fillTemplate reads the
// template's body into DocBlocks (paragraphs, headings, list items, tables), fills it with the pure
// reports/templateEngine, and renders the result like any report: tables are written with one
// appendTable(cells) call, so a report's service calls do not grow with the rows it lists. Character
// formatting inside a template paragraph is not carried over (headings, alignment and tables are).

import type { DocBlock, DocRenderer, Drive, DriveFileRef, TemplateData } from '../ports';
import { barRows } from '../reports/blocks';
import { fillTemplate } from '../reports/templateEngine';

export type ChartMode = 'image' | 'bars' | 'auto';

const PDF = 'application/pdf';

export class GasDocRenderer implements DocRenderer {
  /**
   * @param drive the Drive port (finds outputs by name so re-running replaces, never duplicates)
   * @param chartMode 'image' draws charts with the Charts service; 'bars' writes a table of "█" bars
   *   with the numbers; 'auto' tries the image and falls back to bars.
   */
  constructor(
    private readonly drive: Drive,
    private readonly chartMode: ChartMode = 'auto',
  ) {}

  render(folderId: string, name: string, blocks: DocBlock[], options: { pdf: boolean; shareWith: string[] }): { doc: DriveFileRef; pdf: DriveFileRef | null } {
    const existing = this.drive.findFile(folderId, name);
    const doc = existing ? DocumentApp.openById(existing.id) : this.createIn(folderId, name);
    writeBody(doc.getBody(), blocks, this.chartMode);
    doc.saveAndClose();
    const docRef: DriveFileRef = existing ?? { id: doc.getId(), name, url: doc.getUrl() };
    let pdfRef: DriveFileRef | null = null;
    if (options.pdf) pdfRef = this.writePdf(folderId, name, docRef.id);
    if (options.shareWith.length > 0) {
      this.drive.shareView(docRef.id, options.shareWith);
      if (pdfRef) this.drive.shareView(pdfRef.id, options.shareWith);
    }
    return { doc: docRef, pdf: pdfRef };
  }

  ensureTemplate(folderId: string, name: string, blocks: DocBlock[]): DriveFileRef {
    const existing = this.drive.findFile(folderId, name);
    if (existing) return existing;
    const doc = this.createIn(folderId, name);
    writeBody(doc.getBody(), blocks, 'bars');
    doc.saveAndClose();
    return { id: doc.getId(), name, url: doc.getUrl() };
  }

  fillTemplate(templateId: string, folderId: string, name: string, data: TemplateData, options: { pdf: boolean; shareWith: string[] }): { doc: DriveFileRef; pdf: DriveFileRef | null } {
    const template = DocumentApp.openById(templateId);
    const blocks = readBody(template.getBody());
    return this.render(folderId, name, fillTemplate(blocks, data).blocks, options);
  }

  /** DocumentApp.create puts the file in My Drive's root; it is then moved into the add-on's folder. */
  private createIn(folderId: string, name: string): GoogleAppsScript.Document.Document {
    const doc = DocumentApp.create(name);
    DriveApp.getFileById(doc.getId()).moveTo(DriveApp.getFolderById(folderId));
    return doc;
  }

  /** A PDF beside the Doc; an older PDF of the same name is trashed (Drive cannot overwrite a binary file in place). */
  private writePdf(folderId: string, name: string, docId: string): DriveFileRef {
    const pdfName = `${name}.pdf`;
    const blob = DriveApp.getFileById(docId).getAs(PDF);
    blob.setName(pdfName);
    const old = this.drive.findFile(folderId, pdfName);
    if (old) DriveApp.getFileById(old.id).setTrashed(true);
    const file = DriveApp.getFolderById(folderId).createFile(blob);
    return { id: file.getId(), name: pdfName, url: file.getUrl() };
  }
}

const HEADINGS = (): Record<1 | 2 | 3, GoogleAppsScript.Document.ParagraphHeading> => ({
  1: DocumentApp.ParagraphHeading.HEADING1,
  2: DocumentApp.ParagraphHeading.HEADING2,
  3: DocumentApp.ParagraphHeading.HEADING3,
});

/** Replaces a body's content with the blocks. */
export function writeBody(body: GoogleAppsScript.Document.Body, blocks: readonly DocBlock[], chartMode: ChartMode): void {
  body.clear();
  // clear() leaves one empty paragraph at the top (a body is never empty); drop it once something follows.
  const leftover = body.getNumChildren();
  for (const block of blocks) writeBlock(body, block, chartMode);
  if (leftover === 1 && body.getNumChildren() > 1) {
    const first = body.getChild(0);
    if (first.getType() === DocumentApp.ElementType.PARAGRAPH && first.asParagraph().getText() === '') first.removeFromParent();
  }
}

function writeBlock(body: GoogleAppsScript.Document.Body, block: DocBlock, chartMode: ChartMode): void {
  switch (block.kind) {
    case 'heading':
      body.appendParagraph(block.text).setHeading(HEADINGS()[block.level]);
      return;
    case 'paragraph': {
      const p = body.appendParagraph(block.text);
      if (block.align === 'center') p.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
      if (block.align === 'right') p.setAlignment(DocumentApp.HorizontalAlignment.RIGHT);
      if (block.bold && block.text !== '') p.editAsText().setBold(true);
      return;
    }
    case 'table': {
      const cells = block.header.length > 0 ? [block.header, ...block.rows] : block.rows;
      if (cells.length === 0) return;
      const t = body.appendTable(cells);
      if (block.header.length > 0) t.getRow(0).editAsText().setBold(true);
      return;
    }
    case 'bullets':
      for (const item of block.items) body.appendListItem(item).setGlyphType(DocumentApp.GlyphType.BULLET);
      return;
    case 'chart':
      writeChart(body, block, chartMode);
      return;
    case 'signature':
      body.appendParagraph('');
      for (const line of block.lines) body.appendParagraph(line);
      return;
    case 'pageBreak':
      body.appendPageBreak();
      return;
  }
}

function writeChart(body: GoogleAppsScript.Document.Body, chart: Extract<DocBlock, { kind: 'chart' }>, chartMode: ChartMode): void {
  if (chartMode !== 'bars') {
    try {
      const data = Charts.newDataTable().addColumn(Charts.ColumnType.STRING, '').addColumn(Charts.ColumnType.NUMBER, chart.title);
      chart.labels.forEach((label, i) => data.addRow([label, chart.values[i] ?? 0]));
      const image = Charts.newBarChart().setTitle(chart.title).setDataTable(data).setDimensions(600, Math.max(200, 40 * chart.labels.length + 80)).build().getAs('image/png');
      body.appendImage(image);
      return;
    } catch (error) {
      if (chartMode === 'image') throw error;
    }
  }
  body.appendParagraph(chart.title).editAsText().setBold(chart.title !== '');
  const rows = barRows(chart);
  if (rows.length > 0) body.appendTable(rows);
}

/** Reads a template Doc's body as blocks: headings, paragraphs (with alignment), runs of list items, tables (row 1 = header). */
export function readBody(body: GoogleAppsScript.Document.Body): DocBlock[] {
  const out: DocBlock[] = [];
  const n = body.getNumChildren();
  const headingLevel = new Map<unknown, 1 | 2 | 3>([
    [DocumentApp.ParagraphHeading.TITLE, 1],
    [DocumentApp.ParagraphHeading.HEADING1, 1],
    [DocumentApp.ParagraphHeading.HEADING2, 2],
    [DocumentApp.ParagraphHeading.HEADING3, 3],
  ]);
  for (let i = 0; i < n; i++) {
    const child = body.getChild(i);
    const type = child.getType();
    if (type === DocumentApp.ElementType.PARAGRAPH) {
      const p = child.asParagraph();
      const text = p.getText();
      const level = headingLevel.get(p.getHeading());
      if (level) out.push({ kind: 'heading', text, level });
      else {
        const align = p.getAlignment();
        out.push({
          kind: 'paragraph',
          text,
          ...(align === DocumentApp.HorizontalAlignment.CENTER ? { align: 'center' as const } : {}),
          ...(align === DocumentApp.HorizontalAlignment.RIGHT ? { align: 'right' as const } : {}),
        });
      }
    } else if (type === DocumentApp.ElementType.LIST_ITEM) {
      const text = child.asListItem().getText();
      const last = out[out.length - 1];
      if (last && last.kind === 'bullets') last.items.push(text);
      else out.push({ kind: 'bullets', items: [text] });
    } else if (type === DocumentApp.ElementType.TABLE) {
      const t = child.asTable();
      const rows: string[][] = [];
      for (let r = 0; r < t.getNumRows(); r++) {
        const row = t.getRow(r);
        const cells: string[] = [];
        for (let c = 0; c < row.getNumCells(); c++) cells.push(row.getCell(c).getText());
        rows.push(cells);
      }
      const [header = [], ...rest] = rows;
      out.push({ kind: 'table', header, rows: rest });
    }
  }
  return out;
}

export function createDocRenderer(drive: Drive, chartMode: ChartMode = 'auto'): DocRenderer {
  return new GasDocRenderer(drive, chartMode);
}
