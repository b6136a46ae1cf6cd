// ScriptApp: installable triggers with the add-on rules (one trigger of each event type per user
// and document; time-driven ones at most hourly), 20 triggers per user and script, and the
// emulator's firing of time-driven triggers by the simulated clock.
import { createHash } from 'node:crypto';
import { GasObject, fail, isDate } from '../core/gas';
import type { Emulator } from '../emulator';

export type EventType = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
export type TriggerSourceType = 'SPREADSHEETS' | 'FORMS' | 'DOCUMENTS' | 'CLOCK';

export interface ClockSpec {
  kind: 'after' | 'at' | 'every';
  everyMs?: number;
  atHour?: number;
  nearMinute?: number;
  nextAt: number;
  fired: boolean;
}

export interface TriggerRecord {
  id: string;
  handler: string;
  eventType: EventType;
  source: TriggerSourceType;
  sourceId: string | null;
  owner: string;
  /** The document the add-on ran in when the trigger was made (the add-on limit is per document). */
  documentId: string | null;
  clock?: ClockSpec;
}

export const ADDON_HOURLY_MESSAGE = 'The recurrence interval for an Add-on trigger must be at least one hour';
export const TOO_MANY_TRIGGERS_MESSAGE = 'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
const EVENT_WORDS: Record<EventType, string> = { CLOCK: 'time-based', ON_OPEN: 'open', ON_EDIT: 'edit', ON_CHANGE: 'change', ON_FORM_SUBMIT: 'form submit' };

export class Trigger extends GasObject {
  static override gasType = 'Script.Trigger';
  static override service = 'ScriptApp';
  constructor(emu: Emulator, readonly _rec: TriggerRecord) {
    super(emu);
  }
  getUniqueId(): string {
    return this._rec.id;
  }
  getHandlerFunction(): string {
    return this._rec.handler;
  }
  getEventType(): string {
    return this._rec.eventType;
  }
  getTriggerSource(): string {
    return this._rec.source;
  }
  getTriggerSourceId(): string | null {
    return this._rec.sourceId;
  }
}

function idOf(x: unknown): string {
  if (typeof x === 'string') return x;
  const o = x as { getId?: () => string };
  if (o && typeof o.getId === 'function') return o.getId();
  fail('Invalid argument: source');
}

function register(emu: Emulator, rec: Omit<TriggerRecord, 'id' | 'owner' | 'documentId'>): Trigger {
  const owner = emu.effectiveUser;
  const documentId = emu.activeSpreadsheet?._id ?? null;
  const mine = emu.triggers.filter((t) => t.owner === owner);
  if (mine.length >= 20) fail(TOO_MANY_TRIGGERS_MESSAGE);
  if (emu.options.addon) {
    if (rec.clock?.kind === 'every' && (rec.clock.everyMs ?? 0) < 3600_000) fail(ADDON_HOURLY_MESSAGE);
    // "Per document": the trigger's source file (a form, the spreadsheet); clock triggers count
    // against the document the add-on was running in.
    const docOf = (t: { sourceId: string | null; documentId?: string | null }) => t.sourceId ?? t.documentId ?? null;
    if (mine.some((t) => docOf(t) === docOf({ sourceId: rec.sourceId, documentId }) && t.eventType === rec.eventType)) {
      fail(`This add-on has created too many ${EVENT_WORDS[rec.eventType]} triggers in this document for this Google user account.`);
    }
  }
  const full: TriggerRecord = { ...rec, id: String(emu.ids.nextNumber('trigger')), owner, documentId };
  emu.triggers.push(full);
  return new Trigger(emu, full);
}

export class SpreadsheetTriggerBuilder extends GasObject {
  static override gasType = 'Script.SpreadsheetTriggerBuilder';
  static override service = 'ScriptApp';
  private event: EventType | undefined;
  constructor(emu: Emulator, readonly _handler: string, readonly _sourceId: string) {
    super(emu);
  }
  onOpen(): this {
    this.event = 'ON_OPEN';
    return this;
  }
  onEdit(): this {
    this.event = 'ON_EDIT';
    return this;
  }
  onChange(): this {
    this.event = 'ON_CHANGE';
    return this;
  }
  onFormSubmit(): this {
    this.event = 'ON_FORM_SUBMIT';
    return this;
  }
  create(): Trigger {
    if (!this.event) fail('Missing event type for the trigger.');
    return register(this._emu, { handler: this._handler, eventType: this.event, source: 'SPREADSHEETS', sourceId: this._sourceId });
  }
}

