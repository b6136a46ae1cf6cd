// The document engine's pure core: fills a template (DocBlock[] with {{markers}}) from TemplateData into the blocks to render.
//
// Markers a template may hold (an office member edits the template Doc; these are the whole language):
//   {{name}}                  the text value data.values[name] (names: letters, digits, '_', '.', '-')
//   {{#if flag}} … {{/if}}    kept when data.flags[flag] is true; {{#if !flag}} when it is false; optional {{else}}.
//                             Inside one paragraph or cell, or as paragraphs of their own around whole blocks.
//   {{#rows name}}            in the FIRST cell of a table row: the row is replaced by the rows of data.tables[name]
//                             (one document row per data row; the other cells of the marker row are ignored).
//   {{table name}}            a paragraph alone: becomes a table; the first row of data.tables[name] is its header.
//   {{chart name}}            a paragraph alone: becomes the chart data.charts[name].
// A value, table or chart the data does not supply becomes empty and is reported in `missing`.

import { RegistrarError } from '../domain/errors';
import type { DocBlock, TemplateData } from '../ports';
import { table as tableBlock } from './blocks';

export interface FilledTemplate {
  blocks: DocBlock[];
  /** Names the template uses that the data did not supply ('value:x', 'table:x', 'chart:x', 'flag:x'). */
  missing: string[];
}

const NAME = '[\\w.-]+';
const TOKEN = new RegExp(`\\{\\{\\s*(#if\\s+!?${NAME}|else|/if|${NAME})\\s*\\}\\}`, 'g');
const BLOCK_IF = new RegExp(`^\\{\\{\\s*#if\\s+(!?)(${NAME})\\s*\\}\\}$`);
const BLOCK_ELSE = /^\{\{\s*else\s*\}\}$/;
const BLOCK_END = /^\{\{\s*\/if\s*\}\}$/;
const ROWS = new RegExp(`^\\s*\\{\\{\\s*#rows\\s+(${NAME})\\s*\\}\\}`);
const WHOLE_TABLE = new RegExp(`^\\{\\{\\s*table\\s+(${NAME})\\s*\\}\\}$`);
const WHOLE_CHART = new RegExp(`^\\{\\{\\s*chart\\s+(${NAME})\\s*\\}\\}$`);

/**
 * Escapes text for Apps Script's `Body.replaceText`, which takes a regular expression.
 * @example escapeRegExp('{{student.name}}') // → '\\{\\{student\\.name\\}\\}'
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Fills a template with data. Pure: the template and the data are not changed.
 * @example
 * fillTemplate([{ kind: 'paragraph', text: 'Year {{year}}' }], { values: { year: '2026-2027' }, tables: {}, flags: {}, charts: {} })
 * // → { blocks: [{ kind: 'paragraph', text: 'Year 2026-2027' }], missing: [] }
 */
export function fillTemplate(template: readonly DocBlock[], data: TemplateData): FilledTemplate {
  const missing = new Set<string>();
  const out: DocBlock[] = [];
  const stack: Array<{ keep: boolean; parentKeep: boolean; sawElse: boolean }> = [];
  const keeping = () => (stack.length === 0 ? true : stack[stack.length - 1].keep);

  for (const block of template) {
    const control = controlText(block);
    if (control !== null) {
      const ifMatch = BLOCK_IF.exec(control);
      if (ifMatch) {
        const parentKeep = keeping();
        stack.push({ keep: parentKeep && flagValue(data, ifMatch[2], missing) !== (ifMatch[1] === '!'), parentKeep, sawElse: false });
        continue;
      }
      if (BLOCK_ELSE.test(control)) {
        const top = stack[stack.length - 1];
        if (!top || top.sawElse) throw new RegistrarError('templateUnbalanced', { marker: '{{else}}' });
        top.sawElse = true;
        top.keep = top.parentKeep && !top.keep;
        continue;
      }
      if (BLOCK_END.test(control)) {
        if (!stack.pop()) throw new RegistrarError('templateUnbalanced', { marker: '{{/if}}' });
        continue;
      }
    }
    if (!keeping()) continue;
    out.push(...fillBlock(block, data, missing));
  }
  if (stack.length > 0) throw new RegistrarError('templateUnbalanced', { marker: '{{#if}}' });
  return { blocks: out, missing: [...missing].sort() };
}

