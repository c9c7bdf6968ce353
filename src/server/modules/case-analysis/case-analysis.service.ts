import { createHash } from 'node:crypto';
import {
  type AnalysisDimension,
  type AnalysisQuery,
  type CaseAggregates,
  INTERVENTION_IMPACTS,
  INTERVENTION_TYPES,
  monthEnd,
  monthStart,
} from '../../../domain/case-analysis.schemas';
import { CASE_OUTCOMES, PERPETRATOR_TYPES } from '../../../domain/cases';
import { LOCATION_TYPES } from '../../../domain/cases.schemas';
import {
  type RawCaseCounts,
  type RawList,
  suppressCaseCounts,
} from '../../../domain/aggregates/case-aggregates';
import type { Locale } from '../../../domain/locales';
import type { DbOrTx } from '../../platform/db/client';
import type { FileDownload } from '../../platform/http/file-response';
import { analysisCsv, analysisPdf, analysisXlsx } from './case-analysis.export';
import { orgContext, type ServiceContext } from '../../platform/http/route-spec';
import { getRegistrySettings } from '../registry-settings/registry-settings.service';
import * as repo from './case-analysis.repo';

type Labels = { es: string; 'pt-BR': string; en: string };
const same = (text: string): Labels => ({ es: text, 'pt-BR': text, en: text });

/** Fixed categories first (zeros included, so tables keep their shape), then any other key found. */
function listOf(
  dimension: AnalysisDimension,
  found: { key: string | null; n: number }[],
  fixed: readonly string[],
  labels: (key: string) => Labels | null = () => null,
  nullKey = 'unknown',
): RawList {
  const counts = new Map<string, number>();
  for (const row of found) {
    const key = row.key ?? nullKey;
    counts.set(key, (counts.get(key) ?? 0) + Number(row.n));
  }
  const keys = [...fixed, ...[...counts.keys()].filter((k) => !fixed.includes(k)).sort()];
  return { dimension, items: keys.map((key) => ({ key, label: labels(key), count: counts.get(key) ?? 0 })) };
}

/**
 * Exact counts of the organization's consented cases in the period, for every distribution of the
 * analysis. Internal: callers publish only `suppressCaseCounts(...)` of it.
 */
export async function rawCaseCounts(db: DbOrTx, filter: repo.EligibleFilter): Promise<RawCaseCounts> {
  const [
    cases,
    actTypes,
    actRows,
    perpRows,
    stateRows,
    locationRows,
    monthRows,
    areaRows,
    intRows,
    outcomeRows,
  ] = [
    await repo.countCases(db, filter),
    await repo.listActTypeLabels(db, filter.orgId),
    await repo.countByChild(db, filter, 'act_type'),
    await repo.countByChild(db, filter, 'perpetrator_type'),
    await repo.countByCaseColumn(db, filter, 'perpetrator_state'),
    await repo.countByCaseColumn(db, filter, 'location_type'),
    await repo.countByCaseColumn(db, filter, 'month'),
    await repo.countByCaseColumn(db, filter, 'area_id'),
    await repo.countByChild(db, filter, 'intervention_type'),
    await repo.countByCaseColumn(db, filter, 'outcome'),
  ];
  const barrierRows = await repo.countByChild(db, filter, 'barrier');
  const barriers = await repo.listBarrierTitles(db, filter.orgId);
  const impactRows = await repo.countInterventionImpact(db, filter);
  const areaIds = areaRows.map((r) => r.key).filter((k): k is string => k !== null);
  const areaNames = new Map((await repo.listAreaNames(db, filter.orgId, areaIds)).map((a) => [a.id, a.name]));
  const actLabels = new Map(actTypes.map((a) => [a.key, a.labels]));
  const barrierTitles = new Map(barriers.map((b) => [b.id, b.title]));

  const impactTypes = INTERVENTION_TYPES.filter((type) => impactRows.some((r) => r.type === type));
  const impactCounts = impactTypes.map((type) =>
    INTERVENTION_IMPACTS.map((impact) =>
      Number(impactRows.find((r) => r.type === type && r.impact === impact)?.n ?? 0),
    ),
  );
  return {
    periodStart: filter.from,
    periodEnd: filter.to,
    cases,
    lists: [
      listOf(
        'act_type',
        actRows,
        actTypes.filter((a) => a.active).map((a) => a.key),
        (key) => {
          const l = actLabels.get(key);
          return l ? { es: l.es ?? key, 'pt-BR': l['pt-BR'] ?? l.es ?? key, en: l.en ?? l.es ?? key } : null;
        },
      ),
      listOf('perpetrator_type', perpRows, PERPETRATOR_TYPES),
      listOf('perpetrator_state', stateRows, ['state', 'non_state', 'both', 'none'], () => null, 'none'),
      listOf('location_type', locationRows, [...LOCATION_TYPES, 'unknown']),
      listOf('month', monthRows, []),
      listOf('area', areaRows, [], (key) => {
        const name = areaNames.get(key);
        return name ? same(name) : null;
      }),
      listOf('intervention_type', intRows, INTERVENTION_TYPES),
      listOf('outcome', outcomeRows, [...CASE_OUTCOMES, 'not_closed']),
      listOf(
        'barrier',
        barrierRows,
        barriers.map((b) => b.id),
        (key) => {
          const title = barrierTitles.get(key);
          return title ? same(title) : null;
        },
      ),
    ],
    interventionImpact: { rows: [...impactTypes], columns: [...INTERVENTION_IMPACTS], counts: impactCounts },
  };
}

export async function smallCellThreshold(db: DbOrTx, orgId: string): Promise<number> {
  return (await getRegistrySettings(db, orgId)).smallCellThreshold;
}

/** The dashboard: every distribution of consented cases in the period (whole months), suppressed (S7). */
export async function getAnalysis(ctx: ServiceContext, query: AnalysisQuery): Promise<CaseAggregates> {
  const c = orgContext(ctx);
  const raw = await rawCaseCounts(c.db, {
    orgId: c.org.orgId,
    from: query.from ? monthStart(query.from) : null,
    to: query.to ? monthEnd(query.to) : null,
    purpose: 'record',
  });
  return suppressCaseCounts(raw, await smallCellThreshold(c.db, c.org.orgId));
}

/** A stable digest of a payload (what the coordinator previewed is what she approves). */
export function payloadDigest(payload: CaseAggregates): string {
  return createHash('sha256').update(JSON.stringify(payload)).digest('hex');
}

/** The export files, audited (format and period; no content). */
export async function exportAnalysis(
  ctx: ServiceContext,
  format: 'csv' | 'xlsx' | 'pdf',
  query: AnalysisQuery,
  locale: Locale,
): Promise<FileDownload> {
  const c = orgContext(ctx);
  const agg = await getAnalysis(ctx, query);
  const file =
    format === 'csv'
      ? analysisCsv(agg, locale, c.now)
      : format === 'xlsx'
        ? await analysisXlsx(agg, locale, c.now)
        : await analysisPdf(agg, c.org.orgName, c.now);
  await c.audit({
    action: 'hr_analysis.exported',
    resourceType: 'hr_analysis',
    resourceId: null,
    details: { format, from: query.from ?? null, to: query.to ?? null },
  });
  return file;
}
