import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { ReferralResult, ReferralStatus } from '../../../domain/contacts.schemas';
import type { DbOrTx } from '../../platform/db/client';
import type { OrgServiceContext } from '../../platform/http/route-spec';
import { members } from '../members/members.tables';
import { isEffectiveContact } from './contact-effective';
import { contactScopeWhere, keptMemberJoin, recordedMember, recordedMemberJoin } from './contacts.scope';
import { contactReferrals, contacts, referralEvents } from './contacts.tables';

export type ReferralEventRow = typeof referralEvents.$inferSelect;

export interface ReferralState {
  status: ReferralStatus;
  result: ReferralResult | null;
  statusOn: string | null;
}

export const REFERRED: ReferralState = { status: 'referred', result: null, statusOn: null };

/** The latest outcome event of each referral (by origin id): the last recorded date wins. */
export async function findReferralStates(
  db: DbOrTx,
  orgId: string,
  originIds: readonly string[],
): Promise<Map<string, ReferralState>> {
  if (originIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([referralEvents.referralId])
    .from(referralEvents)
    .where(and(eq(referralEvents.orgId, orgId), inArray(referralEvents.referralId, [...originIds])))
    .orderBy(
      referralEvents.referralId,
      desc(referralEvents.recordedOn),
      desc(referralEvents.createdAt),
      desc(referralEvents.id),
    );
  return new Map(
    rows.map((row) => [row.referralId, { status: row.status, result: row.result, statusOn: row.recordedOn }]),
  );
}

export async function insertReferralEvent(db: DbOrTx, row: ReferralEventRow): Promise<boolean> {
  const inserted = await db
    .insert(referralEvents)
    .values(row)
    .onConflictDoNothing({ target: [referralEvents.orgId, referralEvents.id] })
    .returning({ id: referralEvents.id });
  return inserted.length === 1;
}

export async function findReferralEvent(db: DbOrTx, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(referralEvents)
    .where(and(eq(referralEvents.orgId, orgId), eq(referralEvents.id, id)));
  return row ?? null;
}

function selectFollowUps(db: DbOrTx) {
  return db
    .select({
      referral: contactReferrals,
      contact: contacts,
      keptMemberId: sql<string | null>`${members.id}`,
      memberDisplayCode: sql<string | null>`${members.displayCode}`,
    })
    .from(contactReferrals)
    .innerJoin(
      contacts,
      and(eq(contacts.orgId, contactReferrals.orgId), eq(contacts.id, contactReferrals.contactId)),
    )
    .leftJoin(recordedMember, recordedMemberJoin)
    .leftJoin(members, keptMemberJoin);
}
export type FollowUpRow = Awaited<ReturnType<ReturnType<typeof selectFollowUps>['where']>>[number];

/** A referral (by its stable origin id) on an effective contact inside the caller's scope, or null. */
export async function findFollowUpInScope(
  ctx: Pick<OrgServiceContext, 'org' | 'actor'>,
  db: DbOrTx,
  originId: string,
): Promise<FollowUpRow | null> {
  const [row] = await selectFollowUps(db).where(
    and(contactScopeWhere(ctx, 'referral'), isEffectiveContact, eq(contactReferrals.originId, originId)),
  );
  return row ?? null;
}

/** Referrals of effective contacts in scope; `open`: no result recorded yet. Oldest contact first. */
export async function listFollowUps(
  ctx: Pick<OrgServiceContext, 'org' | 'actor'>,
  db: DbOrTx,
  options: { openOnly: boolean; limit: number },
): Promise<FollowUpRow[]> {
  const noResult = sql`not exists (select 1 from referral_events e where e.org_id = ${contactReferrals.orgId}
    and e.referral_id = ${contactReferrals.originId} and e.status = 'result')`;
  return selectFollowUps(db)
    .where(
      // Listing reads contacts: the contact scope applies (a paralegal reaches none until cases exist).
      and(contactScopeWhere(ctx, 'contact'), isEffectiveContact, options.openOnly ? noResult : undefined),
    )
    .orderBy(contacts.contactedOn, contactReferrals.createdAt, contactReferrals.id)
    .limit(options.limit);
}
