import { and, desc, eq, gte, isNull, lte, sql } from 'drizzle-orm';
import { combineShares } from '../../../domain/aggregates/case-aggregates';
import { suppressCaseCounts } from '../../../domain/aggregates/case-aggregates';
import {
  NETWORK_DIMENSIONS,
  type NetworkAggregates,
  type NetworkShareInput,
  type NetworkShareList,
  type NetworkSharePreview,
  type NetworkShareView,
  monthEnd,
  monthStart,
} from '../../../domain/case-analysis.schemas';
import { newId } from '../../../domain/ids';
import type { DbOrTx } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { orgContext, type ServiceContext } from '../../platform/http/route-spec';
import { organizations } from '../organizations/organizations.tables';
import { payloadDigest, rawCaseCounts, smallCellThreshold } from './case-analysis.service';
import { hrNetworkShares } from './case-analysis.tables';

type ShareRow = typeof hrNetworkShares.$inferSelect;

/**
 * What the organization would publish to its network for a period: the suppressed tables of cases
 * with consent to record AND to share with the network, without the barrier register (its own).
 */
export async function sharePayload(db: DbOrTx, orgId: string, periodStart: string, periodEnd: string) {
  const raw = await rawCaseCounts(db, { orgId, from: periodStart, to: periodEnd, purpose: 'network_share' });
  raw.lists = raw.lists.filter((l) => NETWORK_DIMENSIONS.includes(l.dimension));
  return suppressCaseCounts(raw, await smallCellThreshold(db, orgId));
}

function present(row: ShareRow): NetworkShareView {
  return {
    id: row.id,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    approvedAt: row.approvedAt.toISOString(),
    withdrawnAt: row.withdrawnAt ? row.withdrawnAt.toISOString() : null,
    payload: row.payload,
  };
}

/** A period of whole months (`YYYY-MM`) as the dates it covers. */
const monthsPeriod = (period: { periodStart: string; periodEnd: string }) => ({
  start: monthStart(period.periodStart),
  end: monthEnd(period.periodEnd),
});

export async function previewShare(
  ctx: ServiceContext,
  period: { periodStart: string; periodEnd: string },
): Promise<NetworkSharePreview> {
  const c = orgContext(ctx);
  const { start, end } = monthsPeriod(period);
  const payload = await sharePayload(c.db, c.org.orgId, start, end);
  return { payload, previewDigest: payloadDigest(payload) };
}

/**
 * Approves exactly what was previewed: if the tables changed since, 409 and nothing is shared. The
 * period may not overlap an active (not withdrawn) share of the organization unless it is exactly the
 * same period, which the new approval then replaces (the earlier one is marked withdrawn): two active
 * overlapping periods could be subtracted to single out the cases of their difference.
 */
