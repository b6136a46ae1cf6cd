// FormApp: forms with items, choices, checkbox validation, publish state (script-made forms start
// unpublished), a spreadsheet destination that gets a "Form Responses N" sheet, and responses.
// submitForm is the emulator's respondent: it validates like the form would, stores the response,
// appends the row, and fires installable form-submit triggers as new executions.
import { createHash } from 'node:crypto';
import { formatSimpleDate } from '../core/dates';
import { GasObject, fail, isDate } from '../core/gas';
import type { Emulator } from '../emulator';
import type { Sheet, Spreadsheet } from '../spreadsheet/spreadsheet';
import { Range } from '../spreadsheet/spreadsheet';

export type ItemTypeName = 'CHECKBOX' | 'MULTIPLE_CHOICE' | 'LIST' | 'TEXT' | 'PARAGRAPH_TEXT' | 'SECTION_HEADER' | 'PAGE_BREAK';

export interface CheckboxRule {
  kind: 'exactly' | 'atMost' | 'atLeast';
  n: number;
  helpText: string;
}

export interface ItemModel {
  id: number;
  type: ItemTypeName;
  title: string;
  helpText: string;
  required: boolean;
  choices: string[];
  validation: CheckboxRule | null;
}

export interface ResponseModel {
  id: string;
  timestamp: number;
  email: string;
  answers: [number, string | string[]][];
}

export interface FormModel {
  id: string;
  publishedId: string;
  title: string;
  description: string;
  confirmation: string;
  emailCollection: 'VERIFIED' | 'RESPONDER_INPUT' | 'DO_NOT_COLLECT';
  published: boolean;
  accepting: boolean;
  limitOne: boolean;
  allowEdits: boolean;
  requireLogin: boolean;
  showLinkToRespondAgain: boolean;
  destination: { type: 'SPREADSHEET'; id: string; sheetName: string } | null;
  items: ItemModel[];
  responses: ResponseModel[];
  owner: string;
}

export interface Submission {
  /** The respondent's verified Google identity. */
  email: string;
  /** Answers by item title or id: a string, or a list for checkboxes. */
  answers: Record<string, string | string[]>;
  at?: Date;
}

const ItemType = Object.freeze({
  CHECKBOX: 'CHECKBOX', CHECKBOX_GRID: 'CHECKBOX_GRID', DATE: 'DATE', DATETIME: 'DATETIME', DURATION: 'DURATION', GRID: 'GRID', IMAGE: 'IMAGE',
  LIST: 'LIST', MULTIPLE_CHOICE: 'MULTIPLE_CHOICE', PAGE_BREAK: 'PAGE_BREAK', PARAGRAPH_TEXT: 'PARAGRAPH_TEXT', SCALE: 'SCALE',
  SECTION_HEADER: 'SECTION_HEADER', TEXT: 'TEXT', TIME: 'TIME', VIDEO: 'VIDEO', FILE_UPLOAD: 'FILE_UPLOAD',
});
const EmailCollectionType = Object.freeze({ VERIFIED: 'VERIFIED', RESPONDER_INPUT: 'RESPONDER_INPUT', DO_NOT_COLLECT: 'DO_NOT_COLLECT' });
const DestinationType = Object.freeze({ SPREADSHEET: 'SPREADSHEET' });
const ANSWERABLE = new Set<ItemTypeName>(['CHECKBOX', 'MULTIPLE_CHOICE', 'LIST', 'TEXT', 'PARAGRAPH_TEXT']);

function formOrFail(emu: Emulator, id: string): FormModel {
  const f = emu.forms.get(String(id));
  if (!f || emu.drive.isTrashed(f.id)) fail('No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.');
  return f;
}

export function publishedUrl(f: FormModel): string {
  return `https://docs.google.com/forms/d/e/${f.publishedId}/viewform`;
}

export function editUrl(f: FormModel): string {
  return `https://docs.google.com/forms/d/${f.id}/edit`;
}

// ---- items -----------------------------------------------------------------------------------

