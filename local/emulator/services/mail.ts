// MailApp (filled in below this milestone).
import { GasObject } from '../core/gas';

export interface SentMail {
  to: string;
}

export class MailAppImpl extends GasObject {
  static override gasType = 'Mail.MailApp';
  static override service = 'MailApp';
}
