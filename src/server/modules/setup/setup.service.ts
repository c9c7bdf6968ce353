import crypto from 'node:crypto';
import type { SetupInput } from '../../../domain/setup.schemas';
import { newId } from '../../../domain/ids';
import { findPasswordProblem } from '../../../domain/password-policy';
import { appendAudit } from '../../platform/audit/audit-writer';
import { hashPassword } from '../../platform/auth/passwords';
import type { Db } from '../../platform/db/client';
import type { KeyRing } from '../../platform/crypto/keyring';
import { AppError } from '../../platform/errors';
import { insertMembership, insertUser } from '../org-users/org-users.repo';
import { countOrganizations, insertNetwork, insertOrganization } from '../organizations/organizations.repo';

export interface SetupResult {
  networkId: string;
  orgId: string;
  userId: string;
}

/** True while no organization exists: the first run still has to create one. */
export async function isSetupNeeded(db: Db): Promise<boolean> {
  return (await countOrganizations(db)) === 0;
}

/** A one-time token printed on the console, so only whoever runs the server can finish set-up. */
export function newSetupToken(): string {
  return crypto.randomBytes(18).toString('base64url');
}

/** Creates the network, its first organization and the first administrator, all or nothing. */
export async function completeSetup(
  db: Db,
  keyring: KeyRing,
  input: Omit<SetupInput, 'token'>,
  now: Date,
): Promise<SetupResult> {
  const problem = findPasswordProblem(input.admin.password, input.admin.username);
  if (problem) throw new AppError('weak_password', { field: 'admin.password', params: { reason: problem } });
  const passwordHash = await hashPassword(input.admin.password);
  return db.transaction(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext('colectiva:setup'))`);
    if ((await countOrganizations(tx)) > 0) throw new AppError('setup_done');
    const networkId = newId(now.getTime());
    const orgId = newId(now.getTime());
    const userId = newId(now.getTime());
    await insertNetwork(tx, { id: networkId, name: input.networkName, createdAt: now });
    await insertOrganization(tx, {
      id: orgId,
      networkId,
      name: input.organization.name,
      countryCode: input.organization.countryCode,
      level: input.organization.level,
      createdAt: now,
    });
    await insertUser(tx, {
      id: userId,
      username: input.admin.username,
      displayName: input.admin.displayName,
      passwordHash,
      passwordChangedAt: now,
      createdAt: now,
    });
    await insertMembership(tx, {
      orgId,
      id: newId(now.getTime()),
      userId,
      role: 'admin',
      localGroupId: null,
      disabledAt: null,
      createdAt: now,
    });
    await appendAudit(
      tx,
      keyring,
      { orgId, userId, role: 'admin', ipTag: null },
      { action: 'setup.completed', resourceType: 'organization', resourceId: orgId },
      now,
    );
    return { networkId, orgId, userId };
  });
}

export function tokenMatches(expected: string | null, given: string): boolean {
  if (!expected) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}
