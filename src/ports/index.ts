// The ports: interfaces through which actions reach Google services. src/gas implements them; nothing else does I/O.

import type { Lang } from '../domain/types';

/** How a sheet should look when the add-on creates or repairs it. */
export interface SheetLayout {
  name: string;
  headers: string[];
  columnWidths: number[];
  frozenRows: number;
  /** Column index (0-based) → dropdown values (≤ 500 items) for rows below the header. */
  dropdowns: Record<number, string[]>;
  /** Column index (0-based) → number format: '@' for text, 'yyyy-mm-dd' for dates, '0.00'... */
  numberFormats: Record<number, string>;
  protectHeader: boolean;
  hidden?: boolean;
  /**
   * When the sheet is created: keep only this many rows (header included) and the layout's columns.
   * A new sheet otherwise counts 1,000 × 26 cells against the spreadsheet's 10 million.
   */
  sizeToRows?: number;
}

/** The spreadsheet the add-on lives in, seen as named tables. One method call ≈ one batch of service calls. */
export interface Workbook {
  id(): string;
  url(): string;
  /** Names of every sheet, in order. */
  sheetNames(): string[];
  /**
   * The first of these names that is a sheet of the workbook (exact match), or null. Cheaper than
   * sheetNames() when the workbook has many sheets: one look-up per candidate until one is found.
   */
  findSheet?(candidates: readonly string[]): string | null;
  /** Every value of a sheet's data range (header included), or null if there is no such sheet. */
  readValues(sheetName: string): unknown[][] | null;
  /** Creates the sheet if missing; sets the header row, widths, frozen rows, dropdowns, formats, header protection. Never deletes data rows. */
  ensureSheet(layout: SheetLayout, index?: number): { created: boolean; headerRepaired: boolean };
  /** Replaces a sheet's whole content with `values` in one write (clearing rows left below); creates the sheet if needed. */
  replaceValues(sheetName: string, values: unknown[][], options?: { numberFormats?: Record<number, string> }): void;
  /** Appends rows below the last row in one write. */
  appendRows(sheetName: string, rows: unknown[][]): void;
  /**
   * Appends one row with Sheet.appendRow (two service calls: the sheet, the append; the sheet grows by itself).
   * Call it holding the document lock: Google does not document appendRow as atomic.
   */
  appendRow?(sheetName: string, row: unknown[]): void;
  /** Overwrites a block starting at a 1-based row and column. */
  writeBlock(sheetName: string, row: number, column: number, values: unknown[][]): void;
  /**
   * Reads a block (1-based row and column; rows past the end come back as ''), or null if there is no such sheet.
   * Used by form-submit handlers that must not read whole sheets.
   */
  readBlock(sheetName: string, row: number, column: number, numRows: number, numColumns: number): unknown[][] | null;
  /**
   * Reads a block and keeps its range: `write` puts a whole block of the same size back through that range (one
   * call: Range.setValues; text that would read as a formula is written as text). Null when the sheet is missing.
   * For a form-submit handler that holds the document lock and must count every call.
   */
  openBlock?(sheetName: string, row: number, column: number, numRows: number, numColumns: number): { values: unknown[][]; write(values: unknown[][]): void } | null;
  /**
   * Deletes the empty rows of the form response sheets linked to this workbook (Google makes them 1,000 rows deep;
   * responses still append below), keeping `spareRows`, and hides them: 170 enrolment forms would otherwise hold
   * 6 million of the workbook's 10 million cells.
   */
  compactFormResponseSheets?(spareRows: number): { sheets: number; cellsFreed: number };
  renameSheet(from: string, to: string): void;
  /** Rewrites only the header row (for language switches). */
  writeHeader(sheetName: string, headers: string[]): void;
  /** Protects a whole sheet (editable only by `editors`), or removes the add-on's protection when editors is null. */
  protectSheet(sheetName: string, editors: string[] | null, description: string): void;
  /** Formats a printable grid sheet: bold rows, background colours of header rows, wrap. */
  formatBlocks(sheetName: string, boldRows: number[], fillRows: Array<{ row: number; colour: string }>, wrap: boolean): void;
  locale(): string;
  timeZone(): string;
}

