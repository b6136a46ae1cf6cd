// A small real PDF of a document's text (Helvetica, A4, wrapped lines, page breaks honoured).
// Standard PDF fonts have no Cyrillic glyphs, so Kazakh/Russian letters are transliterated: the
// PDF is a readable preview; the .docx export is the faithful one.
import type { DocNode } from '../services/document';

const CYR: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  ә: 'ae', ғ: 'gh', қ: 'q', ң: 'ng', ө: 'oe', ұ: 'u', ү: 'ue', һ: 'h', і: 'i',
};

export function toPdfText(s: string): string {
  let out = '';
  for (const ch of s) {
    const lower = ch.toLowerCase();
    if (CYR[lower] !== undefined) {
      const t = CYR[lower];
      out += ch !== lower ? t.charAt(0).toUpperCase() + t.slice(1) : t;
    } else if (ch.charCodeAt(0) < 256) out += ch;
    else out += '?';
  }
  return out.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)');
}

interface Line {
  text: string;
  size: number;
  bold: boolean;
}

function collect(n: DocNode, out: (Line | 'break')[]): void {
  switch (n.kind) {
    case 'PARAGRAPH':
    case 'LIST_ITEM': {
      const h = n.attrs.heading;
      const size = h === 'TITLE' ? 20 : h === 'HEADING1' ? 16 : h === 'HEADING2' ? 14 : h === 'HEADING3' ? 12 : n.attrs.fontSize ?? 11;
      const prefix = n.kind === 'LIST_ITEM' ? '- ' : '';
      out.push({ text: prefix + n.text, size, bold: Boolean(n.attrs.bold) || (h !== undefined && h !== 'NORMAL') });
      for (const c of n.children) collect(c, out);
      return;
    }
    case 'PAGE_BREAK':
      out.push('break');
      return;
    case 'TABLE':
      for (const row of n.children) out.push({ text: row.children.map((c) => c.children.map((p) => p.text).join(' ')).join(' | '), size: 10, bold: Boolean(row.children[0]?.children[0]?.attrs.bold) });
      return;
    case 'INLINE_IMAGE':
      out.push({ text: '[image]', size: 10, bold: false });
      return;
    default:
      for (const c of n.children) collect(c, out);
  }
}

function wrap(text: string, size: number): string[] {
  const max = Math.max(20, Math.floor(500 / (size * 0.5)));
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(' ')) {
      if ((`${line} ${word}`).trim().length > max && line) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
  }
  return out;
}

export function renderPdf(title: string, doc: { body: DocNode; header: DocNode | null; footer: DocNode | null }): Buffer {
  const items: (Line | 'break')[] = [];
  collect(doc.body, items);
  const pages: string[][] = [[]];
  let y = 800;
  const newPage = () => {
    pages.push([]);
    y = 800;
  };
  for (const item of items) {
    if (item === 'break') {
      newPage();
      continue;
    }
    for (const text of wrap(item.text, item.size)) {
      if (y < 60) newPage();
      pages[pages.length - 1].push(`BT /${item.bold ? 'F2' : 'F1'} ${item.size} Tf 50 ${y} Td (${toPdfText(text)}) Tj ET`);
      y -= item.size * 1.4;
    }
  }
  const objects: string[] = [];
  const add = (s: string) => objects.push(s) ;
  add('<< /Type /Catalog /Pages 2 0 R >>');
  const pageIds = pages.map((_, i) => 5 + i * 2);
  add(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  pages.forEach((lines, i) => {
    const content = lines.join('\n');
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${6 + i * 2} 0 R >>`);
    add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  });
  add(`<< /Title (${toPdfText(title)}) /Producer (gas-emulator) >>`);
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
