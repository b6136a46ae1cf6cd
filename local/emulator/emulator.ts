// The emulator's state and its execution model: users, the simulated clock, executions with their
// 6-minute limit, auth modes, counting, and the globals (SpreadsheetApp, ...) the bundle sees.
import { performance } from 'node:perf_hooks';
import type vm from 'node:vm';
import { Bridge, GasException, type Realm } from './core/gas';
import { IdSource } from './core/ids';
import { CallFrame, type CallStats, type ExecutionRecord, type StatsReport, addCall, emptyCallStats } from './core/stats';
import { CacheApp, type CacheEntry } from './services/cache';
import { ChartsApp } from './services/charts';
import { DocumentAppImpl, type DocumentFile, cloneNode, newDocumentFile, renderDocument, saveDocument } from './services/document';
import { DriveAppImpl, DriveStore } from './services/drive';
import { FormAppImpl, type FormModel, type Submission, submitForm } from './services/forms';
import { HtmlServiceImpl } from './services/html';
import { LockApp, type LockState } from './services/lock';
import { MailAppImpl, type SentMail } from './services/mail';
import { PropertiesApp } from './services/properties';
import { ScriptAppImpl, type TriggerRecord, fireTimeTriggers } from './services/script';
import { SessionImpl } from './services/session';
import { type UiRecord, newUiRecord } from './services/ui';
import { ConsoleImpl, LoggerImpl, UtilitiesImpl } from './services/utilities';
import { Spreadsheet } from './spreadsheet/spreadsheet';
import { SpreadsheetAppImpl } from './spreadsheet/spreadsheetApp';

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export interface EmulatorOptions {
  /** Start of the simulated clock (default: the real time now). */
  start?: Date;
  /** Owner of the active spreadsheet and default active user. */
  owner?: string;
  /** Editors of the active spreadsheet besides the owner. */
  editors?: string[];
  spreadsheetName?: string;
  /** 'workspace' (default) or 'consumer': picks the daily quotas. */
  accountType?: 'workspace' | 'consumer';
  /** Script and spreadsheet time zone (default 'Asia/Almaty'). */
  timeZone?: string;
  /** Spreadsheet locale (default 'ru_RU'). */
  spreadsheetLocale?: string;
  /** Language of users without their own setting (Session.getActiveUserLocale), default 'en'. */
  defaultUserLocale?: string;
  /** Apply add-on trigger rules (one trigger of each type per user and document, hourly at most). Default true. */
  addon?: boolean;
  /** Let the bundle's Date.now()/new Date() follow the simulated clock. Default true. */
  simulatedDateInBundle?: boolean;
  /** Count the bundle's own CPU time into the simulated clock. Default true. */
  includeCpuTime?: boolean;
  /** Execution limit, ms (default 6 minutes). */
  maxExecutionMs?: number;
  /** Seed for ids. */
  seed?: string;
  /** Create an empty active spreadsheet (default true). */
  createSpreadsheet?: boolean;
}

export interface RunOptions {
  /** Active user for this execution (default: the current active user). */
  user?: string;
  /** User the script runs as (installable triggers run as their owner). Default: user. */
  effectiveUser?: string;
  authMode?: AuthMode;
}

export interface Execution {
  fn: string;
  user: string;
  effectiveUser: string;
  authMode: AuthMode;
  startClock: number;
  realStart: number;
  emulatorReal: number;
  stats: CallStats;
  locks: Set<string>;
  killed: boolean;
  error?: string;
  /** Concurrent executions (local/emulator/concurrent): this execution's own simulated clock. */
  clock?: number;
  /** Concurrent executions: the bundle's own time as measured in its worker (replaces real-time CPU). */
  remoteCpuMs?: number;
}

/** Runs a bundle global somewhere else (the concurrent harness's worker threads); used by run() when no bundle is loaded here. */
export type RemoteRunner = (fn: string, args: unknown[], opts: RunOptions) => unknown;

export interface LockViolation {
  execution: string;
  call: string;
  user: string;
}

