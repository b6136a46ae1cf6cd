// The base of every emulated Apps Script object, the exception type, and the bridge that hands
// objects to the bundle's vm realm: a Proxy that counts calls, enforces auth mode and time limits,
// converts values across realms, and throws `Not emulated: Class.method` for official methods we lack.
import type { Emulator } from '../emulator';
import { officialMethods } from './officialTypes';

/** An Apps Script exception: `String(e)` reads "Exception: <message>", as in Apps Script. */
export class GasException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

export function fail(message: string): never {
  throw new GasException(message);
}

/** Every emulated class extends this and names the official type it stands for. */
export abstract class GasObject {
  /** "Namespace.Interface" in @types/google-apps-script, e.g. "Spreadsheet.Range". */
  static gasType = '';
  /** The global service the object belongs to, for counting: "SpreadsheetApp". */
  static service = '';
  constructor(readonly _emu: Emulator) {}
}

type Ctor = { gasType: string; service: string };

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** The constructors of the realm the bundle runs in (host constructors until a bundle is loaded). */
export interface Realm {
  Date: DateConstructor;
  Array: ArrayConstructor;
  Object: ObjectConstructor;
  Error: ErrorConstructor;
}

export const hostRealm: Realm = { Date, Array, Object, Error };

/** Names Node, vitest and JSON probe on any object; never reported as "Not emulated". */
const PROBES = new Set(['then', 'toJSON', 'constructor', 'asymmetricMatch', 'nodeType', 'tagName', 'inspect', 'valueOf', 'toString']);

export class Bridge {
  private readonly proxyOf = new WeakMap<object, object>();
  private readonly rawOf = new WeakMap<object, object>();
  realm: Realm = hostRealm;

  constructor(private readonly emu: Emulator) {}

  /** The object the bundle sees for an emulator object. */
  expose<T extends object>(raw: T): T {
    const known = this.proxyOf.get(raw);
    if (known) return known as T;
    const ctor = raw.constructor as unknown as Ctor;
    const gasType = ctor.gasType;
    const short = gasType.split('.').pop() ?? gasType;
    const service = ctor.service || short;
    const official = officialMethods().get(gasType);
    const wrappers = new Map<string, unknown>();
    const bridge = this;
    const emu = this.emu;
    const proxy = new Proxy(raw, {
      get(target, prop, receiver) {
        if (typeof prop === 'symbol') return Reflect.get(target, prop, receiver);
        if (prop.startsWith('_')) return undefined;
        const cached = wrappers.get(prop);
        if (cached) return cached;
        const value = (target as Record<string, unknown>)[prop];
        if (typeof value === 'function' && !PROBES.has(prop) && !(prop in Object.prototype) && prop in Object.getPrototypeOf(target)) {
          const key = service === short ? `${service}.${prop}` : `${service}.${short}.${prop}`;
          const wrapper = function (this: unknown, ...args: unknown[]) {
            return emu._call(key, () => (value as (...a: unknown[]) => unknown).apply(target, args.map((a) => bridge.fromBundle(a))));
          };
          wrappers.set(prop, wrapper);
          return wrapper;
        }
        if (value !== undefined && /^[A-Z]/.test(prop)) return value; // enums: SpreadsheetApp.ProtectionType ...
        if (PROBES.has(prop)) return value;
        const vars = (target as { _acceptsProperties?: boolean; _vars?: Record<string, unknown> });
        if (vars._acceptsProperties && vars._vars && prop in vars._vars) return vars._vars[prop];
        if (official?.has(prop)) throw bridge.toRealmError(new GasException(`Not emulated: ${short}.${prop}`));
        return undefined;
      },
      set(target, prop, value) {
        const vars = target as { _acceptsProperties?: boolean; _vars?: Record<string, unknown> };
        if (typeof prop === 'string' && vars._acceptsProperties && vars._vars) {
          vars._vars[prop] = value;
          return true;
        }
        return false;
      },
      has(target, prop) {
        return typeof prop === 'string' && !prop.startsWith('_') && prop in target;
      },
    });
    this.proxyOf.set(raw, proxy);
    this.rawOf.set(proxy, raw);
    return proxy;
  }

  /** Unwraps proxies and copies foreign-realm Dates and arrays into host values. */
  fromBundle(v: unknown): unknown {
    if (v === null || typeof v !== 'object') return v;
    const raw = this.rawOf.get(v);
    if (raw) return raw;
    if (isDate(v)) return new Date((v as Date).getTime());
    if (Array.isArray(v)) {
      const out = new Array(v.length);
      for (let i = 0; i < v.length; i++) out[i] = this.fromBundle(v[i]);
      return out;
    }
    if (isPlainObject(v)) {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v)) out[k] = this.fromBundle(v[k]);
      return out;
    }
    return v;
  }

  /** Turns emulator values into values of the bundle's realm: proxies, realm Dates and arrays. */
  toBundle(v: unknown): unknown {
    if (v === null || typeof v !== 'object') return v;
    if (v instanceof GasObject) return this.expose(v);
    const R = this.realm;
    if (isDate(v)) return new R.Date((v as Date).getTime());
    if (Array.isArray(v)) {
      const out = new R.Array(v.length);
      for (let i = 0; i < v.length; i++) out[i] = this.toBundle(v[i]);
      return out;
    }
    if (isPlainObject(v)) {
      const out = new R.Object() as Record<string, unknown>;
      for (const k of Object.keys(v)) out[k] = this.toBundle(v[k]);
      return out;
    }
    return v;
  }

  toRealmError(e: unknown): unknown {
    if (!(e instanceof Error) || this.realm === hostRealm) return e;
    const out = new this.realm.Error(e.message);
    out.name = e.name;
    out.stack = e.stack;
    return out;
  }

  rawFor<T>(v: T): T {
    if (v !== null && typeof v === 'object') return (this.rawOf.get(v as object) as T) ?? v;
    return v;
  }
}
