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
