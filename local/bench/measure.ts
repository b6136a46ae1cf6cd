// Measures one action run through the bundle: service calls, cells, simulated Apps Script seconds, CPU and memory.

import type { DemoActionResult, DemoHost } from '../demo/types';

export interface BenchRow {
  action: string;
  students: number;
  calls: number;
  cellsRead: number;
  cellsWritten: number;
  /** Service latency plus the bundle's own CPU, as Apps Script would count the execution. */
  simulatedSeconds: number;
  cpuMs: number;
  peakMb: number;
  ok: boolean;
  extra?: Record<string, number>;
}

/** Runs `fn` (one or more executions) with fresh counters and reports what it cost. */
export function measure(host: DemoHost, action: string, students: number, fn: () => { ok: boolean }): BenchRow {
  const emulator = host.emulator;
  emulator.resetStats();
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  const cpu0 = process.cpuUsage();
  let peak = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 5);
  let ok = false;
  try {
    ok = fn().ok;
  } finally {
    clearInterval(timer);
  }
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  const cpu = process.cpuUsage(cpu0);
  const stats = emulator.stats();
  return {
    action,
    students,
    calls: stats.totalCalls,
    cellsRead: stats.cellsRead,
    cellsWritten: stats.cellsWritten,
    simulatedSeconds: Math.round(stats.appsScriptMs) / 1000,
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    peakMb: Math.round(peak / 1048576),
    ok,
  };
}

export function benchTable(rows: readonly BenchRow[]): string {
  const head = '| action | students | service calls | cells read | cells written | simulated Apps Script s | Node CPU ms | peak heap MB | ok |';
  const sep = '|---|---:|---:|---:|---:|---:|---:|---:|---|';
  const body = rows.map(
    (r) => `| ${r.action} | ${r.students} | ${r.calls} | ${r.cellsRead} | ${r.cellsWritten} | ${r.simulatedSeconds.toFixed(1)} | ${r.cpuMs} | ${r.peakMb} | ${r.ok ? 'yes' : 'NO'} |`,
  );
  return [head, sep, ...body].join('\n');
}

/** The active spreadsheet of the emulator (for checks a benchmark makes outside its measured runs). */
export function activeSpreadsheet(host: DemoHost): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return (host.emulator.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive();
}

/** Runs an action (unmeasured set-up) and stops the benchmark with its message when it fails. */
export function mustRun(host: DemoHost, id: string, params: Record<string, unknown> = {}): DemoActionResult {
  const r = host.runAction(id, params);
  if (!r.ok) throw new Error(`${id}: ${r.message}`);
  return r;
}

/** Sets up the workbook and loads the sample university when an earlier benchmark of the run has not. */
export function ensureSampleUniversity(host: DemoHost, students: number): void {
  const hasStudents = activeSpreadsheet(host)
    .getSheets()
    .some((s) => ['Students', 'Студенты', 'Студенттер'].includes(s.getName()));
  if (hasStudents) return;
  mustRun(host, 'setupWorkbook');
  mustRun(host, 'loadSampleUniversity', { students, seed: host.seed });
}
