import { newId } from '../../../domain/ids';
import { findPasswordProblem } from '../../../domain/password-policy';
import type { Role } from '../../../domain/roles';
import type {
  OrgUserAddExistingInput,
  OrgUserCreateInput,
  OrgUserUpdateInput,
  OrgUserView,
} from '../../../domain/users.schemas';
import { hashPassword } from '../../platform/auth/passwords';
import type { DbOrTx } from '../../platform/db/client';
import { isUniqueViolation } from '../../platform/db/pg-errors';
import { AppError } from '../../platform/errors';
import { orgContext, type OrgServiceContext, type ServiceContext } from '../../platform/http/route-spec';
import { revokeUserSessions } from '../auth/auth.repo';
import { presentOrgUser } from './org-users.presenter';
import * as repo from './org-users.repo';

export async function listOrgUsers(ctx: ServiceContext): Promise<OrgUserView[]> {
  const c = orgContext(ctx);
  return (await repo.listOrgUsers(c.db, c.org.orgId)).map(presentOrgUser);
}

export async function getOrgUser(ctx: ServiceContext, membershipId: string): Promise<OrgUserView> {
  const c = orgContext(ctx);
  const row = await repo.findOrgUser(c.db, c.org.orgId, membershipId);
  if (!row) throw new AppError('not_found');
  return presentOrgUser(row);
}

async function assertLocalGroup(
  c: OrgServiceContext,
  localGroupId: string | null | undefined,
): Promise<void> {
  if (localGroupId && !(await repo.localGroupExists(c.db, c.org.orgId, localGroupId))) {
    throw new AppError('validation', { field: 'localGroupId', params: { reason: 'invalid_value' } });
  }
}

interface NewAccount {
  id: string;
  username: string;
  displayName: string;
  temporaryPassword: string;
}

/**
 * Opens an account with a temporary password to change at first sign-in. Answers false when an
 * account with this id exists already (a retried create). `fieldPrefix` names where the fields sit in
 * the request body, for error messages.
 */
