import { and, count, eq, isNotNull, isNull } from 'drizzle-orm';
import { EVIDENCE_DOMAINS } from '../../../../domain/programme-evidence';
import { users } from '../../../platform/auth/auth.tables';
import { memberships } from '../../org-users/memberships.tables';
import type { EvidenceProvider } from '../programme-evidence.providers';

/** Safety and data protection: staff accounts that sign in with a second factor. */
export const securityEvidence: EvidenceProvider = {
  id: 'security',
  async collect(db, orgId) {
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
