import { contacts } from '../contacts/contacts.tables';
import type { Tx } from '../../platform/db/client';
import type { OrgServiceContext } from '../../platform/http/route-spec';
import type { BatchResult } from './imports.members-writer';
import type { StoredContactRow } from './imports.stored';

/**
 * Writes one batch of contact rows in the caller's transaction. Contacts are append-only events; each
 * row's id is derived from its natural key (member, date, promotora, what was given, and its
 * occurrence in the sheet), so importing the same register again inserts nothing new.
 */
export async function writeContactBatch(
  c: OrgServiceContext & { db: Tx },
  jobId: string,
  rows: StoredContactRow[],
): Promise<BatchResult> {
  if (rows.length === 0) return { created: 0, skipped: 0 };
  const inserted = await c.db
    .insert(contacts)
    .values(
      rows.map((row) => ({
        orgId: c.org.orgId,
        id: row.id,
        contactedOn: row.values.contactedOn!,
        siteId: null,
        promotoraUserId: row.values.promotoraUserId,
        memberId: row.memberId,
        anonymousCount: row.memberId ? null : (row.values.anonymousCount ?? 1),
        condoms: row.values.condoms ?? 0,
        lubricant: row.values.lubricant ?? 0,
        hivSelfTests: row.values.hivSelfTests ?? 0,
        createdBy: c.actor.userId,
        createdAt: c.now,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: contacts.id, memberId: contacts.memberId });
  for (const row of inserted)
    await c.audit(
      {
        action: 'contact.created',
        resourceType: 'contact',
        resourceId: row.id,
        details: { anonymous: row.memberId === null, referrals: 0, importId: jobId },
      },
      { tx: c.db },
    );
  return { created: inserted.length, skipped: rows.length - inserted.length };
}
