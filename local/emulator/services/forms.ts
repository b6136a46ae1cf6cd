// FormApp (filled in below this milestone).
import { GasObject, fail } from '../core/gas';
import type { Emulator } from '../emulator';

export interface FormModel {
  id: string;
}

export interface Submission {
  email: string;
  answers: Record<string, string | string[]>;
  at?: Date;
}

export class FormAppImpl extends GasObject {
  static override gasType = 'Forms.FormApp';
  static override service = 'FormApp';
}

export function submitForm(_emu: Emulator, formId: string, _s: Submission): string {
  fail(`No form ${formId}`);
}
