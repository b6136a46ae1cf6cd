// PropertiesService with Apps Script's limits: 9 KB a value, 500 KB a store (quotas page).
import { GasObject, fail } from '../core/gas';
import type { Emulator } from '../emulator';

export const MAX_PROPERTY_VALUE_BYTES = 9 * 1024;
export const MAX_PROPERTY_STORE_BYTES = 500 * 1024;
export const STORE_FULL_MESSAGE = 'You have exceeded the property storage quota. Please remove some properties and try again.';

function storeBytes(m: Map<string, string>): number {
  let n = 0;
  for (const [k, v] of m) n += Buffer.byteLength(k) + Buffer.byteLength(v);
  return n;
}

export class Properties extends GasObject {
  static override gasType = 'Properties.Properties';
  static override service = 'PropertiesService';
  constructor(emu: Emulator, readonly _store: Map<string, string>) {
    super(emu);
  }
  private _checked(entries: [string, string][], replaceAll: boolean): void {
    for (const [k, v] of entries) {
      if (Buffer.byteLength(k) + Buffer.byteLength(v) > MAX_PROPERTY_VALUE_BYTES) fail('Argument too large: value');
    }
    const next = new Map(replaceAll ? [] : this._store);
    for (const [k, v] of entries) next.set(k, v);
    if (storeBytes(next) > MAX_PROPERTY_STORE_BYTES) fail(STORE_FULL_MESSAGE);
  }
  getProperty(k: string): string | null {
    return this._store.get(String(k)) ?? null;
  }
  setProperty(k: string, v: unknown): Properties {
    if (k === null || k === undefined || String(k) === '') fail('Invalid argument: key');
    const entry: [string, string] = [String(k), String(v)];
    this._checked([entry], false);
    this._store.set(entry[0], entry[1]);
    return this;
  }
  setProperties(props: Record<string, unknown>, deleteAllOthers = false): Properties {
    const entries = Object.entries(props ?? {}).map(([k, v]) => [k, String(v)] as [string, string]);
    this._checked(entries, deleteAllOthers);
    if (deleteAllOthers) this._store.clear();
    for (const [k, v] of entries) this._store.set(k, v);
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this._store);
  }
  getKeys(): string[] {
    return [...this._store.keys()];
  }
  deleteProperty(k: string): Properties {
    this._store.delete(String(k));
    return this;
  }
  deleteAllProperties(): Properties {
    this._store.clear();
    return this;
  }
}

export class PropertiesApp extends GasObject {
  static override gasType = 'Properties.PropertiesService';
  static override service = 'PropertiesService';
  getScriptProperties(): Properties {
    return new Properties(this._emu, this._emu.properties.script);
  }
  getUserProperties(): Properties {
    const user = this._emu.effectiveUser;
    let m = this._emu.properties.user.get(user);
    if (!m) this._emu.properties.user.set(user, (m = new Map()));
    return new Properties(this._emu, m);
  }
  getDocumentProperties(): Properties | null {
    const id = this._emu.activeSpreadsheet?._id;
    if (!id) return null;
    let m = this._emu.properties.document.get(id);
    if (!m) this._emu.properties.document.set(id, (m = new Map()));
    return new Properties(this._emu, m);
  }
}
