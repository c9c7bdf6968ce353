import type { IndicatorFilterValues } from '../../../domain/indicator-filters';
import type {
  IndicatorCreateInput,
  IndicatorSourceList,
  IndicatorTargetInput,
  IndicatorUpdateInput,
  IndicatorView,
} from '../../../domain/indicators.schemas';
import { newId } from '../../../domain/ids';
import { isUniqueViolation } from '../../platform/db/pg-errors';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import { filterKeysOf, findIndicatorSource, INDICATOR_SOURCES } from './indicator-sources';
import { presentIndicator } from './indicators.presenter';
import * as repo from './indicators.repo';

const invalid = (field: string, reason = 'invalid_value') =>
  new AppError('validation', { field, params: { reason } });

export function listSources(ctx: ServiceContext): IndicatorSourceList {
  orgContext(ctx);
  return {
    sources: INDICATOR_SOURCES.map((source) => ({
      key: source.key,
      labelKey: source.labelKey,
      filterKeys: filterKeysOf(source),
    })),
  };
}

async function presentOne(c: OrgServiceContext, row: repo.IndicatorRow): Promise<IndicatorView> {
  return presentIndicator(row, await repo.listTargets(c.db, c.org.orgId, [row.id]));
}

export async function listIndicators(ctx: ServiceContext): Promise<IndicatorView[]> {
  const c = orgContext(ctx);
  const rows = await repo.listIndicators(c.db, c.org.orgId);
  const targets = await repo.listTargets(
    c.db,
    c.org.orgId,
    rows.map((row) => row.id),
  );
  return rows.map((row) => presentIndicator(row, targets));
}

/** The source must exist and understand every filter given (named by `field` when it does not). */
function checkedFilters(
  sourceKey: string,
  filters: IndicatorFilterValues | undefined,
  fields: { source: string; filters: string },
): IndicatorFilterValues {
  const source = findIndicatorSource(sourceKey);
  if (!source) throw invalid(fields.source);
  const given = Object.fromEntries(Object.entries(filters ?? {}).filter(([, value]) => value !== undefined));
  const parsed = source.filters.safeParse(given);
  if (!parsed.success) throw invalid(fields.filters);
  return given;
}

export async function createIndicator(
  ctx: ServiceContext,
  input: IndicatorCreateInput,
): Promise<IndicatorView> {
  const c = orgContext(ctx);
  const id = input.id ?? newId(c.now.getTime());
  const filters = checkedFilters(input.sourceKey, input.filters, { source: 'sourceKey', filters: 'filters' });
  const denominatorFilters =
    input.denominatorSourceKey === undefined
      ? null
      : checkedFilters(input.denominatorSourceKey, input.denominatorFilters, {
          source: 'denominatorSourceKey',
          filters: 'denominatorFilters',
        });
  const row: repo.IndicatorRow = {
    orgId: c.org.orgId,
    id,
    name: input.name,
    kind: input.kind,
    sourceKey: input.sourceKey,
    filters,
    denominatorSourceKey: input.denominatorSourceKey ?? null,
    denominatorFilters,
    archivedAt: null,
    createdAt: c.now,
    updatedAt: c.now,
  };
  const inserted = await withUniqueName(() => repo.insertIndicator(c.db, row));
  if (!inserted) {
    // A retry of the same create (client-generated id) answers with the record; anything else conflicts.
    const existing = await repo.findIndicator(c.db, c.org.orgId, id);
    if (!existing || existing.name !== input.name) throw new AppError('conflict', { field: 'id' });
    return presentOne(c, existing);
  }
  await ctx.audit({
    action: 'indicator.created',
    resourceType: 'indicator',
    resourceId: id,
    details: { kind: input.kind, source: input.sourceKey, denominator: input.denominatorSourceKey ?? null },
  });
  return presentIndicator(row, []);
}

async function withUniqueName<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, 'indicators_name_uq')) throw new AppError('conflict', { field: 'name' });
    throw error;
  }
}

export async function updateIndicator(
  ctx: ServiceContext,
  id: string,
  input: IndicatorUpdateInput,
): Promise<IndicatorView> {
  const c = orgContext(ctx);
  const current = await repo.findIndicator(c.db, c.org.orgId, id);
  if (!current) throw new AppError('not_found');
  const values: Parameters<typeof repo.updateIndicator>[3] = { updatedAt: c.now };
  if (input.name !== undefined) values.name = input.name;
  if (input.archived !== undefined) values.archivedAt = input.archived ? (current.archivedAt ?? c.now) : null;
  const row = await withUniqueName(() => repo.updateIndicator(c.db, c.org.orgId, id, values));
  if (!row) throw new AppError('not_found');
  await ctx.audit({
    action: 'indicator.updated',
    resourceType: 'indicator',
    resourceId: id,
    details: { name: input.name !== undefined, archived: input.archived ?? null },
  });
  return presentOne(c, row);
}

/** Sets (or with `target: null` removes) the target of one period. */
export async function setTarget(
  ctx: ServiceContext,
  id: string,
  input: IndicatorTargetInput,
): Promise<IndicatorView> {
  const c = orgContext(ctx);
  const row = await repo.findIndicator(c.db, c.org.orgId, id);
  if (!row) throw new AppError('not_found');
  const key = { indicatorId: id, periodType: input.periodType, periodStart: `${input.periodStart}-01` };
  if (input.target === null) await repo.deleteTarget(c.db, c.org.orgId, key);
  else await repo.upsertTarget(c.db, { orgId: c.org.orgId, ...key, target: input.target, updatedAt: c.now });
  await ctx.audit({
    action: 'indicator.target_set',
    resourceType: 'indicator',
    resourceId: id,
    details: { periodType: input.periodType, periodStart: input.periodStart, removed: input.target === null },
  });
  return presentOne(c, row);
}
