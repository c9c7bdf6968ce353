import { and, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client';
import { users } from '../../platform/auth/auth.tables';
import { contacts } from '../contacts/contacts.tables';
import { members } from '../members/members.tables';
import { memberships } from '../org-users/memberships.tables';
import { importJobs } from './imports.tables';

export type ImportJobRow = typeof importJobs.$inferSelect;
export type ImportJobChanges = Partial<Omit<ImportJobRow, 'orgId' | 'id' | 'createdAt' | 'createdBy'>>;

/** Every query is scoped by the organization. */

export async function insertJob(db: DbOrTx, row: ImportJobRow): Promise<boolean> {
  const inserted = await db
    .insert(importJobs)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: importJobs.id });
  return inserted.length === 1;
}

export async function findJob(db: DbOrTx, orgId: string, id: string): Promise<ImportJobRow | undefined> {
  const [row] = await db
    .select()
    .from(importJobs)
    .where(and(eq(importJobs.orgId, orgId), eq(importJobs.id, id)));
  return row;
}

export async function listJobs(db: DbOrTx, orgId: string, limit: number): Promise<ImportJobRow[]> {
  return db
    .select()
    .from(importJobs)
    .where(eq(importJobs.orgId, orgId))
    .orderBy(desc(importJobs.createdAt))
    .limit(limit);
}

export async function updateJob(db: DbOrTx, orgId: string, id: string, changes: ImportJobChanges) {
  await db
    .update(importJobs)
    .set(changes)
    .where(and(eq(importJobs.orgId, orgId), eq(importJobs.id, id)));
}

/** Moves a job from one status to another; false when it was not in `from` (someone else moved it). */
export async function moveJob(
  db: DbOrTx,
  orgId: string,
  id: string,
  from: string[],
  changes: ImportJobChanges,
): Promise<boolean> {
  const moved = await db
    .update(importJobs)
    .set(changes)
    .where(and(eq(importJobs.orgId, orgId), eq(importJobs.id, id), inArray(importJobs.status, from)))
    .returning({ id: importJobs.id });
  return moved.length === 1;
}

/** Whether another import of the organization, already written, had the same file. */
export async function sameFileDoneBefore(
  db: DbOrTx,
  orgId: string,
  id: string,
  sha: Buffer,
): Promise<boolean> {
  const [row] = await db
    .select({ id: importJobs.id })
    .from(importJobs)
    .where(
      and(
        eq(importJobs.orgId, orgId),
        eq(importJobs.fileSha256, sha),
        ne(importJobs.id, id),
        eq(importJobs.status, 'done'),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** Members of the organization by UIC hash (hex): the effective member id of each hash present. */
export async function membersByHash(
  db: DbOrTx,
  orgId: string,
  hashes: Buffer[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < hashes.length; i += 1000) {
    const rows = await db
      .select({
        hash: members.uicHash,
        id: sql<string>`coalesce(${members.mergedIntoId}, ${members.id})`,
      })
      .from(members)
      .where(
        and(
          eq(members.orgId, orgId),
          inArray(members.uicHash, hashes.slice(i, i + 1000)),
          isNull(members.deletedAt),
        ),
      );
    for (const row of rows)
      if (!found.has(row.hash.toString('hex'))) found.set(row.hash.toString('hex'), row.id);
  }
  return found;
}

export interface OrgUserByName {
  userId: string;
  role: string;
  active: boolean;
}

/** The organization's accounts by user name (lower case), to read a "promotora" column. */
export async function usersByName(
  db: DbOrTx,
  orgId: string,
  names: string[],
): Promise<Map<string, OrgUserByName>> {
  if (names.length === 0) return new Map();
  const rows = await db
    .select({
      username: users.username,
      userId: users.id,
      role: memberships.role,
      membershipDisabled: memberships.disabledAt,
      userDisabled: users.disabledAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), inArray(sql`lower(${users.username})`, names)));
  return new Map(
    rows.map((row) => [
      row.username.toLowerCase(),
      { userId: row.userId, role: row.role, active: !row.membershipDisabled && !row.userDisabled },
    ]),
  );
}

/** Which of these contact ids exist already (a contact imported before). */
export async function existingContactIds(db: DbOrTx, orgId: string, ids: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await db
      .select({ id: contacts.id })
      .from(contacts)
      .where(and(eq(contacts.orgId, orgId), inArray(contacts.id, ids.slice(i, i + 1000))));
    for (const row of rows) found.add(row.id);
  }
  return found;
}
