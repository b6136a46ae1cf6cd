// DocumentApp: a small element tree (Body, Paragraph, ListItem, Table, TableRow, TableCell, Text,
// PageBreak, HorizontalRule, InlineImage, header/footer sections) with replaceText's regular
// expressions, findText, copies, and saveAndClose semantics (getAs('application/pdf') shows the
// last saved state; a closed Document refuses edits).
import { GasObject, fail } from '../core/gas';
import type { Emulator } from '../emulator';
import { renderPdf } from '../persist/pdf';
import { User } from './session';
import { Blob } from './utilities';

export type ElementKind = 'BODY_SECTION' | 'HEADER_SECTION' | 'FOOTER_SECTION' | 'PARAGRAPH' | 'LIST_ITEM' | 'TABLE' | 'TABLE_ROW' | 'TABLE_CELL' | 'PAGE_BREAK' | 'HORIZONTAL_RULE' | 'INLINE_IMAGE' | 'TEXT';

export interface DocAttrs {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontSize?: number;
  fontFamily?: string;
  color?: string;
  background?: string;
  heading?: string;
  alignment?: string;
  glyph?: string;
  nesting?: number;
  borderWidth?: number;
  borderColor?: string;
  columnWidths?: Record<number, number>;
  width?: number;
  height?: number;
  link?: string;
}

export interface DocNode {
  kind: ElementKind;
  children: DocNode[];
  parent: DocNode | null;
  text: string;
  attrs: DocAttrs;
  image?: { base64: string; contentType: string };
}

export interface DocumentFile {
  id: string;
  name: string;
  owner: string;
  body: DocNode;
  header: DocNode | null;
  footer: DocNode | null;
  /** The state Drive sees (PDF export): the tree as of the last saveAndClose. */
  saved: { body: DocNode; header: DocNode | null; footer: DocNode | null };
  editors: string[];
  viewers: string[];
}

export const CLOSED_MESSAGE = 'Document is closed, its contents cannot be updated.';

export function node(kind: ElementKind, text = '', attrs: DocAttrs = {}): DocNode {
  return { kind, children: [], parent: null, text, attrs: { ...attrs } };
}

export function cloneNode(n: DocNode, parent: DocNode | null = null): DocNode {
  const c: DocNode = { kind: n.kind, children: [], parent, text: n.text, attrs: structuredClone(n.attrs), image: n.image ? { ...n.image } : undefined };
  c.children = n.children.map((k) => cloneNode(k, c));
  return c;
}

export function textOf(n: DocNode): string {
  switch (n.kind) {
    case 'PARAGRAPH':
    case 'LIST_ITEM':
    case 'TEXT':
      return n.text;
    case 'TABLE':
      return n.children.map(textOf).join('\n');
    case 'TABLE_ROW':
      return n.children.map(textOf).join('\t');
    case 'PAGE_BREAK':
    case 'HORIZONTAL_RULE':
    case 'INLINE_IMAGE':
      return '';
    default:
      return n.children.map(textOf).join('\n');
  }
}

/** Paragraph-like nodes in document order (where text lives). */
function textNodes(n: DocNode, out: DocNode[] = []): DocNode[] {
  if (n.kind === 'PARAGRAPH' || n.kind === 'LIST_ITEM') out.push(n);
  for (const c of n.children) textNodes(c, out);
  return out;
}

/**
 * Java's Matcher.replaceAll replacement syntax, which replaceText inherits: $n inserts group n,
 * \x inserts x literally, a "$" not followed by a digit is an error.
 */
function javaReplacement(replacement: string, match: RegExpExecArray): string {
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const ch = replacement[i];
    if (ch === '\\') {
      i++;
      if (i >= replacement.length) fail('character to be escaped is missing');
      out += replacement[i];
    } else if (ch === '$') {
      const m = /^\d+/.exec(replacement.slice(i + 1));
      if (!m) fail('Illegal group reference');
      const g = Number(m[0]);
      if (g >= match.length) fail(`No group ${g}`);
      out += match[g] ?? '';
      i += m[0].length;
    } else out += ch;
  }
  return out;
}

