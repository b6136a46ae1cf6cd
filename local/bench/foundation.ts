// The foundation's benchmark: setupWorkbook, loadSampleUniversity and validateWorkbook on a fresh workbook.

import type { DemoHost } from '../demo/types';
import { type BenchRow, measure } from './measure';

export async function benchFoundation(host: DemoHost, students: number): Promise<BenchRow[]> {
  return [
    measure(host, 'setupWorkbook', students, () => host.runAction('setupWorkbook')),
    measure(host, 'loadSampleUniversity', students, () => host.runAction('loadSampleUniversity', { students, seed: host.seed })),
    measure(host, 'validateWorkbook', students, () => host.runAction('validateWorkbook')),
  ];
}
