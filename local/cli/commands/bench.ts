// `registrar bench`: every area's benchmark at 1k, 5k and 20k students; prints one table and saves it.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchAttestation } from '../../bench/attestation';
import { benchFoundation } from '../../bench/foundation';
import { benchRegistration } from '../../bench/registration';
import { benchTimetable } from '../../bench/timetable';
import { benchTracker } from '../../bench/tracker';
import { type BenchRow, benchTable } from '../../bench/measure';
import type { DemoHost } from '../../demo/types';
import { flag, numberList, type ParsedArgs } from '../args';
import { createHost, demoHost } from '../host';

type AreaBench = (host: DemoHost, students: number) => Promise<Array<Omit<BenchRow, 'students' | 'ok'> & Partial<BenchRow>>>;

/** Area benchmarks, run after the foundation's on the same workbook, in the order of the registrar's year. */
const AREA_BENCHES: ReadonlyArray<[string, AreaBench]> = [
  ['registration', benchRegistration],
  ['timetable', benchTimetable],
  ['attestation', benchAttestation],
  ['tracker', benchTracker],
];

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
    for (const [area, bench] of AREA_BENCHES) {
      if (only && !only.includes(area)) continue;
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