function compile(pattern: string): RegExp {
  try {
    return new RegExp(String(pattern), 'g');
  } catch (e) {
    fail(`Invalid regular expression pattern ${pattern}: ${(e as Error).message}`);
  }
}

function replaceIn(n: DocNode, pattern: string, replacement: string): void {
  const re = compile(pattern);
  for (const t of n.kind === 'TEXT' ? [n] : textNodes(n)) {
    let out = '';
    let last = 0;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t.text))) {
      out += t.text.slice(last, m.index) + javaReplacement(String(replacement), m);
      last = m.index + m[0].length;
      if (m[0].length === 0) re.lastIndex++;
    }
    if (last > 0 || out) t.text = out + t.text.slice(last);
  }
}

const ELEMENT_CLASS = new Map<ElementKind, new (emu: Emulator, doc: DocHandle, n: DocNode) => ElementBase>();

export interface DocHandle {
  file: DocumentFile;
  closed: boolean;
}

export function wrap(emu: Emulator, doc: DocHandle, n: DocNode): ElementBase {
  const C = ELEMENT_CLASS.get(n.kind);
  if (!C) fail(`Unknown element ${n.kind}`);
  return new C(emu, doc, n);
}

abstract class ElementBase extends GasObject {
  constructor(emu: Emulator, readonly _doc: DocHandle, readonly _node: DocNode) {
    super(emu);
  }
  protected _mut(): void {
    if (this._doc.closed) fail(CLOSED_MESSAGE);
  }
  getType(): string {
    return this._node.kind;
  }
  getParent(): ElementBase | null {
    return this._node.parent ? wrap(this._emu, this._doc, this._node.parent) : null;
  }
  removeFromParent(): this {
    this._mut();
    const p = this._node.parent;
    if (p) {
      p.children.splice(p.children.indexOf(this._node), 1);
      this._node.parent = null;
    }
    return this;
  }
  copy(): ElementBase {
    return wrap(this._emu, this._doc, cloneNode(this._node));
  }
  getNextSibling(): ElementBase | null {
    const p = this._node.parent;
    const s = p?.children[p.children.indexOf(this._node) + 1];
    return s ? wrap(this._emu, this._doc, s) : null;
  }
  getPreviousSibling(): ElementBase | null {
    const p = this._node.parent;
    const i = p ? p.children.indexOf(this._node) : -1;
    return p && i > 0 ? wrap(this._emu, this._doc, p.children[i - 1]) : null;
  }
  isAtDocumentEnd(): boolean {
    let n: DocNode = this._node;
    while (n.parent) {
      if (n.parent.children[n.parent.children.length - 1] !== n) return false;
      n = n.parent;
    }
    return true;
  }
  setAttributes(attributes: Record<string, unknown>): this {
    this._mut();
    const a = this._node.attrs;
    for (const [k, v] of Object.entries(attributes ?? {})) {
      if (k === 'BOLD') a.bold = Boolean(v);
      else if (k === 'ITALIC') a.italic = Boolean(v);
      else if (k === 'FONT_SIZE') a.fontSize = Number(v);
      else if (k === 'FOREGROUND_COLOR') a.color = String(v);
      else if (k === 'BACKGROUND_COLOR') a.background = String(v);
      else if (k === 'FONT_FAMILY') a.fontFamily = String(v);
      else if (k === 'HORIZONTAL_ALIGNMENT') a.alignment = String(v);
      else if (k === 'UNDERLINE') a.underline = Boolean(v);
    }
    return this;
  }
  getAttributes(): Record<string, unknown> {
    const a = this._node.attrs;
    return { BOLD: a.bold ?? null, ITALIC: a.italic ?? null, FONT_SIZE: a.fontSize ?? null, FOREGROUND_COLOR: a.color ?? null, BACKGROUND_COLOR: a.background ?? null, FONT_FAMILY: a.fontFamily ?? null, HORIZONTAL_ALIGNMENT: a.alignment ?? null, UNDERLINE: a.underline ?? null };
  }
  private _cast<T>(kind: ElementKind, name: string): T {
    if (this._node.kind !== kind) fail(`Cannot cast ${this._node.kind} to ${name}`);
    return wrap(this._emu, this._doc, this._node) as T;
  }
  asParagraph(): Paragraph {
    return this._cast('PARAGRAPH', 'Paragraph');
  }
  asListItem(): ListItem {
    return this._cast('LIST_ITEM', 'ListItem');
  }
  asTable(): Table {
    return this._cast('TABLE', 'Table');
  }
  asText(): Text {
    if (this._node.kind === 'PARAGRAPH' || this._node.kind === 'LIST_ITEM' || this._node.kind === 'TEXT') return new Text(this._emu, this._doc, this._node);
    return this._cast('TEXT', 'Text');
  }
}