export class Choice extends GasObject {
  static override gasType = 'Forms.Choice';
  static override service = 'FormApp';
  constructor(emu: Emulator, readonly _value: string) {
    super(emu);
  }
  getValue(): string {
    return this._value;
  }
}

abstract class ItemBase extends GasObject {
  constructor(emu: Emulator, readonly _form: FormModel, readonly _item: ItemModel) {
    super(emu);
  }
  getId(): number {
    return this._item.id;
  }
  getTitle(): string {
    return this._item.title;
  }
  setTitle(title: string): this {
    this._item.title = String(title);
    return this;
  }
  getHelpText(): string {
    return this._item.helpText;
  }
  setHelpText(text: string): this {
    this._item.helpText = String(text);
    return this;
  }
  getType(): string {
    return this._item.type;
  }
  getIndex(): number {
    return this._form.items.indexOf(this._item);
  }
}

abstract class AnswerItem extends ItemBase {
  setRequired(enabled: boolean): this {
    this._item.required = Boolean(enabled);
    return this;
  }
  isRequired(): boolean {
    return this._item.required;
  }
  createResponse(answer: string | string[]): ItemResponse {
    return new ItemResponse(this._emu, this._form, this._item, Array.isArray(answer) ? answer.map(String) : String(answer));
  }
}

abstract class ChoiceItem extends AnswerItem {
  createChoice(value: string): Choice {
    return new Choice(this._emu, String(value));
  }
  setChoices(choices: Choice[]): this {
    if (!Array.isArray(choices) || choices.length === 0) fail('Choices must not be empty.');
    this._item.choices = choices.map((c) => c._value);
    return this;
  }
  setChoiceValues(values: string[]): this {
    if (!Array.isArray(values) || values.length === 0) fail('Choices must not be empty.');
    this._item.choices = values.map(String);
    return this;
  }
  getChoices(): Choice[] {
    return this._item.choices.map((v) => new Choice(this._emu, v));
  }
}

export class CheckboxItem extends ChoiceItem {
  static override gasType = 'Forms.CheckboxItem';
  static override service = 'FormApp';
  setValidation(validation: CheckboxValidation): CheckboxItem {
    this._item.validation = validation._rule;
    return this;
  }
  clearValidation(): CheckboxItem {
    this._item.validation = null;
    return this;
  }
}

export class MultipleChoiceItem extends ChoiceItem {
  static override gasType = 'Forms.MultipleChoiceItem';
  static override service = 'FormApp';
}

export class ListItem extends ChoiceItem {
  static override gasType = 'Forms.ListItem';
  static override service = 'FormApp';
}

export class TextItem extends AnswerItem {
  static override gasType = 'Forms.TextItem';
  static override service = 'FormApp';
}

export class ParagraphTextItem extends AnswerItem {
  static override gasType = 'Forms.ParagraphTextItem';
  static override service = 'FormApp';
}

export class SectionHeaderItem extends ItemBase {
  static override gasType = 'Forms.SectionHeaderItem';
  static override service = 'FormApp';
}

export class PageBreakItem extends ItemBase {
  static override gasType = 'Forms.PageBreakItem';
  static override service = 'FormApp';
}

const TYPED: Record<ItemTypeName, new (emu: Emulator, f: FormModel, i: ItemModel) => ItemBase> = {
  CHECKBOX: CheckboxItem,
  MULTIPLE_CHOICE: MultipleChoiceItem,
  LIST: ListItem,
  TEXT: TextItem,
  PARAGRAPH_TEXT: ParagraphTextItem,
  SECTION_HEADER: SectionHeaderItem,
  PAGE_BREAK: PageBreakItem,
};

