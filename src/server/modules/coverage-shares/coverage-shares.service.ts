import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { buildCoverageSharePayload } from '../../../domain/aggregates/coverage-share-payload';
import { type HllSketch, deserializeHll, serializeHll } from '../../../domain/aggregates/hll';
import { buildRegionalCoverage, type RollupShare } from '../../../domain/aggregates/regional-rollup';
import { monthEnd, monthStart } from '../../../domain/case-analysis.schemas';
import type {
  CoverageShareInput,
  CoverageShareList,
  CoverageSharePayload,
  CoverageSharePreview,
  CoverageShareView,
  MobilityQuery,
  MobilityView,
  RegionalCoverage,
  RegionalCoverageQuery,
  RegionalShareView,
} from '../../../domain/coverage-shares.schemas';
import { newId } from '../../../domain/ids';
import type { KeyRing } from '../../platform/crypto/keyring';
import type { DbOrTx } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { orgContext, type ServiceContext } from '../../platform/http/route-spec';
import { getRegistrySettings } from '../registry-settings/registry-settings.service';
import { buildReachedSketch, rawShareFigures } from './coverage-share-figures';
import { coverageShareSketchColumn } from './coverage-shares.tables';
import * as repo from './coverage-shares.repo';

const sketchAad = (orgId: string, id: string) => coverageShareSketchColumn.aad({ org_id: orgId, id });

/** Whole months `YYYY-MM` as the dates they cover. */
const periodOf = (p: { periodStart: string; periodEnd: string }) => ({
  from: p.periodStart,
  to: p.periodEnd,
  start: monthStart(p.periodStart),
  end: monthEnd(p.periodEnd),
});

/**
 * What approval binds: the payload shown and the members behind the sketch (through a hash of the
 * sketch, never the sketch itself). A change to either between preview and approval answers 409.
 */
function digestOf(payload: CoverageSharePayload, sketch: HllSketch): string {
  const sketchHash = createHash('sha256').update(serializeHll(sketch)).digest('hex');
  return createHash('sha256').update(JSON.stringify(payload)).update(`\n${sketchHash}`).digest('hex');
}

/** What a share of these months would hold now: the suppressed payload, the sketch and their digest. */
export async function shareContents(
  db: DbOrTx,
  orgId: string,
  months: { periodStart: string; periodEnd: string },
  now: Date,
) {
  const period = periodOf(months);
  const raw = await rawShareFigures(db, orgId, period, now);
  const payload = buildCoverageSharePayload(raw);
  const sketch = await buildReachedSketch(db, orgId, period.start, period.end);
  return { payload, sketch, digest: digestOf(payload, sketch) };
}

/** The sealed form of a share's sketch (under the organization's data key, bound to the share). */
export async function sealSketch(keyring: KeyRing, orgId: string, id: string, sketch: HllSketch) {
  return keyring.encryptBytes(orgId, Buffer.from(serializeHll(sketch)), sketchAad(orgId, id));
}

/** Presenter: never the sketch. */
function present(row: repo.ShareRow): CoverageShareView {
  return {
    id: row.id,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    approvedAt: row.approvedAt.toISOString(),
    withdrawnAt: row.withdrawnAt ? row.withdrawnAt.toISOString() : null,
    payload: row.payload,
  };
}

export async function previewShare(
  ctx: ServiceContext,
  query: { periodStart: string; periodEnd: string },
): Promise<CoverageSharePreview> {
  const c = orgContext(ctx);
  const { payload, digest } = await shareContents(c.db, c.org.orgId, query, c.now);
  return { payload, previewDigest: digest };
}

/**
 * Approves exactly what was previewed (409 if the figures or the members reached changed since). A
 * period may not overlap an active share unless it is the same months, which it then replaces: two
 * overlapping active shares could be subtracted to single out the people of their difference.
 */