abstract class ContainerBase extends ElementBase {
  getText(): string {
    return textOf(this._node);
  }
  getNumChildren(): number {
    if (this._node.kind === 'PARAGRAPH' || this._node.kind === 'LIST_ITEM') return this._node.text === '' ? 0 : 1;
    return this._node.children.length;
  }
  getChild(index: number): ElementBase {
    if (this._node.kind === 'PARAGRAPH' || this._node.kind === 'LIST_ITEM') {
      if (index !== 0 || this._node.text === '') fail(`Child index (${index}) must be less than the number of child elements (${this.getNumChildren()}).`);
      return new Text(this._emu, this._doc, this._node);
    }
    const c = this._node.children[index];
    if (!c) fail(`Child index (${index}) must be less than the number of child elements (${this._node.children.length}).`);
    return wrap(this._emu, this._doc, c);
  }
  getChildIndex(child: ElementBase): number {
    const i = this._node.children.indexOf(child._node);
    if (i < 0) fail('Element does not contain the specified child element.');
    return i;
  }
  removeChild(child: ElementBase): this {
    this._mut();
    const i = this._node.children.indexOf(child._node);
    if (i < 0) fail('Element does not contain the specified child element.');
    this._node.children.splice(i, 1);
    child._node.parent = null;
    return this;
  }
  clear(): this {
    this._mut();
    if (this._node.kind === 'PARAGRAPH' || this._node.kind === 'LIST_ITEM') this._node.text = '';
    else if (this._node.kind === 'TABLE' || this._node.kind === 'TABLE_ROW') for (const c of this._node.children) clearNode(c);
    else this._node.children = [attach(node('PARAGRAPH'), this._node)];
    return this;
  }
  replaceText(searchPattern: string, replacement: string): this {
    this._mut();
    replaceIn(this._node, searchPattern, replacement);
    return this;
  }
  findText(searchPattern: string, from?: RangeElement): RangeElement | null {
    return findIn(this._emu, this._doc, this._node, String(searchPattern), from);
  }
  editAsText(): Text {
    return new Text(this._emu, this._doc, this._node);
  }
}

function clearNode(n: DocNode): void {
  if (n.kind === 'TABLE_CELL') n.children = [attach(node('PARAGRAPH'), n)];
  else for (const c of n.children) clearNode(c);
}

function attach(child: DocNode, parent: DocNode, index?: number): DocNode {
  if (child.parent) fail('Element must be detached.');
  child.parent = parent;
  if (index === undefined) parent.children.push(child);
  else {
    if (index < 0 || index > parent.children.length) fail(`Child index (${index}) must not be greater than the number of child elements (${parent.children.length}).`);
    parent.children.splice(index, 0, child);
  }
  return child;
}

function findIn(emu: Emulator, doc: DocHandle, root: DocNode, pattern: string, from?: RangeElement): RangeElement | null {
  const nodes = root.kind === 'TEXT' ? [root] : textNodes(root);
  let startNode = 0;
  let startOffset = 0;
  if (from) {
    startNode = nodes.indexOf(from._node);
    startOffset = from._end + 1;
  }
  for (let i = Math.max(0, startNode); i < nodes.length; i++) {
    const re = compile(pattern);
    re.lastIndex = i === startNode ? startOffset : 0;
    const m = re.exec(nodes[i].text);
    if (m) return new RangeElement(emu, doc, nodes[i], m.index, m.index + m[0].length - 1);
  }
  return null;
}

