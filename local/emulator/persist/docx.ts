// A document tree → .docx with the docx package: headings, paragraphs with bold/italic/size/colour/
// alignment, list items, tables (shaded header row when bold), page breaks, images, header/footer.
import * as docx from 'docx';
import type { DocNode, DocumentFile } from '../services/document';

const HEADINGS: Record<string, (typeof docx.HeadingLevel)[keyof typeof docx.HeadingLevel]> = {
  TITLE: docx.HeadingLevel.TITLE,
  SUBTITLE: docx.HeadingLevel.HEADING_2,
  HEADING1: docx.HeadingLevel.HEADING_1,
  HEADING2: docx.HeadingLevel.HEADING_2,
  HEADING3: docx.HeadingLevel.HEADING_3,
  HEADING4: docx.HeadingLevel.HEADING_4,
  HEADING5: docx.HeadingLevel.HEADING_5,
  HEADING6: docx.HeadingLevel.HEADING_6,
};
const ALIGN: Record<string, (typeof docx.AlignmentType)[keyof typeof docx.AlignmentType]> = {
  LEFT: docx.AlignmentType.LEFT,
  CENTER: docx.AlignmentType.CENTER,
  RIGHT: docx.AlignmentType.RIGHT,
  JUSTIFY: docx.AlignmentType.JUSTIFIED,
};

type Block = docx.Paragraph | docx.Table;

function runs(n: DocNode): docx.ParagraphChild[] {
  const out: docx.ParagraphChild[] = [];
  if (n.text) {
    out.push(new docx.TextRun({ text: n.text, bold: n.attrs.bold, italics: n.attrs.italic, underline: n.attrs.underline ? {} : undefined, size: n.attrs.fontSize ? n.attrs.fontSize * 2 : undefined, color: n.attrs.color?.replace('#', ''), font: n.attrs.fontFamily }));
  }
  for (const c of n.children) {
    if (c.kind === 'PAGE_BREAK') out.push(new docx.PageBreak());
    else if (c.kind === 'INLINE_IMAGE' && c.image) {
      const w = c.attrs.width ?? 400;
      const h = c.attrs.height ?? 300;
      const scale = Math.min(1, 600 / w);
      out.push(new docx.ImageRun({ type: 'png', data: Buffer.from(c.image.base64, 'base64'), transformation: { width: Math.round(w * scale), height: Math.round(h * scale) } }));
    }
  }
  return out;
}

function paragraph(n: DocNode): docx.Paragraph {
  const rule = n.children.some((c) => c.kind === 'HORIZONTAL_RULE');
  return new docx.Paragraph({
    children: runs(n),
    heading: n.attrs.heading ? HEADINGS[n.attrs.heading] : undefined,
    alignment: n.attrs.alignment ? ALIGN[n.attrs.alignment] : undefined,
    bullet: n.kind === 'LIST_ITEM' ? { level: n.attrs.nesting ?? 0 } : undefined,
    border: rule ? { bottom: { color: '999999', space: 1, style: docx.BorderStyle.SINGLE, size: 6 } } : undefined,
  });
}

function table(n: DocNode): docx.Table {
  return new docx.Table({
    width: { size: 100, type: docx.WidthType.PERCENTAGE },
    rows: n.children.map((row, r) => new docx.TableRow({
      tableHeader: r === 0,
      children: row.children.map((cell) => {
        const headerShade = r === 0 && cell.children.some((p) => p.attrs.bold);
        const fill = cell.attrs.background?.replace('#', '') ?? (headerShade ? 'D9D9D9' : undefined);
        const content = blocks(cell);
        return new docx.TableCell({ children: content.length ? content : [new docx.Paragraph('')], shading: fill ? { type: docx.ShadingType.CLEAR, color: 'auto', fill } : undefined });
      }),
    })),
  });
}

function blocks(container: DocNode): Block[] {
  const out: Block[] = [];
  for (const c of container.children) {
    if (c.kind === 'PARAGRAPH' || c.kind === 'LIST_ITEM') out.push(paragraph(c));
    else if (c.kind === 'TABLE') out.push(table(c));
  }
  return out;
}

export async function documentToDocx(f: DocumentFile): Promise<Buffer> {
  const d = f.saved;
  const doc = new docx.Document({
    title: f.name,
    creator: f.owner,
    sections: [{
      headers: d.header ? { default: new docx.Header({ children: blocks(d.header) }) } : undefined,
      footers: d.footer ? { default: new docx.Footer({ children: blocks(d.footer) }) } : undefined,
      children: blocks(d.body),
    }],
  });
  return Buffer.from(await docx.Packer.toBuffer(doc));
}