export class Item extends ItemBase {
  static override gasType = 'Forms.Item';
  static override service = 'FormApp';
  private _as<T>(type: ItemTypeName): T {
    if (this._item.type !== type) fail(`Invalid conversion for item type: ${this._item.type}`);
    return new TYPED[type](this._emu, this._form, this._item) as T;
  }
  asCheckboxItem(): CheckboxItem {
    return this._as('CHECKBOX');
  }
  asMultipleChoiceItem(): MultipleChoiceItem {
    return this._as('MULTIPLE_CHOICE');
  }
  asListItem(): ListItem {
    return this._as('LIST');
  }
  asTextItem(): TextItem {
    return this._as('TEXT');
  }
  asParagraphTextItem(): ParagraphTextItem {
    return this._as('PARAGRAPH_TEXT');
  }
  asSectionHeaderItem(): SectionHeaderItem {
    return this._as('SECTION_HEADER');
  }
  asPageBreakItem(): PageBreakItem {
    return this._as('PAGE_BREAK');
  }
}

export class CheckboxValidation extends GasObject {
  static override gasType = 'Forms.CheckboxValidation';
  static override service = 'FormApp';
  constructor(emu: Emulator, readonly _rule: CheckboxRule) {
    super(emu);
  }
}

export class CheckboxValidationBuilder extends GasObject {
  static override gasType = 'Forms.CheckboxValidationBuilder';
  static override service = 'FormApp';
  private rule: CheckboxRule | null = null;
  private help = '';
  requireSelectExactly(n: number): CheckboxValidationBuilder {
    this.rule = { kind: 'exactly', n: Number(n), helpText: '' };
    return this;
  }
  requireSelectAtMost(n: number): CheckboxValidationBuilder {
    this.rule = { kind: 'atMost', n: Number(n), helpText: '' };
    return this;
  }
  requireSelectAtLeast(n: number): CheckboxValidationBuilder {
    this.rule = { kind: 'atLeast', n: Number(n), helpText: '' };
    return this;
  }
  setHelpText(text: string): CheckboxValidationBuilder {
    this.help = String(text);
    return this;
  }
  build(): CheckboxValidation {
    if (!this.rule) fail('A checkbox validation needs a requirement.');
    return new CheckboxValidation(this._emu, { ...this.rule, helpText: this.help });
  }
}

// ---- responses -------------------------------------------------------------------------------

export class ItemResponse extends GasObject {
  static override gasType = 'Forms.ItemResponse';
  static override service = 'FormApp';
  constructor(emu: Emulator, readonly _form: FormModel, readonly _item: ItemModel, readonly _answer: string | string[]) {
    super(emu);
  }
  getItem(): Item {
    return new Item(this._emu, this._form, this._item);
  }
  getResponse(): string | string[] {
    return Array.isArray(this._answer) ? [...this._answer] : this._answer;
  }
}

export class FormResponse extends GasObject {
  static override gasType = 'Forms.FormResponse';
  static override service = 'FormApp';
  constructor(emu: Emulator, readonly _form: FormModel, readonly _resp: ResponseModel | null, private readonly _pending: ItemResponse[] = []) {
    super(emu);
  }
  getId(): string | null {
    return this._resp?.id ?? null;
  }
  getTimestamp(): Date | null {
    return this._resp ? new Date(this._resp.timestamp) : null;
  }
  getRespondentEmail(): string {
    return this._resp?.email ?? '';
  }
  getItemResponses(): ItemResponse[] {
    if (!this._resp) return [...this._pending];
    return this._resp.answers
      .map(([id, a]) => {
        const item = this._form.items.find((i) => i.id === id);
        return item ? new ItemResponse(this._emu, this._form, item, a) : null;
      })
      .filter((r): r is ItemResponse => r !== null);
  }
  getResponseForItem(item: ItemBase): ItemResponse | null {
    return this.getItemResponses().find((r) => r._item.id === item._item.id) ?? null;
  }
  getEditResponseUrl(): string {
    return `${publishedUrl(this._form)}?edit2=2_${this._resp?.id ?? ''}`;
  }
  withItemResponse(response: ItemResponse): FormResponse {
    this._pending.push(response);
    return this;
  }
  submit(): FormResponse {
    // Script submissions do not fire form-submit triggers (Apps Script's installable-trigger rules).
    const answers: Record<string, string | string[]> = {};
    for (const r of this._pending) answers[String(r._item.id)] = r._answer;
    const resp = recordResponse(this._emu, this._form, { email: this._emu.effectiveUser, answers }, false);
    return new FormResponse(this._emu, this._form, resp);
  }
}

