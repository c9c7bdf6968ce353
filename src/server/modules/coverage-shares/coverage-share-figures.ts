import type { RawShareFigures } from '../../../domain/aggregates/coverage-share-payload';
import { addHash, createHll, type HllSketch } from '../../../domain/aggregates/hll';
import type { CoverageShareMetric } from '../../../domain/coverage-shares.schemas';
import type { CoverageRow } from '../../../domain/coverage.schemas';
import type { DbOrTx } from '../../platform/db/client';
import { getRegistrySettings } from '../registry-settings/registry-settings.service';
import { computeCoverage } from '../coverage/coverage.service';
import { listReachedMemberHashes, listSiteLabels } from './coverage-shares.repo';

/** The share's figures of one row of the coverage engine (the default package's definition). */
export function metricsOfRow(row: CoverageRow): Record<CoverageShareMetric, number> {
  return {
    reached: row.reached,
    reached_with_package: row.reachedWithPackage,
    regular_contact: row.regularContact,
    new_members: row.newMembers,
    contacts: row.contacts,
    referrals_made: row.referralsMade,
    referrals_completed: row.referralsCompleted,
    condoms_given: row.condomsGiven,
    lubricant_given: row.lubricantGiven,
    condoms_needed: row.condomsNeeded,
    estimate_low: row.estimate.low,
    estimate_point: row.estimate.point,
    estimate_high: row.estimate.high,
  };
}

function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    months.push(month);
    if (month >= to) return months;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}

function byMetric(rows: readonly Record<CoverageShareMetric, number>[]) {
  const out: Partial<Record<CoverageShareMetric, number[]>> = {};
  for (const row of rows) {
    for (const [metric, value] of Object.entries(row) as [CoverageShareMetric, number][]) {
      (out[metric] ??= []).push(value);
    }
  }
  return out;
}

/**
 * The exact figures of a share (never leave the server): the coverage engine for the whole period by
 * site, and month by month for the organization, with the default package.
 */
export async function rawShareFigures(
  db: DbOrTx,
  orgId: string,
  period: { from: string; to: string; start: string; end: string },
  now: Date,
): Promise<RawShareFigures> {
  const report = await computeCoverage(db, orgId, { from: period.from, to: period.to, level: 'site' }, now);
  const months = monthsOf(period.from, period.to);
  const monthly = [];
  for (const month of months) {
    const one = await computeCoverage(db, orgId, { from: month, to: month, level: 'organization' }, now);
    monthly.push(metricsOfRow(one.total));
  }
  const labels = await listSiteLabels(db, orgId);
  const siteRows = report.rows.filter((r) => r.unit.level === 'site');
  return {
    threshold: (await getRegistrySettings(db, orgId)).smallCellThreshold,
    periodStart: period.start,
    periodEnd: period.end,
    package: {
      name: report.package.name,
      version: report.package.version,
      funderLabel: report.package.funderLabel,
    },
    months,
    byMonth: byMetric(monthly),
    sites: siteRows.map((r) => {
      const label = r.unit.id ? labels.get(r.unit.id) : undefined;
      return { id: r.unit.id, municipality: label?.municipality ?? null, typology: label?.typology ?? null };
    }),
    bySite: byMetric(siteRows.map(metricsOfRow)),
    totals: metricsOfRow(report.total),
  };
}

/** The sketch of the members reached in the period (their keyed hashes; 4,096 registers). */
export async function buildReachedSketch(
  db: DbOrTx,
  orgId: string,
  start: string,
  end: string,
): Promise<HllSketch> {
  const sketch = createHll();
  for (const hash of await listReachedMemberHashes(db, orgId, start, end)) addHash(sketch, hash);
  return sketch;
}