export async function openAccount(
  db: DbOrTx,
  account: NewAccount,
  now: Date,
  fieldPrefix = '',
): Promise<boolean> {
  const problem = findPasswordProblem(account.temporaryPassword, account.username);
  if (problem)
    throw new AppError('weak_password', {
      field: `${fieldPrefix}temporaryPassword`,
      params: { reason: problem },
    });
  try {
    return await repo.insertUserUnlessIdExists(db, {
      id: account.id,
      username: account.username,
      displayName: account.displayName,
      passwordHash: await hashPassword(account.temporaryPassword),
      mustChangePassword: true,
      passwordChangedAt: now,
      createdAt: now,
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', { field: `${fieldPrefix}username` });
    throw error;
  }
}

/**
 * The account with this username, if the acting user administers it in an organization other than
 * `orgId` (herself included). Anything else is not_found, whether the username exists or not.
 */
export async function findAdministeredAccount(
  db: DbOrTx,
  username: string,
  actorUserId: string,
  orgId: string,
  field = 'username',
): Promise<{ userId: string; username: string }> {
  const account = await repo.findAccountAdministeredBy(db, username, actorUserId, orgId);
  if (!account) throw new AppError('not_found', { field, messageKey: 'errors.account_not_administered' });
  return account;
}

/** An administrator creates a staff account with a temporary password to change at first sign-in. */
export async function createOrgUser(ctx: ServiceContext, input: OrgUserCreateInput): Promise<OrgUserView> {
  const c = orgContext(ctx);
  await assertLocalGroup(c, input.localGroupId);
  const userId = input.id ?? newId(c.now.getTime());
  const membershipId = newId(c.now.getTime());
  const inserted = await openAccount(c.db, { ...input, id: userId }, c.now);
  if (!inserted) {
    // A retry of the same create (client-generated id) answers with the account; anything else conflicts.
    const existing = await repo.findOrgUserByUserId(c.db, c.org.orgId, userId);
    if (!existing || existing.username !== input.username) throw new AppError('conflict', { field: 'id' });
    return presentOrgUser(existing);
  }
  await repo.insertMembership(c.db, membershipRow(c, membershipId, userId, input));
  return auditedMembership(ctx, 'org_user.created', membershipId, input.role);
}

/** A new, active membership of this organization. */
function membershipRow(
  c: OrgServiceContext,
  id: string,
  userId: string,
  input: { role: Role; localGroupId?: string | null },
): repo.MembershipRow {
  return {
    orgId: c.org.orgId,
    id,
    userId,
    role: input.role,
    localGroupId: input.localGroupId ?? null,
    disabledAt: null,
    createdAt: c.now,
  };
}

async function auditedMembership(
  ctx: ServiceContext,
  action: 'org_user.created' | 'org_user.added',
  membershipId: string,
  role: Role,
): Promise<OrgUserView> {
  await ctx.audit({ action, resourceType: 'membership', resourceId: membershipId, details: { role } });
  return getOrgUser(ctx, membershipId);
}

/**
 * Gives an account the acting administrator already administers elsewhere a role in this
 * organization (staff who work for two organizations, a secretariat that supports a member). Any
 * other username answers not_found, whether it exists or not.
 */
export async function addExistingUser(
  ctx: ServiceContext,
  input: OrgUserAddExistingInput,
): Promise<OrgUserView> {
  const c = orgContext(ctx);
  const account = await findAdministeredAccount(c.db, input.username, c.actor.userId, c.org.orgId);
  await assertLocalGroup(c, input.localGroupId);
  const membershipId = input.id ?? newId(c.now.getTime());
  const inserted = await repo.insertMembershipUnlessExists(
    c.db,
    membershipRow(c, membershipId, account.userId, input),
  );
  if (!inserted) {
    const existing = await repo.findOrgUserByUserId(c.db, c.org.orgId, account.userId);
    // A retry of the same add (client-chosen id) answers with the membership; anything else conflicts.
    if (existing && input.id && existing.membershipId === input.id) return presentOrgUser(existing);
    throw new AppError('conflict', { field: 'username', messageKey: 'errors.already_member' });
  }
  return auditedMembership(ctx, 'org_user.added', membershipId, input.role);
}

/** Account-wide changes are refused when the account also belongs to another organization. */
async function assertOnlyHere(c: OrgServiceContext, userId: string): Promise<void> {
  if ((await repo.countMembershipsElsewhere(c.db, userId, c.org.orgId)) > 0) {
    throw new AppError('forbidden', { messageKey: 'errors.account_shared' });
  }
}

export async function updateOrgUser(
  ctx: ServiceContext,
  membershipId: string,
  input: OrgUserUpdateInput,
): Promise<OrgUserView> {
  const c = orgContext(ctx);
  const current = await repo.findOrgUser(c.db, c.org.orgId, membershipId);
  if (!current) throw new AppError('not_found');
  const losesAdmin =
    current.role === 'admin' && ((input.role && input.role !== 'admin') || input.disabled === true);
  if (losesAdmin && (await repo.countActiveAdmins(c.db, c.org.orgId, membershipId)) === 0) {
    throw new AppError('conflict', {
      field: input.role ? 'role' : 'disabled',
      messageKey: 'errors.last_admin',
    });
  }
  await assertLocalGroup(c, input.localGroupId);
  const membershipChanges: Parameters<typeof repo.updateMembership>[3] = {};
  if (input.role) membershipChanges.role = input.role;
  if (input.localGroupId !== undefined) membershipChanges.localGroupId = input.localGroupId;
  if (input.disabled !== undefined) membershipChanges.disabledAt = input.disabled ? c.now : null;
  if (Object.keys(membershipChanges).length)
    await repo.updateMembership(c.db, c.org.orgId, membershipId, membershipChanges);
  if (input.temporaryPassword) {
    await assertOnlyHere(c, current.userId);
    const problem = findPasswordProblem(input.temporaryPassword, current.username);
    if (problem)
      throw new AppError('weak_password', { field: 'temporaryPassword', params: { reason: problem } });
    await repo.updateUserCredentials(c.db, current.userId, {
      passwordHash: await hashPassword(input.temporaryPassword),
      mustChangePassword: true,
      passwordChangedAt: c.now,
    });
  }
  if (input.resetTotp) {
    await assertOnlyHere(c, current.userId);
    await repo.updateUserCredentials(c.db, current.userId, {
      totpSecretEnc: null,
      totpEnabledAt: null,
      totpLastStep: null,
    });
    await repo.deleteRecoveryCodes(c.db, current.userId);
  }
  // Any change of rights or credentials ends the user's sessions so it takes effect at once.
  await revokeUserSessions(c.db, current.userId, c.now, 'changed_by_admin');
  await ctx.audit({
    action: 'org_user.updated',
    resourceType: 'membership',
    resourceId: membershipId,
    details: {
      role: input.role ?? null,
      disabled: input.disabled ?? null,
      passwordReset: Boolean(input.temporaryPassword),
      totpReset: Boolean(input.resetTotp),
    },
  });
  return getOrgUser(ctx, membershipId);
}
