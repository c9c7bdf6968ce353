import { and, count, eq, isNotNull, isNull } from 'drizzle-orm';
import { isAllowed } from '../../../../domain/policy';
import { EVIDENCE_DOMAINS } from '../../../../domain/programme-evidence';
import { users } from '../../../platform/auth/auth.tables';
import { memberships } from '../../org-users/memberships.tables';
import type { EvidenceProvider } from '../programme-evidence.providers';

/**
 * Safety and data protection: staff accounts that sign in with a second factor, for the roles that
 * manage the organization's users (the accounts' security posture is theirs to see).
 */
export const securityEvidence: EvidenceProvider = {
  id: 'security',
  async collect(db, orgId, _period, { role, level }) {
    if (!isAllowed(role, 'org_user', 'list', level)) return [];
    const active = and(
      eq(memberships.orgId, orgId),
      isNull(memberships.disabledAt),
      isNull(users.disabledAt),
    );
    const [all] = await db
      .select({ n: count() })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(active);
    const [withTotp] = await db
      .select({ n: count() })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(active, isNotNull(users.totpEnabledAt)));
    if (!all || all.n === 0) return [];
    return [
      {
        domainKey: EVIDENCE_DOMAINS.safety,
        key: 'staffWithSecondFactor',
        value: withTotp?.n ?? 0,
        total: all.n,
      },
    ];
  },
};
