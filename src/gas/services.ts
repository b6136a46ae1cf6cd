// Small ports over Apps Script services: document properties, the document lock, clock, identity, mail, triggers, UI.

import { RegistrarError } from '../domain/errors';
import type { Clock, Identity, KeyValueStore, Lock, LockOptions, Mailer, OutgoingMail, Triggers, Ui } from '../ports';

/** Counts document-lock acquisitions in this execution: what was read from properties before the last one may be stale. */
let lockEpoch = 0;

/**
 * Document properties, read all at once: the first read is one getProperties() call and later reads are free,
 * until this execution takes the document lock (another execution may have changed them meanwhile), after
 * which the next read asks Google again. Writes go to Google at once (PropertiesService does not buffer).
 */
export class DocumentPropertiesStore implements KeyValueStore {
  private cached: GoogleAppsScript.Properties.Properties | null = null;
  private values: Record<string, string> | null = null;
  private epoch = -1;

  private get props(): GoogleAppsScript.Properties.Properties {
    return (this.cached ??= PropertiesService.getDocumentProperties());
  }

  all(): Record<string, string> {
    if (!this.values || this.epoch !== lockEpoch) {
      this.values = { ...this.props.getProperties() };
      this.epoch = lockEpoch;
    }
    return this.values;
  }

  get(key: string): string | null {
    return this.all()[key] ?? null;
  }

  set(key: string, value: string): void {
    this.props.setProperty(key, value);
    if (this.values) this.values[key] = value;
  }

  setMany(entries: Record<string, string>): void {
    if (Object.keys(entries).length === 0) return;
    this.props.setProperties(entries);
    if (this.values) Object.assign(this.values, entries);
  }

  delete(key: string): void {
    this.props.deleteProperty(key);
    if (this.values) delete this.values[key];
  }

  keys(): string[] {
    return Object.keys(this.all());
  }
}

/**
 * The document lock (not the script lock, which every user of an add-on shares). By default the pending
 * spreadsheet writes are flushed and the lock released explicitly, as Google's Lock documentation advises; fast
 * paths whose next holder reads nothing this one wrote through SpreadsheetApp skip the flush (560 ms) and let
 * Apps Script release the lock when the execution ends (documented: "the lock is automatically released when
 * the script terminates").
 */
export class DocumentLock implements Lock {
  withDocumentLock<T>(timeoutMs: number, fn: () => T, options: LockOptions = {}): T {
    const lock = LockService.getDocumentLock();
    if (!lock?.tryLock(timeoutMs)) throw new RegistrarError('lockTimeout');
    lockEpoch++;
    const release = options.release !== false;
    try {
      const result = fn();
      if (options.flush !== false) SpreadsheetApp.flush();
      return result;
    } finally {
      if (release) lock.releaseLock();
    }
  }

  commit(): void {
    SpreadsheetApp.flush();
  }
}

export class SystemClock implements Clock {
  private readonly started = Date.now();

  now(): Date {
    return new Date();
  }

  elapsedMs(): number {
    return Date.now() - this.started;
  }
}

export class SessionIdentity implements Identity {
  activeUserEmail(): string {
    return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
  }

  userLocale(): string {
    return Session.getActiveUserLocale();
  }
}

export class GasMailer implements Mailer {
  remainingDailyQuota(): number {
    return MailApp.getRemainingDailyQuota();
  }

  send(mail: OutgoingMail): void {
    MailApp.sendEmail({ to: mail.to, subject: mail.subject, body: mail.body, htmlBody: mail.htmlBody, name: 'Registrar' });
  }
}

/** Installable triggers, kept to one of each kind per handler (an add-on may have one trigger of each type per user per document). */
export class GasTriggers implements Triggers {
  private mine(): GoogleAppsScript.Script.Trigger[] {
    return ScriptApp.getUserTriggers(SpreadsheetApp.getActive());
  }

  ensureFormSubmitTrigger(handler: string): boolean {
    const exists = this.mine().some((t) => t.getHandlerFunction() === handler && t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT);
    if (exists) return false;
    ScriptApp.newTrigger(handler).forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create();
    return true;
  }

  ensureTimeTrigger(handler: string, everyHours: number): boolean {
    const exists = ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === handler && t.getEventType() === ScriptApp.EventType.CLOCK);
    if (exists) return false;
    ScriptApp.newTrigger(handler).timeBased().everyHours(Math.max(1, Math.round(everyHours))).create();
    return true;
  }

  scheduleOnce(handler: string, ms: number): void {
    ScriptApp.newTrigger(handler).timeBased().after(ms).create();
  }

  remove(handler: string): number {
    let removed = 0;
    for (const t of ScriptApp.getProjectTriggers()) {
      if (t.getHandlerFunction() === handler) {
        ScriptApp.deleteTrigger(t);
        removed++;
      }
    }
    return removed;
  }
}

export class SpreadsheetUi implements Ui {
  toast(message: string, title: string): void {
    SpreadsheetApp.getActive().toast(message, title, 8);
  }

  alert(message: string): void {
    SpreadsheetApp.getUi().alert(message);
  }

  showSidebar(file: string, title: string, data: Record<string, unknown>): void {
    const template = HtmlService.createTemplateFromFile(file);
    (template as unknown as { bootstrap: string }).bootstrap = JSON.stringify(data).replace(/</g, '\\u003c');
    SpreadsheetApp.getUi().showSidebar(template.evaluate().setTitle(title));
  }
}