// ---- form ------------------------------------------------------------------------------------

export class Form extends GasObject {
  static override gasType = 'Forms.Form';
  static override service = 'FormApp';
  constructor(emu: Emulator, readonly _f: FormModel) {
    super(emu);
  }
  getId(): string {
    return this._f.id;
  }
  getTitle(): string {
    return this._f.title;
  }
  setTitle(title: string): Form {
    this._f.title = String(title);
    this._emu.drive.rename(this._f.id, this._f.title);
    return this;
  }
  getDescription(): string {
    return this._f.description;
  }
  setDescription(d: string): Form {
    this._f.description = String(d);
    return this;
  }
  getConfirmationMessage(): string {
    return this._f.confirmation;
  }
  setConfirmationMessage(m: string): Form {
    this._f.confirmation = String(m);
    return this;
  }
  setCollectEmail(collect: boolean): Form {
    this._f.emailCollection = collect ? (this._f.emailCollection === 'DO_NOT_COLLECT' ? 'VERIFIED' : this._f.emailCollection) : 'DO_NOT_COLLECT';
    return this;
  }
  collectsEmail(): boolean {
    return this._f.emailCollection !== 'DO_NOT_COLLECT';
  }
  setEmailCollectionType(type: string): Form {
    if (!['VERIFIED', 'RESPONDER_INPUT', 'DO_NOT_COLLECT'].includes(String(type))) fail('Invalid argument: emailCollectionType');
    this._f.emailCollection = String(type) as FormModel['emailCollection'];
    return this;
  }
  getEmailCollectionType(): string {
    return this._f.emailCollection;
  }
  setPublished(published: boolean): Form {
    this._f.published = Boolean(published);
    return this;
  }
  isPublished(): boolean {
    return this._f.published;
  }
  setAcceptingResponses(enabled: boolean): Form {
    this._f.accepting = Boolean(enabled);
    return this;
  }
  isAcceptingResponses(): boolean {
    return this._f.accepting;
  }
  setLimitOneResponsePerUser(enabled: boolean): Form {
    this._f.limitOne = Boolean(enabled);
    return this;
  }
  hasLimitOneResponsePerUser(): boolean {
    return this._f.limitOne;
  }
  setAllowResponseEdits(enabled: boolean): Form {
    this._f.allowEdits = Boolean(enabled);
    return this;
  }
  canEditResponse(): boolean {
    return this._f.allowEdits;
  }
  setRequireLogin(required: boolean): Form {
    this._f.requireLogin = Boolean(required);
    return this;
  }
  requiresLogin(): boolean {
    return this._f.requireLogin;
  }
  setShowLinkToRespondAgain(enabled: boolean): Form {
    this._f.showLinkToRespondAgain = Boolean(enabled);
    return this;
  }
  hasRespondAgainLink(): boolean {
    return this._f.showLinkToRespondAgain;
  }
  setDestination(type: string, destinationId: string): Form {
    if (String(type) !== 'SPREADSHEET') fail('Invalid argument: type');
    const ss = this._emu.spreadsheets.get(String(destinationId));
    if (!ss) fail('No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.');
    const n = ss._sheets.filter((s) => /^Form Responses \d+$/.test(s._name)).length + 1;
    const sheet = ss._addSheet(`Form Responses ${n}`, 1000, 26, 0);
    sheet._formId = this._f.id;
    this._f.destination = { type: 'SPREADSHEET', id: ss._id, sheetName: sheet._name };
    writeHeader(this._f, sheet);
    for (const r of this._f.responses) appendResponseRow(this._emu, this._f, r);
    return this;
  }
  getDestinationId(): string {
    if (!this._f.destination) fail('The form currently has no response destination.');
    return this._f.destination.id;
  }
  getDestinationType(): string {
    if (!this._f.destination) fail('The form currently has no response destination.');
    return 'SPREADSHEET';
  }
  removeDestination(): Form {
    const d = this._f.destination;
    if (d) {
      const sheet = this._emu.spreadsheets.get(d.id)?.getSheetByName(d.sheetName);
      if (sheet) sheet._formId = null;
    }
    this._f.destination = null;
    return this;
  }
  getPublishedUrl(): string {
    return publishedUrl(this._f);
  }
  getEditUrl(): string {
    return editUrl(this._f);
  }
  getSummaryUrl(): string {
    return `https://docs.google.com/forms/d/${this._f.id}/viewanalytics`;
  }
  getItems(type?: string): Item[] {
    return this._f.items.filter((i) => type === undefined || i.type === String(type)).map((i) => new Item(this._emu, this._f, i));
  }
  getItemById(id: number): Item | null {
    const item = this._f.items.find((i) => i.id === Number(id));
    return item ? new Item(this._emu, this._f, item) : null;
  }
  deleteItem(x: number | ItemBase): void {
    const index = typeof x === 'number' ? x : this._f.items.indexOf(x._item);
    if (index < 0 || index >= this._f.items.length) fail('Invalid argument: index');
    this._f.items.splice(index, 1);
  }
  moveItem(from: number | ItemBase, toIndex: number): Item {
    const index = typeof from === 'number' ? from : this._f.items.indexOf(from._item);
    if (index < 0 || index >= this._f.items.length || toIndex < 0 || toIndex >= this._f.items.length) fail('Invalid argument: index');
    const [item] = this._f.items.splice(index, 1);
    this._f.items.splice(toIndex, 0, item);
    return new Item(this._emu, this._f, item);
  }
  private _add<T>(type: ItemTypeName): T {
    const item: ItemModel = { id: this._emu.ids.nextNumber('item'), type, title: '', helpText: '', required: false, choices: [], validation: null };
    this._f.items.push(item);
    return new TYPED[type](this._emu, this._f, item) as T;
  }
  addCheckboxItem(): CheckboxItem {
    return this._add('CHECKBOX');
  }
  addMultipleChoiceItem(): MultipleChoiceItem {
    return this._add('MULTIPLE_CHOICE');
  }
  addListItem(): ListItem {
    return this._add('LIST');
  }
  addTextItem(): TextItem {
    return this._add('TEXT');
  }
  addParagraphTextItem(): ParagraphTextItem {
    return this._add('PARAGRAPH_TEXT');
  }
  addSectionHeaderItem(): SectionHeaderItem {
    return this._add('SECTION_HEADER');
  }
  addPageBreakItem(): PageBreakItem {
    return this._add('PAGE_BREAK');
  }
  getResponses(timestamp?: Date): FormResponse[] {
    const since = timestamp && isDate(timestamp) ? timestamp.getTime() : Number.NEGATIVE_INFINITY;
    return this._f.responses.filter((r) => r.timestamp >= since).map((r) => new FormResponse(this._emu, this._f, r));
  }
  getResponse(responseId: string): FormResponse {
    const r = this._f.responses.find((x) => x.id === String(responseId));
    if (!r) fail(`No response with ID ${responseId} exists for this form.`);
    return new FormResponse(this._emu, this._f, r);
  }
  createResponse(): FormResponse {
    return new FormResponse(this._emu, this._f, null, []);
  }
  deleteAllResponses(): Form {
    this._f.responses = [];
    return this;
  }
  deleteResponse(responseId: string): Form {
    this._f.responses = this._f.responses.filter((r) => r.id !== String(responseId));
    return this;
  }
}

