/**
 * Small-cell suppression (SECURITY.md S7) for every aggregate that leaves a caseload: the analysis
 * dashboard, its exports, the network share and the regional views.
 *
 * - Primary suppression: a count from 1 to threshold−1 is published as the marker '<' (rendered "<11"
 *   with the default threshold 11). Zeros are published as 0.
 * - Complementary suppression: further cells (ordinary cells or totals, all ≥ threshold by construction)
 *   are hidden with the marker '*' until no small cell can be worked out from what stays published.
 *
 * What a reader is assumed to know: every published number, every row/column/grand total that is
 * published, that a '<' cell holds 1..threshold−1 and a '*' cell at least the threshold, and that every
 * cell is a non-negative integer. A small cell is protected when at least two values remain possible
 * for it. The check is exact: the table constraints are a network matrix, so a second value exists iff
 * an alternating cycle of hidden cells lets the cell move by ±1 with every cell staying in its bounds.
 * Percentages are computed only from published numbers (`percentOf`).
 */

export const DEFAULT_SMALL_CELL_THRESHOLD = 11;
export const MIN_SMALL_CELL_THRESHOLD = 2;
export const MAX_SMALL_CELL_THRESHOLD = 100;

/** A published count: a number, '<' (a small count, 1..threshold−1) or '*' (hidden to protect one). */
export type PublishedCount = number | '<' | '*';

export interface CountList {
  /** Category keys, in display order. */
  keys: readonly string[];
  counts: readonly number[];
}

export interface SuppressedList {
  threshold: number;
  /** Too few cases to publish anything safely: every count (zeros included) is '*' (a locked total stays). */
  withheld: boolean;
  items: { key: string; count: PublishedCount }[];
  total: PublishedCount;
}

export interface CountTable {
  rows: readonly string[];
  columns: readonly string[];
  /** counts[row][column] */
  counts: readonly (readonly number[])[];
}

export interface SuppressedTable {
  threshold: number;
  /** Too few cases to publish anything safely: every count (zeros included) is '*'. */
  withheld: boolean;
  rows: string[];
  columns: string[];
  cells: PublishedCount[][];
  rowTotals: PublishedCount[];
  columnTotals: PublishedCount[];
  total: PublishedCount;
}

export function isPublished(value: PublishedCount): value is number {
  return typeof value === 'number';
}

/** "<11" for a small count, "*" for a complementary one, the number otherwise. */
export function formatCount(value: PublishedCount, threshold: number): string {
  if (value === '<') return `<${threshold}`;
  if (value === '*') return '*';
  return String(value);
}

/** A percentage only when both numbers are published (never derived from a hidden cell). */
export function percentOf(value: PublishedCount, total: PublishedCount): number | null {
  if (!isPublished(value) || !isPublished(total) || total === 0) return null;
  return Math.round((value / total) * 1000) / 10;
}

export function normalizeThreshold(threshold: number | undefined | null): number {
  if (threshold === undefined || threshold === null || !Number.isInteger(threshold)) {
    return DEFAULT_SMALL_CELL_THRESHOLD;
  }
  return Math.min(MAX_SMALL_CELL_THRESHOLD, Math.max(MIN_SMALL_CELL_THRESHOLD, threshold));
}

// ---------------------------------------------------------------------------------------------------
// Engine: cells are edges between constraint nodes (one per line equation); FREE is a node without an
// equation (a one-dimensional list has no column equations). sigma is the sign of the cell in its
// equations (totals enter with −1), so every equation reads "sum of sigma·value = 0".

const FREE = -1;

type CellState = 'published' | 'small' | 'hidden';

export interface EngineCell {
  value: number;
  a: number;
  b: number;
  sigma: 1 | -1;
  /** Totals are hidden only when no ordinary cell helps. */
  isTotal: boolean;
  /** Published elsewhere already (a total shared by several lists): never hidden, never withheld. */
  locked?: boolean;
  state: CellState;
}

function bounds(cell: EngineCell, threshold: number): [number, number] {
  if (cell.state === 'small') return [1, threshold - 1];
  if (cell.state === 'hidden') return [threshold, Number.POSITIVE_INFINITY];
  return [cell.value, cell.value];
}

const SEARCH_BUDGET = 50_000;

/**
 * Is there an alternating cycle of non-published cells through `start` along which every cell can move
 * by one (in the direction its sign dictates) without leaving its bounds? true = the cell has a second
 * possible value. If the search budget runs out the answer is false (conservative: suppress more).
 */
