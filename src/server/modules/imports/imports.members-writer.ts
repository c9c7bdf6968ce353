import { and, eq, inArray } from 'drizzle-orm';
import { isPriority } from '../../../domain/members';
import type { Tx } from '../../platform/db/client';
import type { OrgServiceContext } from '../../platform/http/route-spec';
import { generateDisplayCode } from '../members/display-code';
import type { MemberRow } from '../members/member-scope';
import * as memberRepo from '../members/members.repo';
import { memberNotesColumn, members } from '../members/members.tables';
import { membersByHash } from './imports.repo';
import type { StoredMemberRow } from './imports.stored';

export interface BatchResult {
  created: number;
  skipped: number;
}

/**
 * Writes one batch of member rows in the caller's transaction. A row whose person is already in the
 * registry (same UIC hash) is skipped, so importing the same register twice adds nobody. Ids are
 * derived from the hash, so even two confirmations racing each other insert a person once.
 */
export async function writeMemberBatch(
  c: OrgServiceContext & { db: Tx },
  jobId: string,
  rows: StoredMemberRow[],
): Promise<BatchResult> {
  const orgId = c.org.orgId;
  const existing = await membersByHash(
    c.db,
    orgId,
    rows.map((row) => Buffer.from(row.hash, 'hex')),
  );
  const fresh = rows.filter((row) => !existing.has(row.hash));
  const built: MemberRow[] = [];
  for (const row of fresh) {
    const a = row.values;
    const notesEnc = await c.deps.keyring.encryptNullable(
      orgId,
      a.notes ?? null,
      memberNotesColumn.aad({ org_id: orgId, id: row.id }),
    );
    built.push({
      orgId,
      id: row.id,
      uicHash: Buffer.from(row.hash, 'hex'),
      uicRecipeId: row.recipeId,
      uicFallbacks: row.fallbacks,
      displayCode: generateDisplayCode(),
      assignedUserId: a.assignedUserId ?? null,
      localGroupId: null,
      ageBand: a.ageBand ?? 'unknown',
      genderIdentity: a.genderIdentity ?? 'unknown',
      workSettings: a.workSettings ?? [],
      nationality: null,
      migrantStatusEnc: null,
      firstContactOn: a.firstContactOn ?? c.now.toISOString().slice(0, 10),
      servedBeforeOrg: null,
      servedBeforeSiteId: null,
      riskFlags: a.riskFlags ?? [],
      priority: isPriority(a.riskFlags ?? []),
      leadershipRoles: a.leadershipRoles ?? [],
      partnersPerWeek: a.partnersPerWeek ?? null,
      actsPerPartner: a.actsPerPartner ?? null,
      notesEnc,
      contactChannelEnc: null,
      mergedIntoId: null,
      createdBy: c.actor.userId,
      createdAt: c.now,
      updatedAt: c.now,
      deletedAt: null,
    });
  }
  const createdIds = new Set<string>();
  if (built.length > 0) {
    const inserted = await c.db
      .insert(members)
      .values(built)
      .onConflictDoNothing()
      .returning({ id: members.id });
    for (const row of inserted) createdIds.add(row.id);
    // A row left out is either already there (same id) or drew a display code in use: draw again.
    const missing = built.filter((row) => !createdIds.has(row.id));
    if (missing.length > 0) {
      const present = await c.db
        .select({ id: members.id })
        .from(members)
        .where(
          and(
            eq(members.orgId, orgId),
            inArray(
              members.id,
              missing.map((row) => row.id),
            ),
          ),
        );
      const there = new Set(present.map((row) => row.id));
      for (const row of missing.filter((m) => !there.has(m.id))) {
        for (let attempt = 0; attempt < 8; attempt++) {
          row.displayCode = generateDisplayCode();
          if (await memberRepo.insertMember(c.db, row)) {
            createdIds.add(row.id);
            break;
          }
        }
      }
    }
  }
  for (const id of createdIds)
    await c.audit(
      { action: 'member.created', resourceType: 'member', resourceId: id, details: { importId: jobId } },
      { tx: c.db },
    );
  return { created: createdIds.size, skipped: rows.length - createdIds.size };
}
