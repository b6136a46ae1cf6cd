// Registration numbers of incoming and outgoing documents: a scheme from settings ('{index}/{seq}' → '02-15/123'), a yearly counter, visible gaps.

export type RegisterKind = 'incoming' | 'outgoing';

/** Fields a scheme may use. {seq} is required; {seq:4} pads to 4 digits. */
const FIELD = /\{(index|seq|year|yy)(?::(\d))?\}/g;

/**
 * Checks a numbering scheme; returns a problem code or null.
 * @example schemeProblem('{index}/{seq}') // → null
 * @example schemeProblem('{index}/{year}') // → 'schemeWithoutSequence'
 */
export function schemeProblem(scheme: string): 'schemeWithoutSequence' | 'schemeUnknownField' | null {
  const fields = [...scheme.matchAll(/\{([^}]*)\}/g)].map((m) => m[0]);
  for (const f of fields) if (!new RegExp(`^${FIELD.source}$`).test(f)) return 'schemeUnknownField';
  if (!/\{seq(?::\d)?\}/.test(scheme)) return 'schemeWithoutSequence';
  return null;
}

/**
 * Formats a registration number.
 * @example formatNumber('{index}/{seq}', { index: '02-15', seq: 123, year: 2026 }) // → '02-15/123'
 * @example formatNumber('{index}/{seq:4}-{yy}', { index: '02-15', seq: 7, year: 2026 }) // → '02-15/0007-26'
 */
export function formatNumber(scheme: string, values: { index: string; seq: number; year: number }): string {
  return scheme.replace(FIELD, (_whole, field: string, width?: string) => {
    switch (field) {
      case 'index':
        return values.index;
      case 'seq':
        return width ? String(values.seq).padStart(Number(width), '0') : String(values.seq);
      case 'year':
        return String(values.year);
      default:
        return String(values.year).slice(-2);
    }
  });
}

/**
 * The sequence number inside a registration number made by the scheme, or null when it does not match.
 * @example sequenceOf('{index}/{seq}', '02-15', 2026, '02-15/123') // → 123
 */
export function sequenceOf(scheme: string, index: string, year: number, number: string): number | null {
  let pattern = '';
  let last = 0;
  for (const m of scheme.matchAll(FIELD)) {
    pattern += escapeRegExp(scheme.slice(last, m.index));
    last = (m.index ?? 0) + m[0].length;
    if (m[1] === 'index') pattern += escapeRegExp(index);
    else if (m[1] === 'seq') pattern += '(\\d+)';
    else if (m[1] === 'year') pattern += String(year);
    else pattern += String(year).slice(-2);
  }
  pattern += escapeRegExp(scheme.slice(last));
  const found = new RegExp(`^${pattern}$`).exec(number.trim());
  return found ? Number(found[1]) : null;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Document-property key of a register's counter for a year: numbers restart each calendar year. */
export function counterKey(kind: RegisterKind, year: number): string {
  return `records.counter.${kind}.${year}`;
}

/**
 * Numbers issued (1…counter) that are not in the register: rows deleted after registration. The number is
 * never given again; the gap stays visible.
 * @example numberGaps([1, 2, 4], 5) // → [3, 5]
 */
export function numberGaps(present: readonly number[], counter: number): number[] {
  const have = new Set(present);
  const gaps: number[] = [];
  for (let n = 1; n <= counter; n++) if (!have.has(n)) gaps.push(n);
  return gaps;
}
