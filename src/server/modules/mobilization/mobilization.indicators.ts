import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { mobilizationEvents } from './mobilization.tables';

/**
 * Read-only counts for the empowerment indicators (issue 7 §8), for the indicator registry to wire:
 * events held between two calendar days (inclusive) and the people counted at them, by type.
 */
export async function countEventsHeld(
  db: DbOrTx,
  orgId: string,
  period: { from: string; to: string },
): Promise<{ events: number; members: number; allies: number; public: number }> {
  const [row] = await db
    .select({
      events: sql<string>`count(*)`,
      members: sql<string>`coalesce(sum(${mobilizationEvents.participantsMembers}), 0)`,
      allies: sql<string>`coalesce(sum(${mobilizationEvents.participantsAllies}), 0)`,
      public: sql<string>`coalesce(sum(${mobilizationEvents.participantsPublic}), 0)`,
    })
    .from(mobilizationEvents)
    .where(
      and(
        eq(mobilizationEvents.orgId, orgId),
        eq(mobilizationEvents.status, 'held'),
        gte(mobilizationEvents.eventDate, period.from),
        lte(mobilizationEvents.eventDate, period.to),
      ),
    );
  return {
    events: Number(row?.events ?? 0),
    members: Number(row?.members ?? 0),
    allies: Number(row?.allies ?? 0),
    public: Number(row?.public ?? 0),
  };
}
