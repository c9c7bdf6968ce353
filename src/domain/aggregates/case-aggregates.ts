import {
  type AggregateCrossTable,
  type AggregateList,
  type AnalysisDimension,
  type CaseAggregates,
  MULTI_VALUED_DIMENSIONS,
} from '../case-analysis.schemas';
import { type PublishedCount, suppressList, suppressTable } from './suppression';

type Labels = { es: string; 'pt-BR': string; en: string };

/** Exact counts as the database answers them; never leave the server like this. */
export interface RawList {
  dimension: AnalysisDimension;
  items: { key: string; label: Labels | null; count: number }[];
}

export interface RawCaseCounts {
  periodStart: string | null;
  periodEnd: string | null;
  /** Consented cases in the period (every single-valued distribution sums to it). */
  cases: number;
  lists: RawList[];
  interventionImpact: { rows: string[]; columns: string[]; counts: number[][] };
}

/**
 * Suppresses every table of the analysis (S7). Single-valued distributions (location, month, area,
 * outcome, state/non-state) share one total, the number of cases: it is published once as it is
 * ('<' when small) and locked in each of them, so that no distribution hides it while another shows
 * it. Multi-valued ones (a case with two act types counts twice) publish no total, so only their small
 * counts are hidden. The interventions table (type × impact) counts interventions, with its totals.
 */
export function suppressCaseCounts(raw: RawCaseCounts, threshold: number): CaseAggregates {
  const lists: AggregateList[] = raw.lists.map((list) => {
    const multi = MULTI_VALUED_DIMENSIONS.includes(list.dimension);
    const res = suppressList(
      { keys: list.items.map((i) => i.key), counts: list.items.map((i) => i.count) },
      threshold,
      { total: multi ? 'none' : 'locked' },
    );
    return {
      dimension: list.dimension,
      withheld: res.withheld,
      items: res.items.map((item, i) => ({ key: item.key, label: list.items[i]!.label, count: item.count })),
      total: res.total,
    };
  });
  const table = suppressTable(
    {
      rows: raw.interventionImpact.rows,
      columns: raw.interventionImpact.columns,
      counts: raw.interventionImpact.counts,
    },
    threshold,
  );
  const cases: PublishedCount = raw.cases >= 1 && raw.cases < threshold ? '<' : raw.cases;
  return {
    threshold,
    periodStart: raw.periodStart,
    periodEnd: raw.periodEnd,
    cases,
    lists,
    interventionImpact: {
      rows: table.rows,
      columns: table.columns,
      withheld: table.withheld,
      cells: table.cells,
      rowTotals: table.rowTotals,
      columnTotals: table.columnTotals,
      total: table.total,
    },
  };
}

const sumPublished = (values: readonly PublishedCount[]): PublishedCount =>
  values.every((v) => typeof v === 'number') ? values.reduce<number>((s, v) => s + v, 0) : '*';

/**
 * The regional view's combined tables: organizations (rows) × categories (columns) of one dimension,
 * built only from what each organization approved (its suppressed payload). A combined total is the sum
 * of published numbers only; where any organization's cell is hidden the total is hidden too ('*'), so
 * nothing an organization hid can be worked out from the network's totals.
 */
export function combineShares(
  shares: readonly { orgId: string; payload: CaseAggregates }[],
  dimension: AnalysisDimension,
): AggregateCrossTable {
  const columns: string[] = [];
  for (const share of shares) {
    const list = share.payload.lists.find((l) => l.dimension === dimension);
    for (const item of list?.items ?? []) if (!columns.includes(item.key)) columns.push(item.key);
  }
  const cells = shares.map((share) => {
    const list = share.payload.lists.find((l) => l.dimension === dimension);
    return columns.map((key) => list?.items.find((i) => i.key === key)?.count ?? 0);
  });
  const rowTotals = shares.map((share) => {
    const list = share.payload.lists.find((l) => l.dimension === dimension);
    return list ? list.total : 0;
  });
  const columnTotals = columns.map((_, j) => sumPublished(cells.map((row) => row[j]!)));
  const multi = MULTI_VALUED_DIMENSIONS.includes(dimension);
  return {
    rows: shares.map((s) => s.orgId),
    columns,
    withheld: false,
    cells,
    rowTotals: multi ? rowTotals.map(() => '*' as const) : rowTotals,
    columnTotals,
    total: multi ? '*' : sumPublished(rowTotals),
  };
}
