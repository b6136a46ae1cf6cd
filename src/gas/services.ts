// Small ports over Apps Script services: document properties, the document lock, clock, identity, mail, triggers, UI.

import { RegistrarError } from '../domain/errors';
import type { Clock, Identity, KeyValueStore, Lock, Mailer, OutgoingMail, Triggers, Ui } from '../ports';

export class DocumentPropertiesStore implements KeyValueStore {
  private cached: GoogleAppsScript.Properties.Properties | null = null;

  private get props(): GoogleAppsScript.Properties.Properties {
    return (this.cached ??= PropertiesService.getDocumentProperties());
  }

  get(key: string): string | null {
    return this.props.getProperty(key);
  }

  set(key: string, value: string): void {
    this.props.setProperty(key, value);
  }

  delete(key: string): void {
    this.props.deleteProperty(key);
  }

  keys(): string[] {
    return this.props.getKeys();
  }
}

/** The document lock (not the script lock, which every user of an add-on shares). */
export class DocumentLock implements Lock {
  withDocumentLock<T>(timeoutMs: number, fn: () => T): T {
    const lock = LockService.getDocumentLock();
    if (!lock?.tryLock(timeoutMs)) throw new RegistrarError('lockTimeout');
    try {
      const result = fn();
      SpreadsheetApp.flush();
      return result;
    } finally {
      lock.releaseLock();
    }
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
