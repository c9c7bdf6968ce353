import {
  buildNetworkPicture,
  DEFAULT_MIN_ORGANIZATIONS,
  type OrgDomainScore,
} from '../../../domain/capacity-network';
import type {
  NetworkPictureView,
  NetworkSettingsInput,
  NetworkSettingsView,
  SharingUpdateInput,
  SharingView,
  TaRequestCreateInput,
  TaRequestList,
  TaRequestUpdateInput,
  TaRequestView,
} from '../../../domain/capacity-network.schemas';
import { newId } from '../../../domain/ids';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import * as repo from './capacity-network.repo';
import { taRequestDescriptionColumn } from './capacity-network.tables';
import { domainScores } from '../capacity-assessments/capacity-assessments.service';
import { latestCompletedAssessments } from './network-scores';

// ── Consent (each organization, for itself)

export async function getSharing(ctx: ServiceContext): Promise<SharingView> {
  const c = orgContext(ctx);
  const row = await repo.findSharing(c.db, c.org.orgId);
  return {
    shareScores: row?.shareScores ?? false,
    shareTaRequests: row?.shareTaRequests ?? false,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

export async function updateSharing(ctx: ServiceContext, input: SharingUpdateInput): Promise<SharingView> {
  const c = orgContext(ctx);
  await repo.upsertSharing(c.db, {
    orgId: c.org.orgId,
    shareScores: input.shareScores,
    shareTaRequests: input.shareTaRequests,
    updatedBy: c.actor.userId,
    updatedAt: c.now,
  });
  await ctx.audit({
    action: 'capacity_sharing.updated',
    resourceType: 'capacity_sharing',
    resourceId: c.org.orgId,
    details: { shareScores: input.shareScores, shareTaRequests: input.shareTaRequests },
  });
  return getSharing(ctx);
}

// ── Technical-assistance requests (each organization, for itself)

const descriptionAad = (orgId: string, id: string) => taRequestDescriptionColumn.aad({ org_id: orgId, id });

async function presentRequest(c: OrgServiceContext, row: repo.TaRequestRow): Promise<TaRequestView> {
  return {
    id: row.id,
    domainKey: row.domainKey,
    description: await c.deps.keyring.decryptText(
      c.org.orgId,
      row.descriptionEnc,
      descriptionAad(row.orgId, row.id),
    ),
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listTaRequests(ctx: ServiceContext): Promise<TaRequestList> {
  const c = orgContext(ctx);
  const rows = await repo.listTaRequests(c.db, c.org.orgId);
  return { requests: await Promise.all(rows.map((row) => presentRequest(c, row))) };
}

export async function createTaRequest(
  ctx: ServiceContext,
  input: TaRequestCreateInput,
): Promise<TaRequestView> {
  const c = orgContext(ctx);
  const id = input.id ?? newId(c.now.getTime());
  const row: repo.TaRequestRow = {
    orgId: c.org.orgId,
    id,
    domainKey: input.domainKey,
    descriptionEnc: await c.deps.keyring.encryptText(
      c.org.orgId,
      input.description,
      descriptionAad(c.org.orgId, id),
    ),
    status: 'open',
    createdBy: c.actor.userId,
    createdAt: c.now,
    updatedAt: c.now,
  };
  if (!(await repo.insertTaRequest(c.db, row))) {
    const existing = await repo.findTaRequest(c.db, c.org.orgId, id);
    if (!existing || existing.domainKey !== input.domainKey) throw new AppError('conflict', { field: 'id' });
    return presentRequest(c, existing);
  }
  await ctx.audit({
    action: 'ta_request.created',
    resourceType: 'capacity_sharing',
    resourceId: id,
    details: { domainKey: input.domainKey },
  });
  return presentRequest(c, row);
}

export async function updateTaRequest(
  ctx: ServiceContext,
  id: string,
  input: TaRequestUpdateInput,
): Promise<TaRequestView> {
  const c = orgContext(ctx);
  const values: Parameters<typeof repo.updateTaRequest>[3] = { updatedAt: c.now };
  if (input.status) values.status = input.status;
  if (input.description !== undefined)
    values.descriptionEnc = await c.deps.keyring.encryptText(
      c.org.orgId,
      input.description,
      descriptionAad(c.org.orgId, id),
    );
  if (!(await repo.updateTaRequest(c.db, c.org.orgId, id, values))) throw new AppError('not_found');
  await ctx.audit({
    action: 'ta_request.updated',
    resourceType: 'capacity_sharing',
    resourceId: id,
    details: { status: input.status ?? null, description: input.description !== undefined },
  });
  return presentRequest(c, (await repo.findTaRequest(c.db, c.org.orgId, id))!);
}

// ── The network view (regional secretariat)

export async function getNetworkSettings(ctx: ServiceContext): Promise<NetworkSettingsView> {
  const c = orgContext(ctx);
  const row = await repo.findNetworkSettings(c.db, c.org.orgId);
  return { minOrganizations: row?.minOrganizations ?? DEFAULT_MIN_ORGANIZATIONS };
}

export async function updateNetworkSettings(
  ctx: ServiceContext,
  input: NetworkSettingsInput,
): Promise<NetworkSettingsView> {
  const c = orgContext(ctx);
  await repo.upsertNetworkSettings(c.db, {
    orgId: c.org.orgId,
    minOrganizations: input.minOrganizations,
    updatedBy: c.actor.userId,
    updatedAt: c.now,
  });
  await ctx.audit({
    action: 'capacity_network.settings_updated',
    resourceType: 'capacity_network',
    resourceId: c.org.orgId,
    details: { minOrganizations: input.minOrganizations },
  });
  return getNetworkSettings(ctx);
}

/**
 * The network's capacity picture: scores only of organizations that consent to share scores (their
 * latest completed assessment), requests only of those that consent to share requests — counts by
 * domain, never the request's text. Names only above the minimum number of organizations.
 */
export async function getNetworkPicture(ctx: ServiceContext): Promise<NetworkPictureView> {
  const c = orgContext(ctx);
  const { minOrganizations } = await getNetworkSettings(ctx);
  const orgs = await repo.listNetworkOrgs(c.db, c.org.orgId);
  const nameOf = new Map(orgs.map((org) => [org.id, org.name]));
  const scoreSharers = orgs.filter((org) => org.shareScores).map((org) => org.id);
  const requestSharers = orgs.filter((org) => org.shareTaRequests).map((org) => org.id);
  const scores: OrgDomainScore[] = [];
  const latest = await latestCompletedAssessments(c.db, scoreSharers);
  for (const { orgId, assessmentId } of latest)
    for (const { domainKey, score } of (await domainScores(c.db, orgId, assessmentId)) ?? [])
      scores.push({ orgId, orgName: nameOf.get(orgId)!, domainKey, score });
  const requests = (await repo.listOpenTaRequestDomains(c.db, requestSharers)).map((request) => ({
    ...request,
    orgName: nameOf.get(request.orgId)!,
  }));
  const picture = buildNetworkPicture({
    scores,
    requests,
    sharingScores: scoreSharers.length,
    sharingTaRequests: requestSharers.length,
    minOrganizations,
  });
  await ctx.audit({
    action: 'capacity_network.read',
    resourceType: 'capacity_network',
    resourceId: c.org.orgId,
    details: {
      organizations: new Set([...scores.map((s) => s.orgId), ...requests.map((r) => r.orgId)]).size,
    },
  });
  return {
    ...picture,
    networkOrganizations: orgs.length,
    withCompletedAssessment: latest.length,
    domains: picture.domains,
  };
}
