import { and, eq, gte, inArray, lt, not, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { contacts } from '../contacts/contacts.tables';

/** `YYYY-MM` → its first day and the first day of the next month. */
function monthBounds(month: string): { from: string; to: string } {
  const next = new Date(`${month}-01T00:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1);
  return { from: `${month}-01`, to: next.toISOString().slice(0, 10) };
}

/**
 * People reached per site in a month, from the effective contacts (not voided, not superseded by a
 * correction); an anonymous tally counts its `anonymous_count`. The only place where the sites module
 * reads the contacts module.
 */
export async function countContactsBySite(
  db: DbOrTx,
  orgId: string,
  month: string,
  siteIds: readonly string[],
): Promise<Map<string, number> | null> {
  if (siteIds.length === 0) return new Map();
  const { from, to } = monthBounds(month);
  const rows = await db
    .select({
      siteId: contacts.siteId,
      people: sql<number>`sum(coalesce(${contacts.anonymousCount}, 1))::int`,
    })
    .from(contacts)
    .where(
      and(
        eq(contacts.orgId, orgId),
        inArray(contacts.siteId, [...siteIds]),
        gte(contacts.contactedOn, from),
        lt(contacts.contactedOn, to),
        not(contacts.voided),
        sql`not exists (select 1 from contacts as correction where correction.org_id = ${contacts.orgId} and correction.supersedes_id = ${contacts.id})`,
      ),
    )
    .groupBy(contacts.siteId);
  return new Map(rows.flatMap((row) => (row.siteId ? [[row.siteId, Number(row.people)] as const] : [])));
}