export class RangeElement extends GasObject {
  static override gasType = 'Document.RangeElement';
  static override service = 'DocumentApp';
  constructor(emu: Emulator, readonly _doc: DocHandle, readonly _node: DocNode, readonly _start: number, readonly _end: number) {
    super(emu);
  }
  getElement(): Text {
    return new Text(this._emu, this._doc, this._node);
  }
  getStartOffset(): number {
    return this._start;
  }
  getEndOffsetInclusive(): number {
    return this._end;
  }
  isPartial(): boolean {
    return true;
  }
}

function contentNode(kind: 'PARAGRAPH' | 'LIST_ITEM', x: unknown): DocNode {
  if (x instanceof ElementBase) {
    if (x._node.kind !== kind) fail(`The parameters don't match the method signature for ${kind === 'PARAGRAPH' ? 'Paragraph' : 'ListItem'}.`);
    return x._node.parent ? cloneNode(x._node) : x._node;
  }
  return node(kind, x === undefined ? '' : String(x));
}

function tableNode(x: unknown): DocNode {
  if (x instanceof ElementBase) {
    if (x._node.kind !== 'TABLE') fail("The parameters don't match the method signature for Table.");
    return x._node.parent ? cloneNode(x._node) : x._node;
  }
  const t = node('TABLE');
  const rows = Array.isArray(x) ? (x as unknown[][]) : [];
  for (const r of rows) {
    const row = attach(node('TABLE_ROW'), t);
    for (const c of r) attach(node('PARAGRAPH', String(c ?? '')), attach(node('TABLE_CELL'), row));
  }
  return t;
}

function imageNode(blob: unknown): DocNode {
  if (!(blob instanceof Blob)) fail("The parameters don't match the method signature for appendImage.");
  const n = node('INLINE_IMAGE');
  n.image = { base64: blob._bytes.toString('base64'), contentType: blob._contentType ?? 'image/png' };
  const size = pngSize(blob._bytes);
  if (size) Object.assign(n.attrs, size);
  return n;
}

function pngSize(b: Buffer): { width: number; height: number } | undefined {
  if (b.length > 24 && b.readUInt32BE(0) === 0x89504e47) return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  return undefined;
}

abstract class SectionBase extends ContainerBase {
  appendParagraph(text: unknown): Paragraph {
    this._mut();
    return new Paragraph(this._emu, this._doc, attach(contentNode('PARAGRAPH', text), this._node));
  }
  insertParagraph(childIndex: number, text: unknown): Paragraph {
    this._mut();
    return new Paragraph(this._emu, this._doc, attach(contentNode('PARAGRAPH', text), this._node, childIndex));
  }
  appendListItem(text: unknown): ListItem {
    this._mut();
    return new ListItem(this._emu, this._doc, attach(contentNode('LIST_ITEM', text), this._node));
  }
  insertListItem(childIndex: number, text: unknown): ListItem {
    this._mut();
    return new ListItem(this._emu, this._doc, attach(contentNode('LIST_ITEM', text), this._node, childIndex));
  }
  appendTable(cells?: unknown): Table {
    this._mut();
    return new Table(this._emu, this._doc, attach(tableNode(cells), this._node));
  }
  insertTable(childIndex: number, cells?: unknown): Table {
    this._mut();
    return new Table(this._emu, this._doc, attach(tableNode(cells), this._node, childIndex));
  }
  appendHorizontalRule(): HorizontalRule {
    this._mut();
    const p = attach(node('PARAGRAPH'), this._node);
    return new HorizontalRule(this._emu, this._doc, attach(node('HORIZONTAL_RULE'), p));
  }
  appendImage(image: unknown): InlineImage {
    this._mut();
    const p = attach(node('PARAGRAPH'), this._node);
    return new InlineImage(this._emu, this._doc, attach(imageNode(image), p));
  }
  setText(text: string): this {
    this._mut();
    this._node.children = [];
    for (const line of String(text).split('\n')) attach(node('PARAGRAPH', line), this._node);
    return this;
  }
}

