import { and, asc, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import type { OrgServiceContext } from '../../platform/http/route-spec';
import { effectiveMemberId } from '../members/member-scope';
import { members } from '../members/members.tables';
import { isEffectiveContact } from './contact-effective';
import { contactScopeWhere, keptMemberJoin, recordedMember, recordedMemberJoin } from './contacts.scope';
import { contactReferrals, contacts } from './contacts.tables';

export type ContactRow = typeof contacts.$inferSelect;
export type ContactReferralRow = typeof contactReferrals.$inferSelect;

/** A contact as read back: the row, the member it counts for, and whether it still counts. */
export interface ContactReadRow {
  contact: ContactRow;
  keptMemberId: string | null;
  memberDisplayCode: string | null;
  supersededById: string | null;
}

const supersededById = sql<string | null>`(select superseding.id from contacts as superseding
  where superseding.org_id = ${contacts.orgId} and superseding.supersedes_id = ${contacts.id})`;

function selectContacts(db: DbOrTx) {
  return db
    .select({
      contact: contacts,
      keptMemberId: sql<string | null>`${members.id}`,
      memberDisplayCode: sql<string | null>`${members.displayCode}`,
      supersededById,
    })
    .from(contacts)
    .leftJoin(recordedMember, recordedMemberJoin)
    .leftJoin(members, keptMemberJoin);
}

/** Returns false when a record with this id exists already (a retried create). */
export async function insertContact(db: DbOrTx, row: ContactRow): Promise<boolean> {
  const inserted = await db
    .insert(contacts)
    .values(row)
    .onConflictDoNothing({ target: [contacts.orgId, contacts.id] })
    .returning({ id: contacts.id });
  return inserted.length === 1;
}

export async function insertReferrals(db: DbOrTx, rows: ContactReferralRow[]): Promise<void> {
  if (rows.length > 0) await db.insert(contactReferrals).values(rows);
}

/** Any contact of the organization by id, ignoring row scope (idempotent retries, existence). */
export async function findContactAnyScope(db: DbOrTx, orgId: string, id: string): Promise<ContactRow | null> {
  const [row] = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.orgId, orgId), eq(contacts.id, id)));
  return row ?? null;
}

/** One contact inside the caller's row scope, or null. */
export async function findContactInScope(
  ctx: Pick<OrgServiceContext, 'org' | 'actor'>,
  db: DbOrTx,
  id: string,
): Promise<ContactReadRow | null> {
  const [row] = await selectContacts(db).where(and(contactScopeWhere(ctx), eq(contacts.id, id)));
  return row ?? null;
}

export interface ContactFilters {
  memberId?: string | undefined;
  siteId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  history: boolean;
  limit: number;
}

/** Contacts in the caller's scope: effective ones by default, every event with `history`. */
export async function listContacts(
  ctx: Pick<OrgServiceContext, 'org' | 'actor'>,
  db: DbOrTx,
  filters: ContactFilters,
): Promise<ContactReadRow[]> {
  const conditions: (SQL | undefined)[] = [contactScopeWhere(ctx)];
  if (!filters.history) conditions.push(isEffectiveContact);
  // The member she counts as now (kept), or the record the contact was written for (merged).
  // Written as "member_id among her records" so that the (org_id, member_id) index is used; the same
  // as "kept or recorded member is she" (a merge is one level: `merged_into_id` names a kept record).
  if (filters.memberId)
    conditions.push(
      sql`${contacts.memberId} in (select m.id from members m where m.org_id = ${ctx.org.orgId}
        and (m.id = ${filters.memberId} or m.merged_into_id = ${filters.memberId}))`,
    );
  if (filters.siteId) conditions.push(eq(contacts.siteId, filters.siteId));
  if (filters.from) conditions.push(gte(contacts.contactedOn, filters.from));
  if (filters.to) conditions.push(lte(contacts.contactedOn, filters.to));
  return selectContacts(db)
    .where(and(...conditions))
    .orderBy(desc(contacts.contactedOn), desc(contacts.createdAt), desc(contacts.id))
    .limit(filters.limit);
}

/** Every event of the chain a contact belongs to (the same scope), oldest first. */
export async function listContactChain(
  ctx: Pick<OrgServiceContext, 'org' | 'actor'>,
  db: DbOrTx,
  id: string,
): Promise<ContactReadRow[]> {
  const chain = sql`with recursive back(id, supersedes_id) as (
      select id, supersedes_id from contacts where org_id = ${ctx.org.orgId} and id = ${id}
      union select c.id, c.supersedes_id from contacts c join back on c.id = back.supersedes_id
        where c.org_id = ${ctx.org.orgId}),
    fwd(id) as (
      select id from back
      union select c.id from contacts c join fwd on c.supersedes_id = fwd.id where c.org_id = ${ctx.org.orgId})
    select id from fwd`;
  return selectContacts(db)
    .where(and(contactScopeWhere(ctx), sql`${contacts.id} in (${chain})`))
    .orderBy(asc(contacts.createdAt), asc(contacts.id));
}

/** Ids of the first effective contact of each of these (kept) members: what makes a contact "new". */
export async function findFirstContactIds(
  db: DbOrTx,
  orgId: string,
  keptMemberIds: readonly string[],
): Promise<Set<string>> {
  if (keptMemberIds.length === 0) return new Set();
  const rows = await db
    .selectDistinctOn([effectiveMemberId], { id: contacts.id })
    .from(contacts)
    .innerJoin(members, and(eq(members.orgId, contacts.orgId), eq(members.id, contacts.memberId)))
    .where(and(eq(contacts.orgId, orgId), isEffectiveContact, inArray(effectiveMemberId, [...keptMemberIds])))
    .orderBy(effectiveMemberId, asc(contacts.contactedOn), asc(contacts.createdAt), asc(contacts.id));
  return new Set(rows.map((row) => row.id));
}

export async function listReferralsOfContacts(
  db: DbOrTx,
  orgId: string,
  contactIds: readonly string[],
): Promise<ContactReferralRow[]> {
  if (contactIds.length === 0) return [];
  return db
    .select()
    .from(contactReferrals)
    .where(and(eq(contactReferrals.orgId, orgId), inArray(contactReferrals.contactId, [...contactIds])))
    .orderBy(asc(contactReferrals.createdAt), asc(contactReferrals.id));
}
