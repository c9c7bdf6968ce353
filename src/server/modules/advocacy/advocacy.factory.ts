import type { CommitmentStatus } from '../../../domain/advocacy.schemas';
import { newId } from '../../../domain/ids';
import type { TestApp } from '../../testing/test-app';
import {
  advocacyCommitments,
  advocacyEngagementBarriers,
  advocacyEngagementCases,
  advocacyEngagements,
  policySeats,
} from './advocacy.tables';

/** Test factory: an engagement stored directly, with commitments and links. */
export async function buildEngagement(
  t: TestApp,
  options: {
    orgId: string;
    officeTitle?: string;
    asks?: string;
    engagedOn?: string;
    commitments?: readonly { description?: string; followUpOn?: string; status?: CommitmentStatus }[];
    caseIds?: readonly string[];
    barrierIds?: readonly string[];
  },
): Promise<{ id: string; commitmentIds: string[] }> {
  const now = t.clock.now();
  const today = now.toISOString().slice(0, 10);
  const id = newId(now.getTime());
  await t.db.insert(advocacyEngagements).values({
    orgId: options.orgId,
    id,
    authorityType: 'mayor',
    officeTitle: options.officeTitle ?? `Alcaldía ${id.slice(-6)}`,
    countryCode: 'SV',
    engagedOn: options.engagedOn ?? today,
    asks: options.asks ?? '',
    createdAt: now,
    updatedAt: now,
  });
  const commitmentIds: string[] = [];
  for (const c of options.commitments ?? []) {
    const commitmentId = newId(now.getTime());
    commitmentIds.push(commitmentId);
    await t.db.insert(advocacyCommitments).values({
      orgId: options.orgId,
      id: commitmentId,
      engagementId: id,
      description: c.description ?? 'Mesa de diálogo mensual',
      followUpOn: c.followUpOn ?? today,
      status: c.status ?? 'pending',
      createdAt: now,
      updatedAt: now,
    });
  }
  for (const caseId of options.caseIds ?? [])
    await t.db
      .insert(advocacyEngagementCases)
      .values({ orgId: options.orgId, engagementId: id, caseId, linkedAt: now });
  for (const barrierId of options.barrierIds ?? [])
    await t.db
      .insert(advocacyEngagementBarriers)
      .values({ orgId: options.orgId, engagementId: id, barrierId, linkedAt: now });
  return { id, commitmentIds };
}

/** Test factory: a seat held by a staff account or a member. */
export async function buildSeat(
  t: TestApp,
  options: {
    orgId: string;
    spaceName?: string;
    userId?: string;
    memberId?: string;
    heldSince?: string;
    heldUntil?: string | null;
  },
): Promise<{ id: string; spaceName: string }> {
  const now = t.clock.now();
  const id = newId(now.getTime());
  const spaceName = options.spaceName ?? `Mesa municipal ${id.slice(-6)}`;
  await t.db.insert(policySeats).values({
    orgId: options.orgId,
    id,
    spaceKind: 'municipal_table',
    spaceName,
    holderUserId: options.userId ?? null,
    holderMemberId: options.userId ? null : (options.memberId ?? null),
    heldSince: options.heldSince ?? '2025-01-01',
    heldUntil: options.heldUntil ?? null,
    createdAt: now,
    updatedAt: now,
  });
  return { id, spaceName };
}