export function hasSecondValue(cells: readonly EngineCell[], start: number, threshold: number): boolean {
  const p = cells[start]!;
  if (p.state === 'published') return false;
  const incident = new Map<number, number[]>();
  cells.forEach((c, i) => {
    if (c.state === 'published') return;
    for (const node of c.a === c.b ? [c.a] : [c.a, c.b]) {
      const list = incident.get(node);
      if (list) list.push(i);
      else incident.set(node, [i]);
    }
  });
  const fits = (i: number, s: number): boolean => {
    const c = cells[i]!;
    const [lo, hi] = bounds(c, threshold);
    const next = c.value + c.sigma * s;
    return next >= lo && next <= hi;
  };
  let budget = SEARCH_BUDGET;
  const usedEdges = new Set<number>([start]);
  const visitedNodes = new Set<number>();

  const walk = (node: number, lastSign: number, target: number, firstSign: number): boolean => {
    if (--budget <= 0) return false;
    const signs = node === FREE ? [1, -1] : [-lastSign];
    for (const edge of incident.get(node) ?? []) {
      if (usedEdges.has(edge)) continue;
      const c = cells[edge]!;
      const other = c.a === node ? c.b : c.a;
      for (const s of signs) {
        if (!fits(edge, s)) continue;
        if (other === target) {
          if (target === FREE || s === -firstSign) return true;
          continue;
        }
        if (visitedNodes.has(other)) continue;
        usedEdges.add(edge);
        visitedNodes.add(other);
        const found = walk(other, s, target, firstSign);
        usedEdges.delete(edge);
        visitedNodes.delete(other);
        if (found) return true;
        if (budget <= 0) return false;
      }
    }
    return false;
  };

  for (const s0 of [1, -1]) {
    if (!fits(start, s0)) continue;
    visitedNodes.clear();
    visitedNodes.add(p.b);
    visitedNodes.add(p.a);
    if (walk(p.b, s0, p.a, s0)) return true;
  }
  return false;
}

/** Nodes reachable from the cell through non-published cells (where a new hidden cell could help). */
function componentNodes(cells: readonly EngineCell[], start: number): Set<number> {
  const nodes = new Set<number>([cells[start]!.a, cells[start]!.b]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of cells) {
      if (c.state === 'published') continue;
      if (nodes.has(c.a) !== nodes.has(c.b)) {
        nodes.add(c.a);
        nodes.add(c.b);
        grew = true;
      }
    }
  }
  return nodes;
}

/**
 * Marks small cells and adds complementary ones until every small cell has a second possible value.
 * Returns false when even hiding every non-zero number is not enough (a tiny table whose markers and
 * zeros alone pin a small count): the caller then withholds the whole table.
 */
export function runSuppression(cells: EngineCell[], threshold: number): boolean {
  for (const c of cells) {
    c.state = c.value >= 1 && c.value < threshold ? 'small' : 'published';
  }
  const order = (x: EngineCell, y: EngineCell) => Number(x.isTotal) - Number(y.isTotal) || x.value - y.value;
  for (;;) {
    const failing = cells.findIndex((c, i) => c.state === 'small' && !hasSecondValue(cells, i, threshold));
    if (failing < 0) return true;
    const nodes = componentNodes(cells, failing);
    const candidates = cells
      .map((c, i) => ({ c, i }))
      .filter(
        ({ c }) => c.state === 'published' && !c.locked && c.value > 0 && (nodes.has(c.a) || nodes.has(c.b)),
      )
      .sort((x, y) => order(x.c, y.c));
    if (candidates.length === 0) {
      // Nothing published is connected to it: everything it could be worked out from is hidden
      // already. Hide every remaining non-zero number as a last resort.
      const rest = cells.filter((c) => c.state === 'published' && !c.locked && c.value > 0);
      if (rest.length === 0) return false;
      for (const c of rest) c.state = 'hidden';
      continue;
    }
    let chosen = candidates.find(({ c }) => {
      c.state = 'hidden';
      const ok = hasSecondValue(cells, failing, threshold);
      c.state = 'published';
      return ok;
    });
    // No single cell is enough: hide the smallest one touching the small cell's own lines and go on.
    chosen ??=
      candidates.find(({ c }) => {
        const f = cells[failing]!;
        return c.a === f.a || c.a === f.b || c.b === f.a || c.b === f.b;
      }) ?? candidates[0]!;
    chosen.c.state = 'hidden';
  }
}

