// SpreadsheetApp: the entry point to the active spreadsheet, the Ui, and the enums the add-on uses.
import { GasObject, fail } from '../core/gas';
import { SheetsUi } from '../services/ui';
import { NO_ACCESS_MESSAGE, Spreadsheet } from './spreadsheet';
import { DataValidationBuilder, DataValidationCriteria } from './validation';

const enumOf = <T extends string>(...names: T[]): Readonly<Record<T, T>> => Object.freeze(Object.fromEntries(names.map((n) => [n, n])) as Record<T, T>);

export class SpreadsheetAppImpl extends GasObject {
  static override gasType = 'Spreadsheet.SpreadsheetApp';
  static override service = 'SpreadsheetApp';
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly ProtectionType = enumOf('RANGE', 'SHEET');
  readonly WrapStrategy = enumOf('WRAP', 'OVERFLOW', 'CLIP');
  readonly BorderStyle = enumOf('DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE');
  readonly DeveloperMetadataVisibility = enumOf('DOCUMENT', 'PROJECT');
  readonly DeveloperMetadataLocationType = enumOf('SPREADSHEET', 'SHEET', 'ROW', 'COLUMN');
  readonly SheetType = enumOf('GRID', 'OBJECT', 'DATASOURCE');
  readonly CopyPasteType = enumOf('PASTE_NORMAL', 'PASTE_NO_BORDERS', 'PASTE_FORMAT', 'PASTE_FORMULA', 'PASTE_DATA_VALIDATION', 'PASTE_VALUES', 'PASTE_CONDITIONAL_FORMATTING', 'PASTE_COLUMN_WIDTHS');
  readonly Dimension = enumOf('COLUMNS', 'ROWS');

  getActive(): Spreadsheet | null {
    return this._emu.activeSpreadsheet ?? null;
  }
  getActiveSpreadsheet(): Spreadsheet | null {
    return this.getActive();
  }
  getActiveSheet(): unknown {
    return this._emu.requireActive().getActiveSheet();
  }
  getActiveRange(): unknown {
    return this._emu.requireActive().getActiveSheet().getRange(1, 1);
  }
  setActiveSpreadsheet(ss: Spreadsheet): void {
    this._emu.activeSpreadsheet = ss;
  }
  openById(id: string): Spreadsheet {
    const ss = this._emu.spreadsheets.get(String(id));
    if (!ss || this._emu.drive.isTrashed(ss._id)) fail(`Unexpected error while getting the method or property openById on object SpreadsheetApp.`);
    // Apps Script opens a file only for a user who may see it (owner, editor, viewer, or link/domain sharing).
    if (!ss._canOpen(this._emu.effectiveUser)) fail(NO_ACCESS_MESSAGE);
    return ss;
  }
  openByUrl(url: string): Spreadsheet {
    const m = /\/d\/([\w-]+)/.exec(String(url));
    if (!m) fail('Invalid argument: url');
    return this.openById(m[1]);
  }
  create(name: string, rows?: number, columns?: number): Spreadsheet {
    this._emu.useQuota('spreadsheets');
    return Spreadsheet.create(this._emu, String(name), this._emu.effectiveUser, rows, columns);
  }
  getUi(): SheetsUi {
    return new SheetsUi(this._emu);
  }
  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder(this._emu);
  }
  flush(): void {}
}
