// Where the registration state lives in document properties, and how it is read and written compactly.

import type { KeyValueStore, Workbook } from '../../ports';
import { shortHash } from '../../domain/registration/hashing';
import { STATE_COLUMN } from '../../sheets/registration';
import { decodeFormState, encodeFormState, type FormState } from './formBuilder';

export const INDEX_KEY = 'reg.index';
/** Short hash of a form id → its row in the Registration state sheet (≈ 12 characters a form, well under 9 KB). */
export const FORMS_KEY = 'reg.forms';

export const formTag = (formId: string): string => shortHash(formId);

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

/** Reads one form's state row (one small block read); null unless the row is that form's (hashes may collide). */
export function readFormState(workbook: Workbook, sheetName: string, row: number, formId: string): FormState | null {
  const block = workbook.readBlock ? workbook.readBlock(sheetName, row, 1, 1, STATE_COLUMN) : (workbook.readValues(sheetName) ?? []).slice(row - 1, row);
  const stored = block?.[0] ? String(block[0][0]) : '';
  // An id written as text may keep the apostrophe that stops a leading '-' being read as a formula.
  if (stored !== formId && stored !== `'${formId}`) return null;
  return decodeFormState(String(block?.[0]?.[STATE_COLUMN - 1] ?? ''));
}

/** Reads a state row without knowing its form: the stored form id and the decoded state, or null. */
export function readStateRow(workbook: Workbook, sheetName: string, row: number): { formId: string; state: FormState } | null {
  const block = workbook.readBlock ? workbook.readBlock(sheetName, row, 1, 1, STATE_COLUMN) : (workbook.readValues(sheetName) ?? []).slice(row - 1, row);
  const formId = String(block?.[0]?.[0] ?? '').replace(/^'/, '');
  const state = decodeFormState(String(block?.[0]?.[STATE_COLUMN - 1] ?? ''));
  return formId && state ? { formId, state } : null;
}

export function writeFormState(workbook: Workbook, sheetName: string, row: number, state: FormState): void {
  workbook.writeBlock(sheetName, row, STATE_COLUMN, [[encodeFormState(state)]]);
}

export type { FormState };
