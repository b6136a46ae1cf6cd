// CacheService: 100 KB a value, keys up to 250 characters, 6 hours at most, 10 minutes by default;
// entries expire by the emulator's simulated clock.
import { GasObject, fail } from '../core/gas';
import type { Emulator } from '../emulator';

export const MAX_CACHE_VALUE_BYTES = 100 * 1024;
export const MAX_CACHE_KEY_CHARS = 250;
export const MAX_CACHE_SECONDS = 21600;

export interface CacheEntry {
  value: string;
  expiresAt: number;
}

export class Cache extends GasObject {
  static override gasType = 'Cache.Cache';
  static override service = 'CacheService';
  constructor(emu: Emulator, readonly _store: Map<string, CacheEntry>) {
    super(emu);
  }
  private _live(k: string): CacheEntry | undefined {
    const e = this._store.get(k);
    if (e && e.expiresAt <= this._emu.nowMs()) {
      this._store.delete(k);
      return undefined;
    }
    return e;
  }
  private _check(k: string, v: string): void {
    if (k.length > MAX_CACHE_KEY_CHARS) fail('Argument too large: key');
    if (Buffer.byteLength(v) > MAX_CACHE_VALUE_BYTES) fail('Argument too large: value');
  }
  get(k: string): string | null {
    return this._live(String(k))?.value ?? null;
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const e = this._live(String(k));
      if (e) out[String(k)] = e.value;
    }
    return out;
  }
  put(k: string, v: unknown, expirationInSeconds = 600): void {
    const key = String(k);
    const value = String(v);
    this._check(key, value);
    const secs = Math.min(MAX_CACHE_SECONDS, Math.max(1, Number(expirationInSeconds)));
    this._store.set(key, { value, expiresAt: this._emu.nowMs() + secs * 1000 });
  }
  putAll(values: Record<string, unknown>, expirationInSeconds = 600): void {
    for (const [k, v] of Object.entries(values)) this._check(k, String(v));
    for (const [k, v] of Object.entries(values)) this.put(k, v, expirationInSeconds);
  }
  remove(k: string): void {
    this._store.delete(String(k));
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this._store.delete(String(k));
  }
}

export class CacheApp extends GasObject {
  static override gasType = 'Cache.CacheService';
  static override service = 'CacheService';
  private _storeFor(name: string): Map<string, CacheEntry> {
    let m = this._emu.caches.get(name);
    if (!m) this._emu.caches.set(name, (m = new Map()));
    return m;
  }
  getScriptCache(): Cache {
    return new Cache(this._emu, this._storeFor('script'));
  }
  getUserCache(): Cache {
    return new Cache(this._emu, this._storeFor(`user:${this._emu.effectiveUser}`));
  }
  getDocumentCache(): Cache | null {
    const id = this._emu.activeSpreadsheet?._id;
    return id ? new Cache(this._emu, this._storeFor(`document:${id}`)) : null;
  }
}
