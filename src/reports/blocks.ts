// Builders of report blocks (the DocBlock vocabulary of the DocRenderer port): a report is data first, a document second.

import type { DocBlock, TemplateData } from '../ports';

export function heading(text: string, level: 1 | 2 | 3 = 1): DocBlock {
  return { kind: 'heading', text, level };
}

export function paragraph(text: string, options: { bold?: boolean; align?: 'left' | 'center' | 'right' } = {}): DocBlock {
  return { kind: 'paragraph', text, ...options };
}

/** A table; every row is padded or cut to the header's width so the document never gets ragged rows. */
export function table(header: string[], rows: string[][]): DocBlock {
  const width = header.length || Math.max(0, ...rows.map((r) => r.length));
  return { kind: 'table', header: [...header], rows: rows.map((r) => normaliseRow(r, width)) };
}

export function bullets(items: string[]): DocBlock {
  return { kind: 'bullets', items: [...items] };
}

export function chart(title: string, labels: string[], values: number[]): DocBlock {
  return { kind: 'chart', title, labels: [...labels], values: [...values] };
}

/** A signature block: each line becomes a paragraph, e.g. ['Head of the Registrar's Office', '________ E. Kukkuzova']. */
export function signature(lines: string[]): DocBlock {
  return { kind: 'signature', lines: [...lines] };
}

export function pageBreak(): DocBlock {
  return { kind: 'pageBreak' };
}

/** An approval block («УТВЕРЖДАЮ») as right-aligned paragraphs. */
export function approvalBlock(lines: string[]): DocBlock[] {
  return lines.map((line, i) => paragraph(line, { align: 'right', bold: i === 0 }));
}

export function emptyTemplateData(): TemplateData {
  return { values: {}, tables: {}, flags: {}, charts: {} };
}

/** Width of a full bar in the text rendering of a chart. */
export const BAR_WIDTH = 20;

/**
 * A chart as a table of bars made of "█" characters plus the numbers — used where no chart image
 * can be drawn (and kept as the accessible twin of an image).
 * @example barRows({ labels: ['A', 'B'], values: [2, 4] }) // → [['A', '██████████', '2'], ['B', '████████████████████', '4']]
 */
export function barRows(data: { labels: string[]; values: number[] }): string[][] {
  const max = Math.max(0, ...data.values.filter((v) => Number.isFinite(v)));
  return data.labels.map((label, i) => {
    const v = Number.isFinite(data.values[i]) ? data.values[i] : 0;
    const n = max > 0 ? Math.round((Math.max(0, v) / max) * BAR_WIDTH) : 0;
    return [label, '█'.repeat(n), formatFigure(v)];
  });
}

/** A figure as the office reads it: integers plain, others with at most two decimals. */
export function formatFigure(value: number): string {
  if (!Number.isFinite(value)) return '';
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

function normaliseRow(row: string[], width: number): string[] {
  const out = row.slice(0, width).map((c) => String(c ?? ''));
  while (out.length < width) out.push('');
  return out;
}
