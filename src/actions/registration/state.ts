// Where the registration state lives in document properties, and how it is read and written compactly.

import type { KeyValueStore } from '../../ports';
import type { FormChoices, FormState } from './formBuilder';

export const INDEX_KEY = 'reg.index';
export const formStateKey = (formId: string): string => `reg.form.${formId}`;
export const formChoicesKey = (formId: string): string => `reg.formc.${formId}`;

/** Where the handler finds a student: bucket sizes of the index sheet (base 36), and the sheets' names. */
export interface IndexPointer {
  /** Bucket count. */
  b: number;
  /** Rows per bucket, base 36, comma-separated. */
  c: string;
  /** Index sheet name. */
  n: string;
  /** Requests sheet name. */
  q: string;
}

export function readJson<T>(store: KeyValueStore, key: string): T | null {
  const text = store.get(key);
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

/** The 1-based sheet rows [first, first + count) of a bucket (the header is row 1). */
export function bucketRows(pointer: IndexPointer, bucket: number): { first: number; count: number } {
  const counts = pointer.c.split(',');
  let first = 2;
  for (let i = 0; i < bucket; i++) first += parseInt(counts[i] || '0', 36);
  return { first, count: parseInt(counts[bucket] || '0', 36) };
}

export type { FormChoices, FormState };