function publish(cell: EngineCell, withheld: boolean): PublishedCount {
  if (withheld && !cell.locked) return '*';
  if (cell.state === 'small') return '<';
  if (cell.state === 'hidden') return '*';
  return cell.value;
}

function assertCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error('suppression: counts must be non-negative integers');
}

export interface ListOptions {
  /**
   * 'free' (default): the total is published unless it must be hidden too. 'locked': the total is
   * published elsewhere (several distributions of the same cases share it), so it is never hidden;
   * a withheld list then keeps it. 'none': no total is published (a case counts in several rows), so
   * no sum links the cells and only small counts are hidden; `total` is then '*'.
   */
  total?: 'free' | 'locked' | 'none';
}

/** One-dimensional distribution with its total ("cases by location type"). */
export function suppressList(
  input: CountList,
  threshold: number = DEFAULT_SMALL_CELL_THRESHOLD,
  options: ListOptions = {},
): SuppressedList {
  const t = normalizeThreshold(threshold);
  if (input.keys.length !== input.counts.length) throw new Error('suppression: keys and counts differ');
  input.counts.forEach(assertCount);
  if (options.total === 'none') {
    return {
      threshold: t,
      withheld: false,
      items: input.keys.map((key, i) => {
        const n = input.counts[i]!;
        return { key, count: n >= 1 && n < t ? ('<' as const) : n };
      }),
      total: '*',
    };
  }
  const total = input.counts.reduce((s, n) => s + n, 0);
  const cells: EngineCell[] = input.counts.map((value) => ({
    value,
    a: 0,
    b: FREE,
    sigma: 1,
    isTotal: false,
    state: 'published',
  }));
  cells.push({
    value: total,
    a: 0,
    b: FREE,
    sigma: -1,
    isTotal: true,
    locked: options.total === 'locked',
    state: 'published',
  });
  const withheld = !runSuppression(cells, t);
  return {
    threshold: t,
    withheld,
    items: input.keys.map((key, i) => ({ key, count: publish(cells[i]!, withheld) })),
    total: publish(cells[cells.length - 1]!, withheld),
  };
}

/** Two-dimensional table with row, column and grand totals ("interventions by type and impact"). */
export function suppressTable(
  input: CountTable,
  threshold: number = DEFAULT_SMALL_CELL_THRESHOLD,
): SuppressedTable {
  const t = normalizeThreshold(threshold);
  const R = input.rows.length;
  const C = input.columns.length;
  if (input.counts.length !== R || input.counts.some((row) => row.length !== C)) {
    throw new Error('suppression: counts do not match rows × columns');
  }
  input.counts.forEach((row) => row.forEach(assertCount));
  // Nodes: row equations 0..R (R = the column-totals row), column equations R+1..R+1+C (last = totals column).
  const rowNode = (i: number) => i;
  const colNode = (j: number) => R + 1 + j;
  const cells: EngineCell[] = [];
  const at = (i: number, j: number) => cells[i * (C + 1) + j]!;
  const rowTotals = input.counts.map((row) => row.reduce((s, n) => s + n, 0));
  const colTotals = input.columns.map((_, j) => input.counts.reduce((s, row) => s + row[j]!, 0));
  const grand = rowTotals.reduce((s, n) => s + n, 0);
  for (let i = 0; i <= R; i++) {
    for (let j = 0; j <= C; j++) {
      const inner = i < R && j < C;
      const value = inner ? input.counts[i]![j]! : i < R ? rowTotals[i]! : j < C ? colTotals[j]! : grand;
      const sigma: 1 | -1 = (i === R) !== (j === C) ? -1 : 1;
      cells.push({ value, a: rowNode(i), b: colNode(j), sigma, isTotal: !inner, state: 'published' });
    }
  }
  const withheld = !runSuppression(cells, t);
  return {
    threshold: t,
    withheld,
    rows: [...input.rows],
    columns: [...input.columns],
    cells: input.rows.map((_, i) => input.columns.map((_, j) => publish(at(i, j), withheld))),
    rowTotals: input.rows.map((_, i) => publish(at(i, C), withheld)),
    columnTotals: input.columns.map((_, j) => publish(at(R, j), withheld)),
    total: publish(at(R, C), withheld),
  };
}
