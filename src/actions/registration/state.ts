// Where the registration state lives in document properties, and how it is read and written compactly.

import type { KeyValueStore, Workbook } from '../../ports';
import { STATE_COLUMN } from '../../sheets/registration';
import { decodeFormState, encodeFormState, type FormState } from './formBuilder';

export const INDEX_KEY = 'reg.index';
/** Form id → its row in the Registration state sheet. */
export const FORMS_KEY = 'reg.forms';

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
  /** Registration state sheet name. */
  st: string;
  /** Registration seats sheet name (live policy). */
  se?: string;
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

/** Reads one form's state row (one small block read). */
export function readFormState(workbook: Workbook, sheetName: string, row: number): FormState | null {
  const block = workbook.readBlock ? workbook.readBlock(sheetName, row, 1, 1, STATE_COLUMN) : (workbook.readValues(sheetName) ?? []).slice(row - 1, row);
  return block?.[0] ? decodeFormState(String(block[0][STATE_COLUMN - 1] ?? '')) : null;
}

export function writeFormState(workbook: Workbook, sheetName: string, row: number, state: FormState): void {
  workbook.writeBlock(sheetName, row, STATE_COLUMN, [[encodeFormState(state)]]);
}

export type { FormState };
