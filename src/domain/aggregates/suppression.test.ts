import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SMALL_CELL_THRESHOLD,
  formatCount,
  normalizeThreshold,
  percentOf,
  type PublishedCount,
  suppressList,
  suppressTable,
} from './suppression';

/**
 * An independent attacker: from what is published (numbers, '<' = 1..t−1, '*' = at least t) and the
 * table's sums, can a small cell be pinned to one value? It enumerates completions by brute force, each
 * hidden number within `radius` of its true value. radius 1 is exact for these tables (the constraints
 * form a network matrix: a second solution exists iff one exists differing by a ±1 cycle); the small
 * tables are also checked with a wide radius that does not rely on that argument.
 */
interface Unknown {
  truth: number;
  lo: number;
  hi: number;
}

function unknownOf(published: PublishedCount, truth: number, t: number, withheld: boolean): Unknown | null {
  if (published === '<') return { truth, lo: 1, hi: t - 1 };
  // In a withheld table '*' hides anything, zeros included.
  if (published === '*') return { truth, lo: withheld ? 0 : t, hi: Number.POSITIVE_INFINITY };
  expect(published).toBe(truth); // published numbers are the true ones
  return null;
}

/**
 * values: the true numbers; pub: what was published; equations: lists of [index, sign] summing to 0.
 * Returns the indexes of small ('<') cells that have only one possible value.
 */
function recoverable(
  values: number[],
  pub: PublishedCount[],
  equations: [number, number][][],
  t: number,
  radius: number,
  withheld = false,
): number[] {
  const unknowns = new Map<number, Unknown>();
  values.forEach((v, i) => {
    const u = unknownOf(pub[i]!, v, t, withheld);
    if (u) unknowns.set(i, u);
  });
  const order = [...unknowns.keys()];
  const recovered: number[] = [];
  for (const target of order) {
    // Every hidden small count (shown '<', or '*' in a withheld table).
    if (!(values[target]! >= 1 && values[target]! < t)) continue;
    const assigned = new Map<number, number>();
    const check = (): boolean =>
      equations.every((eq) => {
        let sum = 0;
        for (const [i, sign] of eq) {
          const v = unknowns.has(i) ? assigned.get(i) : values[i];
          if (v === undefined) return true; // not all known yet
          sum += sign * v;
        }
        return sum === 0;
      });
    const search = (k: number): boolean => {
      if (k === order.length) return assigned.get(target) !== values[target];
      const idx = order[k]!;
      const u = unknowns.get(idx)!;
      for (let v = Math.max(u.lo, u.truth - radius); v <= Math.min(u.hi, u.truth + radius); v++) {
        if (idx === target && v === u.truth) continue;
        assigned.set(idx, v);
        if (check() && search(k + 1)) return true;
      }
      assigned.delete(idx);
      return false;
    };
    // Put the target first so every completion tried differs on it.
    order.splice(order.indexOf(target), 1);
    order.unshift(target);
    if (!search(0)) recovered.push(target);
  }
  return recovered;
}

function listProblem(counts: number[], t: number, mode: 'free' | 'locked' = 'free') {
  const res = suppressList({ keys: counts.map((_, i) => `k${i}`), counts }, t, { total: mode });
  const total = counts.reduce((s, n) => s + n, 0);
  const values = [...counts, total];
  const pub = [...res.items.map((i) => i.count), res.total];
  const eq: [number, number][] = [...counts.map((_, i) => [i, 1] as [number, number]), [counts.length, -1]];
  return { res, values, pub, equations: [eq] };
}

function tableProblem(counts: number[][], t: number) {
  const R = counts.length;
  const C = counts[0]!.length;
  const res = suppressTable(
    { rows: counts.map((_, i) => `r${i}`), columns: counts[0]!.map((_, j) => `c${j}`), counts },
    t,
  );
  // Index layout: cells row-major, then row totals, then column totals, then the grand total.
  const rowTotals = counts.map((r) => r.reduce((s, n) => s + n, 0));
  const colTotals = counts[0]!.map((_, j) => counts.reduce((s, r) => s + r[j]!, 0));
  const grand = rowTotals.reduce((s, n) => s + n, 0);
  const values = [...counts.flat(), ...rowTotals, ...colTotals, grand];
  const pub = [...res.cells.flat(), ...res.rowTotals, ...res.columnTotals, res.total];
  const cell = (i: number, j: number) => i * C + j;
  const rowTotal = (i: number) => R * C + i;
  const colTotal = (j: number) => R * C + R + j;
  const grandIdx = R * C + R + C;
  const equations: [number, number][][] = [];
  for (let i = 0; i < R; i++) {
    equations.push([...counts[i]!.map((_, j) => [cell(i, j), 1] as [number, number]), [rowTotal(i), -1]]);
  }
  for (let j = 0; j < C; j++) {
    equations.push([...counts.map((_, i) => [cell(i, j), 1] as [number, number]), [colTotal(j), -1]]);
  }
  equations.push([...rowTotals.map((_, i) => [rowTotal(i), 1] as [number, number]), [grandIdx, -1]]);
  equations.push([...colTotals.map((_, j) => [colTotal(j), 1] as [number, number]), [grandIdx, -1]]);
  return { res, values, pub, equations };
}

