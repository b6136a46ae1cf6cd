// Where a form-submit handler finds its form's block in the Enrolment requests sheet, from document properties it
// reads anyway (one getProperties): the sheet's name, each form's block (first row, row count) and a map from the
// hash of every question title to the forms that ask it. The event's own question titles then name the form, so a
// submission reads one block — the form row and that form's students — and nothing else.

import { hash32, shortHash } from '../../domain/registration/hashing';
import type { KeyValueStore } from '../../ports';
import { decodeFormState, encodeFormState, type FormState } from './formBuilder';

export const INDEX_KEY = 'reg.index';
/** Question-title map, split over keys 'reg.titles.0', 'reg.titles.1', … (a property holds at most 9 KB). */
export const TITLES_PREFIX = 'reg.titles.';
const TITLES_CHUNK = 8_000;

export const formTag = (formId: string): string => shortHash(formId);

/** Where the handler finds a form's block. */
export interface IndexPointer {
  /** Layout version (2: one block per form in the Enrolment requests sheet). */
  v: 2;
  /** Enrolment requests sheet name. */
  n: string;
  /** Registration seats sheet name (live policy). */
  se?: string;
  /** The forms in sheet order: 'tag.first.count0.count1…' (base 36: first row, then each part's rows), comma-separated, in properties FORMS_PREFIX0 … (fk of them). */
  fk?: number;
  /** The same list kept in the pointer itself (older pointers; tests). */
  f?: string;
}

/** One part of a form's block: its form row (1-based sheet row) and the rows after it. */
export interface FormBlock {
  /** Short hash of the form id. */
  tag: string;
  /** 1-based sheet row of the form row. */
  first: number;
  /** Rows in the part, the form row included. */
  count: number;
}

/** A form's block, in parts of at most BLOCK_STUDENTS students chosen by a hash of the email (each with a copy of the form row). */
export interface FormEntry {
  tag: string;
  parts: FormBlock[];
}

/**
 * Students in one part of a form's block. A submission reads its part (and under the live policy writes it back
 * whole): bounding it keeps the cost of a submission the same for a form of 40 students and one of 600.
 */
export const BLOCK_STUDENTS = 60;

export function readJson<T>(store: KeyValueStore, key: string): T | null {
  const text = store.get(key);
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

export function encodeForms36(forms: readonly FormEntry[]): string {
  return forms.map((f) => [f.tag, (f.parts[0]?.first ?? 0).toString(36), ...f.parts.map((p) => p.count.toString(36))].join('.')).join(',');
}

export function decodeForms36(text: string): FormEntry[] {
  return text
    .split(',')
    .filter(Boolean)
    .map((entry) => {
      const [tag, first, ...counts] = entry.split('.');
      let row = parseInt(first, 36);
      const parts = counts.map((c) => {
        const part = { tag, first: row, count: parseInt(c, 36) };
        row += part.count;
        return part;
      });
      return { tag, parts };
    });
}

/** The part of a form's block that holds (or would hold) the email. */
export function partFor(form: FormEntry, email: string): FormBlock | undefined {
  return form.parts[form.parts.length <= 1 ? 0 : hash32(email.trim().toLowerCase()) % form.parts.length];
}

/** How many parts a form of `students` students gets. */
export const partsFor = (students: number): number => Math.max(1, Math.ceil(students / BLOCK_STUDENTS));

/** Every property (one getProperties where the store has it). */
export function allProperties(store: KeyValueStore): Record<string, string> {
  return store.all ? store.all() : Object.fromEntries(store.keys().map((k) => [k, store.get(k) ?? '']));
}

/**
 * Live policy: the sections whose option was removed from a form ('reg.full.<form tag>', space-separated), shared
 * by the parts of its block (each part's form row keeps its own copy of the state, written only with that part).
 */
export const FULL_PREFIX = 'reg.full.';

/** The forms list, split over keys 'reg.forms.0', 'reg.forms.1', … (8 KB each: a university of 450 forms outgrows one). */
export const FORMS_PREFIX = 'reg.forms.';

export function formsEntries(forms: readonly FormEntry[], previousKeys: readonly string[]): { count: number; entries: Record<string, string> } {
  const entries: Record<string, string> = {};
  let chunk = '';
  let n = 0;
  for (const part of encodeForms36(forms).split(',').filter(Boolean)) {
    if (chunk !== '' && chunk.length + part.length + 1 > 8_000) {
      entries[`${FORMS_PREFIX}${n++}`] = chunk;
      chunk = '';
    }
    chunk = chunk ? `${chunk},${part}` : part;
  }
  if (chunk) entries[`${FORMS_PREFIX}${n++}`] = chunk;
  for (const key of previousKeys) if (key.startsWith(FORMS_PREFIX) && !(key in entries)) entries[key] = '';
  return { count: n, entries };
}

/** The forms of the pointer, in sheet order. */
export function formsOf(pointer: IndexPointer, all: Readonly<Record<string, string>>): FormEntry[] {
  const parts = Array.from({ length: pointer.fk ?? 0 }, (_, i) => all[`${FORMS_PREFIX}${i}`] ?? '');
  return decodeForms36([pointer.f ?? '', ...parts].filter(Boolean).join(','));
}

/** The pointer when it is the current layout's, else null (an older workbook: re-run createEnrollmentForms). */
export function readPointer(store: KeyValueStore): IndexPointer | null {
  const p = readJson<IndexPointer>(store, INDEX_KEY);
  return p && p.v === 2 && typeof p.n === 'string' && (typeof p.f === 'string' || typeof p.fk === 'number') ? p : null;
}

/** Title hash → indexes of the forms (in pointer order) that ask it, as property entries; `formTitleHashes[i]` are form i's (FormState.t keys). */
export function titleEntries(formTitleHashes: readonly (readonly string[])[], previousKeys: readonly string[]): Record<string, string> {
  const parts: string[] = [];
  formTitleHashes.forEach((hashes, i) => {
    for (const hash of new Set(hashes)) parts.push(`${hash}:${i.toString(36)}`);
  });
  const out: Record<string, string> = {};
  let chunk = '';
  let n = 0;
  for (const part of parts) {
    if (chunk.length + part.length + 1 > TITLES_CHUNK) {
      out[`${TITLES_PREFIX}${n++}`] = chunk;
      chunk = '';
    }
    chunk = chunk ? `${chunk} ${part}` : part;
  }
  if (chunk) out[`${TITLES_PREFIX}${n++}`] = chunk;
  // Keys of an earlier, longer map are emptied.
  for (const key of previousKeys) if (key.startsWith(TITLES_PREFIX) && !(key in out)) out[key] = '';
  return out;
}

export function decodeTitles(all: Readonly<Record<string, string>>): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const [key, text] of Object.entries(all)) {
    if (!key.startsWith(TITLES_PREFIX) || !text) continue;
    for (const part of text.split(' ')) {
      const [hash, idx] = part.split(':');
      if (!hash || idx === undefined) continue;
      const list = map.get(hash) ?? [];
      list.push(parseInt(idx, 36));
      map.set(hash, list);
    }
  }
  return map;
}

