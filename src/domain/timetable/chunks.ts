// Splits a long text (a solver checkpoint) into cell-sized chunks and joins them back, with a checksum.

/** Google Sheets holds at most 50,000 characters a cell; chunks stay well below. */
export const CHUNK_CHARS = 45_000;

/**
 * Splits `text` into pieces of at most `size` characters (at least one piece, possibly empty).
 * @example splitIntoChunks('abcde', 2) // → ['ab', 'cd', 'e']
 */
export function splitIntoChunks(text: string, size = CHUNK_CHARS): string[] {
  if (!(size > 0)) throw new Error('chunk size must be positive');
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out.length > 0 ? out : [''];
}

/** FNV-1a hash of a text, as 8 hex digits: detects a chunk lost or edited by hand. */
export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Joins chunks in order; null when their checksum does not match `expected`. */
export function joinChunks(chunks: readonly string[], expected: string): string | null {
  const text = chunks.join('');
  return checksum(text) === expected ? text : null;
}
