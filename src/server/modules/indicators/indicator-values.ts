import type { IndicatorFilterValues } from '../../../domain/indicator-filters';
import type { PeriodFigure } from '../../../domain/indicators.schemas';
import { progressPercent, ratioPercent } from '../../../domain/indicators';
import type { DbOrTx } from '../../platform/db/client';
import { findIndicatorSource } from './indicator-sources';
import type { IndicatorRow, TargetRow } from './indicators.repo';

async function countOf(
  db: DbOrTx,
  orgId: string,
  sourceKey: string,
  filters: IndicatorFilterValues,
  period: { from: string; to: string },
): Promise<number> {
  const source = findIndicatorSource(sourceKey);
  // A source removed from the registry counts nothing rather than failing the whole review.
  if (!source) return 0;
  return source.count(db, orgId, period.from, period.to, filters);
}

/** An indicator's value in one period against the target of that period, if any. */
export async function figureFor(
  db: DbOrTx,
  indicator: IndicatorRow,
  period: { from: string; to: string },
  target: TargetRow | undefined,
): Promise<PeriodFigure> {
  const numerator = await countOf(db, indicator.orgId, indicator.sourceKey, indicator.filters, period);
  let denominator: number | null = null;
  let value: number | null = numerator;
  if (indicator.kind === 'ratio' && indicator.denominatorSourceKey) {
    denominator = await countOf(
      db,
      indicator.orgId,
      indicator.denominatorSourceKey,
      indicator.denominatorFilters ?? {},
      period,
    );
    value = ratioPercent(numerator, denominator);
  }
  const targetValue = target?.target ?? null;
  return {
    from: period.from,
    to: period.to,
    value,
    numerator,
    denominator,
    target: targetValue,
    progress: progressPercent(value, targetValue),
  };
}