/** Key-value storage scoped to this document (Document properties). Values ≤ 9 KB each. */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  delete(key: string): void;
  keys(): string[];
  /** Every property at once (one getProperties call, then kept for the execution until the document lock is taken). */
  all?(): Record<string, string>;
  /** Several properties in one call (setProperties). */
  setMany?(entries: Record<string, string>): void;
}

export interface LockOptions {
  /**
   * Flush pending spreadsheet writes before releasing (default true). Needed only when the next holder reads,
   * through SpreadsheetApp, what this one wrote; values kept in document properties are written at once.
   */
  flush?: boolean;
  /** Release explicitly when fn returns (default true); false keeps the lock until the execution ends (Apps Script releases it then). */
  release?: boolean;
}

export interface Lock {
  /** Runs `fn` holding the document lock; throws a coded error when the lock cannot be had in `timeoutMs`. */
  withDocumentLock<T>(timeoutMs: number, fn: () => T, options?: LockOptions): T;
  /** Makes this execution's pending spreadsheet writes visible to the next lock holder (a spreadsheet flush). */
  commit?(): void;
}

export interface Clock {
  now(): Date;
  /** Milliseconds since the start of this execution, to time-box long jobs. */
  elapsedMs(): number;
}

export interface Identity {
  /** The Google account running the add-on ('' when Google does not tell, e.g. consumer accounts in some modes). */
  activeUserEmail(): string;
  userLocale(): string;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  body: string;
  htmlBody?: string;
}

export interface Mailer {
  remainingDailyQuota(): number;
  send(mail: OutgoingMail): void;
}

/** A file the add-on made or filed in its Drive folder. */
export interface DriveFileRef {
  id: string;
  name: string;
  url: string;
}

export interface Drive {
  /** The add-on's folder for this workbook (made once, remembered), and sub-folders by path. */
  folder(path: string[]): string;
  createTextFile(folderId: string, name: string, content: string, mimeType: string): DriveFileRef;
  shareView(fileId: string, emails: string[]): void;
  findFile(folderId: string, name: string): DriveFileRef | null;
  /**
   * Stores a file sent from a sidebar (base64 of its bytes) in a folder as itself, with a description
   * (who uploaded it, for which document). Always a new file: Drive allows two files of one name.
   * Optional so in-memory test ports need not have it; the Apps Script implementation does.
   */
  uploadFile?(folderId: string, name: string, base64: string, mimeType: string, description: string): DriveFileRef;
}

/** What a spreadsheet made by the add-on starts with: one sheet, its layout, its rows, and number-range warnings. */
export interface NewSpreadsheet {
  /** The only sheet (header, widths, frozen rows, text formats of identifier columns). */
  layout: SheetLayout;
  /** Header + data rows, written in one setValues. */
  rows: unknown[][];
  /** Empty rows kept below the data (the grid is created at its size: cells count against the 10 million). */
  spareRows: number;
  /** 0-based columns where a number outside [min, max] shows a warning (typed text is kept: the add-on judges it). */
  numberRange?: { columns: number[]; min: number; max: number; helpText: string };
}

/**
 * Spreadsheets the add-on makes beside the office's workbook (one per teacher and semester, filed in its Drive folder),
 * opened by id and shared per file. Needs the `spreadsheets` and `drive.file` scopes.
 */
export interface SpreadsheetFiles {
  /** Creates the file in `folderId` with its content in one go. Counts against "spreadsheets created" per day. */
  create(folderId: string, name: string, content: NewSpreadsheet): DriveFileRef;
  /** The file as a Workbook (one openById), or null when it is gone (trashed, deleted) or cannot be opened. */
  open(id: string): Workbook | null;
  /** Sets who may edit and who may only view (the owner stays; anyone else listed before loses access). */
  share(id: string, access: { editors: string[]; viewers: string[] }): void;
}

/** A rendered document block: the report renderer's vocabulary. */
export type DocBlock =
  | { kind: 'heading'; text: string; level: 1 | 2 | 3 }
  | { kind: 'paragraph'; text: string; bold?: boolean; align?: 'left' | 'center' | 'right' }
  | { kind: 'table'; header: string[]; rows: string[][] }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'chart'; title: string; labels: string[]; values: number[] }
  | { kind: 'signature'; lines: string[] }
  | { kind: 'pageBreak' };

