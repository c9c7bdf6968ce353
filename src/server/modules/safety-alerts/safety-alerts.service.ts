import { newId } from '../../../domain/ids';
import {
  SAFETY_ALERT_LIMITS,
  type SafetyAlertCreateInput,
  type SafetyAlertView,
} from '../../../domain/safety-alerts.schemas';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import { findArea } from '../areas/areas.repo';
import * as repo from './safety-alerts.repo';
import { safetyAlertDescriptionColumn } from './safety-alerts.tables';

type ParsedInput = Omit<SafetyAlertCreateInput, 'kind'> & { kind: repo.SafetyAlertRow['kind'] };

const aad = (orgId: string, id: string) => safetyAlertDescriptionColumn.aad({ org_id: orgId, id });

async function present(c: OrgServiceContext, row: repo.SafetyAlertWithArea): Promise<SafetyAlertView> {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    description: await c.deps.keyring.decryptText(c.org.orgId, row.descriptionEnc, aad(row.orgId, row.id)),
    areaId: row.areaId,
    areaName: row.areaName,
    publishedAt: row.publishedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    mine: row.publishedBy === c.actor.userId,
  };
}

/**
 * The board: alerts neither withdrawn nor expired by the server's clock. Expired ones simply stop
 * being listed; they stay in the table for the record.
 */
export async function listActiveAlerts(ctx: ServiceContext): Promise<SafetyAlertView[]> {
  const c = orgContext(ctx);
  const rows = await repo.listActiveAlerts(c.db, c.org.orgId, c.now);
  return Promise.all(rows.map((row) => present(c, row)));
}

function checkExpiry(c: OrgServiceContext, expiresAt: Date): void {
  if (expiresAt <= c.now)
    throw new AppError('validation', { field: 'expiresAt', params: { reason: 'must_be_future' } });
  if (expiresAt.getTime() - c.now.getTime() > SAFETY_ALERT_LIMITS.maxHours * 3_600_000)
    throw new AppError('validation', {
      field: 'expiresAt',
      params: { reason: 'too_far_ahead', max: SAFETY_ALERT_LIMITS.maxHours / 24 },
    });
}

/** Publishes a warning to the organization's staff until `expiresAt` (90 days at most). */
export async function publishAlert(ctx: ServiceContext, input: ParsedInput): Promise<SafetyAlertView> {
  const c = orgContext(ctx);
  const expiresAt = new Date(input.expiresAt);
  const id = input.id ?? newId(c.now.getTime());
  const existing = await repo.findAlert(c.db, c.org.orgId, id);
  if (existing) {
    // A retry of the same publish (client-generated id) answers with the alert; anything else conflicts.
    if (existing.title !== input.title || existing.kind !== input.kind)
      throw new AppError('conflict', { field: 'id' });
    return present(c, existing);
  }
  checkExpiry(c, expiresAt);
  const areaId = input.areaId ?? null;
  if (areaId && !(await findArea(c.db, c.org.orgId, areaId)))
    throw new AppError('not_found', { field: 'areaId' });
  const inserted = await repo.insertAlert(c.db, {
    orgId: c.org.orgId,
    id,
    kind: input.kind,
    title: input.title,
    descriptionEnc: await c.deps.keyring.encryptText(c.org.orgId, input.description, aad(c.org.orgId, id)),
    areaId,
    publishedBy: c.actor.userId,
    publishedAt: c.now,
    expiresAt,
    withdrawnAt: null,
    withdrawnBy: null,
  });
  if (!inserted) throw new AppError('conflict', { field: 'id' });
  await ctx.audit({
    action: 'safety_alert.published',
    resourceType: 'safety_alert',
    resourceId: id,
    details: { kind: input.kind, hours: Math.round((expiresAt.getTime() - c.now.getTime()) / 3_600_000) },
  });
  const row = await repo.findAlert(c.db, c.org.orgId, id);
  if (!row) throw new AppError('not_found');
  return present(c, row);
}

/** Takes an alert off the board before it expires (the danger is over, or it was a mistake). */
export async function withdrawAlert(ctx: ServiceContext, id: string): Promise<SafetyAlertView> {
  const c = orgContext(ctx);
  const row = await repo.findAlert(c.db, c.org.orgId, id);
  if (!row) throw new AppError('not_found');
  if (!row.withdrawnAt) {
    await repo.withdrawAlert(c.db, c.org.orgId, id, { withdrawnAt: c.now, withdrawnBy: c.actor.userId });
    await ctx.audit({ action: 'safety_alert.withdrawn', resourceType: 'safety_alert', resourceId: id });
  }
  return present(c, { ...row, withdrawnAt: row.withdrawnAt ?? c.now });
}
