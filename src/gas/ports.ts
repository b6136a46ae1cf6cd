// Builds every port over the real Apps Script services, once per execution.

import type { Ports } from '../ports';
import { createDocRenderer } from './docRenderer';
import { createDrive } from './drive';
import { createFormService } from './forms';
import { DocumentLock, DocumentPropertiesStore, GasMailer, GasTriggers, SessionIdentity, SpreadsheetUi, SystemClock } from './services';
import { SheetsWorkbook } from './workbook';

export function makeGasPorts(): Ports {
  const spreadsheet = SpreadsheetApp.getActive();
  const properties = new DocumentPropertiesStore();
  const drive = createDrive(properties, `Registrar — ${spreadsheet.getName()}`);
  return {
    workbook: new SheetsWorkbook(spreadsheet),
    properties,
    lock: new DocumentLock(),
    clock: new SystemClock(),
    identity: new SessionIdentity(),
    mailer: new GasMailer(),
    drive,
    docs: createDocRenderer(drive),
    forms: createFormService(spreadsheet.getId()),
    triggers: new GasTriggers(),
    ui: new SpreadsheetUi(),
  };
}
