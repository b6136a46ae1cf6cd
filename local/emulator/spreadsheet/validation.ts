// DataValidation rules and their builder (SpreadsheetApp.newDataValidation()).
import { GasObject, fail, isDate } from '../core/gas';
import type { Emulator } from '../emulator';
import type { Range } from './spreadsheet';

export const DataValidationCriteria = Object.freeze({
  DATE_AFTER: 'DATE_AFTER', DATE_BEFORE: 'DATE_BEFORE', DATE_BETWEEN: 'DATE_BETWEEN', DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE', DATE_NOT_BETWEEN: 'DATE_NOT_BETWEEN', DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  DATE_ON_OR_BEFORE: 'DATE_ON_OR_BEFORE', NUMBER_BETWEEN: 'NUMBER_BETWEEN', NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN', NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN', NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN', NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO', TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN', TEXT_EQUAL_TO: 'TEXT_EQUAL_TO', TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL', VALUE_IN_LIST: 'VALUE_IN_LIST', VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA', CHECKBOX: 'CHECKBOX',
});

/** Sheets keeps at most 500 items in a "dropdown from a list" rule (ARCHITECTURE.md; use a range for more). */
export const MAX_LIST_ITEMS = 500;

export interface RuleSpec {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export class DataValidation extends GasObject {
  static override gasType = 'Spreadsheet.DataValidation';
  static override service = 'SpreadsheetApp';
  constructor(emu: Emulator, readonly _spec: RuleSpec) {
    super(emu);
  }
  getCriteriaType(): string {
    return this._spec.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this._spec.values.map((v) => (Array.isArray(v) ? [...v] : v));
  }
  getAllowInvalid(): boolean {
    return this._spec.allowInvalid;
  }
  getHelpText(): string | null {
    return this._spec.helpText;
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this._emu, { ...this._spec, values: [...this._spec.values] });
  }
  /** Whether a value passes the rule (used by the xlsx export and tests; Sheets checks on user edits). */
  _accepts(v: unknown): boolean {
    const s = this._spec;
    switch (s.criteria) {
      case 'VALUE_IN_LIST':
        return v === '' || (s.values[0] as unknown[]).map(String).includes(String(v));
      case 'NUMBER_BETWEEN':
        return typeof v === 'number' && v >= Number(s.values[0]) && v <= Number(s.values[1]);
      case 'CHECKBOX':
        return v === '' || typeof v === 'boolean' || s.values.includes(v);
      case 'DATE_IS_VALID_DATE':
        return v === '' || isDate(v);
      default:
        return true;
    }
  }
}

export class DataValidationBuilder extends GasObject {
  static override gasType = 'Spreadsheet.DataValidationBuilder';
  static override service = 'SpreadsheetApp';
  constructor(emu: Emulator, readonly _spec: RuleSpec = { criteria: '', values: [], allowInvalid: true, helpText: null }) {
    super(emu);
  }
  private _setCriteria(criteria: string, values: unknown[]): this {
    this._spec.criteria = criteria;
    this._spec.values = values;
    return this;
  }
  requireValueInList(values: unknown[], showDropdown = true): this {
    if (!Array.isArray(values)) fail('The parameters (String) don\'t match the method signature for SpreadsheetApp.DataValidationBuilder.requireValueInList.');
    return this._setCriteria('VALUE_IN_LIST', [values.map(String), showDropdown]);
  }
  requireValueInRange(range: Range, showDropdown = true): this {
    return this._setCriteria('VALUE_IN_RANGE', [range, showDropdown]);
  }
  requireNumberBetween(start: number, end: number): this {
    return this._setCriteria('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this._setCriteria('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    return this._setCriteria('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    return this._setCriteria('CHECKBOX', [checked, unchecked].filter((v) => v !== undefined));
  }
  requireDate(): this {
    return this._setCriteria('DATE_IS_VALID_DATE', []);
  }
  requireTextIsEmail(): this {
    return this._setCriteria('TEXT_IS_VALID_EMAIL', []);
  }
  requireFormulaSatisfied(formula: string): this {
    return this._setCriteria('CUSTOM_FORMULA', [formula]);
  }
  withCriteria(criteria: string, args: unknown[]): this {
    return this._setCriteria(String(criteria), [...args]);
  }
  setAllowInvalid(allow: boolean): this {
    this._spec.allowInvalid = Boolean(allow);
    return this;
  }
  setHelpText(text: string): this {
    this._spec.helpText = String(text);
    return this;
  }
  getCriteriaType(): string {
    return this._spec.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this._spec.values];
  }
  getAllowInvalid(): boolean {
    return this._spec.allowInvalid;
  }
  getHelpText(): string | null {
    return this._spec.helpText;
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this._emu, { ...this._spec, values: [...this._spec.values] });
  }
  build(): DataValidation {
    if (!this._spec.criteria) fail('You must specify a criteria type for the data validation rule.');
    return new DataValidation(this._emu, { ...this._spec, values: [...this._spec.values] });
  }
}

/** Throws as Sheets refuses a dropdown list longer than 500 items. */
export function assertListSize(rule: DataValidation): void {
  if (rule._spec.criteria !== 'VALUE_IN_LIST') return;
  const n = (rule._spec.values[0] as unknown[]).length;
  if (n > MAX_LIST_ITEMS) fail(`The data validation rule has ${n} items in its list; the maximum is ${MAX_LIST_ITEMS}. Use a range of cells (requireValueInRange) instead.`);
}
