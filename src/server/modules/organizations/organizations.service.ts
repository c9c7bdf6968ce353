import { newId } from '../../../domain/ids';
import type {
  OrganizationCreateInput,
  OrganizationUpdateInput,
  OrganizationView,
} from '../../../domain/organizations.schemas';
import type { DbOrTx } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { orgContext, type ServiceContext } from '../../platform/http/route-spec';
import { presentOrganization } from './organizations.presenter';
import { insertMembership } from '../org-users/org-users.repo';
import { findAdministeredAccount, openAccount } from '../org-users/org-users.service';
import * as repo from './organizations.repo';

export async function getOrganization(ctx: ServiceContext): Promise<OrganizationView> {
  const { org, db } = orgContext(ctx);
  const row = await repo.findOrganization(db, org.orgId);
  if (!row) throw new AppError('not_found');
  return presentOrganization(row);
}

export async function updateOrganization(
  ctx: ServiceContext,
  input: OrganizationUpdateInput,
): Promise<OrganizationView> {
  const { org, db } = orgContext(ctx);
  await repo.updateOrganization(db, org.orgId, input);
  await ctx.audit({ action: 'organization.updated', resourceType: 'organization', resourceId: org.orgId });
  return getOrganization(ctx);
}

/** Names and countries of the network's organizations (public within the network). */
export async function listNetworkOrganizations(ctx: ServiceContext): Promise<OrganizationView[]> {
  const { org, db } = orgContext(ctx);
  return (await repo.listOrganizationsOfNetwork(db, org.networkId)).map(presentOrganization);
}

/**
 * The regional secretariat adds a member organization to its network, with its first administrator:
 * a new account (the secretariat then has no access to the member's records), or an account the
 * creating administrator already administers, herself included, when she chooses so explicitly.
 */
export async function createNetworkOrganization(
  ctx: ServiceContext,
  input: OrganizationCreateInput,
): Promise<OrganizationView> {
  const { org, db, now, actor } = orgContext(ctx);
  const id = input.id ?? newId(now.getTime());
  const row = {
    id,
    networkId: org.networkId,
    name: input.name,
    countryCode: input.countryCode,
    level: input.level,
    createdAt: now,
  };
  if (!(await repo.insertOrganization(db, row))) {
    const existing = await repo.findOrganization(db, id);
    if (!existing || existing.networkId !== org.networkId || existing.name !== input.name)
      throw new AppError('conflict', { field: 'id' });
    return presentOrganization(existing);
  }
  const firstAdmin = input.firstAdmin;
  let adminUserId: string;
  if (firstAdmin.kind === 'new') {
    adminUserId = newId(now.getTime());
    await openAccount(db, { ...firstAdmin, id: adminUserId }, now, 'firstAdmin.');
  } else {
    const account = await findAdministeredAccount(
      db,
      firstAdmin.username,
      actor.userId,
      id,
      'firstAdmin.username',
    );
    adminUserId = account.userId;
  }
  const membershipId = newId(now.getTime());
  await insertMembership(db, {
    orgId: id,
    id: membershipId,
    userId: adminUserId,
    role: 'admin',
    localGroupId: null,
    disabledAt: null,
    createdAt: now,
  });
  await ctx.audit({
    action: 'organization.created',
    resourceType: 'organization',
    resourceId: id,
    details: { level: input.level, firstAdmin: firstAdmin.kind, firstAdminMembershipId: membershipId },
  });
  return presentOrganization(row);
}

/** Every organization id (for maintenance commands such as key rotation). */
export async function listOrganizationIds(db: DbOrTx): Promise<string[]> {
  return repo.listAllOrganizationIds(db);
}