export class FormTriggerBuilder extends GasObject {
  static override gasType = 'Script.FormTriggerBuilder';
  static override service = 'ScriptApp';
  private event: EventType | undefined;
  constructor(emu: Emulator, readonly _handler: string, readonly _sourceId: string) {
    super(emu);
  }
  onFormSubmit(): this {
    this.event = 'ON_FORM_SUBMIT';
    return this;
  }
  onOpen(): this {
    this.event = 'ON_OPEN';
    return this;
  }
  create(): Trigger {
    if (!this.event) fail('Missing event type for the trigger.');
    return register(this._emu, { handler: this._handler, eventType: this.event, source: 'FORMS', sourceId: this._sourceId });
  }
}

export class DocumentTriggerBuilder extends GasObject {
  static override gasType = 'Script.DocumentTriggerBuilder';
  static override service = 'ScriptApp';
  constructor(emu: Emulator, readonly _handler: string, readonly _sourceId: string) {
    super(emu);
  }
  onOpen(): this {
    return this;
  }
  create(): Trigger {
    return register(this._emu, { handler: this._handler, eventType: 'ON_OPEN', source: 'DOCUMENTS', sourceId: this._sourceId });
  }
}

export class ClockTriggerBuilder extends GasObject {
  static override gasType = 'Script.ClockTriggerBuilder';
  static override service = 'ScriptApp';
  private spec: Partial<ClockSpec> = {};
  constructor(emu: Emulator, readonly _handler: string) {
    super(emu);
  }
  after(durationMilliseconds: number): this {
    this.spec = { kind: 'after', nextAt: this._emu.nowMs() + Number(durationMilliseconds) };
    return this;
  }
  at(date: Date): this {
    if (!isDate(date)) fail('Invalid argument: date');
    this.spec = { kind: 'at', nextAt: date.getTime() };
    return this;
  }
  everyMinutes(n: number): this {
    if (![1, 5, 10, 15, 30].includes(Number(n))) fail('The value passed to everyMinutes() must be 1, 5, 10, 15 or 30.');
    this.spec = { kind: 'every', everyMs: Number(n) * 60_000 };
    return this;
  }
  everyHours(n: number): this {
    if (![1, 2, 4, 6, 8, 12].includes(Number(n))) fail('The value passed to everyHours() must be 1, 2, 4, 6, 8 or 12.');
    this.spec = { kind: 'every', everyMs: Number(n) * 3600_000 };
    return this;
  }
  everyDays(n: number): this {
    this.spec = { kind: 'every', everyMs: Number(n) * 86_400_000, atHour: this.spec.atHour };
    return this;
  }
  everyWeeks(n: number): this {
    this.spec = { kind: 'every', everyMs: Number(n) * 7 * 86_400_000, atHour: this.spec.atHour };
    return this;
  }
  atHour(hour: number): this {
    this.spec.atHour = Number(hour);
    return this;
  }
  nearMinute(minute: number): this {
    this.spec.nearMinute = Number(minute);
    return this;
  }
  inTimezone(_tz: string): this {
    return this;
  }
  create(): Trigger {
    const s = this.spec;
    if (!s.kind) fail('Missing schedule for the time-based trigger.');
    const now = this._emu.nowMs();
    let nextAt = s.nextAt ?? now + (s.everyMs ?? 0);
    if (s.kind === 'every' && s.atHour !== undefined) {
      const tzOffset = offsetMs(this._emu, now);
      const localMidnight = Math.floor((now + tzOffset) / 86_400_000) * 86_400_000 - tzOffset;
      nextAt = localMidnight + s.atHour * 3600_000 + (s.nearMinute ?? 0) * 60_000;
      while (nextAt <= now) nextAt += 86_400_000;
    }
    return register(this._emu, { handler: this._handler, eventType: 'CLOCK', source: 'CLOCK', sourceId: null, clock: { kind: s.kind, everyMs: s.everyMs, atHour: s.atHour, nearMinute: s.nearMinute, nextAt, fired: false } });
  }
}