const NONE_ALLOWED = /^SpreadsheetApp\.(getUi|Ui\.\w+|Menu\.\w+)$|^(HtmlService|Utilities|Logger|console)\./;
const LIMITED_REFUSED = /^(DriveApp|FormApp|DocumentApp|MailApp|ScriptApp\.(newTrigger|getProjectTriggers|getUserTriggers|deleteTrigger))|^SpreadsheetApp\.(openById|openByUrl|create)$/;
const SCOPES: Record<string, string> = {
  SpreadsheetApp: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  PropertiesService: 'https://www.googleapis.com/auth/script.storage',
  CacheService: 'https://www.googleapis.com/auth/script.storage',
  LockService: 'https://www.googleapis.com/auth/script.storage',
  DriveApp: 'https://www.googleapis.com/auth/drive.file',
  FormApp: 'https://www.googleapis.com/auth/forms',
  DocumentApp: 'https://www.googleapis.com/auth/documents',
  MailApp: 'https://www.googleapis.com/auth/script.send_mail',
  ScriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  Session: 'https://www.googleapis.com/auth/userinfo.email',
};
const SHEET_DATA_CALL = /^SpreadsheetApp\.(Range|Sheet)\.(get(Values|Value|DisplayValues?|Formulas?|LastRow|LastColumn|DataRange)|set\w+|appendRow|clear\w*|insert\w+|delete\w+)$/;

export const TIMEOUT_MESSAGE = 'Exceeded maximum execution time';

export class Emulator {
  readonly options: Required<Omit<EmulatorOptions, 'start' | 'editors'>> & { editors: string[] };
  readonly ids: IdSource;
  readonly bridge: Bridge;
  readonly drive: DriveStore;
  readonly spreadsheets = new Map<string, Spreadsheet>();
  readonly forms = new Map<string, FormModel>();
  readonly documents = new Map<string, DocumentFile>();
  readonly outbox: SentMail[] = [];
  readonly triggers: TriggerRecord[] = [];
  readonly locks = new Map<string, LockState>();
  readonly properties = { script: new Map<string, string>(), document: new Map<string, Map<string, string>>(), user: new Map<string, Map<string, string>>() };
  readonly caches = new Map<string, Map<string, CacheEntry>>();
  readonly ui: UiRecord = newUiRecord();
  readonly logs: { level: string; message: string; at: Date }[] = [];
  readonly lockViolations: LockViolation[] = [];
  /** Errors thrown by trigger handlers the emulator fired (Apps Script logs them; the event still happens). */
  readonly triggerErrors: { handler: string; message: string; at: Date }[] = [];
  readonly quotaUse = new Map<string, number>();
  readonly htmlFiles = new Map<string, string>();
  /** Free-form state other modules keep in the workbook's __gas_state (e.g. ids of made files). */
  readonly workbookExtras: Record<string, unknown> = {};
  /** Copies native files for File.makeCopy, by MIME type (set by the services that own them). */
  readonly driveCopiers = new Map<string, (id: string, name: string) => string>();
  /** Documents where the add-on has been enabled (onOpen then runs in LIMITED, not NONE). */
  readonly addonEnabledIn = new Set<string>();
  /** Record every sheet read/write made without the document lock (see docs/emulator.md). */
  checkLockDiscipline = false;
  /** The vm context of the loaded bundle (set by loadBundle). */
  bundleContext: vm.Context | undefined;
  /** Set by the concurrent harness: run() (and so form-submit and clock triggers) dispatch there. */
  remoteRunner: RemoteRunner | undefined;
  activeSpreadsheet: Spreadsheet | undefined;
  activeUser: string;
  readonly userLocales = new Map<string, string>();

  private clockMs: number;
  private readonly frames: CallFrame[] = [];
  private readonly execStack: Execution[] = [];
  private totals: CallStats = emptyCallStats();
  private totalCpuMs = 0;
  private records: ExecutionRecord[] = [];
  private invoker: ((fn: string, args: unknown[]) => unknown) | undefined;
  private globalsCache: Record<string, unknown> | undefined;