/**
 * The forms an event's questions belong to, best first: by how many of its answered question titles each form
 * asks. A form's titles carry its programme and year (and the newcomers' mark), so there is normally one.
 */
export function candidateForms(titles: Map<string, number[]>, answered: readonly string[]): number[] {
  const hits = new Map<number, number>();
  for (const title of answered) for (const i of titles.get(shortHash(title)) ?? []) hits.set(i, (hits.get(i) ?? 0) + 1);
  return [...hits].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([i]) => i);
}

/**
 * Live policy: the rows the last submissions wrote (their Status … Earlier responses cells), kept in document
 * properties, which Google writes at once. A live submission rewrites its form's whole block through the range it
 * read (one call); laying these over the block it reads first means a row written by an execution a moment ago is
 * never written back older, even if that execution's sheet write were not visible yet.
 */
export const ROWS_PREFIX = 'reg.rows.';

/** Bytes of a text in UTF-8 (Google's 9 KB a property counts bytes; Cyrillic takes two a letter). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
const ROWS_KEPT = 60;
/** Bytes in one property value (Google allows 9 KB) and in all of them together. */
const ROWS_CHUNK = 8_000;
const ROWS_TOTAL = 40_000;

export interface RecentRow {
  /** 1-based sheet row. */
  r: number;
  /** The row's email ('' for a form row): the entry applies only to a row that still has it. */
  e: string;
  /** Cells of the handler's written span, as written. */
  c: unknown[];
}

export function decodeRecentRows(all: Readonly<Record<string, string>>): RecentRow[] {
  const keys = Object.keys(all)
    .filter((k) => k.startsWith(ROWS_PREFIX) && all[k])
    .sort((a, b) => Number(a.slice(ROWS_PREFIX.length)) - Number(b.slice(ROWS_PREFIX.length)));
  const out: RecentRow[] = [];
  for (const k of keys) {
    try {
      out.push(...(JSON.parse(all[k]) as RecentRow[]));
    } catch {
      // A damaged entry is left out: the sheet's own row is used.
    }
  }
  return out;
}

/** The property entries for `rows` (oldest first) plus `added`, newest kept; emptied keys for the rest. */
export function recentRowEntries(rows: readonly RecentRow[], added: readonly RecentRow[], existingKeys: readonly string[]): Record<string, string> {
  const byRow = new Map<number, RecentRow>();
  for (const row of [...rows, ...added]) {
    byRow.delete(row.r);
    byRow.set(row.r, row);
  }
  // A row whose cells would not fit one property (a very long history) is not kept: the sheet's row is used.
  let kept = [...byRow.values()].filter((row) => utf8Length(JSON.stringify(row)) < ROWS_CHUNK).slice(-ROWS_KEPT);
  while (kept.length > 1 && utf8Length(JSON.stringify(kept)) > ROWS_TOTAL) kept = kept.slice(1);
  const out: Record<string, string> = {};
  let chunk: RecentRow[] = [];
  let n = 0;
  for (const row of kept) {
    if (chunk.length > 0 && utf8Length(JSON.stringify([...chunk, row])) > ROWS_CHUNK) {
      out[`${ROWS_PREFIX}${n++}`] = JSON.stringify(chunk);
      chunk = [];
    }
    chunk.push(row);
  }
  if (chunk.length > 0) out[`${ROWS_PREFIX}${n++}`] = JSON.stringify(chunk);
  for (const key of existingKeys) if (key.startsWith(ROWS_PREFIX) && !(key in out)) out[key] = '';
  return out;
}

export { decodeFormState, encodeFormState };
export type { FormState };
