// Deterministic Google-looking ids (44 characters, base64url) so runs are reproducible.
import { createHash } from 'node:crypto';

export class IdSource {
  private n = 0;
  constructor(private readonly seed: string) {}

  next(kind: string): string {
    this.n++;
    const digest = createHash('sha256').update(`${this.seed}:${kind}:${this.n}`).digest('base64url');
    return `1${digest.slice(0, 43)}`;
  }

  /** Short numeric ids (sheet ids, trigger ids). */
  nextNumber(kind: string): number {
    this.n++;
    const digest = createHash('sha256').update(`${this.seed}:${kind}:${this.n}`).digest();
    return digest.readUInt32BE(0) & 0x3fffffff;
  }

  get state(): number {
    return this.n;
  }

  set state(n: number) {
    this.n = Math.max(this.n, n);
  }
}
