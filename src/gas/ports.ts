// Builds every port over the real Apps Script services, once per execution.

import type { Ports } from '../ports';
import { createDocRenderer } from './docRenderer';
import { createDrive } from './drive';
import { createFormService } from './forms';
import { createSpreadsheetFiles } from './spreadsheetFiles';
import { DocumentLock, DocumentPropertiesStore, GasMailer, GasTriggers, SessionIdentity, SpreadsheetUi, SystemClock } from './services';
import { SheetsWorkbook } from './workbook';

/**
 * An object made on first use: a form-submit execution that never touches Drive or Forms pays none of
 * their set-up calls (every service call costs time and counts against the handler's budget).
 */
export function lazy<T extends object>(make: () => T): T {
  let made: T | null = null;
  const target = (): T => (made ??= make());
  return new Proxy({} as T, {
    get: (_t, prop) => {
      const value = (target() as Record<string | symbol, unknown>)[prop];
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target()) : value;
    },
  });
}

export function makeGasPorts(): Ports {
  const spreadsheet = SpreadsheetApp.getActive();
  const properties = new DocumentPropertiesStore();
  const drive = lazy(() => createDrive(properties, `Registrar — ${spreadsheet.getName()}`));
  return {
    workbook: new SheetsWorkbook(spreadsheet),
    properties,
    lock: new DocumentLock(),
    clock: new SystemClock(),
    identity: new SessionIdentity(),
    mailer: new GasMailer(),
    drive,
    docs: lazy(() => createDocRenderer(drive)),
    forms: lazy(() => createFormService(spreadsheet.getId())),
    triggers: new GasTriggers(),
    ui: new SpreadsheetUi(),
    spreadsheets: lazy(() => createSpreadsheetFiles()),
  };
}
