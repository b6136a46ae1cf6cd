// `registrar bench`: every area's benchmark at 1k, 5k and 20k students; prints one table and saves it.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchFoundation } from '../../bench/foundation';
import { type BenchRow, benchTable } from '../../bench/measure';
import type { DemoHost } from '../../demo/types';
import { flag, numberList, type ParsedArgs } from '../args';
import { createHost, demoHost, REPO_ROOT } from '../host';

/** Area benchmarks, run after the foundation's on the same workbook; each file exports `bench<Area>`. */
const AREA_BENCHES = ['registration', 'timetable', 'attestation', 'tracker'] as const;

type AreaBench = (host: DemoHost, students: number) => Promise<BenchRow[]>;

async function loadBench(area: string): Promise<AreaBench | null> {
  const file = path.join(REPO_ROOT, 'local/bench', `${area}.ts`);
  if (!existsSync(file)) return null;
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const fn = mod[`bench${area[0].toUpperCase()}${area.slice(1)}`];
  return typeof fn === 'function' ? (fn as AreaBench) : null;
}

export async function benchCommand(args: ParsedArgs): Promise<number> {
  const sizes = numberList(args, 'students', [1000, 5000, 20000]);
  const only = flag(args, 'only')?.split(',');
  const outDir = path.resolve(flag(args, 'out') ?? 'out/bench');
  mkdirSync(outDir, { recursive: true });
  const rows: BenchRow[] = [];
  for (const students of sizes) {
    const host = createHost({ start: new Date('2026-11-28T09:00:00+05:00') });
    const dh = demoHost(host, outDir, 'ru', 1, (line) => console.log(line));
    const foundation = await benchFoundation(dh, students);
    rows.push(...foundation);
    for (const r of foundation) console.log(`${students}\t${r.action}\t${r.calls} calls\t${r.simulatedSeconds.toFixed(1)} s`);
    for (const area of AREA_BENCHES) {
      if (only && !only.includes(area)) continue;
      const bench = await loadBench(area);
      if (!bench) continue;
      try {
        const areaRows = (await bench(dh, students)).map((r) => ({ ...r, students, ok: r.ok ?? true }));
        rows.push(...areaRows);
        for (const r of areaRows) console.log(`${students}\t${r.action}\t${r.calls} calls\t${r.simulatedSeconds.toFixed(1)} s`);
      } catch (error) {
        console.error(`${area} benchmark failed at ${students}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  const table = benchTable(rows);
  console.log(`\n${table}`);
  writeFileSync(path.join(outDir, 'bench.md'), `${table}\n`);
  writeFileSync(path.join(outDir, 'bench.json'), `${JSON.stringify(rows, null, 2)}\n`);
  return rows.every((r) => r.ok) ? 0 : 1;
}
