// Counting of service calls per execution and overall, priced by the latency model.
import { costOf } from './latency';

export interface CallStats {
  /** Calls per "Service.Class.method", e.g. "SpreadsheetApp.Range.getValues". */
  calls: Record<string, number>;
  totalCalls: number;
  cellsRead: number;
  cellsWritten: number;
  /** Simulated Apps Script time spent in service calls (latency model), ms. */
  simulatedMs: number;
}

export interface ExecutionRecord extends CallStats {
  fn: string;
  user: string;
  authMode: string;
  startedAt: string;
  /** Local JavaScript time of the bundle's own code (not counting emulator work), ms. */
  cpuMs: number;
  /** cpuMs + simulatedMs + sleeps: what the execution would take in Apps Script, ms. */
  elapsedMs: number;
  error?: string;
}

export interface StatsReport extends CallStats {
  executions: number;
  cpuMs: number;
  /** simulatedMs + cpuMs of all executions and direct calls. */
  appsScriptMs: number;
  byExecution: ExecutionRecord[];
}

export function emptyCallStats(): CallStats {
  return { calls: {}, totalCalls: 0, cellsRead: 0, cellsWritten: 0, simulatedMs: 0 };
}

export class CallFrame {
  cellsRead = 0;
  cellsWritten = 0;
  constructor(readonly key: string) {}
  cost(): number {
    return costOf(this.key, this.cellsRead, this.cellsWritten);
  }
}

export function addCall(into: CallStats, frame: CallFrame, ms: number): void {
  into.calls[frame.key] = (into.calls[frame.key] ?? 0) + 1;
  into.totalCalls++;
  into.cellsRead += frame.cellsRead;
  into.cellsWritten += frame.cellsWritten;
  into.simulatedMs += ms;
}