export async function approveShare(
  ctx: ServiceContext,
  input: CoverageShareInput,
): Promise<CoverageShareView> {
  const c = orgContext(ctx);
  const period = periodOf(input);
  await c.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`coverage_share:${c.org.orgId}`}))`);
  const active = await repo.listActiveOverlapping(c.db, c.org.orgId, period.start, period.end);
  const overlapping = active.find((s) => s.periodStart !== period.start || s.periodEnd !== period.end);
  if (overlapping) {
    throw new AppError('conflict', {
      field: 'periodStart',
      messageKey: 'errors.share_period_overlap',
      params: { from: overlapping.periodStart, to: overlapping.periodEnd },
      details: { reason: 'share_period_overlap', shareId: overlapping.id },
    });
  }
  const { payload, sketch, digest } = await shareContents(c.db, c.org.orgId, input, c.now);
  if (digest !== input.previewDigest) {
    throw new AppError('conflict', {
      field: 'previewDigest',
      messageKey: 'coverageShares.errors.previewChanged',
    });
  }
  for (const s of active) await repo.markWithdrawn(c.db, c.org.orgId, s.id, c.now, c.actor.userId);
  const id = newId(c.now.getTime());
  const row: repo.ShareRow = {
    orgId: c.org.orgId,
    id,
    periodStart: period.start,
    periodEnd: period.end,
    payload,
    sketchEnc: await sealSketch(c.deps.keyring, c.org.orgId, id, sketch),
    approvedBy: c.actor.userId,
    approvedAt: c.now,
    withdrawnAt: null,
    withdrawnBy: null,
  };
  await repo.insertShare(c.db, row);
  await c.audit({
    action: 'coverage_share.approved',
    resourceType: 'coverage_share',
    resourceId: id,
    details: {
      periodStart: period.start,
      periodEnd: period.end,
      threshold: payload.threshold,
      replaces: active.map((s) => s.id).join(',') || null,
    },
  });
  return present(row);
}

export async function listShares(ctx: ServiceContext): Promise<CoverageShareList> {
  const c = orgContext(ctx);
  return { shares: (await repo.listShares(c.db, c.org.orgId)).map(present) };
}

export async function withdrawShare(ctx: ServiceContext, shareId: string): Promise<CoverageShareView> {
  const c = orgContext(ctx);
  const row = await repo.findShare(c.db, c.org.orgId, shareId);
  if (!row) throw new AppError('not_found');
  if (row.withdrawnAt) return present(row); // a retried withdrawal answers the same
  const updated = await repo.markWithdrawn(c.db, c.org.orgId, shareId, c.now, c.actor.userId);
  await c.audit({ action: 'coverage_share.withdrawn', resourceType: 'coverage_share', resourceId: shareId });
  return present(updated!);
}

async function openSketch(keyring: KeyRing, row: repo.NetworkShareRow): Promise<HllSketch> {
  const bytes = await keyring.decryptBytes(row.orgId, row.sketchEnc, sketchAad(row.orgId, row.id));
  return deserializeHll(new Uint8Array(bytes));
}

/** The network's active shares with their sketches opened (server-side only; never in a response). */
export async function loadRollupShares(
  db: DbOrTx,
  keyring: KeyRing,
  networkId: string,
  period: { start: string; end: string } | null,
): Promise<RollupShare[]> {
  const shares: RollupShare[] = [];
  for (const row of await repo.listNetworkShares(db, networkId, period)) {
    shares.push({
      orgId: row.orgId,
      orgName: row.orgName,
      countryCode: row.countryCode,
      shareId: row.id,
      periodStart: row.periodStart,
      periodEnd: row.periodEnd,
      approvedAt: row.approvedAt.toISOString(),
      payload: row.payload,
      sketch: await openSketch(keyring, row),
    });
  }
  return shares;
}

/** The threshold of a network read: the reader's, raised to any sharing organization's. */
async function networkThreshold(db: DbOrTx, orgId: string, payloads: readonly CoverageSharePayload[]) {
  return Math.max(
    (await getRegistrySettings(db, orgId)).smallCellThreshold,
    ...payloads.map((p) => p.threshold),
  );
}

/**
 * The regional view: every organization's active share of the network, countries side by side and
 * the de-duplicated count of people from the union of their sketches (decrypted here, merged, and
 * only the estimate published). Audited as a sensitive read: it opens the sketches.
 */
export async function regionalCoverage(
  ctx: ServiceContext,
  query: RegionalCoverageQuery,
): Promise<RegionalCoverage> {
  const c = orgContext(ctx);
  const period =
    query.periodStart && query.periodEnd
      ? { start: monthStart(query.periodStart), end: monthEnd(query.periodEnd) }
      : null;
  const shares = await loadRollupShares(c.db, c.deps.keyring, c.org.networkId, period);
  const threshold = await networkThreshold(
    c.db,
    c.org.orgId,
    shares.map((s) => s.payload),
  );
  await c.audit({
    action: 'coverage_network.read',
    resourceType: 'coverage_network',
    resourceId: c.org.networkId,
    sensitiveRead: true,
    details: { shares: shares.length, periodStart: period?.start ?? null, periodEnd: period?.end ?? null },
  });
  return buildRegionalCoverage(shares, threshold);
}

/** Drill-down to one organization's active share (its month and site rows, exactly as approved). */
export async function regionalShare(ctx: ServiceContext, shareId: string): Promise<RegionalShareView> {
  const c = orgContext(ctx);
  const row = await repo.findNetworkShare(c.db, c.org.networkId, shareId);
  if (!row) throw new AppError('not_found');
  return {
    orgId: row.orgId,
    orgName: row.orgName,
    countryCode: row.countryCode,
    shareId: row.id,
    approvedAt: row.approvedAt.toISOString(),
    payload: row.payload,
  };
}

/** Members seen at several sites / local groups in the period (exact; the organization's own staff). */
export async function mobility(ctx: ServiceContext, query: MobilityQuery): Promise<MobilityView> {
  const c = orgContext(ctx);
  const counts = await repo.countMobility(c.db, c.org.orgId, monthStart(query.from), monthEnd(query.to));
  return { from: query.from, to: query.to, ...counts };
}