  constructor(options: EmulatorOptions = {}) {
    const owner = options.owner ?? 'registrar@university.edu';
    this.options = {
      owner,
      editors: options.editors ?? [],
      spreadsheetName: options.spreadsheetName ?? 'Registrar',
      accountType: options.accountType ?? 'workspace',
      timeZone: options.timeZone ?? 'Asia/Almaty',
      spreadsheetLocale: options.spreadsheetLocale ?? 'ru_RU',
      defaultUserLocale: options.defaultUserLocale ?? 'en',
      addon: options.addon ?? true,
      simulatedDateInBundle: options.simulatedDateInBundle ?? true,
      includeCpuTime: options.includeCpuTime ?? true,
      maxExecutionMs: options.maxExecutionMs ?? 6 * 60 * 1000,
      seed: options.seed ?? 'gas-emulator',
      createSpreadsheet: options.createSpreadsheet ?? true,
    };
    this.clockMs = (options.start ?? new Date()).getTime();
    this.ids = new IdSource(this.options.seed);
    this.bridge = new Bridge(this);
    this.drive = new DriveStore(this);
    this.activeUser = owner;
    this.drive.renderers.set('application/vnd.google-apps.document', (id, mime) => renderDocument(this, id, mime));
    this.driveCopiers.set('application/vnd.google-apps.document', (id, name) => {
      const from = this.documents.get(id);
      if (!from) throw new GasException('Document not found');
      this.useQuota('docs');
      const copy = newDocumentFile(this, name);
      copy.body = cloneNode(from.saved.body);
      copy.header = from.saved.header ? cloneNode(from.saved.header) : null;
      copy.footer = from.saved.footer ? cloneNode(from.saved.footer) : null;
      saveDocument(copy);
      return copy.id;
    });
    if (this.options.createSpreadsheet) {
      const ss = Spreadsheet.create(this, this.options.spreadsheetName, owner);
      for (const e of this.options.editors) ss._editors.add(e);
      this.activeSpreadsheet = ss;
    }
  }

  // ---- clock -------------------------------------------------------------------------------

