import { and, count, countDistinct, eq, gte, isNull, lte, sql } from 'drizzle-orm';
import { isAllowed } from '../../../../domain/policy';
import { EVIDENCE_DOMAINS } from '../../../../domain/programme-evidence';
import { isEffectiveContact } from '../../contacts/contact-effective';
import { contacts } from '../../contacts/contacts.tables';
import { members } from '../../members/members.tables';
import { sites } from '../../sites/sites.tables';
import type { EvidenceProvider } from '../programme-evidence.providers';

/**
 * Community-led services: members reached, contacts and sites from the community registry, for the
 * roles that work with the registry (member list and sites: not a viewer or a paralegal).
 */
export const registryEvidence: EvidenceProvider = {
  id: 'registry',
  async collect(db, orgId, period, { role, level }) {
    if (!isAllowed(role, 'member', 'list', level) || !isAllowed(role, 'site', 'list', level)) return [];
    const [reach] = await db
      .select({
        contacts: count(),
        members: countDistinct(sql`coalesce(${members.mergedIntoId}, ${members.id})`),
      })
      .from(contacts)
      .leftJoin(members, and(eq(members.orgId, contacts.orgId), eq(members.id, contacts.memberId)))
      .where(
        and(
          eq(contacts.orgId, orgId),
          isEffectiveContact,
          gte(contacts.contactedOn, period.from),
          lte(contacts.contactedOn, period.to),
        ),
      );
    const [registered] = await db
      .select({ n: count() })
      .from(members)
      .where(and(eq(members.orgId, orgId), isNull(members.deletedAt), isNull(members.mergedIntoId)));
    const [liveSites] = await db
      .select({ n: count() })
      .from(sites)
      .where(and(eq(sites.orgId, orgId), isNull(sites.deletedAt)));
    const facts = [];
    const domainKey = EVIDENCE_DOMAINS.communityLedServices;
    if (registered && registered.n > 0)
      facts.push({ domainKey, key: 'membersRegistered', value: registered.n, total: null });
    if (reach && reach.contacts > 0)
      facts.push(
        { domainKey, key: 'membersReached', value: reach.members, total: null },
        { domainKey, key: 'contacts', value: reach.contacts, total: null },
      );
    if (liveSites && liveSites.n > 0)
      facts.push({ domainKey, key: 'sites', value: liveSites.n, total: null });
    return facts;
  },
};
