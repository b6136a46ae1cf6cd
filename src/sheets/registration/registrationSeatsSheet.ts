// Registration seats (hidden): seats taken in each lecture section under the live policy, for the whole workbook
// (a section is often shared by several programmes' forms). Sections are spread over a fixed number of rows by a
// hash of their id; each row holds {section: seats} as JSON, so a submission reads and writes one small block.

import { defineSheet } from '../schema';

export interface RegistrationSeatsRow {
  bucket: number;
  seats: string;
}

export const registrationSeatsSheet = defineSheet<RegistrationSeatsRow>({
  key: 'registrationSeats',
  version: 1,
  name: { en: 'Registration seats', ru: 'Места регистрации', kk: 'Тіркеу орындары' },
  columns: [
    { key: 'bucket', header: { en: 'Bucket', ru: 'Корзина', kk: 'Себет' }, type: 'integer', required: true, min: 0, width: 70 },
    { key: 'seats', header: { en: 'Seats taken', ru: 'Занятые места', kk: 'Алынған орындар' }, type: 'text', width: 600 },
  ],
});

/** Rows of buckets below the header. */
export const SEAT_BUCKETS = 64;
