// Truly concurrent executions of the built bundle against one emulator state (see docs/emulator.md, "Concurrency").
export { type ConcurrentOptions, ConcurrentRunner, type ConcurrentStats, startConcurrent } from './harness';
