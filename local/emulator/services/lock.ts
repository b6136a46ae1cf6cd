// LockService: a lock belongs to one execution and is released when the execution ends. Waiting
// spends simulated time; a lock held by another execution that outlasts the wait times out with
// Apps Script's message.
import { GasObject, fail } from '../core/gas';
import type { Emulator, Execution } from '../emulator';

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

export interface LockState {
  /** The execution holding it, or a label for a simulated holder (holdLockElsewhere). */
  holder: Execution | string;
  /** For simulated holders: when they release it (ms since the epoch). */
  until?: number;
}

export class Lock extends GasObject {
  static override gasType = 'Lock.Lock';
  static override service = 'LockService';
  constructor(emu: Emulator, readonly _key: string) {
    super(emu);
  }
  private _me(): Execution | string {
    return this._emu.exec ?? 'direct';
  }
  private _acquire(timeoutMs: number): boolean {
    const emu = this._emu;
    const me = this._me();
    const state = emu.locks.get(this._key);
    if (state && state.holder !== me) {
      const free = typeof state.holder === 'string' && state.until !== undefined && state.until <= emu.nowMs() + timeoutMs;
      if (!free) {
        emu.spend(Math.max(0, timeoutMs));
        return false;
      }
      emu.spend(Math.max(0, (state.until ?? 0) - emu.nowMs()));
    }
    emu.locks.set(this._key, { holder: me });
    if (typeof me !== 'string') me.locks.add(this._key);
    return true;
  }
  tryLock(timeoutInMillis: number): boolean {
    return this._acquire(Number(timeoutInMillis));
  }
  waitLock(timeoutInMillis: number): void {
    if (!this._acquire(Number(timeoutInMillis))) fail(LOCK_TIMEOUT_MESSAGE);
  }
  hasLock(): boolean {
    return this._emu.locks.get(this._key)?.holder === this._me();
  }
  /** Concurrent harness: another open execution holds this lock, so the caller's tryLock/waitLock must wait. */
  _heldByAnotherExecution(): boolean {
    const state = this._emu.locks.get(this._key);
    return state !== undefined && typeof state.holder !== 'string' && state.holder !== this._me();
  }
  /** Concurrent harness: the answer to a wait that ran out while another execution kept the lock. */
  _timedOut(method: 'tryLock' | 'waitLock', timeoutInMillis: number): boolean {
    this._emu.spend(Math.max(0, Number(timeoutInMillis)));
    if (method === 'waitLock') fail(LOCK_TIMEOUT_MESSAGE);
    return false;
  }
  releaseLock(): void {
    const state = this._emu.locks.get(this._key);
    if (state && state.holder === this._me()) {
      this._emu.locks.delete(this._key);
      const me = this._me();
      if (typeof me !== 'string') me.locks.delete(this._key);
    }
  }
}

export class LockApp extends GasObject {
  static override gasType = 'Lock.LockService';
  static override service = 'LockService';
  getDocumentLock(): Lock | null {
    return this._emu.activeSpreadsheet ? new Lock(this._emu, this._emu.lockKey('document')) : null;
  }
  getScriptLock(): Lock {
    return new Lock(this._emu, 'script');
  }
  getUserLock(): Lock {
    return new Lock(this._emu, this._emu.lockKey('user'));
  }
}