abstract class DocSectionBase extends SectionBase {
  getParagraphs(): Paragraph[] {
    return textNodes(this._node).filter((n) => n.kind === 'PARAGRAPH').map((n) => new Paragraph(this._emu, this._doc, n));
  }
  getTables(): Table[] {
    const out: Table[] = [];
    const walk = (n: DocNode) => {
      if (n.kind === 'TABLE') out.push(new Table(this._emu, this._doc, n));
      n.children.forEach(walk);
    };
    walk(this._node);
    return out;
  }
}

export class Body extends DocSectionBase {
  static override gasType = 'Document.Body';
  static override service = 'DocumentApp';
  appendPageBreak(): PageBreak {
    this._mut();
    const p = attach(node('PARAGRAPH'), this._node);
    return new PageBreak(this._emu, this._doc, attach(node('PAGE_BREAK'), p));
  }
}

export class HeaderSection extends DocSectionBase {
  static override gasType = 'Document.HeaderSection';
  static override service = 'DocumentApp';
}

export class FooterSection extends DocSectionBase {
  static override gasType = 'Document.FooterSection';
  static override service = 'DocumentApp';
}

abstract class ParagraphLike extends ContainerBase {
  setText(text: string): this {
    this._mut();
    this._node.text = String(text);
    return this;
  }
  appendText(text: string): Text {
    this._mut();
    this._node.text += String(text);
    return new Text(this._emu, this._doc, this._node);
  }
  setHeading(heading: string): this {
    this._mut();
    this._node.attrs.heading = String(heading);
    return this;
  }
  getHeading(): string {
    return this._node.attrs.heading ?? 'NORMAL';
  }
  setAlignment(alignment: string): this {
    this._mut();
    this._node.attrs.alignment = String(alignment);
    return this;
  }
  getAlignment(): string | null {
    return this._node.attrs.alignment ?? null;
  }
  appendPageBreak(): PageBreak {
    this._mut();
    return new PageBreak(this._emu, this._doc, attach(node('PAGE_BREAK'), this._node));
  }
  appendHorizontalRule(): HorizontalRule {
    this._mut();
    return new HorizontalRule(this._emu, this._doc, attach(node('HORIZONTAL_RULE'), this._node));
  }
}

export class Paragraph extends ParagraphLike {
  static override gasType = 'Document.Paragraph';
  static override service = 'DocumentApp';
}

export class ListItem extends ParagraphLike {
  static override gasType = 'Document.ListItem';
  static override service = 'DocumentApp';
  setGlyphType(glyphType: string): ListItem {
    this._node.attrs.glyph = String(glyphType);
    return this;
  }
  getGlyphType(): string {
    return this._node.attrs.glyph ?? 'BULLET';
  }
  setNestingLevel(level: number): ListItem {
    this._node.attrs.nesting = Number(level);
    return this;
  }
}

export class Table extends ContainerBase {
  static override gasType = 'Document.Table';
  static override service = 'DocumentApp';
  getNumRows(): number {
    return this._node.children.length;
  }
  getRow(rowIndex: number): TableRow {
    const r = this._node.children[rowIndex];
    if (!r) fail(`Child index (${rowIndex}) must be less than the number of child elements (${this._node.children.length}).`);
    return new TableRow(this._emu, this._doc, r);
  }
  getCell(rowIndex: number, cellIndex: number): TableCell {
    return this.getRow(rowIndex).getCell(cellIndex);
  }
  appendTableRow(row?: TableRow): TableRow {
    this._mut();
    const n = row ? (row._node.parent ? cloneNode(row._node) : row._node) : node('TABLE_ROW');
    return new TableRow(this._emu, this._doc, attach(n, this._node));
  }
  insertTableRow(childIndex: number, row?: TableRow): TableRow {
    this._mut();
    const n = row ? (row._node.parent ? cloneNode(row._node) : row._node) : node('TABLE_ROW');
    return new TableRow(this._emu, this._doc, attach(n, this._node, childIndex));
  }
  removeRow(rowIndex: number): TableRow {
    this._mut();
    const r = this.getRow(rowIndex);
    r.removeFromParent();
    return r;
  }
  setBorderWidth(width: number): Table {
    this._node.attrs.borderWidth = Number(width);
    return this;
  }
  setBorderColor(color: string): Table {
    this._node.attrs.borderColor = String(color);
    return this;
  }
  setColumnWidth(columnIndex: number, width: number): Table {
    this._node.attrs.columnWidths = { ...(this._node.attrs.columnWidths ?? {}), [columnIndex]: Number(width) };
    return this;
  }
}

