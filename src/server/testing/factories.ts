import { newId } from '../../domain/ids';
import type { OrgLevel, Role } from '../../domain/roles';
import { hashPassword } from '../platform/auth/passwords';
import { generateTotpSecret } from '../platform/auth/totp';
import { SYSTEM_SCOPE } from '../platform/crypto/keyring';
import { localGroupNotesColumn, localGroups } from '../modules/local-groups/local-groups.tables';
import { totpSecretColumn } from '../platform/auth/auth.tables';
import { insertMembership, insertUser } from '../modules/org-users/org-users.repo';
import {
  insertNetwork,
  insertOrganization,
  type OrganizationRow,
} from '../modules/organizations/organizations.repo';
import type { TestApp } from './test-app';

let sequence = 0;
const next = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`;
const passwordHashes = new Map<string, Promise<string>>();

/** Hashing is deliberately slow; tests reuse one hash per distinct password. */
function cachedHash(password: string): Promise<string> {
  let hash = passwordHashes.get(password);
  if (!hash) passwordHashes.set(password, (hash = hashPassword(password)));
  return hash;
}

export const TEST_PASSWORD = 'Cuidado-con-la-lluvia-42';

export async function buildOrganization(
  t: TestApp,
  options: { networkId?: string; level?: OrgLevel; name?: string; countryCode?: string | null } = {},
): Promise<OrganizationRow> {
  const now = t.clock.now();
  let networkId = options.networkId;
  if (!networkId) {
    networkId = newId();
    await insertNetwork(t.db, { id: networkId, name: `Red ${next()}`, createdAt: now });
  }
  const row: OrganizationRow = {
    id: newId(),
    networkId,
    name: options.name ?? `Organización ${next()}`,
    countryCode: options.countryCode === undefined ? 'SV' : options.countryCode,
    level: options.level ?? 'national',
    createdAt: now,
  };
  await insertOrganization(t.db, row);
  return row;
}

export interface BuiltUser {
  userId: string;
  username: string;
  password: string;
  membershipId: string | null;
  orgId: string | null;
  role: Role | null;
  totpSecret: string | null;
}

/** A staff user, with a membership when `orgId` is given; admins and paralegals get TOTP by default. */
export async function buildUser(
  t: TestApp,
  options: {
    orgId?: string;
    role?: Role;
    password?: string;
    totp?: boolean;
    mustChangePassword?: boolean;
    username?: string;
    localGroupId?: string;
  } = {},
): Promise<BuiltUser> {
  const now = t.clock.now();
  const userId = newId();
  const password = options.password ?? TEST_PASSWORD;
  const role = options.role ?? (options.orgId ? 'coordinator' : null);
  const wantsTotp = options.totp ?? (role === 'admin' || role === 'paralegal');
  const totpSecret = wantsTotp ? generateTotpSecret() : null;
  const username = options.username ?? `u${next()}`;
  await insertUser(t.db, {
    id: userId,
    username,
    displayName: `Persona ${username}`,
    passwordHash: await cachedHash(password),
    mustChangePassword: options.mustChangePassword ?? false,
    passwordChangedAt: now,
    createdAt: now,
    ...(totpSecret
      ? {
          totpSecretEnc: await t.deps.keyring.encryptText(
            SYSTEM_SCOPE,
            totpSecret,
            totpSecretColumn.aad({ id: userId }),
          ),
          totpEnabledAt: now,
        }
      : {}),
  });
  let membershipId: string | null = null;
  if (options.orgId && role) {
    membershipId = newId();
    await insertMembership(t.db, {
      orgId: options.orgId,
      id: membershipId,
      userId,
      role,
      localGroupId: options.localGroupId ?? null,
      disabledAt: null,
      createdAt: now,
    });
  }
  return { userId, username, password, membershipId, orgId: options.orgId ?? null, role, totpSecret };
}

/** Gives an existing account a role in an organization. */
export async function addMembership(
  t: TestApp,
  options: { orgId: string; userId: string; role: Role; localGroupId?: string },
): Promise<string> {
  const id = newId();
  await insertMembership(t.db, {
    orgId: options.orgId,
    id,
    userId: options.userId,
    role: options.role,
    localGroupId: options.localGroupId ?? null,
    disabledAt: null,
    createdAt: t.clock.now(),
  });
  return id;
}

export async function buildLocalGroup(t: TestApp, options: { orgId: string; name?: string; notes?: string }) {
  const id = newId();
  const now = t.clock.now();
  await t.db.insert(localGroups).values({
    orgId: options.orgId,
    id,
    name: options.name ?? `Grupo ${next()}`,
    notesEnc: options.notes
      ? await t.deps.keyring.encryptText(
          options.orgId,
          options.notes,
          localGroupNotesColumn.aad({ org_id: options.orgId, id }),
        )
      : null,
    createdAt: now,
    updatedAt: now,
  });
  return { id, orgId: options.orgId };
}
