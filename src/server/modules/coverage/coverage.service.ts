import { sql, type SQL } from 'drizzle-orm';
import { ruleMasks } from '../../../domain/coverage/package-rule';
import {
  DEFAULT_PACKAGE_RULE,
  monthsBetween,
  type CoverageLevel,
  type CoverageQuery,
  type CoverageReport,
  type CoverageRow,
  type CoverageTrendPoint,
  type CoverageUnit,
  type ReportingCounts,
} from '../../../domain/coverage.schemas';
import { newId } from '../../../domain/ids';
import type { DbOrTx } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { currentEstimates } from '../sites/site-estimates.repo';
import { presentStockPoint } from '../stock/stock.presenter';
import * as stockRepo from '../stock/stock.repo';
import { refreshDirtyMonths } from './coverage-preaggregate';
import * as repo from './coverage-packages.repo';

/**
 * Coverage indicators (issue 4). The contract other modules build on (roll-up, dashboards, exports,
 * generator benchmarks):
 *
 *   computeCoverage(db: DbOrTx, orgId: string, query: CoverageQuery): Promise<CoverageReport>
 *
 * - A pure read of aggregates: no audit (the route that calls it audits), no policy check. Before
 *   reading it refreshes the organization's dirty months of the pre-aggregates
 *   (`coverage_member_months`, `coverage_site_months`), so figures always reflect every effective
 *   contact committed before the call.
 * - Throws AppError('not_found') for a `packageId`, `localGroupId` or `siteId` of another organization.
 * - Creates the organization's default package on first use.
 */

export const DEFAULT_PACKAGE_NAME = 'Paquete mínimo';