export class TableRow extends ContainerBase {
  static override gasType = 'Document.TableRow';
  static override service = 'DocumentApp';
  getNumCells(): number {
    return this._node.children.length;
  }
  getCell(cellIndex: number): TableCell {
    const c = this._node.children[cellIndex];
    if (!c) fail(`Child index (${cellIndex}) must be less than the number of child elements (${this._node.children.length}).`);
    return new TableCell(this._emu, this._doc, c);
  }
  appendTableCell(x?: unknown): TableCell {
    this._mut();
    const cell = x instanceof ElementBase ? (x._node.parent ? cloneNode(x._node) : x._node) : node('TABLE_CELL');
    if (!(x instanceof ElementBase)) attach(node('PARAGRAPH', x === undefined ? '' : String(x)), cell);
    return new TableCell(this._emu, this._doc, attach(cell, this._node));
  }
}

export class TableCell extends SectionBase {
  static override gasType = 'Document.TableCell';
  static override service = 'DocumentApp';
  setBackgroundColor(color: string): TableCell {
    this._node.attrs.background = String(color);
    return this;
  }
}

export class Text extends ElementBase {
  static override gasType = 'Document.Text';
  static override service = 'DocumentApp';
  private _set(k: keyof DocAttrs, v: unknown): this {
    this._mut();
    (this._node.attrs as Record<string, unknown>)[k] = v;
    // Text styles apply to the whole paragraph or table in this emulator (no character runs).
    if (this._node.kind === 'TABLE' || this._node.kind === 'TABLE_ROW' || this._node.kind === 'TABLE_CELL') for (const t of textNodes(this._node)) (t.attrs as Record<string, unknown>)[k] = v;
    return this;
  }
  private _styleArgs(args: unknown[]): unknown {
    return args.length >= 3 ? args[2] : args[0];
  }
  getText(): string {
    return textOf(this._node);
  }
  setText(text: string): Text {
    this._mut();
    this._node.text = String(text);
    return this;
  }
  appendText(text: string): Text {
    this._mut();
    this._node.text += String(text);
    return this;
  }
  replaceText(searchPattern: string, replacement: string): Text {
    this._mut();
    replaceIn(this._node, searchPattern, replacement);
    return this;
  }
  findText(searchPattern: string, from?: RangeElement): RangeElement | null {
    return findIn(this._emu, this._doc, this._node, String(searchPattern), from);
  }
  editAsText(): Text {
    return this;
  }
  setBold(...args: unknown[]): Text {
    return this._set('bold', Boolean(this._styleArgs(args)));
  }
  isBold(): boolean | null {
    return this._node.attrs.bold ?? null;
  }
  setItalic(...args: unknown[]): Text {
    return this._set('italic', Boolean(this._styleArgs(args)));
  }
  setUnderline(...args: unknown[]): Text {
    return this._set('underline', Boolean(this._styleArgs(args)));
  }
  setFontSize(...args: unknown[]): Text {
    return this._set('fontSize', Number(this._styleArgs(args)));
  }
  setFontFamily(...args: unknown[]): Text {
    return this._set('fontFamily', String(this._styleArgs(args)));
  }
  setForegroundColor(...args: unknown[]): Text {
    return this._set('color', String(this._styleArgs(args)));
  }
  setBackgroundColor(...args: unknown[]): Text {
    return this._set('background', String(this._styleArgs(args)));
  }
  setLinkUrl(...args: unknown[]): Text {
    return this._set('link', String(this._styleArgs(args)));
  }
}

