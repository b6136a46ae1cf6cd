// Reads the add-on's sheets through the Workbook port: each sheet once per execution, parsed by its schema.

import { RegistrarError } from '../domain/errors';
import type { Lang } from '../domain/types';
import { LANGS } from '../domain/types';
import type { Workbook } from '../ports';
import { findSheetName, type ParsedTable, parseTable, type SheetSchema } from '../sheets/schema';

export interface ReadTable<Row> extends ParsedTable<Row> {
  /** The sheet's actual name in the workbook ('' when missing). */
  sheetName: string;
  exists: boolean;
}

export class TableReader {
  private names: string[] | null = null;
  private readonly raw = new Map<string, unknown[][] | null>();
  private readonly parsed = new Map<string, ReadTable<unknown>>();

  constructor(
    private readonly workbook: Workbook,
    private lang: Lang,
  ) {}

  /** Changes the language of column labels in problems; what was read stays cached. */
  useLanguage(lang: Lang): void {
    if (lang !== this.lang) {
      this.lang = lang;
      this.parsed.clear();
    }
  }

  sheetNames(): string[] {
    if (!this.names) this.names = this.workbook.sheetNames();
    return this.names;
  }

  /**
   * The actual name of the schema's sheet, or null. Its name in the office language (then the other
   * two, then its key) is looked up directly, one call a name. The names are compared loosely (case, spaces)
   * only when every sheet's name is already known or the workbook cannot look names up: listing them costs a
   * call per sheet, and a workbook with 170 linked form-response sheets would pay that in every action that
   * asks for a sheet not made yet.
   */
  find(schema: SheetSchema<unknown>): string | null {
    const candidates = [schema.name[this.lang], ...LANGS.filter((l) => l !== this.lang).map((l) => schema.name[l]), schema.key];
    if (this.names || !this.workbook.findSheet) return findSheetName(schema, this.sheetNames());
    return this.workbook.findSheet(candidates);
  }

  /** The name a sheet has, or would get, in this workbook. */
  nameFor(schema: SheetSchema<unknown>): string {
    return this.find(schema) ?? schema.name[this.lang];
  }

  values(sheetName: string): unknown[][] | null {
    if (!this.raw.has(sheetName)) this.raw.set(sheetName, this.workbook.readValues(sheetName));
    return this.raw.get(sheetName) ?? null;
  }

  /** Parses a sheet; a missing sheet gives no rows and one 'missingSheet' problem. */
  read<Row>(schema: SheetSchema<Row>): ReadTable<Row> {
    const cached = this.parsed.get(schema.key);
    if (cached) return cached as ReadTable<Row>;
    const name = this.find(schema);
    let result: ReadTable<Row>;
    if (!name) {
      result = {
        sheetName: '',
        exists: false,
        rows: [],
        columnIndex: {},
        problems: [{ sheet: schema.name[this.lang], row: 0, column: '', value: '', code: 'missingSheet', params: {}, severity: 'error' }],
      };
    } else {
      const values = this.values(name) ?? [];
      result = { ...parseTable(schema, values, name, this.lang), sheetName: name, exists: true };
    }
    this.parsed.set(schema.key, result as ReadTable<unknown>);
    return result;
  }

  /** Parses a sheet and throws a coded error listing its problems if it has any blocking one. */
  readStrict<Row>(schema: SheetSchema<Row>): ReadTable<Row> {
    const table = this.read(schema);
    if (table.problems.some((p) => p.severity === 'error')) {
      throw new RegistrarError('sheetHasProblems', { sheet: table.sheetName || schema.name[this.lang], count: table.problems.length });
    }
    return table;
  }

  /** Forgets what was read (after this execution wrote a sheet it will read again). */
  invalidate(sheetName?: string): void {
    if (sheetName === undefined) {
      this.names = null;
      this.raw.clear();
      this.parsed.clear();
      return;
    }
    this.names = null;
    this.raw.delete(sheetName);
    this.parsed.clear();
  }
}
