import { newId } from '../../domain/ids';
import { appendAudit } from '../platform/audit/audit-writer';
import { hashPassword } from '../platform/auth/passwords';
import { SYSTEM_SCOPE } from '../platform/crypto/keyring';
import type { AppDeps } from '../platform/deps';
import { totpSecretColumn } from '../platform/auth/auth.tables';
import { localGroupNotesColumn, localGroups } from '../modules/local-groups/local-groups.tables';
import { insertMembership, insertUser } from '../modules/org-users/org-users.repo';
import { insertNetwork, insertOrganization } from '../modules/organizations/organizations.repo';
import { isSetupNeeded } from '../modules/setup/setup.service';
import { seedDemoCases } from './cases-demo';
import { seedDemoCaseResponses } from './case-responses-demo';
import { seedDemoSelfReports } from './self-reports-demo';
import { seedDemoContacts } from './demo-contacts';
import { seedDemoGrants } from './grants-demo';
import { seedDemoPlanning } from './planning-demo';
import { seedDemoCapacityAssessments } from './capacity-assessments-demo';
import { seedDemoMembers } from './demo-members';
import { seedDemoOutreach } from './demo-outreach';
import { seedDemoSites } from './demo-sites';
import { DEMO_NETWORK, DEMO_ORGANIZATIONS, DEMO_PASSWORD, DEMO_USERS, demoTotpSecret } from './demo-data';

/** Loads the demo network into an empty database; returns false if the database already has data. */
export async function seedDemo(deps: AppDeps): Promise<boolean> {
  if (!(await isSetupNeeded(deps.db))) return false;
  const now = deps.clock();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const orgIds = new Map<string, string>();
  const groupIds = new Map<string, string>();
  const userIds = new Map<string, string>();
  await deps.db.transaction(async (tx) => {
    const networkId = newId();
    await insertNetwork(tx, { id: networkId, name: DEMO_NETWORK, createdAt: now });
    for (const org of DEMO_ORGANIZATIONS) {
      const orgId = newId();
      orgIds.set(org.key, orgId);
      await insertOrganization(tx, {
        id: orgId,
        networkId,
        name: org.name,
        countryCode: org.countryCode,
        level: org.level,
        createdAt: now,
      });
      for (const name of org.localGroups) {
        const id = newId();
        groupIds.set(name, id);
        const notes = `Grupo de ejemplo: se reúne los jueves. (Datos de demostración.)`;
        await tx.insert(localGroups).values({
          orgId,
          id,
          name,
          notesEnc: await deps.keyring.encryptText(
            orgId,
            notes,
            localGroupNotesColumn.aad({ org_id: orgId, id }),
          ),
          createdAt: now,
          updatedAt: now,
        });
      }
      await appendAudit(
        tx,
        deps.keyring,
        { orgId, userId: null, role: null, ipTag: null },
        { action: 'demo.seeded', resourceType: 'organization', resourceId: orgId },
        now,
      );
    }
    for (const user of DEMO_USERS) {
      const userId = newId();
      userIds.set(user.username, userId);
      const secret = user.totp ? demoTotpSecret(user.username) : null;
      await insertUser(tx, {
        id: userId,
        username: user.username,
        displayName: user.displayName,
        passwordHash,
        passwordChangedAt: now,
        createdAt: now,
        ...(secret
          ? {
              totpSecretEnc: await deps.keyring.encryptText(
                SYSTEM_SCOPE,
                secret,
                totpSecretColumn.aad({ id: userId }),
              ),
              totpEnabledAt: now,
            }
          : {}),
      });
      for (const membership of user.memberships) {
        await insertMembership(tx, {
          orgId: orgIds.get(membership.org)!,
          id: newId(),
          userId,
          role: membership.role,
          localGroupId: membership.localGroup ? (groupIds.get(membership.localGroup) ?? null) : null,
          disabledAt: null,
          createdAt: now,
        });
      }
    }
    await seedDemoSites(tx, deps, { orgIds, userIds, now });
    await seedDemoMembers(deps, tx, {
      org: {
        orgId: orgIds.get('liquidambar')!,
        orgName: 'Liquidambar',
        networkId,
        level: 'national',
        membershipId: 'demo',
        localGroupId: null,
      },
      promotora: { userId: userIds.get('promotora.demo')!, username: 'promotora.demo' },
      now,
    });
    await seedDemoContacts(tx, {
      orgId: orgIds.get('liquidambar')!,
      promotoraId: userIds.get('promotora.demo')!,
      now,
    });
    await seedDemoOutreach(tx, deps, {
      orgId: orgIds.get('liquidambar')!,
      promotoraId: userIds.get('promotora.demo')!,
      now,
    });
    await seedDemoGrants(tx, deps, { orgIds, userIds, now });
    await seedDemoPlanning(tx, deps, { orgIds, userIds, now });
    await seedDemoCapacityAssessments(tx, deps, { orgIds, userIds, now });
    await seedDemoCases(tx, deps, { orgIds, userIds, now });
    await seedDemoCaseResponses(tx, deps, { orgIds, userIds, now });
    await seedDemoSelfReports(tx, deps, { orgIds, userIds, now });
  });
  return true;
}

/** The demo logins, printed on the console. */
export function describeDemoLogins(url: string): string {
  const lines = [
    '',
    `  Demostración de Colectiva: ${url}  (todas las personas y datos son ficticios)`,
    `  Contraseña de todas las cuentas: ${DEMO_PASSWORD}`,
    '',
  ];
  for (const user of DEMO_USERS) {
    const roles = user.memberships
      .map((m) => `${m.role}@${DEMO_ORGANIZATIONS.find((o) => o.key === m.org)?.name ?? m.org}`)
      .join(', ');
    lines.push(`  ${user.username.padEnd(18)} ${roles}`);
    if (user.totp)
      lines.push(`  ${''.padEnd(18)} TOTP (secreto de demostración): ${demoTotpSecret(user.username)}`);
  }
  lines.push('', '  Código TOTP actual de una cuenta demo: npm run colectiva -- demo-code admin.demo', '');
  return lines.join('\n');
}
