// Reads @types/google-apps-script once to learn every official method name of every class, so a
// method the emulator lacks throws `Not emulated: Class.method` instead of returning undefined.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let cache: Map<string, Set<string>> | undefined;

/** Methods Google added after @types/google-apps-script was last updated (Forms publishing, 2025). */
const NEWER: Record<string, string[]> = {
  'Forms.Form': ['setPublished', 'isPublished', 'setEmailCollectionType', 'getEmailCollectionType'],
  'Forms.FormApp': ['EmailCollectionType'],
};

/** Official method names by "Namespace.Interface", e.g. "Spreadsheet.Range" → {getValues, ...}. */
export function officialMethods(): Map<string, Set<string>> {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('@types/google-apps-script/package.json'));
  const result = new Map<string, Set<string>>();
  const parents = new Map<string, string[]>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.d.ts'))) {
    parseDeclarations(readFileSync(join(dir, file), 'utf8'), result, parents);
  }
  for (const [name, bases] of parents) {
    const own = result.get(name) ?? new Set<string>();
    for (const base of bases) for (const m of result.get(base) ?? []) own.add(m);
    result.set(name, own);
  }
  for (const [name, extra] of Object.entries(NEWER)) {
    const set = result.get(name) ?? new Set<string>();
    for (const m of extra) set.add(m);
    result.set(name, set);
  }
  cache = result;
  return result;
}

function parseDeclarations(text: string, out: Map<string, Set<string>>, parents: Map<string, string[]>): void {
  const lines = text.split('\n');
  let namespace = '';
  let current: { name: string; methods: Set<string> } | undefined;
  let depth = 0;
  for (const line of lines) {
    const ns = /^\s{4}namespace (\w+)/.exec(line);
    if (ns && !current) namespace = ns[1];
    const iface = /^\s+interface (\w+)(?: extends ([\w., ]+))? \{/.exec(line);
    if (iface && !current) {
      const name = `${namespace}.${iface[1]}`;
      current = { name, methods: out.get(name) ?? new Set() };
      out.set(name, current.methods);
      if (iface[2]) parents.set(name, iface[2].split(',').map((b) => `${namespace}.${b.trim().split('.').pop()}`));
      depth = 1;
      if (line.trim().endsWith('}')) current = undefined;
      continue;
    }
    if (!current) continue;
    if (depth === 1) {
      const method = /^\s+(\w+)\??\(/.exec(line);
      if (method) current.methods.add(method[1]);
      const prop = /^\s+(\w+)\??:/.exec(line);
      if (prop) current.methods.add(prop[1]);
    }
    for (const ch of line) {
      if (ch === '{') depth++;
      else if (ch === '}') depth--;
    }
    if (depth <= 0) current = undefined;
  }
}
