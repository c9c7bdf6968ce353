import type { SelfReportSettingsView } from '../../../domain/self-reports.schemas';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import { openToken, sealToken } from './self-report-crypto';
import { hashSecret, newPublicToken } from './self-report-secrets';
import * as repo from './self-reports.repo';

async function present(
  c: OrgServiceContext,
  row: repo.SelfReportSettingsRow | null,
): Promise<SelfReportSettingsView> {
  if (!row) return { enabled: false, token: null, updatedAt: null };
  return {
    enabled: row.enabled,
    token: await openToken(c.deps.keyring, c.org.orgId, row.publicTokenEnc),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function getSettings(ctx: ServiceContext): Promise<SelfReportSettingsView> {
  const c = orgContext(ctx);
  return present(c, await repo.findSettings(c.db, c.org.orgId));
}

async function save(
  c: OrgServiceContext,
  enabled: boolean,
  renew: boolean,
): Promise<repo.SelfReportSettingsRow> {
  const current = await repo.findSettings(c.db, c.org.orgId);
  const token = renew || !current ? newPublicToken() : null;
  const row: repo.SelfReportSettingsRow = {
    orgId: c.org.orgId,
    enabled,
    publicTokenHash: token ? hashSecret(token) : current!.publicTokenHash,
    publicTokenEnc: token ? await sealToken(c.deps.keyring, c.org.orgId, token) : current!.publicTokenEnc,
    updatedBy: c.actor.userId,
    updatedAt: c.now,
  };
  await repo.upsertSettings(c.db, row);
  return row;
}

/** Opens or closes the public form; the first opening makes its link. */
export async function setEnabled(ctx: ServiceContext, enabled: boolean): Promise<SelfReportSettingsView> {
  const c = orgContext(ctx);
  const row = await save(c, enabled, false);
  await ctx.audit({
    action: 'self_report.settings_updated',
    resourceType: 'hr_self_report_settings',
    resourceId: c.org.orgId,
    details: { enabled },
  });
  return present(c, row);
}

/** A new link: the old one stops working at once (claim codes keep working). */
export async function renewLink(ctx: ServiceContext): Promise<SelfReportSettingsView> {
  const c = orgContext(ctx);
  const current = await repo.findSettings(c.db, c.org.orgId);
  const row = await save(c, current?.enabled ?? false, true);
  await ctx.audit({
    action: 'self_report.link_renewed',
    resourceType: 'hr_self_report_settings',
    resourceId: c.org.orgId,
  });
  return present(c, row);
}