  /** The simulated time now, in ms since the epoch. */
  nowMs(): number {
    const exec = this.exec;
    if (exec && this.options.includeCpuTime) return this.clockMs + this.cpuSoFar(exec);
    return this.clockMs;
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  /** Moves the simulated clock forward (e.g. "a day later"). */
  advance(ms: number): void {
    this.clockMs += Math.max(0, ms);
  }

  private cpuSoFar(exec: Execution): number {
    if (exec.remoteCpuMs !== undefined) return exec.remoteCpuMs;
    return Math.max(0, performance.now() - exec.realStart - exec.emulatorReal);
  }

  // ---- users -------------------------------------------------------------------------------

  setActiveUser(email: string, locale?: string): void {
    this.activeUser = email;
    if (locale) this.userLocales.set(email, locale);
  }

  setUserLocale(email: string, locale: string): void {
    this.userLocales.set(email, locale);
  }

  userLocale(email: string): string {
    return this.userLocales.get(email) ?? this.options.defaultUserLocale;
  }

  /** The user the script runs as right now. */
  get effectiveUser(): string {
    return this.exec?.effectiveUser ?? this.activeUser;
  }

  get currentUser(): string {
    return this.exec?.user ?? this.activeUser;
  }

  get exec(): Execution | undefined {
    return this.execStack[this.execStack.length - 1];
  }

  get authMode(): AuthMode {
    return this.exec?.authMode ?? 'FULL';
  }

  // ---- realm and bundle --------------------------------------------------------------------

  setRealm(realm: Realm): void {
    this.bridge.realm = realm;
  }

  setInvoker(invoke: (fn: string, args: unknown[]) => unknown): void {
    this.invoker = invoke;
  }

  get hasBundle(): boolean {
    return this.invoker !== undefined || this.remoteRunner !== undefined;
  }

  /** The Apps Script globals, as the bundle sees them. */
  globals(): Record<string, unknown> {
    if (this.globalsCache) return this.globalsCache;
    const b = this.bridge;
    this.globalsCache = {
      SpreadsheetApp: b.expose(new SpreadsheetAppImpl(this)),
      HtmlService: b.expose(new HtmlServiceImpl(this)),
      PropertiesService: b.expose(new PropertiesApp(this)),
      CacheService: b.expose(new CacheApp(this)),
      LockService: b.expose(new LockApp(this)),
      ScriptApp: b.expose(new ScriptAppImpl(this)),
      Session: b.expose(new SessionImpl(this)),
      Utilities: b.expose(new UtilitiesImpl(this)),
      Logger: b.expose(new LoggerImpl(this)),
      console: b.expose(new ConsoleImpl(this)),
      FormApp: b.expose(new FormAppImpl(this)),
      DocumentApp: b.expose(new DocumentAppImpl(this)),
      DriveApp: b.expose(new DriveAppImpl(this)),
      MailApp: b.expose(new MailAppImpl(this)),
      Charts: b.expose(new ChartsApp(this)),
    };
    return this.globalsCache;
  }

  // ---- executions --------------------------------------------------------------------------

  /** Calls a global function of the loaded bundle as one execution; returns host values. */
  run(fn: string, args: unknown[] = [], opts: RunOptions = {}): unknown {
    const invoke = this.invoker;
    if (!invoke && this.remoteRunner) return this.remoteRunner(fn, args, opts);
    if (!invoke) throw new Error('No bundle loaded: call loadBundle(emulator, dir) first');
    return this.execute(fn, opts, () => invoke(fn, args.map((a) => this.bridge.toBundle(a))));
  }

  /** A new execution of `label` starting at `startClock` (simulated ms), nothing counted yet. */
  private newExecution(label: string, opts: RunOptions, startClock: number): Execution {
    const user = opts.user ?? this.activeUser;
    return { fn: label, user, effectiveUser: opts.effectiveUser ?? user, authMode: opts.authMode ?? 'FULL', startClock, realStart: performance.now(), emulatorReal: 0, stats: emptyCallStats(), locks: new Set(), killed: false };
  }

  /** Runs `body` as one execution of `label` (used by run, triggers and tests of services). */
  execute<T>(label: string, opts: RunOptions, body: () => T): T {
    const exec = this.newExecution(label, opts, this.clockMs);
    const user = exec.user;
    this.execStack.push(exec);
    let result: T;
    try {
      result = body();
      if (exec.killed) throw new GasException(TIMEOUT_MESSAGE);
      return this.bridge.fromBundle(result) as T;
    } catch (e) {
      exec.error = exec.killed ? TIMEOUT_MESSAGE : e instanceof Error || (e && typeof e === 'object' && 'message' in e) ? String((e as Error).message) : String(e);
      if (exec.killed) throw new GasException(TIMEOUT_MESSAGE);
      throw e;
    } finally {
      const cpu = this.options.includeCpuTime ? this.cpuSoFar(exec) : 0;
      this.execStack.pop();
      this.clockMs += cpu;
      this.totalCpuMs += cpu;
      for (const key of exec.locks) this.locks.delete(key);
      // Apps Script saves open documents when the script ends.
      if (this.execStack.length === 0) for (const d of this.documents.values()) saveDocument(d);
      this.records.push({
        ...exec.stats,
        fn: label,
        user,
        authMode: exec.authMode,
        startedAt: new Date(exec.startClock).toISOString(),
        cpuMs: cpu,
        elapsedMs: this.clockMs - exec.startClock,
        error: exec.error,
      });
    }
  }

  // ---- concurrent executions (local/emulator/concurrent) --------------------------------------

  /** Concurrent executions open now (their bodies run in worker threads). */
  private readonly openRemote = new Set<Execution>();

  /** Starts an execution whose body runs elsewhere; it keeps its own clock, starting at `startAt` (default: now). */
  openExecution(label: string, opts: RunOptions, startAt = this.clockMs): Execution {
    const exec: Execution = { ...this.newExecution(label, opts, startAt), clock: startAt, remoteCpuMs: 0 };
    this.openRemote.add(exec);
    return exec;
  }

  /** Runs `fn` (service calls) as `exec`, on its own clock. */
  inExecution<T>(exec: Execution, fn: () => T): T {
    const saved = this.clockMs;
    this.clockMs = exec.clock ?? saved;
    this.execStack.push(exec);
    try {
      return fn();
    } finally {
      this.execStack.pop();
      exec.clock = this.clockMs;
      this.clockMs = saved;
    }
  }

  /** Ends an execution opened by openExecution: releases its locks, records it; returns its end clock. */
  closeExecution(exec: Execution, error?: string): number {
    this.openRemote.delete(exec);
    const cpu = exec.remoteCpuMs ?? 0;
    const end = (exec.clock ?? this.clockMs) + cpu;
    this.totalCpuMs += cpu;
    if (exec.killed) exec.error = TIMEOUT_MESSAGE;
    else if (error !== undefined) exec.error = error;
    for (const key of exec.locks) this.locks.delete(key);
    exec.locks.clear();
    if (this.openRemote.size === 0 && this.execStack.length === 0) for (const d of this.documents.values()) saveDocument(d);
    this.records.push({
      ...exec.stats,
      fn: exec.fn,
      user: exec.user,
      authMode: exec.authMode,
      startedAt: new Date(exec.startClock).toISOString(),
      cpuMs: cpu,
      elapsedMs: end - exec.startClock,
      error: exec.error,
    });
    return end;
  }

  /** Calls a bundle global inside the current execution (triggers fired by the emulator). */
  invokeGlobal(fn: string, args: unknown[]): unknown {
    if (!this.invoker) throw new Error(`No bundle loaded to call ${fn}`);
    return this.invoker(fn, args.map((a) => this.bridge.toBundle(a)));
  }

  /** Every service call from the bundle goes through here (see Bridge.expose). */
  _call(key: string, thunk: () => unknown): unknown {
    const exec = this.exec;
    if (exec) {
      if (exec.killed) throw this.bridge.toRealmError(new GasException(TIMEOUT_MESSAGE));
      this.checkAuth(key, exec.authMode);
      if (this.nowMs() - exec.startClock > this.options.maxExecutionMs) {
        exec.killed = true;
        throw this.bridge.toRealmError(new GasException(TIMEOUT_MESSAGE));
      }
      if (this.checkLockDiscipline && SHEET_DATA_CALL.test(key) && !this.holdsDocumentLock(exec)) {
        this.lockViolations.push({ execution: exec.fn, call: key, user: exec.effectiveUser });
      }
    }
    const frame = new CallFrame(key);
    this.frames.push(frame);
    const t0 = performance.now();
    try {
      return this.bridge.toBundle(thunk());
    } catch (e) {
      throw this.bridge.toRealmError(e);
    } finally {
      this.frames.pop();
      const ms = frame.cost();
      addCall(this.totals, frame, ms);
      if (exec) addCall(exec.stats, frame, ms);
      this.clockMs += ms;
      if (exec && this.frames.length === 0) exec.emulatorReal += performance.now() - t0;
    }
  }

  private holdsDocumentLock(exec: Execution): boolean {
    for (const k of exec.locks) if (k.startsWith('document:')) return true;
    return false;
  }

  private checkAuth(key: string, mode: AuthMode): void {
    if (mode === 'FULL') return;
    const refused = mode === 'NONE' ? !NONE_ALLOWED.test(key) : LIMITED_REFUSED.test(key);
    if (!refused) return;
    const parts = key.split('.');
    const name = parts.length === 3 ? `${parts[1]}.${parts[2]}` : key;
    const scope = SCOPES[parts[0]];
    throw new GasException(`You do not have permission to call ${name}.${scope ? ` Required permissions: ${scope}` : ''}`);
  }

  /** Attribute cells read/written to the service call in progress. */
  countCells(read: number, written: number): void {
    const frame = this.frames[this.frames.length - 1];
    if (!frame) return;
    frame.cellsRead += read;
    frame.cellsWritten += written;
  }

  /** Adds simulated time (Utilities.sleep, lock waits). */
  spend(ms: number): void {
    this.clockMs += ms;
    const exec = this.exec;
    if (exec && this.nowMs() - exec.startClock > this.options.maxExecutionMs) exec.killed = true;
  }

  // ---- quotas ------------------------------------------------------------------------------

  /** Counts one use of a daily quota; throws the Apps Script message when exceeded. */
  useQuota(kind: 'docs' | 'spreadsheets' | 'email' | 'forms', amount = 1): void {
    const consumer = this.options.accountType === 'consumer';
    const limits = { docs: consumer ? 250 : 1500, spreadsheets: consumer ? 250 : 3200, email: consumer ? 100 : 1500, forms: consumer ? 250 : 1500 };
    const names = { docs: 'docs create', spreadsheets: 'spreadsheets create', email: 'email', forms: 'forms create' };
    const day = Math.floor(this.nowMs() / 86400000);
    const key = `${kind}:${this.effectiveUser}:${day}`;
    const used = this.quotaUse.get(key) ?? 0;
    if (used + amount > limits[kind]) throw new GasException(`Service invoked too many times for one day: ${names[kind]}.`);
    this.quotaUse.set(key, used + amount);
  }

  remainingQuota(kind: 'docs' | 'spreadsheets' | 'email' | 'forms'): number {
    const consumer = this.options.accountType === 'consumer';
    const limits = { docs: consumer ? 250 : 1500, spreadsheets: consumer ? 250 : 3200, email: consumer ? 100 : 1500, forms: consumer ? 250 : 1500 };
    const day = Math.floor(this.nowMs() / 86400000);
    return limits[kind] - (this.quotaUse.get(`${kind}:${this.effectiveUser}:${day}`) ?? 0);
  }

  // ---- emulator-only API -------------------------------------------------------------------

  stats(): StatsReport {
    const t = this.totals;
    return {
      calls: { ...t.calls },
      totalCalls: t.totalCalls,
      cellsRead: t.cellsRead,
      cellsWritten: t.cellsWritten,
      simulatedMs: t.simulatedMs,
      executions: this.records.length,
      cpuMs: this.totalCpuMs,
      appsScriptMs: t.simulatedMs + this.totalCpuMs,
      byExecution: this.records.map((r) => ({ ...r, calls: { ...r.calls } })),
    };
  }

  resetStats(): void {
    this.totals = emptyCallStats();
    this.totalCpuMs = 0;
    this.records = [];
  }

  /** Opens the spreadsheet as `user`: runs onOpen in NONE mode until the add-on is enabled here. */
  open(opts: { user?: string; fn?: string } = {}): unknown {
    const ss = this.requireActive();
    const user = opts.user ?? this.activeUser;
    const authMode: AuthMode = this.addonEnabledIn.has(ss._id) ? 'LIMITED' : 'NONE';
    return this.run(opts.fn ?? 'onOpen', [{ authMode, source: ss, user: { email: authMode === 'NONE' ? '' : user } }], { user, authMode });
  }

  /** Installs the add-on in the active spreadsheet for `user`: runs onInstall in FULL mode. */
  install(opts: { user?: string; fn?: string } = {}): unknown {
    const ss = this.requireActive();
    this.addonEnabledIn.add(ss._id);
    const user = opts.user ?? this.activeUser;
    return this.run(opts.fn ?? 'onInstall', [{ authMode: 'FULL', source: ss }], { user, authMode: 'FULL' });
  }

  /** Simulates a respondent submitting a form (validation, storage, destination sheet, triggers). */
  submitForm(formId: string, submission: Submission): string {
    return submitForm(this, formId, submission);
  }

  /** Runs every time-driven trigger due up to `until`, each as its own execution. */
  fireTimeTriggers(until: Date): { fired: number; errors: string[] } {
    return fireTimeTriggers(this, until);
  }

  /** Makes the lock busy, as if another execution held it until `until` (for timeout tests). */
  holdLockElsewhere(scope: 'document' | 'script' | 'user', until: Date, who = 'another execution'): void {
    const key = this.lockKey(scope);
    this.locks.set(key, { holder: who, until: until.getTime() });
  }

  lockKey(scope: 'document' | 'script' | 'user'): string {
    if (scope === 'document') return `document:${this.activeSpreadsheet?._id ?? 'none'}`;
    if (scope === 'user') return `user:${this.effectiveUser}`;
    return 'script';
  }

  requireActive(): Spreadsheet {
    if (!this.activeSpreadsheet) throw new Error('No active spreadsheet');
    return this.activeSpreadsheet;
  }

  log(level: string, message: string): void {
    this.logs.push({ level, message, at: this.now() });
  }
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  return new Emulator(options);
}
