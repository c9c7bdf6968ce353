import type {
  InteractionCreateInput,
  PartnerCreateInput,
  PartnerDetail,
  PartnerSummary,
  PartnerUpdateInput,
} from '../../../domain/alliances.schemas';
import { newId } from '../../../domain/ids';
import { isUniqueViolation } from '../../platform/db/pg-errors';
import { AppError } from '../../platform/errors';
import { orgContext, type ServiceContext } from '../../platform/http/route-spec';
import { presentPartner, presentPartnerDetail } from './alliances.presenter';
import * as repo from './alliances.repo';

async function withUniqueName<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, 'alliance_partners_name_uq'))
      throw new AppError('conflict', { field: 'name' });
    throw error;
  }
}

export async function listPartners(ctx: ServiceContext): Promise<PartnerSummary[]> {
  const c = orgContext(ctx);
  return (await repo.listPartners(c.db, c.org.orgId)).map(presentPartner);
}

export async function getPartner(ctx: ServiceContext, id: string): Promise<PartnerDetail> {
  const c = orgContext(ctx);
  const found = await repo.findPartner(c.db, c.org.orgId, id);
  if (!found) throw new AppError('not_found');
  return presentPartnerDetail(found, await repo.listInteractions(c.db, c.org.orgId, id));
}

export async function createPartner(ctx: ServiceContext, input: PartnerCreateInput): Promise<PartnerDetail> {
  const c = orgContext(ctx);
  const id = input.id ?? newId(c.now.getTime());
  const inserted = await withUniqueName(() =>
    repo.insertPartner(c.db, {
      orgId: c.org.orgId,
      id,
      name: input.name,
      kind: input.kind,
      contactRole: input.contactRole ?? null,
      strength: input.strength,
      createdAt: c.now,
      updatedAt: c.now,
    }),
  );
  if (!inserted) {
    const existing = await repo.findPartner(c.db, c.org.orgId, id);
    if (!existing || existing.row.name !== input.name) throw new AppError('conflict', { field: 'id' });
    return getPartner(ctx, id);
  }
  await ctx.audit({ action: 'alliance_partner.created', resourceType: 'alliance_partner', resourceId: id });
  return getPartner(ctx, id);
}

export async function updatePartner(
  ctx: ServiceContext,
  id: string,
  input: PartnerUpdateInput,
): Promise<PartnerDetail> {
  const c = orgContext(ctx);
  const values: Parameters<typeof repo.updatePartner>[3] = { updatedAt: c.now };
  if (input.name !== undefined) values.name = input.name;
  if (input.kind !== undefined) values.kind = input.kind;
  if (input.contactRole !== undefined) values.contactRole = input.contactRole;
  if (input.strength !== undefined) values.strength = input.strength;
  const updated = await withUniqueName(() => repo.updatePartner(c.db, c.org.orgId, id, values));
  if (!updated) throw new AppError('not_found');
  await ctx.audit({
    action: 'alliance_partner.updated',
    resourceType: 'alliance_partner',
    resourceId: id,
    details: { strength: input.strength ?? null },
  });
  return getPartner(ctx, id);
}

export async function addInteraction(
  ctx: ServiceContext,
  partnerId: string,
  input: InteractionCreateInput,
): Promise<PartnerDetail> {
  const c = orgContext(ctx);
  if (!(await repo.findPartner(c.db, c.org.orgId, partnerId))) throw new AppError('not_found');
  const id = input.id ?? newId(c.now.getTime());
  const inserted = await repo.insertInteraction(c.db, {
    orgId: c.org.orgId,
    id,
    partnerId,
    kind: input.kind,
    title: input.title,
    happenedOn: input.happenedOn,
    createdAt: c.now,
  });
  if (!inserted) throw new AppError('conflict', { field: 'id' });
  await ctx.audit({
    action: 'alliance_partner.interaction_added',
    resourceType: 'alliance_partner',
    resourceId: partnerId,
    details: { interactionId: id, kind: input.kind },
  });
  return getPartner(ctx, partnerId);
}