function offsetMs(emu: Emulator, at: number): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: emu.options.timeZone, timeZoneName: 'longOffset' }).formatToParts(new Date(at));
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(parts.find((p) => p.type === 'timeZoneName')?.value ?? '');
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000;
}

export class TriggerBuilder extends GasObject {
  static override gasType = 'Script.TriggerBuilder';
  static override service = 'ScriptApp';
  constructor(emu: Emulator, readonly _handler: string) {
    super(emu);
  }
  forSpreadsheet(sheet: unknown): SpreadsheetTriggerBuilder {
    return new SpreadsheetTriggerBuilder(this._emu, this._handler, idOf(sheet));
  }
  forForm(form: unknown): FormTriggerBuilder {
    return new FormTriggerBuilder(this._emu, this._handler, idOf(form));
  }
  forDocument(doc: unknown): DocumentTriggerBuilder {
    return new DocumentTriggerBuilder(this._emu, this._handler, idOf(doc));
  }
  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this._emu, this._handler);
  }
}

const enumOf = (...names: string[]) => Object.freeze(Object.fromEntries(names.map((n) => [n, n])));

export class ScriptAppImpl extends GasObject {
  static override gasType = 'Script.ScriptApp';
  static override service = 'ScriptApp';
  readonly AuthMode = enumOf('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
  readonly EventType = enumOf('CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED');
  readonly TriggerSource = enumOf('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR');
  readonly WeekDay = enumOf('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY');
  readonly AuthorizationStatus = enumOf('REQUIRED', 'NOT_REQUIRED');
  newTrigger(functionName: string): TriggerBuilder {
    if (typeof functionName !== 'string' || !functionName) fail('Invalid argument: functionName');
    return new TriggerBuilder(this._emu, functionName);
  }
  getProjectTriggers(): Trigger[] {
    const me = this._emu.effectiveUser;
    return this._emu.triggers.filter((t) => t.owner === me).map((t) => new Trigger(this._emu, t));
  }
  getUserTriggers(source: unknown): Trigger[] {
    const id = idOf(source);
    const me = this._emu.effectiveUser;
    return this._emu.triggers.filter((t) => t.owner === me && t.sourceId === id).map((t) => new Trigger(this._emu, t));
  }
  deleteTrigger(trigger: Trigger): void {
    const i = this._emu.triggers.indexOf(trigger._rec);
    if (i >= 0) this._emu.triggers.splice(i, 1);
  }
  getScriptId(): string {
    return createHash('sha256').update(`script:${this._emu.options.seed}`).digest('base64url').slice(0, 57);
  }
  getOAuthToken(): string {
    return `ya29.emulated-${createHash('sha256').update(this._emu.effectiveUser).digest('hex').slice(0, 24)}`;
  }
}

/** Runs due time-driven triggers up to `until`, each as a new execution by the trigger's owner. */
export function fireTimeTriggers(emu: Emulator, until: Date): { fired: number; errors: string[] } {
  const limit = until.getTime();
  const errors: string[] = [];
  let fired = 0;
  for (let guard = 0; guard < 100_000; guard++) {
    const due = emu.triggers
      .filter((t) => t.clock && !t.clock.fired && t.clock.nextAt <= limit)
      .sort((a, b) => (a.clock?.nextAt ?? 0) - (b.clock?.nextAt ?? 0))[0];
    if (!due?.clock) break;
    const at = due.clock.nextAt;
    if (at > emu.nowMs()) emu.advance(at - emu.nowMs());
    // One-off triggers stay listed after they fire (Apps Script does not delete them; they count
    // towards the 20-trigger limit until the script deletes them).
    if (due.clock.kind === 'every') due.clock.nextAt = at + (due.clock.everyMs ?? 3600_000);
    else due.clock.fired = true;
    const d = new Date(at);
    const event = { authMode: 'FULL', triggerUid: due.id, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, 'day-of-month': d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), timezone: 'UTC' };
    try {
      emu.run(due.handler, [event], { user: due.owner, authMode: 'FULL' });
    } catch (e) {
      errors.push(`${due.handler}: ${(e as Error).message}`);
    }
    fired++;
  }
  if (emu.nowMs() < limit) emu.advance(limit - emu.nowMs());
  return { fired, errors };
}
