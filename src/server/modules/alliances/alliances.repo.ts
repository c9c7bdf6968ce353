import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { allianceInteractions, alliancePartners } from './alliances.tables';

export type PartnerRow = typeof alliancePartners.$inferSelect;
export type InteractionRow = typeof allianceInteractions.$inferSelect;

export interface PartnerStats {
  engagements: number;
  jointActions: number;
  lastInteractionOn: string | null;
}

const byId = (orgId: string, id: string) =>
  and(eq(alliancePartners.orgId, orgId), eq(alliancePartners.id, id));

const stats = {
  engagements: sql<number>`(select count(*)::int from ${allianceInteractions} i where i.org_id = alliance_partners.org_id and i.partner_id = alliance_partners.id and i.kind = 'engagement')`,
  jointActions: sql<number>`(select count(*)::int from ${allianceInteractions} i where i.org_id = alliance_partners.org_id and i.partner_id = alliance_partners.id and i.kind = 'joint_action')`,
  lastInteractionOn: sql<
    string | null
  >`(select to_char(max(i.happened_on), 'YYYY-MM-DD') from ${allianceInteractions} i where i.org_id = alliance_partners.org_id and i.partner_id = alliance_partners.id)`,
};

/** Partners by name, each with its counts of engagements and joint actions and its last date. */
export async function listPartners(
  db: DbOrTx,
  orgId: string,
): Promise<(PartnerStats & { row: PartnerRow })[]> {
  return db
    .select({ row: alliancePartners, ...stats })
    .from(alliancePartners)
    .where(eq(alliancePartners.orgId, orgId))
    .orderBy(asc(sql`lower(${alliancePartners.name})`));
}

export async function findPartner(
  db: DbOrTx,
  orgId: string,
  id: string,
): Promise<(PartnerStats & { row: PartnerRow }) | null> {
  const [found] = await db
    .select({ row: alliancePartners, ...stats })
    .from(alliancePartners)
    .where(byId(orgId, id));
  return found ?? null;
}

export async function insertPartner(db: DbOrTx, row: PartnerRow): Promise<boolean> {
  const inserted = await db
    .insert(alliancePartners)
    .values(row)
    .onConflictDoNothing({ target: [alliancePartners.orgId, alliancePartners.id] })
    .returning({ id: alliancePartners.id });
  return inserted.length === 1;
}

export async function updatePartner(
  db: DbOrTx,
  orgId: string,
  id: string,
  values: Partial<Pick<PartnerRow, 'name' | 'kind' | 'contactRole' | 'strength' | 'updatedAt'>>,
): Promise<boolean> {
  const updated = await db
    .update(alliancePartners)
    .set(values)
    .where(byId(orgId, id))
    .returning({ id: alliancePartners.id });
  return updated.length === 1;
}

export async function listInteractions(
  db: DbOrTx,
  orgId: string,
  partnerId: string,
): Promise<InteractionRow[]> {
  return db
    .select()
    .from(allianceInteractions)
    .where(and(eq(allianceInteractions.orgId, orgId), eq(allianceInteractions.partnerId, partnerId)))
    .orderBy(desc(allianceInteractions.happenedOn), desc(allianceInteractions.createdAt));
}

export async function insertInteraction(db: DbOrTx, row: InteractionRow): Promise<boolean> {
  const inserted = await db
    .insert(allianceInteractions)
    .values(row)
    .onConflictDoNothing({ target: [allianceInteractions.orgId, allianceInteractions.id] })
    .returning({ id: allianceInteractions.id });
  return inserted.length === 1;
}