export class FormAppImpl extends GasObject {
  static override gasType = 'Forms.FormApp';
  static override service = 'FormApp';
  readonly ItemType = ItemType;
  readonly EmailCollectionType = EmailCollectionType;
  readonly DestinationType = DestinationType;
  create(title: string): Form {
    this._emu.useQuota('docs');
    const id = this._emu.ids.next('form');
    const f: FormModel = {
      id,
      publishedId: `1FAIpQL${createHash('sha256').update(id).digest('base64url').slice(0, 49)}`,
      title: String(title),
      description: '',
      confirmation: '',
      emailCollection: 'DO_NOT_COLLECT',
      // Forms created by a script start unpublished (Google, 2025): call setPublished(true).
      published: false,
      accepting: true,
      limitOne: false,
      allowEdits: false,
      requireLogin: false,
      showLinkToRespondAgain: true,
      destination: null,
      items: [],
      responses: [],
      owner: this._emu.effectiveUser,
    };
    this._emu.forms.set(id, f);
    this._emu.drive.registerNative(id, f.title, 'application/vnd.google-apps.form', f.owner);
    return new Form(this._emu, f);
  }
  openById(id: string): Form {
    return new Form(this._emu, formOrFail(this._emu, id));
  }
  openByUrl(url: string): Form {
    const s = String(url);
    const direct = /\/forms\/d\/(?!e\/)([\w-]+)/.exec(s);
    if (direct) return this.openById(direct[1]);
    const published = /\/forms\/d\/e\/([\w-]+)/.exec(s);
    const f = published ? [...this._emu.forms.values()].find((x) => x.publishedId === published[1]) : undefined;
    if (!f) fail('Invalid argument: url');
    return new Form(this._emu, f);
  }
  getActiveForm(): Form | null {
    return null;
  }
  createCheckboxValidation(): CheckboxValidationBuilder {
    return new CheckboxValidationBuilder(this._emu);
  }
}