export interface DocRenderer {
  /** Makes (or replaces, when a file of that name exists in the folder) a Google Doc from blocks; optionally a PDF beside it. */
  render(folderId: string, name: string, blocks: DocBlock[], options: { pdf: boolean; shareWith: string[] }): { doc: DriveFileRef; pdf: DriveFileRef | null };
  /** Creates a template Doc once (kept editable by the office); returns its id. */
  ensureTemplate(folderId: string, name: string, blocks: DocBlock[]): DriveFileRef;
  /** Fills a template: {{placeholders}}, repeated table rows and conditional blocks; see reports/templateEngine. */
  fillTemplate(templateId: string, folderId: string, name: string, data: TemplateData, options: { pdf: boolean; shareWith: string[] }): { doc: DriveFileRef; pdf: DriveFileRef | null };
}

export interface TemplateData {
  values: Record<string, string>;
  tables: Record<string, string[][]>;
  flags: Record<string, boolean>;
  charts: Record<string, { title: string; labels: string[]; values: number[] }>;
}

export interface FormChoiceItem {
  key: string;
  title: string;
  help: string;
  kind: 'checkbox' | 'multipleChoice' | 'list' | 'section';
  choices: string[];
  /** Checkbox questions: exact number of choices, or 0 for any. */
  selectExactly: number;
  required: boolean;
}

export interface FormSpec {
  key: string;
  title: string;
  description: string;
  items: FormChoiceItem[];
  confirmation: string;
}

export interface FormRef {
  id: string;
  publishedUrl: string;
  editUrl: string;
}

export interface SubmittedResponse {
  responseId: string;
  formId: string;
  /** Verified Google email of the respondent. */
  email: string;
  submittedAt: Date;
  /** Item title → answer(s). */
  answers: Record<string, string[]>;
  /**
   * Set when formId is '' (a spreadsheet form-submit event, whose form is known only from its response sheet's
   * form URL, two service calls): asks Google for the form's id, or null when the sheet is not a form's.
   */
  resolveFormId?: () => string | null;
}

export interface FormService {
  /** Creates the form or updates the one with `existingId` in place; verified emails, published, responses to this spreadsheet. */
  upsert(spec: FormSpec, existingId: string | null): FormRef;
  /** Replaces the choices of one question of an existing form (to remove full sections). */
  setChoices(formId: string, itemTitle: string, choices: string[]): void;
  /**
   * Removes, from every choice question of the form, the choices whose label starts with "[code]" for one of
   * `codes` (a full section, a discipline with no room left); a question is never left without choices. Returns how many went.
   */
  removeChoices(formId: string, codes: string[]): number;
  exists(formId: string): boolean;
}

export interface Triggers {
  /** Installs a trigger once (idempotent by handler and kind). */
  ensureFormSubmitTrigger(handler: string): boolean;
  ensureTimeTrigger(handler: string, everyHours: number): boolean;
  /** A one-off continuation after `ms`, used only as a fallback to sidebar polling. */
  scheduleOnce(handler: string, ms: number): void;
  remove(handler: string): number;
}

export interface Ui {
  toast(message: string, title: string): void;
  alert(message: string): void;
  showSidebar(file: string, title: string, data: Record<string, unknown>): void;
}

/** The add-on menu as data: top items, then one submenu per area of the work plan. */
export interface MenuModel {
  title: string;
  items: Array<{ caption: string; fn: string }>;
  areas: Array<{ area: string; caption: string; items: Array<{ caption: string; fn: string }> }>;
}

export interface Ports {
  workbook: Workbook;
  properties: KeyValueStore;
  lock: Lock;
  clock: Clock;
  identity: Identity;
  mailer: Mailer;
  drive: Drive;
  docs: DocRenderer;
  forms: FormService;
  triggers: Triggers;
  ui: Ui;
  /** Spreadsheets the add-on creates (teachers' grade files). Optional: ports without it refuse those actions. */
  spreadsheets?: SpreadsheetFiles;
}

export type { Lang };