export class PageBreak extends ElementBase {
  static override gasType = 'Document.PageBreak';
  static override service = 'DocumentApp';
}

export class HorizontalRule extends ElementBase {
  static override gasType = 'Document.HorizontalRule';
  static override service = 'DocumentApp';
}

export class InlineImage extends ElementBase {
  static override gasType = 'Document.InlineImage';
  static override service = 'DocumentApp';
  getBlob(): Blob {
    const img = this._node.image;
    return new Blob(this._emu, Buffer.from(img?.base64 ?? '', 'base64'), img?.contentType ?? 'image/png', 'image');
  }
  setWidth(width: number): InlineImage {
    this._node.attrs.width = Number(width);
    return this;
  }
  setHeight(height: number): InlineImage {
    this._node.attrs.height = Number(height);
    return this;
  }
}

for (const [k, C] of [
  ['BODY_SECTION', Body], ['HEADER_SECTION', HeaderSection], ['FOOTER_SECTION', FooterSection], ['PARAGRAPH', Paragraph], ['LIST_ITEM', ListItem],
  ['TABLE', Table], ['TABLE_ROW', TableRow], ['TABLE_CELL', TableCell], ['TEXT', Text], ['PAGE_BREAK', PageBreak], ['HORIZONTAL_RULE', HorizontalRule], ['INLINE_IMAGE', InlineImage],
] as const) ELEMENT_CLASS.set(k, C as unknown as new (emu: Emulator, doc: DocHandle, n: DocNode) => ElementBase);

export class Document extends GasObject {
  static override gasType = 'Document.Document';
  static override service = 'DocumentApp';
  constructor(emu: Emulator, readonly _h: DocHandle) {
    super(emu);
  }
  getId(): string {
    return this._h.file.id;
  }
  getName(): string {
    return this._h.file.name;
  }
  setName(name: string): Document {
    this._h.file.name = String(name);
    this._emu.drive.rename(this._h.file.id, this._h.file.name);
    return this;
  }
  getUrl(): string {
    return `https://docs.google.com/document/d/${this._h.file.id}/edit`;
  }
  getBody(): Body {
    return new Body(this._emu, this._h, this._h.file.body);
  }
  getHeader(): HeaderSection | null {
    return this._h.file.header ? new HeaderSection(this._emu, this._h, this._h.file.header) : null;
  }
  addHeader(): HeaderSection {
    if (this._h.file.header) fail('Document tab already contains a header.');
    this._h.file.header = node('HEADER_SECTION');
    attach(node('PARAGRAPH'), this._h.file.header);
    return new HeaderSection(this._emu, this._h, this._h.file.header);
  }
  getFooter(): FooterSection | null {
    return this._h.file.footer ? new FooterSection(this._emu, this._h, this._h.file.footer) : null;
  }
  addFooter(): FooterSection {
    if (this._h.file.footer) fail('Document tab already contains a footer.');
    this._h.file.footer = node('FOOTER_SECTION');
    attach(node('PARAGRAPH'), this._h.file.footer);
    return new FooterSection(this._emu, this._h, this._h.file.footer);
  }
  saveAndClose(): void {
    saveDocument(this._h.file);
    this._h.closed = true;
  }
  getAs(contentType: string): Blob {
    return renderDocument(this._emu, this._h.file.id, contentType);
  }
  getBlob(): Blob {
    return renderDocument(this._emu, this._h.file.id, 'application/pdf');
  }
  addEditor(user: string | User): Document {
    this._emu.drive.get(this._h.file.id)?.editors.add(user instanceof User ? user._email : String(user));
    return this;
  }
  addEditors(users: string[]): Document {
    for (const u of users) this.addEditor(u);
    return this;
  }
  addViewer(user: string | User): Document {
    this._emu.drive.get(this._h.file.id)?.viewers.add(user instanceof User ? user._email : String(user));
    return this;
  }
  addViewers(users: string[]): Document {
    for (const u of users) this.addViewer(u);
    return this;
  }
  getViewers(): User[] {
    return [...(this._emu.drive.get(this._h.file.id)?.viewers ?? [])].map((e) => new User(this._emu, e));
  }
  getEditors(): User[] {
    return [...(this._emu.drive.get(this._h.file.id)?.editors ?? [])].map((e) => new User(this._emu, e));
  }
}