// ---- responses into the destination sheet ----------------------------------------------------

function headerFor(f: FormModel): string[] {
  const head = ['Timestamp'];
  if (f.emailCollection !== 'DO_NOT_COLLECT') head.push('Email Address');
  for (const i of f.items) if (ANSWERABLE.has(i.type)) head.push(i.title);
  return head;
}

function writeHeader(f: FormModel, sheet: Sheet): string[] {
  const existing: string[] = [];
  for (let c = 1; c <= sheet._maxCols; c++) {
    const v = sheet._raw(1, c);
    if (v === undefined || v === '') break;
    existing.push(String(v));
  }
  for (const h of headerFor(f)) if (!existing.includes(h)) existing.push(h);
  if (existing.length > sheet._maxCols) sheet._maxCols = existing.length;
  existing.forEach((h, i) => sheet._setRaw(1, i + 1, h));
  return existing;
}

function destinationSheet(emu: Emulator, f: FormModel): { ss: Spreadsheet; sheet: Sheet } | null {
  if (!f.destination) return null;
  const ss = emu.spreadsheets.get(f.destination.id);
  const sheet = ss?.getSheetByName(f.destination.sheetName);
  return ss && sheet ? { ss, sheet } : null;
}

function appendResponseRow(emu: Emulator, f: FormModel, r: ResponseModel): { range: Range; values: string[]; named: Record<string, string[]> } | null {
  const dest = destinationSheet(emu, f);
  if (!dest) return null;
  const { ss, sheet } = dest;
  const header = writeHeader(f, sheet);
  const row = sheet.getLastRow() + 1;
  if (row > sheet._maxRows) sheet._maxRows = row;
  const byTitle = new Map<string, string>();
  for (const [id, a] of r.answers) {
    const item = f.items.find((i) => i.id === id);
    if (item) byTitle.set(item.title, Array.isArray(a) ? a.join(', ') : a);
  }
  const values: string[] = [];
  const named: Record<string, string[]> = {};
  header.forEach((h, i) => {
    let v: string | Date;
    if (h === 'Timestamp') v = new Date(r.timestamp);
    else if (h === 'Email Address') v = r.email;
    else v = byTitle.get(h) ?? '';
    sheet._setRaw(row, i + 1, v === '' ? undefined : v);
    const shown = isDate(v) ? formatSimpleDate(v as Date, ss._timeZone, 'M/d/yyyy H:mm:ss') : String(v);
    values.push(shown);
    named[h] = [shown];
  });
  return { range: new Range(emu, sheet, row, 1, 1, header.length), values, named };
}