// Case counts are mostly small: many zeros and small numbers, some large.
const count = fc.oneof(
  { arbitrary: fc.constant(0), weight: 2 },
  { arbitrary: fc.integer({ min: 1, max: 12 }), weight: 4 },
  { arbitrary: fc.integer({ min: 0, max: 60 }), weight: 3 },
);
const threshold = fc.integer({ min: 3, max: 11 });

describe('small-cell suppression (S7)', () => {
  it('shows counts 1..10 as "<11", keeps zeros and large counts, and hides one more to protect a lone small cell', () => {
    const res = suppressList({ keys: ['a', 'b', 'c', 'd'], counts: [0, 4, 30, 25] });
    expect(res.threshold).toBe(DEFAULT_SMALL_CELL_THRESHOLD);
    expect(res.items.map((i) => i.count)).toEqual([0, '<', 30, '*']);
    expect(res.total).toBe(59);
    expect(res.items.map((i) => formatCount(i.count, res.threshold))).toEqual(['0', '<11', '30', '*']);
    // Percentages only from published numbers.
    expect(percentOf(res.items[2]!.count, res.total)).toBe(50.8);
    expect(percentOf(res.items[1]!.count, res.total)).toBeNull();
    expect(percentOf(res.items[3]!.count, res.total)).toBeNull();
  });

  it('publishes a table with no small count unchanged, and two small cells protect each other when enough is hidden', () => {
    const big = suppressList({ keys: ['a', 'b'], counts: [12, 40] });
    expect(big.items.map((i) => i.count)).toEqual([12, 40]);
    expect(big.total).toBe(52);
    const two = suppressList({ keys: ['a', 'b', 'c'], counts: [3, 5, 40] });
    expect(two.items.map((i) => i.count)).toEqual(['<', '<', 40]);
  });

  it('hides the total when a small count has nothing else to hide behind', () => {
    const res = suppressList({ keys: ['a', 'b'], counts: [1, 11] });
    // 1 + 11 = 12: with "<11" ≥ 1 and "*" ≥ 11 the total would pin both; the total goes too.
    expect(res.items.map((i) => i.count)).toEqual(['<', 11]);
    expect(res.total).toBe('*');
    expect(
      recoverable(
        [1, 11, 12],
        ['<', 11, '*'],
        [
          [
            [0, 1],
            [1, 1],
            [2, -1],
          ],
        ],
        11,
        5,
      ),
    ).toEqual([]);
    // Hiding the 11 instead would not do: "<11" ≥ 1 and "*" ≥ 11 summing to 12 pin the small cell to 1.
    expect(
      recoverable(
        [1, 11, 12],
        ['<', '*', 12],
        [
          [
            [0, 1],
            [1, 1],
            [2, -1],
          ],
        ],
        11,
        5,
      ),
    ).toEqual([0]);
  });

  it('protects a small cell in a two-way table through its row and its column', () => {
    const res = suppressTable({
      rows: ['police', 'client'],
      columns: ['street', 'venue', 'online'],
      counts: [
        [5, 20, 30],
        [25, 18, 40],
      ],
    });
    expect(res.cells[0]![0]).toBe('<');
    // Its row and column each hide one more, so that a rectangle of hidden cells remains.
    expect(res.cells[0]!.filter((c) => typeof c !== 'number').length).toBeGreaterThanOrEqual(2);
    expect(res.cells.map((r) => r[0]).filter((c) => typeof c !== 'number').length).toBeGreaterThanOrEqual(2);
    expect(res.total).toBe(138);
  });

  it('a tiny caseload is all hidden but zeros, and the threshold is clamped to 2..100', () => {
    const res = suppressList({ keys: ['a', 'b', 'c'], counts: [2, 0, 3] });
    expect(res.items.map((i) => i.count)).toEqual(['<', 0, '<']);
    expect(res.total).toBe('<');
    expect(res.withheld).toBe(false);
    // With threshold 3, "<3" + "<3" under a "<3" total would be 1 and 1: withheld whole.
    const tiny = suppressList({ keys: ['a', 'b', 'c'], counts: [1, 1, 0] }, 3);
    expect(tiny.withheld).toBe(true);
    expect([...tiny.items.map((i) => i.count), tiny.total]).toEqual(['*', '*', '*', '*']);
    expect(normalizeThreshold(undefined)).toBe(11);
    expect(normalizeThreshold(1)).toBe(2);
    expect(normalizeThreshold(500)).toBe(100);
    expect(normalizeThreshold(5)).toBe(5);
    expect(() => suppressList({ keys: ['a'], counts: [-1] })).toThrow();
    expect(() => suppressList({ keys: ['a'], counts: [1.5] })).toThrow();
  });

  it('is fast enough for a month × act type table of a large organization', () => {
    const counts = Array.from({ length: 12 }, (_, i) =>
      Array.from({ length: 15 }, (_, j) => ((i * 7 + j * 13) % 17) + (j % 4 === 0 ? 20 : 0)),
    );
    const started = Date.now();
    const res = suppressTable({
      rows: counts.map((_, i) => `m${i}`),
      columns: counts[0]!.map((_, j) => `a${j}`),
      counts,
    });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(res.cells.flat().some((c) => c === '<')).toBe(true);
  });

  it('property: no published list lets a suppressed cell be recovered from its total', () => {
    fc.assert(
      fc.property(fc.array(count, { minLength: 1, maxLength: 6 }), threshold, (counts, t) => {
        const { res, values, pub, equations } = listProblem(counts, t);
        expect(recoverable(values, pub, equations, t, 1, res.withheld)).toEqual([]);
        // Every count 1..t−1 is hidden, every zero shown.
        if (!res.withheld)
          counts.forEach((n, i) => {
            if (n >= 1 && n < t) expect(pub[i]).toBe('<');
            if (n === 0) expect(pub[i]).toBe(0);
          });
      }),
      { numRuns: 400 },
    );
  });

  it('property: a list whose total is published elsewhere (locked) still protects its small cells', () => {
    fc.assert(
      fc.property(fc.array(count, { minLength: 1, maxLength: 6 }), threshold, (counts, t) => {
        const { res, values, pub, equations } = listProblem(counts, t, 'locked');
        const total = values[values.length - 1]!;
        // The total is never hidden as a complement: it is a number, or '<' when it is small itself.
        expect(res.total).toBe(total >= 1 && total < t ? '<' : total);
        expect(recoverable(values, pub, equations, t, 2, res.withheld)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('with no total (a case counts in several rows) only small counts are hidden', () => {
    const res = suppressList({ keys: ['a', 'b', 'c'], counts: [3, 0, 40] }, 11, { total: 'none' });
    expect(res.items.map((i) => i.count)).toEqual(['<', 0, 40]);
    expect(res.total).toBe('*');
  });

  it('property: no published table lets a suppressed cell be recovered from its row and column totals', () => {
    const dims = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }));
    fc.assert(
      fc.property(
        dims.chain(([r, c]) =>
          fc.array(fc.array(count, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }),
        ),
        threshold,
        (counts, t) => {
          const { res, values, pub, equations } = tableProblem(counts, t);
          expect(recoverable(values, pub, equations, t, 1, res.withheld)).toEqual([]);
          if (!res.withheld)
            values.forEach((n, i) => {
              if (n >= 1 && n < t) expect(pub[i]).toBe('<');
              if (n === 0) expect(pub[i]).toBe(0);
            });
        },
      ),
      { numRuns: 250 },
    );
  });

  it('property (wide search): small tables checked without relying on the ±1 argument', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 14 }), { minLength: 2, maxLength: 2 }), {
          minLength: 2,
          maxLength: 2,
        }),
        fc.integer({ min: 3, max: 6 }),
        (counts, t) => {
          const { res, values, pub, equations } = tableProblem(counts, t);
          expect(recoverable(values, pub, equations, t, 3, res.withheld)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