export async function approveShare(ctx: ServiceContext, input: NetworkShareInput): Promise<NetworkShareView> {
  const c = orgContext(ctx);
  const { start, end } = monthsPeriod(input);
  // One approval at a time per organization, so two overlapping approvals cannot both pass the check.
  await c.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`hr_network_share:${c.org.orgId}`}))`);
  const active = await c.db
    .select({
      id: hrNetworkShares.id,
      periodStart: hrNetworkShares.periodStart,
      periodEnd: hrNetworkShares.periodEnd,
    })
    .from(hrNetworkShares)
    .where(
      and(
        eq(hrNetworkShares.orgId, c.org.orgId),
        isNull(hrNetworkShares.withdrawnAt),
        lte(hrNetworkShares.periodStart, end),
        gte(hrNetworkShares.periodEnd, start),
      ),
    );
  const overlapping = active.find((s) => s.periodStart !== start || s.periodEnd !== end);
  if (overlapping) {
    throw new AppError('conflict', {
      field: 'periodStart',
      messageKey: 'errors.share_period_overlap',
      params: { from: overlapping.periodStart, to: overlapping.periodEnd },
      details: { reason: 'share_period_overlap', shareId: overlapping.id },
    });
  }
  const payload = await sharePayload(c.db, c.org.orgId, start, end);
  if (payloadDigest(payload) !== input.previewDigest) {
    throw new AppError('conflict', {
      field: 'previewDigest',
      messageKey: 'caseAnalysis.errors.previewChanged',
    });
  }
  const replaced = active.map((s) => s.id);
  for (const id of replaced) {
    await c.db
      .update(hrNetworkShares)
      .set({ withdrawnAt: c.now, withdrawnBy: c.actor.userId })
      .where(and(eq(hrNetworkShares.orgId, c.org.orgId), eq(hrNetworkShares.id, id)));
  }
  const row: ShareRow = {
    orgId: c.org.orgId,
    id: newId(c.now.getTime()),
    periodStart: start,
    periodEnd: end,
    payload,
    approvedBy: c.actor.userId,
    approvedAt: c.now,
    withdrawnAt: null,
    withdrawnBy: null,
  };
  await c.db.insert(hrNetworkShares).values(row);
  await c.audit({
    action: 'hr_network_share.approved',
    resourceType: 'hr_network_share',
    resourceId: row.id,
    details: {
      periodStart: start,
      periodEnd: end,
      threshold: payload.threshold,
      replaces: replaced.join(',') || null,
    },
  });
  return present(row);
}

export async function listShares(ctx: ServiceContext): Promise<NetworkShareList> {
  const c = orgContext(ctx);
  const rows = await c.db
    .select()
    .from(hrNetworkShares)
    .where(eq(hrNetworkShares.orgId, c.org.orgId))
    .orderBy(desc(hrNetworkShares.approvedAt));
  return { shares: rows.map(present) };
}

export async function withdrawShare(ctx: ServiceContext, shareId: string): Promise<NetworkShareView> {
  const c = orgContext(ctx);
  const [row] = await c.db
    .select()
    .from(hrNetworkShares)
    .where(and(eq(hrNetworkShares.orgId, c.org.orgId), eq(hrNetworkShares.id, shareId)));
  if (!row) throw new AppError('not_found');
  if (row.withdrawnAt) return present(row); // a retried withdrawal answers the same
  const [updated] = await c.db
    .update(hrNetworkShares)
    .set({ withdrawnAt: c.now, withdrawnBy: c.actor.userId })
    .where(and(eq(hrNetworkShares.orgId, c.org.orgId), eq(hrNetworkShares.id, shareId)))
    .returning();
  await c.audit({
    action: 'hr_network_share.withdrawn',
    resourceType: 'hr_network_share',
    resourceId: shareId,
    details: {},
  });
  return present(updated!);
}

/**
 * The regional secretariat's read (hr_network_aggregate, regional level only by policy): for each
 * organization of its network, the latest share that was not withdrawn — exactly the approved
 * payload — and combined tables built from those payloads only. Never an individual record.
 */
export async function networkAggregates(ctx: ServiceContext): Promise<NetworkAggregates> {
  const c = orgContext(ctx);
  const rows = await c.db
    .selectDistinctOn([hrNetworkShares.orgId], {
      orgId: hrNetworkShares.orgId,
      orgName: organizations.name,
      periodStart: hrNetworkShares.periodStart,
      periodEnd: hrNetworkShares.periodEnd,
      approvedAt: hrNetworkShares.approvedAt,
      payload: hrNetworkShares.payload,
    })
    .from(hrNetworkShares)
    .innerJoin(organizations, eq(organizations.id, hrNetworkShares.orgId))
    .where(and(eq(organizations.networkId, c.org.networkId), isNull(hrNetworkShares.withdrawnAt)))
    .orderBy(hrNetworkShares.orgId, desc(hrNetworkShares.approvedAt), sql`${hrNetworkShares.id} desc`);
  rows.sort((a, b) => a.orgName.localeCompare(b.orgName));
  const shares = rows.map((r) => ({ orgId: r.orgId, payload: r.payload }));
  return {
    threshold: Math.max(
      await smallCellThreshold(c.db, c.org.orgId),
      ...shares.map((s) => s.payload.threshold),
    ),
    organizations: rows.map((r) => ({
      orgId: r.orgId,
      orgName: r.orgName,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      approvedAt: r.approvedAt.toISOString(),
      payload: r.payload,
    })),
    combined:
      shares.length === 0
        ? []
        : NETWORK_DIMENSIONS.map((dimension) => ({ dimension, table: combineShares(shares, dimension) })),
  };
}
