// Coded errors: every failure a user can meet carries a message key and parameters, never a stack trace.

export type ErrorParams = Record<string, string | number>;

export class RegistrarError extends Error {
  readonly code: string;
  readonly params: ErrorParams;

  constructor(code: string, params: ErrorParams = {}) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'RegistrarError';
    this.code = code;
    this.params = params;
  }
}

export function isRegistrarError(error: unknown): error is RegistrarError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'RegistrarError' &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}

/** Throws a coded error unless `condition` holds. */
export function assertThat(condition: unknown, code: string, params: ErrorParams = {}): asserts condition {
  if (!condition) throw new RegistrarError(code, params);
}

/**
 * One problem found in a table: where it is and what is wrong, as a message key.
 * `row` is the 1-based sheet row (the header is row 1); 0 means the sheet as a whole.
 */
export interface Problem {
  sheet: string;
  row: number;
  column: string;
  value: string;
  code: string;
  params: ErrorParams;
  severity: 'error' | 'warning';
  /** The localized sentence, once the runner has rendered it. */
  message?: string;
}