export function saveDocument(f: DocumentFile): void {
  f.saved = { body: cloneNode(f.body), header: f.header ? cloneNode(f.header) : null, footer: f.footer ? cloneNode(f.footer) : null };
}

export function renderDocument(emu: Emulator, id: string, contentType: string | undefined): Blob {
  const f = emu.documents.get(id);
  if (!f) fail('Document not found');
  const type = contentType ?? 'application/pdf';
  if (type !== 'application/pdf') fail(`Converting from application/vnd.google-apps.document to ${type} is not supported.`);
  return new Blob(emu, renderPdf(f.name, f.saved), 'application/pdf', `${f.name}.pdf`);
}

export function newDocumentFile(emu: Emulator, name: string): DocumentFile {
  const id = emu.ids.next('document');
  const body = node('BODY_SECTION');
  attach(node('PARAGRAPH'), body);
  const f: DocumentFile = { id, name, owner: emu.effectiveUser, body, header: null, footer: null, saved: { body: cloneNode(body), header: null, footer: null }, editors: [], viewers: [] };
  emu.documents.set(id, f);
  emu.drive.registerNative(id, name, 'application/vnd.google-apps.document', f.owner);
  return f;
}

const enumOf = (...names: string[]) => Object.freeze(Object.fromEntries(names.map((n) => [n, n])));

export class DocumentAppImpl extends GasObject {
  static override gasType = 'Document.DocumentApp';
  static override service = 'DocumentApp';
  readonly ParagraphHeading = enumOf('NORMAL', 'HEADING1', 'HEADING2', 'HEADING3', 'HEADING4', 'HEADING5', 'HEADING6', 'TITLE', 'SUBTITLE');
  readonly HorizontalAlignment = enumOf('LEFT', 'CENTER', 'RIGHT', 'JUSTIFY');
  readonly VerticalAlignment = enumOf('BOTTOM', 'CENTER', 'TOP');
  readonly GlyphType = enumOf('BULLET', 'HOLLOW_BULLET', 'SQUARE_BULLET', 'NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER');
  readonly ElementType = enumOf('BODY_SECTION', 'COMMENT_SECTION', 'DATE', 'EQUATION', 'EQUATION_FUNCTION', 'FOOTER_SECTION', 'FOOTNOTE', 'HEADER_SECTION', 'HORIZONTAL_RULE', 'INLINE_DRAWING', 'INLINE_IMAGE', 'LIST_ITEM', 'PAGE_BREAK', 'PARAGRAPH', 'PERSON', 'RICH_LINK', 'TABLE', 'TABLE_CELL', 'TABLE_OF_CONTENTS', 'TABLE_ROW', 'TEXT', 'UNSUPPORTED');
  readonly Attribute = enumOf('BACKGROUND_COLOR', 'BOLD', 'FONT_FAMILY', 'FONT_SIZE', 'FOREGROUND_COLOR', 'HORIZONTAL_ALIGNMENT', 'ITALIC', 'UNDERLINE', 'HEADING');
  create(name: string): Document {
    this._emu.useQuota('docs');
    return new Document(this._emu, { file: newDocumentFile(this._emu, String(name)), closed: false });
  }
  openById(id: string): Document {
    const f = this._emu.documents.get(String(id));
    if (!f || this._emu.drive.isTrashed(f.id)) fail('No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.');
    return new Document(this._emu, { file: f, closed: false });
  }
  openByUrl(url: string): Document {
    const m = /\/document\/d\/([\w-]+)/.exec(String(url));
    if (!m) fail('Invalid argument: url');
    return this.openById(m[1]);
  }
  getActiveDocument(): Document | null {
    return null;
  }
}
