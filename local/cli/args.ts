// A small argument parser for the registrar CLI: --flag value, --flag=value, repeated --param k=v, positionals.

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string[]>;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      const next = argv[i + 1];
      const value = eq > 0 ? a.slice(eq + 1) : next !== undefined && !next.startsWith('--') ? argv[++i] : 'true';
      flags.set(name, [...(flags.get(name) ?? []), value]);
    } else positional.push(a);
  }
  return { positional, flags };
}

export function flag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return v ? v[v.length - 1] : undefined;
}

export function numberFlag(args: ParsedArgs, name: string, fallback: number): number {
  const v = flag(args, name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`--${name} needs a number, got "${v}"`);
  return n;
}

export function numberList(args: ParsedArgs, name: string, fallback: number[]): number[] {
  const values = args.flags.get(name);
  if (!values) return fallback;
  return values.flatMap((v) => v.split(',')).map((v) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} needs positive numbers, got "${v}"`);
    return n;
  });
}

/** --param key=value pairs; numbers and booleans are converted. */
export function params(args: ParsedArgs): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const json = flag(args, 'params');
  if (json) Object.assign(out, JSON.parse(json));
  for (const pair of args.flags.get('param') ?? []) {
    const eq = pair.indexOf('=');
    if (eq < 1) throw new Error(`--param needs key=value, got "${pair}"`);
    const key = pair.slice(0, eq);
    const raw = pair.slice(eq + 1);
    out[key] = raw === 'true' ? true : raw === 'false' ? false : raw !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
  }
  return out;
}

export function langFlag(args: ParsedArgs): 'kk' | 'ru' | 'en' | undefined {
  const v = flag(args, 'lang');
  if (v === undefined) return undefined;
  if (v !== 'kk' && v !== 'ru' && v !== 'en') throw new Error(`--lang must be kk, ru or en, got "${v}"`);
  return v;
}
