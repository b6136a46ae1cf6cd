// Session and User: who runs the script (switchable with emulator.setActiveUser) and their locale.
import { createHash } from 'node:crypto';
import { GasObject } from '../core/gas';
import type { Emulator } from '../emulator';

export class User extends GasObject {
  static override gasType = 'Base.User';
  static override service = 'Session';
  constructor(emu: Emulator, readonly _email: string) {
    super(emu);
  }
  getEmail(): string {
    return this._email;
  }
  override toString(): string {
    return this._email;
  }
}

export class SessionImpl extends GasObject {
  static override gasType = 'Base.Session';
  static override service = 'Session';
  getActiveUser(): User {
    return new User(this._emu, this._emu.currentUser);
  }
  getEffectiveUser(): User {
    return new User(this._emu, this._emu.effectiveUser);
  }
  getActiveUserLocale(): string {
    return this._emu.userLocale(this._emu.currentUser);
  }
  getScriptTimeZone(): string {
    return this._emu.options.timeZone;
  }
  getTemporaryActiveUserKey(): string {
    return createHash('sha256').update(`tmpkey:${this._emu.currentUser}`).digest('base64url').slice(0, 40);
  }
}
