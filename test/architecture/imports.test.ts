// The import directions of ARCHITECTURE.md, checked by reading every source file's imports.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** Top folder under src/ ('main' for src/main.ts). */
function layer(file: string): string {
  const rel = path.relative(SRC, file);
  return rel.includes(path.sep) ? rel.split(path.sep)[0] : rel.replace(/\.ts$/, '');
}

/** What each layer may import (value imports); `import type` is also allowed from the listed type sources. */
const ALLOWED: Record<string, string[]> = {
  domain: ['domain'],
  solver: ['solver', 'domain'],
  reports: ['reports', 'domain'],
  sheets: ['sheets', 'domain'],
  i18n: ['i18n', 'domain'],
  ports: ['ports', 'domain'],
  actions: ['actions', 'domain', 'solver', 'sheets', 'reports', 'ports', 'i18n'],
  gas: ['gas', 'ports', 'sheets', 'domain', 'reports'],
  ui: ['ui'],
  main: ['actions', 'gas', 'ui', 'i18n', 'domain', 'ports'],
};
// Type-only imports have no side effects: the document vocabulary (DocBlock, TemplateData) and the
// sheet layout are interfaces in ports/, which the pure report and sheet builders produce.
const TYPE_SOURCES: Record<string, string[]> = {
  ui: ['actions', 'ports', 'domain'],
  reports: ['ports'],
  sheets: ['ports'],
};

interface Import {
  file: string;
  target: string;
  typeOnly: boolean;
}

function imports(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const out: Import[] = [];
  for (const m of text.matchAll(/^import\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm)) {
    const spec = m[2];
    if (!spec.startsWith('.')) {
      out.push({ file, target: `package:${spec}`, typeOnly: Boolean(m[1]) });
      continue;
    }
    const resolved = path.resolve(path.dirname(file), spec);
    out.push({ file, target: path.relative(SRC, resolved).startsWith('..') ? 'outside' : layer(`${resolved}.ts`), typeOnly: Boolean(m[1]) });
  }
  return out;
}

const ALL = files(SRC);

describe('import directions', () => {
  it('every layer imports only what ARCHITECTURE.md allows', () => {
    const violations: string[] = [];
    for (const file of ALL) {
      const from = layer(file);
      for (const imp of imports(file)) {
        if (imp.target.startsWith('package:')) {
          if (!['package:zod', 'package:zod/mini'].includes(imp.target) && !imp.typeOnly) violations.push(`${path.relative(SRC, file)} imports ${imp.target}`);
          continue;
        }
        const ok = (ALLOWED[from] ?? []).includes(imp.target) || (imp.typeOnly && (TYPE_SOURCES[from] ?? []).includes(imp.target));
        if (!ok) violations.push(`${path.relative(SRC, file)} (${from}) imports ${imp.target}${imp.typeOnly ? ' (type)' : ''}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('nothing imports main', () => {
    const offenders = ALL.filter((f) => imports(f).some((i) => i.target === 'main')).map((f) => path.relative(SRC, f));
    expect(offenders).toEqual([]);
  });

  it('Apps Script services are named only in src/gas and src/main.ts', () => {
    const services = /\b(SpreadsheetApp|FormApp|DocumentApp|DriveApp|MailApp|LockService|PropertiesService|CacheService|ScriptApp|HtmlService|Session|Charts|Utilities)\.\w/;
    const offenders = ALL.filter((f) => !['gas', 'main', 'ui'].includes(layer(f)))
      .filter((f) => readFileSync(f, 'utf8').split('\n').some((line) => !line.trim().startsWith('//') && !line.trim().startsWith('*') && services.test(line)))
      .map((f) => path.relative(SRC, f));
    expect(offenders).toEqual([]);
  });
});
