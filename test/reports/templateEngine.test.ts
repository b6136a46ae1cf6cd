// Tests of the document engine's pure core: values, repeated rows, conditionals, whole tables and charts.
import { describe, expect, it } from 'vitest';
import { barRows, emptyTemplateData, paragraph, table } from '../../src/reports/blocks';
import { escapeRegExp, fillTemplate, templateNames } from '../../src/reports/templateEngine';
import type { DocBlock, TemplateData } from '../../src/ports';

const data = (over: Partial<TemplateData>): TemplateData => ({ ...emptyTemplateData(), ...over });

describe('fillTemplate', () => {
  it('replaces {{placeholders}} in headings, paragraphs, cells and signatures', () => {
    const template: DocBlock[] = [
      { kind: 'heading', text: 'Report {{year}}', level: 1 },
      paragraph('By {{office.head}}'),
      table(['{{col}}'], [['{{year}}']]),
      { kind: 'signature', lines: ['{{office.head}}'] },
    ];
    const out = fillTemplate(template, data({ values: { year: '2026-2027', 'office.head': 'Э. Куккузова', col: 'Year' } }));
    expect(out.missing).toEqual([]);
    expect(out.blocks).toEqual([
      { kind: 'heading', text: 'Report 2026-2027', level: 1 },
      { kind: 'paragraph', text: 'By Э. Куккузова' },
      { kind: 'table', header: ['Year'], rows: [['2026-2027']] },
      { kind: 'signature', lines: ['Э. Куккузова'] },
    ]);
  });

  it('repeats a table row marked {{#rows name}} once per data row and keeps the other rows', () => {
    const template = [table(['№', 'Item'], [['{{#rows plan}}', ''], ['Total', '{{total}}']])];
    const out = fillTemplate(template, data({ values: { total: '2' }, tables: { plan: [['1', 'Advisors'], ['2', 'Enrolment']] } }));
    expect(out.blocks[0]).toEqual({ kind: 'table', header: ['№', 'Item'], rows: [['1', 'Advisors'], ['2', 'Enrolment'], ['Total', '2']] });
  });

  it('drops blocks between {{#if flag}} paragraphs when the flag is false and keeps the {{else}} part', () => {
    const template = [paragraph('{{#if hasDebts}}'), paragraph('Debts: {{debts}}'), paragraph('{{else}}'), paragraph('No debts'), paragraph('{{/if}}'), paragraph('End')];
    expect(fillTemplate(template, data({ flags: { hasDebts: false } })).blocks).toEqual([paragraph('No debts'), paragraph('End')]);
    expect(fillTemplate(template, data({ flags: { hasDebts: true }, values: { debts: '4' } })).blocks).toEqual([paragraph('Debts: 4'), paragraph('End')]);
  });

  it('handles inline and negated conditionals', () => {
    const out = fillTemplate([paragraph('A{{#if x}}B{{#if !y}}C{{/if}}{{/if}}D')], data({ flags: { x: true, y: false } }));
    expect(out.blocks).toEqual([paragraph('ABCD')]);
  });

  it('turns {{table name}} and {{chart name}} paragraphs into a table and a chart', () => {
    const out = fillTemplate([paragraph('{{table q}}'), paragraph(' {{chart c}} ')], data({
      tables: { q: [['Faculty', 'Students'], ['FIT', '12']] },
      charts: { c: { title: 'GPA', labels: ['FIT'], values: [2.5] } },
    }));
    expect(out.blocks).toEqual([
      { kind: 'table', header: ['Faculty', 'Students'], rows: [['FIT', '12']] },
      { kind: 'chart', title: 'GPA', labels: ['FIT'], values: [2.5] },
    ]);
  });

  it('reports what the data does not supply instead of guessing', () => {
    const out = fillTemplate([paragraph('{{a}} {{#if f}}x{{/if}}'), paragraph('{{chart c}}'), table(['h'], [['{{#rows r}}']])], emptyTemplateData());
    expect(out.missing).toEqual(['chart:c', 'flag:f', 'table:r', 'value:a']);
    expect(out.blocks[0]).toEqual(paragraph(' '));
  });

  it('refuses an unbalanced template with a coded error', () => {
    expect(() => fillTemplate([paragraph('{{#if a}}')], emptyTemplateData())).toThrow(/templateUnbalanced/);
    expect(() => fillTemplate([paragraph('x{{/if}}')], emptyTemplateData())).toThrow(/templateUnbalanced/);
  });

  it('does not change the template or the data', () => {
    const template = [table(['h'], [['{{#rows r}}']])];
    const d = data({ tables: { r: [['1']] } });
    const before = JSON.stringify([template, d]);
    const out = fillTemplate(template, d);
    (out.blocks[0] as { rows: string[][] }).rows[0][0] = 'changed';
    expect(JSON.stringify([template, d])).toBe(before);
  });

  it('lists the names a template uses', () => {
    expect(templateNames([paragraph('{{a}}{{#if !f}}{{/if}}'), paragraph('{{chart c}}'), table(['{{h}}'], [['{{#rows r}}']])])).toEqual({
      values: ['a', 'h'], tables: ['r'], flags: ['f'], charts: ['c'],
    });
  });
});

describe('document helpers', () => {
  it('escapes a placeholder for replaceText', () => {
    expect(new RegExp(escapeRegExp('{{a.b}}')).test('x {{a.b}} y')).toBe(true);
    expect(new RegExp(escapeRegExp('{{a.b}}')).test('{{aXb}}')).toBe(false);
  });
  it('draws bars proportional to the largest value', () => {
    expect(barRows({ labels: ['A', 'B', 'C'], values: [2, 4, 0] })).toEqual([
      ['A', '█'.repeat(10), '2'],
      ['B', '█'.repeat(20), '4'],
      ['C', '', '0'],
    ]);
  });
  it('pads ragged rows to the header width', () => {
    expect(table(['a', 'b'], [['1'], ['1', '2', '3']])).toEqual({ kind: 'table', header: ['a', 'b'], rows: [['1', ''], ['1', '2']] });
  });
});
