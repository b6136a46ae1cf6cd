// Short stable hashes (FNV-1a, 32 bits) for compact state: email buckets, response ids, question titles.

/**
 * @example hash32('a@b.kz') === hash32('a@b.kz') // stable across runs and realms
 */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A 6–7 character base-36 tag of a text. */
export function shortHash(text: string): string {
  return hash32(text).toString(36);
}

/** The bucket of an email among `buckets` (case-insensitive). */
export function emailBucket(email: string, buckets: number): number {
  return hash32(email.trim().toLowerCase()) % Math.max(1, buckets);
}

/** Enough buckets for about 16 students each, a power of two between 16 and 2048. */
export function bucketCountFor(students: number): number {
  let b = 16;
  while (b < 2048 && b * 16 < students) b *= 2;
  return b;
}
