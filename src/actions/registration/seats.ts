// Seats taken per lecture section (live policy), kept in the hidden seats sheet: read and written as one block.

import { hash32 } from '../../domain/registration/hashing';
import type { Workbook } from '../../ports';
import { SEAT_BUCKETS } from '../../sheets/registration';

export const seatBucket = (sectionId: string): number => hash32(sectionId) % SEAT_BUCKETS;

/** The cells of the seats sheet's buckets (rows 2…SEAT_BUCKETS+1), as the sheet's rows. */
export function seatRows(seats: ReadonlyMap<string, number>): Array<{ bucket: number; seats: string }> {
  const buckets = Array.from({ length: SEAT_BUCKETS }, () => ({}) as Record<string, number>);
  for (const [id, n] of seats) if (n > 0) buckets[seatBucket(id)][id] = n;
  return buckets.map((b, i) => ({ bucket: i, seats: JSON.stringify(b) }));
}

export function parseSeatCells(cells: readonly unknown[]): Map<string, number> {
  const seats = new Map<string, number>();
  for (const cell of cells) {
    try {
      const parsed = JSON.parse(String(cell || '{}')) as Record<string, number>;
      for (const [id, n] of Object.entries(parsed)) seats.set(id, Number(n) || 0);
    } catch {
      // An unreadable cell counts as empty: the seats are recounted by formStreams from the requests anyway.
    }
  }
  return seats;
}

export function readSeats(workbook: Workbook, sheetName: string): Map<string, number> {
  const block = workbook.readBlock ? workbook.readBlock(sheetName, 2, 2, SEAT_BUCKETS, 1) : (workbook.readValues(sheetName) ?? []).slice(1, 1 + SEAT_BUCKETS).map((r) => [r[1]]);
  return parseSeatCells((block ?? []).map((r) => r[0]));
}

export function writeSeats(workbook: Workbook, sheetName: string, seats: ReadonlyMap<string, number>): void {
  workbook.writeBlock(sheetName, 2, 2, seatRows(seats).map((r) => [r.seats]));
}

/** Document-property keys of the live seat counts: one per bucket ('reg.seats.0' …), plus a marker that they exist. */
export const SEATS_PROPERTY_PREFIX = 'reg.seats.';
export const SEATS_PROPERTY_MARKER = 'reg.seats.on';

/**
 * Live seats from document properties (authoritative once there: a property is written at once, so the next
 * lock holder sees it without SpreadsheetApp.flush), or null when they were never stored (the caller reads the
 * seats sheet and stores them).
 */
export function seatsFromProperties(all: Readonly<Record<string, string>>): Map<string, number> | null {
  if (all[SEATS_PROPERTY_MARKER] !== '1') return null;
  const cells: string[] = [];
  for (let b = 0; b < SEAT_BUCKETS; b++) cells.push(all[`${SEATS_PROPERTY_PREFIX}${b}`] ?? '{}');
  return parseSeatCells(cells);
}

/** The property entries whose bucket changed between `before` and `after` (all of them, and the marker, when `before` is null). */
export function seatPropertyEntries(before: ReadonlyMap<string, number> | null, after: ReadonlyMap<string, number>): Record<string, string> {
  const rows = seatRows(after);
  const changed = new Set<number>();
  if (!before) rows.forEach((_, b) => changed.add(b));
  else for (const id of new Set([...before.keys(), ...after.keys()])) if ((before.get(id) ?? 0) !== (after.get(id) ?? 0)) changed.add(seatBucket(id));
  const out: Record<string, string> = {};
  for (const b of changed) out[`${SEATS_PROPERTY_PREFIX}${b}`] = rows[b].seats;
  if (!before) out[SEATS_PROPERTY_MARKER] = '1';
  return out;
}
