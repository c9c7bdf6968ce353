import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addHash,
  createHll,
  deserializeHll,
  estimateHll,
  type HllSketch,
  mergeAllHll,
  mergeHll,
  roundedEstimate,
  serializeHll,
} from './hll';

/** mulberry32: a small seeded PRNG, enough to make uniform 32-byte "keyed hashes" cheaply. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

function fillHash(next: () => number, out: Uint8Array): Uint8Array {
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  for (let i = 0; i < out.length; i += 4) view.setUint32(i, next());
  return out;
}

function hashes(seed: number, n: number): Uint8Array[] {
  const next = seededRandom(seed);
  return Array.from({ length: n }, () => fillHash(next, new Uint8Array(32)));
}

function sketchOf(list: readonly Uint8Array[], precision?: number): HllSketch {
  const s = createHll(precision);
  for (const h of list) addHash(s, h);
  return s;
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

describe('HyperLogLog', () => {
  it('has a median relative error of at most 2% over 50 trials of 50,000 distinct hashes at 4,096 registers', () => {
    const n = 50_000;
    const errors: number[] = [];
    const buffer = new Uint8Array(32);
    for (let trial = 0; trial < 50; trial++) {
      const next = seededRandom(1000 + trial);
      const sketch = createHll();
      expect(sketch.registers.length).toBe(4096);
      for (let i = 0; i < n; i++) addHash(sketch, fillHash(next, buffer));
      errors.push(Math.abs(estimateHll(sketch) - n) / n);
    }
    expect(median(errors)).toBeLessThanOrEqual(0.02);
    // No trial is wildly off either (≈ 5 standard errors of 1.6%).
    expect(Math.max(...errors)).toBeLessThan(0.08);
  });

  it('stays within a few percent across the small and intermediate ranges (no bias gap)', () => {
    for (const n of [1, 10, 100, 1000, 3000, 5000, 8000, 12_000, 20_000]) {
      const errors = [0, 1, 2, 3, 4].map((seed) => {
        const estimate = estimateHll(sketchOf(hashes(n * 7 + seed, n)));
        return Math.abs(estimate - n) / n;
      });
      expect(median(errors), `n=${n}`).toBeLessThanOrEqual(0.04);
    }
  });

  it('counts tiny sets exactly with linear counting', () => {
    expect(roundedEstimate(createHll())).toBe(0);
    for (const n of [1, 2, 3, 5, 8, 13]) {
      expect(roundedEstimate(sketchOf(hashes(n, n)))).toBe(n);
    }
  });

  it('ignores a hash added twice and reads only the first 64 bits', () => {
    const [a, b] = hashes(42, 2) as [Uint8Array, Uint8Array];
    const once = sketchOf([a, b]);
    const twice = sketchOf([a, b, a, b, a]);
    expect(twice.registers).toEqual(once.registers);
    const tail = new Uint8Array(a);
    tail[31] = (tail[31] ?? 0) ^ 0xff;
    expect(sketchOf([tail, b]).registers).toEqual(once.registers);
  });

  it('gives the first zero bit its rank, including an all-zero remainder', () => {
    const s = createHll(12);
    addHash(s, new Uint8Array(8)); // index 0, remainder all zeros → 64 − 12 + 1
    expect(s.registers[0]).toBe(53);
    const h = new Uint8Array(8);
    h[0] = 0xff;
    h[1] = 0xf8; // index 0xfff, remainder starts with 1 → rank 1
    addHash(s, h);
    expect(s.registers[4095]).toBe(1);
    expect(() => addHash(s, new Uint8Array(7))).toThrow();
  });

  it('estimates the union of disjoint and of overlapping sets', () => {
    const all = hashes(7, 30_000);
    const a = all.slice(0, 20_000);
    const b = all.slice(10_000, 30_000); // overlaps a in 10,000
    const c = hashes(8, 15_000); // disjoint from both
    const ab = estimateHll(mergeHll(sketchOf(a), sketchOf(b)));
    expect(Math.abs(ab - 30_000) / 30_000).toBeLessThan(0.05);
    const ac = estimateHll(mergeHll(sketchOf(a), sketchOf(c)));
    expect(Math.abs(ac - 35_000) / 35_000).toBeLessThan(0.05);
    // The merged sketch is exactly the sketch of the union.
    expect(mergeHll(sketchOf(a), sketchOf(b)).registers).toEqual(sketchOf(all).registers);
  });

  const arbSketch = fc
    .array(fc.uint8Array({ minLength: 8, maxLength: 8 }), { maxLength: 60 })
    .map((list) => sketchOf(list, 10));

  it('merges commutatively, associatively and idempotently (property)', () => {
    fc.assert(
      fc.property(arbSketch, arbSketch, arbSketch, (a, b, c) => {
        expect(mergeHll(a, b).registers).toEqual(mergeHll(b, a).registers);
        expect(mergeHll(mergeHll(a, b), c).registers).toEqual(mergeHll(a, mergeHll(b, c)).registers);
        expect(mergeHll(a, a).registers).toEqual(a.registers);
        expect(mergeAllHll([c, a, b]).registers).toEqual(mergeAllHll([a, b, c]).registers);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses to merge sketches of different precision', () => {
    expect(() => mergeHll(createHll(10), createHll(12))).toThrow();
    expect(() => createHll(9)).toThrow();
    expect(() => createHll(17)).toThrow();
  });

  it('round-trips through its versioned serialization and rejects damaged bytes', () => {
    const s = sketchOf(hashes(3, 500), 11);
    const bytes = serializeHll(s);
    expect(bytes[0]).toBe(1);
    expect(bytes[1]).toBe(11);
    expect(bytes.length).toBe(2 + 2048);
    const back = deserializeHll(bytes);
    expect(back.precision).toBe(11);
    expect(back.registers).toEqual(s.registers);
    expect(() => deserializeHll(Uint8Array.of(2, ...bytes.subarray(1)))).toThrow(/version/);
    expect(() => deserializeHll(bytes.subarray(0, bytes.length - 1))).toThrow(/length/);
    const bad = new Uint8Array(bytes);
    bad[5] = 60;
    expect(() => deserializeHll(bad)).toThrow(/register/);
  });
});
