// Saved queries for information requests: filter a dataset ("gpa < 2; status = active"), group it ("faculty"), pick columns.

import { RegistrarError } from '../errors';
import { parseNumber } from '../values';

export type QueryValue = string | number | null;
export type QueryRow = Readonly<Record<string, QueryValue>>;

export type FilterOp = '=' | '!=' | '<' | '<=' | '>' | '>=' | '~';

export interface FilterCondition {
  field: string;
  op: FilterOp;
  value: string;
}

export interface QuerySpec {
  filter: string;
  groupBy: string;
  columns: string[];
}

export interface QueryResult {
  columns: string[];
  groups: Array<{ key: string; rows: QueryValue[][] }>;
  total: number;
}

/**
 * Parses a filter: conditions separated by ';' or new lines, each "field op value".
 * @example parseFilter('gpa < 2,0; status = active') // → [{ field: 'gpa', op: '<', value: '2,0' }, { field: 'status', op: '=', value: 'active' }]
 */
export function parseFilter(text: string, fields: readonly string[]): FilterCondition[] {
  const known = new Map(fields.map((f) => [f.toLowerCase(), f]));
  return text
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^([\w.]+)\s*(<=|>=|!=|<|>|=|~)\s*(.*)$/.exec(part);
      if (!m) throw new RegistrarError('queryBadFilter', { condition: part });
      const field = known.get(m[1].toLowerCase());
      if (!field) throw new RegistrarError('queryUnknownField', { field: m[1], fields: fields.join(', ') });
      return { field, op: m[2] as FilterOp, value: m[3].trim() };
    });
}

function matches(row: QueryRow, c: FilterCondition): boolean {
  const actual = row[c.field];
  const wantedNumber = parseNumber(c.value);
  const actualNumber = typeof actual === 'number' ? actual : parseNumber(actual);
  if (c.op === '~') return String(actual ?? '').toLowerCase().includes(c.value.toLowerCase());
  if (wantedNumber !== null && actualNumber !== null) {
    switch (c.op) {
      case '=':
        return actualNumber === wantedNumber;
      case '!=':
        return actualNumber !== wantedNumber;
      case '<':
        return actualNumber < wantedNumber;
      case '<=':
        return actualNumber <= wantedNumber;
      case '>':
        return actualNumber > wantedNumber;
      default:
        return actualNumber >= wantedNumber;
    }
  }
  if (c.op === '<' || c.op === '<=' || c.op === '>' || c.op === '>=') {
    // Only dates and other texts compare by order; an empty cell never matches an order condition.
    const a = String(actual ?? '');
    if (a === '') return false;
    const cmp = a.localeCompare(c.value);
    return c.op === '<' ? cmp < 0 : c.op === '<=' ? cmp <= 0 : c.op === '>' ? cmp > 0 : cmp >= 0;
  }
  const equal = String(actual ?? '').toLowerCase() === c.value.toLowerCase();
  return c.op === '=' ? equal : !equal;
}

/**
 * Runs a query over rows: filter, then group by one field (or none), keeping the chosen columns.
 * @example runQuery(students, { filter: 'gpa < 2', groupBy: 'faculty', columns: ['id', 'name', 'gpa'] }, fields)
 */
export function runQuery(rows: readonly QueryRow[], spec: QuerySpec, fields: readonly string[]): QueryResult {
  const conditions = parseFilter(spec.filter, fields);
  const fieldOf = (name: string) => {
    const f = fields.find((x) => x.toLowerCase() === name.trim().toLowerCase());
    if (!f) throw new RegistrarError('queryUnknownField', { field: name, fields: fields.join(', ') });
    return f;
  };
  const columns = (spec.columns.length > 0 ? spec.columns : fields).map(fieldOf);
  const groupBy = spec.groupBy.trim() ? fieldOf(spec.groupBy) : '';
  const kept = rows.filter((r) => conditions.every((c) => matches(r, c)));
  const groups = new Map<string, QueryValue[][]>();
  for (const r of kept) {
    const key = groupBy ? String(r[groupBy] ?? '') : '';
    const list = groups.get(key) ?? [];
    list.push(columns.map((c) => r[c] ?? null));
    groups.set(key, list);
  }
  return {
    columns,
    groups: [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, list]) => ({ key, rows: list })),
    total: kept.length,
  };
}