/** `YYYY-MM` plus n months. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function monthRange(from: string, to: string): string[] {
  return Array.from({ length: monthsBetween(from, to) + 1 }, (_, i) => addMonths(from, i));
}

const day = (month: string) => `${month}-01`;

/** The organization's default package, created on first use (two first readers race on a unique index). */
export async function ensureDefaultPackage(db: DbOrTx, orgId: string, now: Date): Promise<repo.PackageRow> {
  const existing = await repo.findDefaultPackage(db, orgId);
  if (existing) return existing;
  await db.transaction(async (tx) => {
    for (const name of [DEFAULT_PACKAGE_NAME, `${DEFAULT_PACKAGE_NAME} (1)`]) {
      const id = newId(now.getTime());
      const inserted = await repo.insertPackage(tx, {
        orgId,
        id,
        name,
        funderLabel: null,
        isDefault: true,
        currentVersion: 1,
        archivedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      if (inserted) {
        await repo.insertVersion(tx, {
          orgId,
          packageId: id,
          version: 1,
          rule: DEFAULT_PACKAGE_RULE,
          createdBy: null,
          createdAt: now,
        });
        return;
      }
      if (await repo.findDefaultPackage(tx, orgId)) return;
    }
  });
  const created = await repo.findDefaultPackage(db, orgId);
  if (!created) throw new Error('default coverage package could not be created');
  return created;
}

interface SiteInfo {
  id: string;
  name: string;
  localGroupId: string | null;
  createdAt: Date;
  deletedAt: Date | null;
}

interface Scope {
  siteId?: string | undefined;
  localGroupId?: string | undefined;
}

/** Member indicators per unit of a grouping, from the pre-aggregate. */
interface MemberFigures {
  reached: number;
  reachedWithPackage: number;
  contacts: number;
  regularContact: number;
  newMembers: number;
  condomsGiven: number;
  lubricantGiven: number;
  condomsNeeded: number;
  memberMonthsWithNeed: number;
  referralsMade: number;
  referralsCompleted: number;
  hivTestedKnowsResult: number;
}

const ORG_UNIT = 'org';

function unitExpression(level: CoverageLevel): SQL {
  if (level === 'site') return sql`x.site_id::text`;
  if (level === 'local_group') return sql`s.local_group_id::text`;
  return sql.raw(`'${ORG_UNIT}'`);
}

function scopeFilter(scope: Scope): SQL {
  if (scope.siteId) return sql`x.site_id = ${scope.siteId}`;
  if (scope.localGroupId) return sql`s.local_group_id = ${scope.localGroupId}`;
  return sql`true`;
}

const num = (value: unknown) => Number(value ?? 0);

interface Period {
  from: string;
  to: string;
  /** First month read: the earlier of `from` and two months before `to` (regular contact). */
  earliest: string;
  lastThree: string;
}

function packageTest(masks: ReturnType<typeof ruleMasks>): SQL {
  return sql`(contacts >= ${masks.minContacts} and (services & ${masks.all}) = ${masks.all}
    and (${masks.any} = 0 or (services & ${masks.any}) <> 0))`;
}

async function memberFigures(
  db: DbOrTx,
  orgId: string,
  period: Period,
  masks: ReturnType<typeof ruleMasks>,
  level: CoverageLevel,
  scope: Scope,
): Promise<Map<string | null, MemberFigures>> {
  const from = day(period.from);
  const result = await db.execute<Record<string, unknown>>(sql`
    with mm as (
      select ${unitExpression(level)} as unit, x.member_id, x.month,
        sum(x.contacts)::int as contacts, bit_or(x.services) as services,
        sum(x.condoms)::int as condoms, sum(x.lubricant)::int as lubricant,
        sum(x.referrals_made)::int as referrals_made, sum(x.referrals_completed)::int as referrals_completed,
        bool_or(x.hiv_result_known) as hiv
      from coverage_member_months x
      left join sites s on s.org_id = x.org_id and s.id = x.site_id
      where x.org_id = ${orgId} and x.month >= ${day(period.earliest)}::date and x.month <= ${day(period.to)}::date
        and ${scopeFilter(scope)}
      group by 1, 2, 3
    ), pm as (
      select unit, member_id,
        bool_or(month >= ${from}::date) as reached,
        coalesce(bool_or(month >= ${from}::date and ${packageTest(masks)}), false) as pkg,
        count(*) filter (where month >= ${day(period.lastThree)}::date) as last3,
        count(*) filter (where month >= ${from}::date) as months_reached,
        sum(contacts) filter (where month >= ${from}::date) as contacts,
        sum(condoms) filter (where month >= ${from}::date) as condoms,
        sum(lubricant) filter (where month >= ${from}::date) as lubricant,
        sum(referrals_made) filter (where month >= ${from}::date) as referrals_made,
        sum(referrals_completed) filter (where month >= ${from}::date) as referrals_completed,
        coalesce(bool_or(hiv and month >= ${from}::date), false) as hiv
      from mm group by unit, member_id
    )
    select pm.unit,
      count(*) filter (where reached) as reached,
      count(*) filter (where pkg) as pkg,
      count(*) filter (where last3 = 3) as regular,
      count(*) filter (where reached and not exists (select 1 from coverage_member_months p
        where p.org_id = ${orgId} and p.member_id = pm.member_id and p.month < ${from}::date)) as new_members,
      coalesce(sum(pm.contacts), 0) as contacts,
      coalesce(sum(pm.condoms), 0) as condoms,
      coalesce(sum(pm.lubricant), 0) as lubricant,
      coalesce(sum(pm.referrals_made), 0) as referrals_made,
      coalesce(sum(pm.referrals_completed), 0) as referrals_completed,
      count(*) filter (where hiv) as hiv,
      -- monthlyCondomNeed of domain/members.ts: ceil(partners a week × acts per partner × 52 / 12).
      coalesce(sum(months_reached * ceil(mem.partners_per_week * mem.acts_per_partner * 52 / 12.0)), 0) as needed,
      coalesce(sum(months_reached) filter (where mem.partners_per_week is not null
        and mem.acts_per_partner is not null), 0) as need_months
    from pm
    left join members mem on mem.org_id = ${orgId} and mem.id = pm.member_id
    group by pm.unit`);
  const figures = new Map<string | null, MemberFigures>();
  for (const row of result.rows) {
    const reached = num(row.reached);
    figures.set(row.unit === null ? null : (row.unit as string), {
      reached,
      reachedWithPackage: num(row.pkg),
      contacts: num(row.contacts),
      regularContact: num(row.regular),
      newMembers: num(row.new_members),
      condomsGiven: num(row.condoms),
      lubricantGiven: num(row.lubricant),
      condomsNeeded: num(row.needed),
      memberMonthsWithNeed: num(row.need_months),
      referralsMade: num(row.referrals_made),
      referralsCompleted: num(row.referrals_completed),
      hivTestedKnowsResult: num(row.hiv),
    });
  }
  return figures;
}

interface SiteMonthFigures {
  promotoras: Map<string | null, number>;
  anonymous: Map<string | null, number>;
  /** `siteId|YYYY-MM` of site-months with effective contacts. */
  active: Set<string>;
}

async function siteMonthFigures(
  db: DbOrTx,
  orgId: string,
  period: Period,
  level: CoverageLevel,
  scope: Scope,
): Promise<SiteMonthFigures> {
  const where = sql`x.org_id = ${orgId} and x.month >= ${day(period.from)}::date and x.month <= ${day(period.to)}::date
    and ${scopeFilter(scope)}`;
  const perUnit = await db.execute<Record<string, unknown>>(sql`
    select ${unitExpression(level)} as unit, count(distinct x.promotora_user_id) as promotoras,
      coalesce(sum(x.anonymous_people), 0) as anonymous
    from coverage_site_months x left join sites s on s.org_id = x.org_id and s.id = x.site_id
    where ${where} group by 1`);
  const active = await db.execute<{ site_id: string; month: string }>(sql`
    select distinct x.site_id::text as site_id, to_char(x.month, 'YYYY-MM') as month
    from coverage_site_months x left join sites s on s.org_id = x.org_id and s.id = x.site_id
    where ${where} and x.site_id is not null and x.contacts > 0`);
  const key = (row: Record<string, unknown>) => (row.unit === null ? null : (row.unit as string));
  return {
    promotoras: new Map(perUnit.rows.map((row) => [key(row), num(row.promotoras)])),
    anonymous: new Map(perUnit.rows.map((row) => [key(row), num(row.anonymous)])),
    active: new Set(active.rows.map((row) => `${row.site_id}|${row.month}`)),
  };
}

async function trendOf(
  db: DbOrTx,
  orgId: string,
  period: Period,
  masks: ReturnType<typeof ruleMasks>,
  scope: Scope,
): Promise<Map<string, { reached: number; pkg: number }>> {
  const result = await db.execute<{ month: string; reached: unknown; pkg: unknown }>(sql`
    with mm as (
      select x.member_id, x.month, sum(x.contacts)::int as contacts, bit_or(x.services) as services
      from coverage_member_months x left join sites s on s.org_id = x.org_id and s.id = x.site_id
      where x.org_id = ${orgId} and x.month >= ${day(period.from)}::date and x.month <= ${day(period.to)}::date
        and ${scopeFilter(scope)}
      group by 1, 2
    )
    select to_char(month, 'YYYY-MM') as month, count(*) as reached,
      count(*) filter (where ${packageTest(masks)}) as pkg
    from mm group by 1`);
  return new Map(result.rows.map((row) => [row.month, { reached: num(row.reached), pkg: num(row.pkg) }]));
}

async function loadSites(db: DbOrTx, orgId: string): Promise<SiteInfo[]> {
  const result = await db.execute<{
    id: string;
    name: string;
    local_group_id: string | null;
    created_at: Date;
    deleted_at: Date | null;
  }>(sql`select id, name, local_group_id, created_at, deleted_at from sites where org_id = ${orgId}`);
  return result.rows.map((row) => ({
    id: row.id,
    name: row.name,
    localGroupId: row.local_group_id,
    createdAt: new Date(row.created_at),
    deletedAt: row.deleted_at ? new Date(row.deleted_at) : null,
  }));
}

async function loadLocalGroups(db: DbOrTx, orgId: string) {
  const result = await db.execute<{ id: string; name: string; deleted_at: Date | null }>(
    sql`select id, name, deleted_at from local_groups where org_id = ${orgId}`,
  );
  return result.rows.map((row) => ({ id: row.id, name: row.name, deleted: row.deleted_at !== null }));
}

async function loadZeroReturns(db: DbOrTx, orgId: string, period: Period): Promise<Set<string>> {
  const result = await db.execute<{ site_id: string; month: string }>(sql`
    select site_id::text as site_id, to_char(month, 'YYYY-MM') as month from site_reports
    where org_id = ${orgId} and month >= ${day(period.from)}::date and month <= ${day(period.to)}::date`);
  return new Set(result.rows.map((row) => `${row.site_id}|${row.month}`));
}

/**
 * Site-month reporting status. A site counts in a month when it existed then (created before the
 * month ended and not deleted before it began) or when it reported or had contacts in it anyway.
 */
function reportingOf(
  sites: readonly SiteInfo[],
  months: readonly string[],
  active: Set<string>,
  zero: Set<string>,
): { total: ReportingCounts; byMonth: Map<string, ReportingCounts> } {
  const total = { reporting: 0, zeroReturns: 0, silent: 0 };
  const byMonth = new Map<string, ReportingCounts>();
  for (const month of months) {
    const counts = { reporting: 0, zeroReturns: 0, silent: 0 };
    const start = new Date(`${day(month)}T00:00:00Z`);
    const end = new Date(`${day(addMonths(month, 1))}T00:00:00Z`);
    for (const site of sites) {
      const key = `${site.id}|${month}`;
      if (active.has(key)) counts.reporting += 1;
      else if (zero.has(key)) counts.zeroReturns += 1;
      else if (site.createdAt < end && (!site.deletedAt || site.deletedAt >= start)) counts.silent += 1;
    }
    byMonth.set(month, counts);
    total.reporting += counts.reporting;
    total.zeroReturns += counts.zeroReturns;
    total.silent += counts.silent;
  }
  return { total, byMonth };
}

const ratio = (num: number, den: number): number | null => (den > 0 ? num / den : null);

const emptyFigures: MemberFigures = {
  reached: 0,
  reachedWithPackage: 0,
  contacts: 0,
  regularContact: 0,
  newMembers: 0,
  condomsGiven: 0,
  lubricantGiven: 0,
  condomsNeeded: 0,
  memberMonthsWithNeed: 0,
  referralsMade: 0,
  referralsCompleted: 0,
  hivTestedKnowsResult: 0,
};

interface Estimates {
  get(siteId: string): { low: number; point: number; high: number } | undefined;
}

function buildRow(
  unit: CoverageUnit,
  figures: MemberFigures,
  promotoras: number,
  anonymous: number,
  unitSites: readonly SiteInfo[],
  estimates: Estimates,
  reporting: ReportingCounts,
): CoverageRow {
  const estimate = { low: 0, point: 0, high: 0, sites: 0, sitesWithEstimate: 0 };
  for (const site of unitSites) {
    if (site.deletedAt) continue;
    estimate.sites += 1;
    const current = estimates.get(site.id);
    if (!current) continue;
    estimate.sitesWithEstimate += 1;
    estimate.low += current.low;
    estimate.point += current.point;
    estimate.high += current.high;
  }
  const withPackage = figures.reachedWithPackage;
  return {
    unit,
    reached: figures.reached,
    reachedWithPackage: withPackage,
    anonymousContacts: anonymous,
    contacts: figures.contacts,
    estimate,
    coverage: {
      low: ratio(withPackage, estimate.high),
      point: ratio(withPackage, estimate.point),
      high: ratio(withPackage, estimate.low),
    },
    regularContact: figures.regularContact,
    newMembers: figures.newMembers,
    repeatMembers: figures.reached - figures.newMembers,
    condomsGiven: figures.condomsGiven,
    lubricantGiven: figures.lubricantGiven,
    condomsNeeded: figures.condomsNeeded,
    memberMonthsWithNeed: figures.memberMonthsWithNeed,
    referralsMade: figures.referralsMade,
    referralsCompleted: figures.referralsCompleted,
    hivTestedKnowsResult: figures.hivTestedKnowsResult,
    promotorasActive: promotoras,
    membersPerPromotora: ratio(figures.reached, promotoras),
    reportingSites: reporting,
  };
}

async function resolvePackage(db: DbOrTx, orgId: string, packageId: string | undefined, now: Date) {
  const row = packageId
    ? await repo.findPackage(db, orgId, packageId)
    : await ensureDefaultPackage(db, orgId, now);
  if (!row) throw new AppError('not_found');
  const version = await repo.findVersion(db, orgId, row.id, row.currentVersion);
  if (!version) throw new Error('coverage package without its current version');
  return { row, rule: repo.ruleOf(version) };
}

export async function computeCoverage(
  db: DbOrTx,
  orgId: string,
  query: CoverageQuery,
  now: Date = new Date(),
): Promise<CoverageReport> {
  const pkg = await resolvePackage(db, orgId, query.packageId, now);
  const sites = await loadSites(db, orgId);
  const localGroups = await loadLocalGroups(db, orgId);
  if (query.siteId && !sites.some((site) => site.id === query.siteId)) throw new AppError('not_found');
  if (query.localGroupId && !localGroups.some((group) => group.id === query.localGroupId))
    throw new AppError('not_found');
  await refreshDirtyMonths(db, orgId);

  const lastThree = addMonths(query.to, -2);
  const period: Period = {
    from: query.from,
    to: query.to,
    earliest: lastThree < query.from ? lastThree : query.from,
    lastThree,
  };
  const months = monthRange(query.from, query.to);
  const masks = ruleMasks(pkg.rule);
  const scope: Scope = { siteId: query.siteId, localGroupId: query.localGroupId };
  const whole: Scope = {};

  const estimates = await currentEstimates(
    db,
    orgId,
    sites.filter((site) => !site.deletedAt).map((site) => site.id),
  );
  const zero = await loadZeroReturns(db, orgId, period);
  const settings = await db.execute<{ caseload_norm: number }>(
    sql`select caseload_norm from registry_settings where org_id = ${orgId}`,
  );
  const caseloadNorm = num(settings.rows[0]?.caseload_norm ?? 50);

  // The organization total (never narrowed) and the rows of the level.
  const totalFigures = await memberFigures(db, orgId, period, masks, 'organization', whole);
  const totalSiteMonths = await siteMonthFigures(db, orgId, period, 'organization', whole);
  const totalReporting = reportingOf(sites, months, totalSiteMonths.active, zero);
  const total = buildRow(
    { level: 'organization', id: orgId, name: null, localGroupId: null },
    totalFigures.get(ORG_UNIT) ?? emptyFigures,
    totalSiteMonths.promotoras.get(ORG_UNIT) ?? 0,
    totalSiteMonths.anonymous.get(ORG_UNIT) ?? 0,
    sites,
    estimates,
    totalReporting.total,
  );

  let rows: CoverageRow[];
  if (query.level === 'organization') rows = [total];
  else {
    const figures = await memberFigures(db, orgId, period, masks, query.level, scope);
    const siteMonths = await siteMonthFigures(db, orgId, period, query.level, scope);
    const hasData = (id: string | null) =>
      (figures.get(id)?.reached ?? 0) > 0 ||
      (siteMonths.anonymous.get(id) ?? 0) > 0 ||
      (siteMonths.promotoras.get(id) ?? 0) > 0;
    const inScope = (site: SiteInfo) =>
      (!query.siteId || site.id === query.siteId) &&
      (!query.localGroupId || site.localGroupId === query.localGroupId);
    const units: { unit: CoverageUnit; sites: SiteInfo[] }[] = [];
    if (query.level === 'site') {
      for (const site of sites.filter(inScope).sort((a, b) => a.name.localeCompare(b.name)))
        if (!site.deletedAt || hasData(site.id))
          units.push({
            unit: { level: 'site', id: site.id, name: site.name, localGroupId: site.localGroupId },
            sites: [site],
          });
    } else {
      const groups = localGroups
        .filter((group) => !query.localGroupId || group.id === query.localGroupId)
        .filter(
          (group) => !query.siteId || sites.find((s) => s.id === query.siteId)?.localGroupId === group.id,
        )
        .sort((a, b) => a.name.localeCompare(b.name));
      for (const group of groups)
        if (!group.deleted || hasData(group.id))
          units.push({
            unit: { level: 'local_group', id: group.id, name: group.name, localGroupId: group.id },
            sites: sites.filter((site) => site.localGroupId === group.id && inScope(site)),
          });
    }
    if (!query.siteId && !query.localGroupId && hasData(null))
      units.push({
        unit: { level: query.level, id: null, name: null, localGroupId: null },
        sites: query.level === 'local_group' ? sites.filter((site) => site.localGroupId === null) : [],
      });
    rows = units.map(({ unit, sites: unitSites }) =>
      buildRow(
        unit,
        figures.get(unit.id) ?? emptyFigures,
        siteMonths.promotoras.get(unit.id) ?? 0,
        siteMonths.anonymous.get(unit.id) ?? 0,
        unitSites,
        estimates,
        reportingOf(unitSites, months, siteMonths.active, zero).total,
      ),
    );
  }

  // Trend for the scope.
  const scopedSites = sites.filter(
    (site) =>
      (!query.siteId || site.id === query.siteId) &&
      (!query.localGroupId || site.localGroupId === query.localGroupId),
  );
  const scoped = query.siteId || query.localGroupId;
  const trendMonths = await trendOf(db, orgId, period, masks, scoped ? scope : whole);
  const scopeActive = scoped
    ? (await siteMonthFigures(db, orgId, period, 'organization', scope)).active
    : totalSiteMonths.active;
  const scopeReporting = reportingOf(scopedSites, months, scopeActive, zero);
  let pointEstimate = 0;
  for (const site of scopedSites) if (!site.deletedAt) pointEstimate += estimates.get(site.id)?.point ?? 0;
  const trend: CoverageTrendPoint[] = months.map((month) => {
    const point = trendMonths.get(month) ?? { reached: 0, pkg: 0 };
    return {
      month,
      reached: point.reached,
      reachedWithPackage: point.pkg,
      coveragePoint: ratio(point.pkg, pointEstimate),
      reportingSites: scopeReporting.byMonth.get(month) ?? { reporting: 0, zeroReturns: 0, silent: 0 },
    };
  });

  const points = await stockRepo.listStockPoints(db, orgId);
  const ids = points.map((point) => point.id);
  const received = await stockRepo.sumReceived(db, orgId, ids);
  const distributed = await stockRepo.sumDistributed(db, orgId, ids);
  const stockOuts = points.flatMap((point) => {
    const view = presentStockPoint(
      point,
      received.get(point.id) ?? stockRepo.zeroTotals(),
      distributed.get(point.id) ?? stockRepo.zeroTotals(),
    );
    if (!view.stockOut) return [];
    const items = view.balances
      .filter((b) => b.stockOut && (b.received > 0 || b.distributed > 0))
      .map((b) => b.item);
    return [{ stockPointId: point.id, name: point.name, items }];
  });

  return {
    orgId,
    from: query.from,
    to: query.to,
    level: query.level,
    months,
    package: {
      id: pkg.row.id,
      name: pkg.row.name,
      version: pkg.row.currentVersion,
      funderLabel: pkg.row.funderLabel,
      rule: pkg.rule,
    },
    caseloadNorm,
    rows,
    total,
    trend,
    stockOuts,
    generatedAt: now.toISOString(),
  };
}
