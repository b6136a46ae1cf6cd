// The emulator's public surface for local/cli and test/bundle.
export { type AuthMode, Emulator, type EmulatorOptions, type RunOptions, createEmulator, TIMEOUT_MESSAGE } from './emulator';
export { type BundleHandle, loadBundle } from './bundle';
export type { StatsReport, ExecutionRecord } from './core/stats';
export { priceOf, costOf } from './core/latency';
export { formatSimpleDate } from './core/dates';
export { loadSpreadsheetFromXlsx, saveSpreadsheetToXlsx, snapshotSpreadsheet } from './persist/xlsx';
export { loadWorkspace, saveWorkspace, formPreviewHtml } from './persist/workspace';
export { documentToDocx } from './persist/docx';
export type { Submission } from './services/forms';
