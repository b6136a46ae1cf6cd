// MailApp: messages go to an in-memory outbox (saved as outbox.json/outbox.txt); recipients count
// against the daily quota (100 consumer / 1,500 Workspace) with Apps Script's message.
import { GasObject, fail } from '../core/gas';
import { Blob } from './utilities';

export interface SentMail {
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  attachments: { name: string; contentType: string; base64: string }[];
  at: string;
}

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

function split(list: unknown): string[] {
  if (list === undefined || list === null || list === '') return [];
  return String(list).split(',').map((s) => s.trim()).filter(Boolean);
}

export class MailAppImpl extends GasObject {
  static override gasType = 'Mail.MailApp';
  static override service = 'MailApp';
  sendEmail(a: unknown, subject?: string, body?: string, options?: Record<string, unknown>): void {
    const m = (typeof a === 'object' && a !== null ? a : { to: a, subject, body, ...(options ?? {}) }) as Record<string, unknown>;
    const to = split(m.to ?? m.recipient);
    const cc = split(m.cc);
    const bcc = split(m.bcc);
    for (const e of [...to, ...cc, ...bcc]) if (!EMAIL.test(e)) fail(`Invalid email: ${e}`);
    if (to.length + cc.length + bcc.length === 0) fail('Failed to send email: no recipient');
    this._emu.useQuota('email', to.length + cc.length + bcc.length);
    const attachments = (Array.isArray(m.attachments) ? m.attachments : []).map((b) => {
      if (!(b instanceof Blob)) fail('Invalid argument: attachments');
      return { name: b._name ?? 'attachment', contentType: b._contentType ?? 'application/octet-stream', base64: b._bytes.toString('base64') };
    });
    this._emu.outbox.push({
      from: this._emu.effectiveUser,
      to,
      cc,
      bcc,
      subject: String(m.subject ?? ''),
      body: String(m.body ?? ''),
      htmlBody: m.htmlBody === undefined ? undefined : String(m.htmlBody),
      name: m.name === undefined ? undefined : String(m.name),
      replyTo: m.replyTo === undefined ? undefined : String(m.replyTo),
      attachments,
      at: this._emu.now().toISOString(),
    });
  }
  getRemainingDailyQuota(): number {
    return this._emu.remainingQuota('email');
  }
}
