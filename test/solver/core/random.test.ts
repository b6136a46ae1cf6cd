import { describe, expect, it } from 'vitest';
import { Random } from '../../../src/solver/core/random';

describe('Random', () => {
  it('gives the same sequence for the same seed', () => {
    const a = new Random(42);
    const b = new Random(42);
    const xs = Array.from({ length: 5 }, () => a.nextUint32());
    expect(Array.from({ length: 5 }, () => b.nextUint32())).toEqual(xs);
  });

  it('gives different sequences for seeds 1 and 2', () => {
    expect(new Random(1).nextUint32()).not.toBe(new Random(2).nextUint32());
  });

  it('continues exactly from a state that went through JSON', () => {
    const a = new Random(7);
    for (let i = 0; i < 10; i++) a.nextUint32();
    const b = Random.fromState(JSON.parse(JSON.stringify(a.getState())));
    expect(Array.from({ length: 5 }, () => b.nextFloat())).toEqual(Array.from({ length: 5 }, () => a.nextFloat()));
  });

  it('keeps nextInt within [0, bound) and reaches every value', () => {
    const r = new Random(3);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) {
      const x = r.nextInt(6);
      expect(x >= 0 && x < 6).toBe(true);
      seen.add(x);
    }
    expect(seen.size).toBe(6);
  });
});