/** The names a template uses, by kind: what data a caller must supply. */
export function templateNames(template: readonly DocBlock[]): { values: string[]; tables: string[]; flags: string[]; charts: string[] } {
  const values = new Set<string>();
  const tables = new Set<string>();
  const flags = new Set<string>();
  const charts = new Set<string>();
  const scan = (text: string) => {
    const whole = text.trim();
    const t = WHOLE_TABLE.exec(whole);
    if (t) tables.add(t[1]);
    const c = WHOLE_CHART.exec(whole);
    if (c) charts.add(c[1]);
    const r = ROWS.exec(text);
    if (r) tables.add(r[1]);
    for (const m of text.matchAll(TOKEN)) {
      const token = m[1];
      if (token.startsWith('#if')) flags.add(token.replace(/^#if\s+!?/, ''));
      else if (token !== 'else' && token !== '/if') values.add(token);
    }
  };
  for (const block of template) for (const text of blockTexts(block)) scan(text);
  return { values: [...values].sort(), tables: [...tables].sort(), flags: [...flags].sort(), charts: [...charts].sort() };
}

function blockTexts(block: DocBlock): string[] {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return [block.text];
    case 'table':
      return [...block.header, ...block.rows.flat()];
    case 'bullets':
      return block.items;
    case 'signature':
      return block.lines;
    case 'chart':
      return [block.title];
    default:
      return [];
  }
}

/** The trimmed text of a paragraph that holds only a block-level control marker, else null. */
function controlText(block: DocBlock): string | null {
  if (block.kind !== 'paragraph' && block.kind !== 'heading') return null;
  const text = block.text.trim();
  return BLOCK_IF.test(text) || BLOCK_ELSE.test(text) || BLOCK_END.test(text) ? text : null;
}

function flagValue(data: TemplateData, name: string, missing: Set<string>): boolean {
  if (!Object.prototype.hasOwnProperty.call(data.flags, name)) {
    missing.add(`flag:${name}`);
    return false;
  }
  return data.flags[name] === true;
}

function fillBlock(block: DocBlock, data: TemplateData, missing: Set<string>): DocBlock[] {
  switch (block.kind) {
    case 'heading':
      return [{ ...block, text: fillText(block.text, data, missing) }];
    case 'paragraph': {
      const whole = block.text.trim();
      const tableMatch = WHOLE_TABLE.exec(whole);
      if (tableMatch) {
        const rows = data.tables[tableMatch[1]];
        if (!rows) {
          missing.add(`table:${tableMatch[1]}`);
          return [];
        }
        const [header = [], ...body] = rows;
        return [tableBlock(header, body)];
      }
      const chartMatch = WHOLE_CHART.exec(whole);
      if (chartMatch) {
        const chart = data.charts[chartMatch[1]];
        if (!chart) {
          missing.add(`chart:${chartMatch[1]}`);
          return [];
        }
        return [{ kind: 'chart', title: chart.title, labels: [...chart.labels], values: [...chart.values] }];
      }
      return [{ ...block, text: fillText(block.text, data, missing) }];
    }
    case 'table': {
      const rows: string[][] = [];
      for (const row of block.rows) {
        const marker = ROWS.exec(row[0] ?? '');
        if (marker) {
          const dataRows = data.tables[marker[1]];
          if (!dataRows) missing.add(`table:${marker[1]}`);
          else rows.push(...dataRows.map((r) => [...r]));
        } else rows.push(row.map((cell) => fillText(cell, data, missing)));
      }
      return [tableBlock(block.header.map((cell) => fillText(cell, data, missing)), rows)];
    }
    case 'bullets':
      return [{ kind: 'bullets', items: block.items.map((i) => fillText(i, data, missing)) }];
    case 'signature':
      return [{ kind: 'signature', lines: block.lines.map((l) => fillText(l, data, missing)) }];
    case 'chart':
      return [{ ...block, title: fillText(block.title, data, missing), labels: [...block.labels], values: [...block.values] }];
    default:
      return [{ ...block }];
  }
}

/**
 * Fills one text: inline conditionals first (they may nest), then values.
 * @example fillText('{{#if late}}Late: {{/if}}{{n}}', { values: { n: '3' }, flags: { late: true }, tables: {}, charts: {} }, new Set()) // → 'Late: 3'
 */
export function fillText(text: string, data: TemplateData, missing: Set<string>): string {
  if (!text.includes('{{')) return text;
  const tokens = [...text.matchAll(TOKEN)];
  let out = '';
  let last = 0;
  const stack: Array<{ keep: boolean; parentKeep: boolean; sawElse: boolean }> = [];
  const keeping = () => (stack.length === 0 ? true : stack[stack.length - 1].keep);
  for (const m of tokens) {
    const at = m.index ?? 0;
    if (keeping()) out += text.slice(last, at);
    last = at + m[0].length;
    const token = m[1];
    if (token.startsWith('#if')) {
      const negate = /^#if\s+!/.test(token);
      const name = token.replace(/^#if\s+!?/, '');
      const parentKeep = keeping();
      stack.push({ keep: parentKeep && flagValue(data, name, missing) !== negate, parentKeep, sawElse: false });
    } else if (token === 'else') {
      const top = stack[stack.length - 1];
      if (!top || top.sawElse) throw new RegistrarError('templateUnbalanced', { marker: '{{else}}' });
      top.sawElse = true;
      top.keep = top.parentKeep && !top.keep;
    } else if (token === '/if') {
      if (!stack.pop()) throw new RegistrarError('templateUnbalanced', { marker: '{{/if}}' });
    } else if (keeping()) {
      if (Object.prototype.hasOwnProperty.call(data.values, token)) out += data.values[token];
      else missing.add(`value:${token}`);
    }
  }
  if (stack.length > 0) throw new RegistrarError('templateUnbalanced', { marker: '{{#if}}' });
  if (keeping()) out += text.slice(last);
  return out;
}