function recordResponse(emu: Emulator, f: FormModel, s: Submission, fromRespondent: boolean): ResponseModel {
  const answers: [number, string | string[]][] = [];
  const given = new Map<number, string | string[]>();
  for (const [k, v] of Object.entries(s.answers ?? {})) {
    const item = f.items.find((i) => String(i.id) === k) ?? f.items.find((i) => i.title === k);
    if (!item || !ANSWERABLE.has(item.type)) throw new Error(`Form "${f.title}" has no question "${k}"`);
    given.set(item.id, v);
  }
  for (const item of f.items) {
    if (!ANSWERABLE.has(item.type)) continue;
    const v = given.get(item.id);
    const empty = v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
    if (empty) {
      if (item.required && fromRespondent) throw new Error(`"${item.title}" is a required question`);
      continue;
    }
    if (item.type === 'CHECKBOX') {
      const picked = Array.isArray(v) ? v.map(String) : [String(v)];
      for (const p of picked) if (!item.choices.includes(p)) throw new Error(`"${p}" is not a choice of "${item.title}"`);
      const rule = item.validation;
      if (rule && fromRespondent) {
        const ok = rule.kind === 'exactly' ? picked.length === rule.n : rule.kind === 'atMost' ? picked.length <= rule.n : picked.length >= rule.n;
        if (!ok) throw new Error(rule.helpText || `${rule.kind === 'exactly' ? 'Select exactly' : rule.kind === 'atMost' ? 'Select at most' : 'Select at least'} ${rule.n} options`);
      }
      answers.push([item.id, picked]);
    } else if (item.type === 'MULTIPLE_CHOICE' || item.type === 'LIST') {
      if (Array.isArray(v)) throw new Error(`"${item.title}" takes one answer`);
      if (!item.choices.includes(String(v))) throw new Error(`"${v}" is not a choice of "${item.title}"`);
      answers.push([item.id, String(v)]);
    } else {
      answers.push([item.id, Array.isArray(v) ? v.join(', ') : String(v)]);
    }
  }
  const email = f.emailCollection === 'DO_NOT_COLLECT' ? '' : String(s.email ?? '');
  if (fromRespondent && f.limitOne && f.responses.some((r) => r.email === email)) throw new Error(`${email} has already responded to "${f.title}"`);
  const resp: ResponseModel = { id: `2_${emu.ids.next('response').slice(1, 40)}`, timestamp: (s.at ?? emu.now()).getTime(), email, answers };
  f.responses.push(resp);
  return resp;
}

/** The respondent side of a form (emulator API): validate, store, append, fire triggers. */
export function submitForm(emu: Emulator, formId: string, s: Submission): string {
  const f = emu.forms.get(String(formId));
  if (!f || emu.drive.isTrashed(f.id)) throw new Error(`No form with id ${formId}`);
  if (!f.published) throw new Error(`Form "${f.title}" is not published: respondents cannot open it`);
  if (!f.accepting) throw new Error(`Form "${f.title}" is no longer accepting responses`);
  if (f.emailCollection === 'VERIFIED' && !s.email) throw new Error(`Form "${f.title}" collects verified emails: the respondent must be signed in`);
  if (s.at) emu.advance(Math.max(0, s.at.getTime() - emu.nowMs()));
  const resp = recordResponse(emu, f, s, true);
  const row = appendResponseRow(emu, f, resp);
  for (const t of [...emu.triggers]) {
    if (t.eventType !== 'ON_FORM_SUBMIT') continue;
    let event: Record<string, unknown> | null = null;
    if (t.source === 'FORMS' && t.sourceId === f.id) {
      event = { authMode: 'FULL', response: new FormResponse(emu, f, resp), source: new Form(emu, f), triggerUid: t.id };
    } else if (t.source === 'SPREADSHEETS' && row && t.sourceId === f.destination?.id) {
      event = { authMode: 'FULL', range: row.range, values: row.values, namedValues: row.named, source: emu.spreadsheets.get(f.destination.id), triggerUid: t.id };
    }
    if (!event || !emu.hasBundle) continue;
    try {
      emu.run(t.handler, [event], { user: t.owner, authMode: 'FULL' });
    } catch (e) {
      emu.triggerErrors.push({ handler: t.handler, message: (e as Error).message, at: emu.now() });
    }
  }
  return resp.id;
}
