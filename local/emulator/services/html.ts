// HtmlService: HtmlOutput and HtmlTemplate with <?= ?>, <?!= ?> and <? ?> scriptlets evaluated in
// the bundle's realm (so templates can call the bundle's functions), and files from build/*.html.
import vm from 'node:vm';
import { GasObject, fail } from '../core/gas';
import type { Emulator } from '../emulator';

const XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });
const SandboxMode = Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' });

export class HtmlOutput extends GasObject {
  static override gasType = 'HTML.HtmlOutput';
  static override service = 'HtmlService';
  _title = '';
  _width: number | undefined;
  _height: number | undefined;
  _sandbox = 'IFRAME';
  _xframe = 'DEFAULT';
  readonly _meta: { name: string; content: string }[] = [];
  constructor(emu: Emulator, private _content = '') {
    super(emu);
  }
  getContent(): string {
    return this._content;
  }
  setContent(content: string): HtmlOutput {
    this._content = String(content);
    return this;
  }
  append(html: string): HtmlOutput {
    this._content += String(html);
    return this;
  }
  appendUntrusted(text: string): HtmlOutput {
    this._content += escapeHtml(String(text));
    return this;
  }
  clear(): HtmlOutput {
    this._content = '';
    return this;
  }
  setTitle(title: string): HtmlOutput {
    this._title = String(title);
    return this;
  }
  getTitle(): string {
    return this._title;
  }
  setWidth(width: number): HtmlOutput {
    this._width = Number(width);
    return this;
  }
  getWidth(): number {
    return this._width ?? 0;
  }
  setHeight(height: number): HtmlOutput {
    this._height = Number(height);
    return this;
  }
  getHeight(): number {
    return this._height ?? 0;
  }
  setSandboxMode(mode: string): HtmlOutput {
    this._sandbox = String(mode);
    return this;
  }
  setXFrameOptionsMode(mode: string): HtmlOutput {
    this._xframe = String(mode);
    return this;
  }
  addMetaTag(name: string, content: string): HtmlOutput {
    this._meta.push({ name: String(name), content: String(content) });
    return this;
  }
  setFaviconUrl(_url: string): HtmlOutput {
    return this;
  }
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Compiles a template to the JavaScript Apps Script would run (HtmlTemplate.getCode). */
export function compileTemplate(source: string): string {
  const parts: string[] = [];
  const re = /<\?(!?=)?([\s\S]*?)\?>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source))) {
    if (m.index > last) parts.push(`__out.push(${JSON.stringify(source.slice(last, m.index))});`);
    const code = m[2].trim();
    if (m[1] === '=') parts.push(`__out.push(__escape(String((${code}))));`);
    else if (m[1] === '!=') parts.push(`__out.push(String((${code})));`);
    else parts.push(code);
    last = re.lastIndex;
  }
  if (last < source.length) parts.push(`__out.push(${JSON.stringify(source.slice(last))});`);
  return parts.join('\n');
}

export class HtmlTemplate extends GasObject {
  static override gasType = 'HTML.HtmlTemplate';
  static override service = 'HtmlService';
  /** Properties scripts assign (template.data = ...) become variables of the scriptlets. */
  readonly _acceptsProperties = true;
  readonly _vars: Record<string, unknown> = {};
  constructor(emu: Emulator, readonly _source: string) {
    super(emu);
  }
  getRawContent(): string {
    return this._source;
  }
  getCode(): string {
    return compileTemplate(this._source);
  }
  evaluate(): HtmlOutput {
    const body = `(function(__vars, __escape){ var __out = []; with (__vars) {\n${compileTemplate(this._source)}\n} return __out.join(''); })`;
    const ctx = this._emu.bundleContext;
    const fn = (ctx ? vm.runInContext(body, ctx) : vm.runInNewContext(body, {})) as (vars: unknown, esc: (s: string) => string) => string;
    const vars = ctx ? vm.runInContext('({})', ctx) : {};
    Object.assign(vars, this._vars);
    return new HtmlOutput(this._emu, fn(vars, escapeHtml));
  }
}

export class HtmlServiceImpl extends GasObject {
  static override gasType = 'HTML.HtmlService';
  static override service = 'HtmlService';
  readonly XFrameOptionsMode = XFrameOptionsMode;
  readonly SandboxMode = SandboxMode;
  createHtmlOutput(html?: unknown): HtmlOutput {
    if (html instanceof HtmlTemplate) return html.evaluate();
    return new HtmlOutput(this._emu, html === undefined ? '' : String(html));
  }
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return new HtmlOutput(this._emu, this._file(filename));
  }
  createTemplate(html: string): HtmlTemplate {
    return new HtmlTemplate(this._emu, String(html));
  }
  createTemplateFromFile(filename: string): HtmlTemplate {
    return new HtmlTemplate(this._emu, this._file(filename));
  }
  private _file(name: string): string {
    const n = String(name).replace(/\.html$/, '');
    const content = this._emu.htmlFiles.get(n);
    if (content === undefined) fail(`No HTML file named ${n} was found.`);
    return content;
  }
}
