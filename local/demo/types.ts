// The contract between the demo driver (local/cli) and each area's demo step.

/** What a demo step gets: the loaded bundle inside the emulator, and where to write. */
export interface DemoHost {
  /** Calls a top-level function of build/Code.js as one Apps Script execution (as the given user, if any). */
  call<T = unknown>(fn: string, args?: unknown[], options?: { user?: string }): T;
  /** Runs an add-on action through the bundle's `runAction` global; returns its ActionResult JSON. */
  runAction(actionId: string, params?: Record<string, unknown>, options?: { user?: string }): DemoActionResult;
  /** The emulator instance (local/emulator), for emulator-only APIs such as submitForm. */
  emulator: any;
  outDir: string;
  lang: 'kk' | 'ru' | 'en';
  seed: number;
  /** Prints a line of the demo's summary. */
  log(line: string): void;
}

export interface DemoActionResult {
  ok: boolean;
  message: string;
  counts: Record<string, number>;
  links?: Array<{ id: string; name: string; url: string }>;
  continueToken?: string;
  data?: Record<string, unknown>;
  /** Problems found, each with its localized message. */
  problems?: Array<{ sheet: string; row: number; column: string; value: string; code: string; severity: string; message: string }>;
}

/** One area's demo step: runs its actions in order and returns the figures for the summary. */
export type DemoStep = (host: DemoHost) => Promise<Record<string, number | string>>;
