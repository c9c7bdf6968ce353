import crypto from 'node:crypto';
import { newId } from '../../../domain/ids';
import type { TestApp } from '../../testing/test-app';
import { generateDisplayCode } from './display-code';
import { insertConsent } from './member-consents.repo';
import type { MemberRow } from './member-scope';
import { insertMember, replaceMemberSites } from './members.repo';
import { memberNotesColumn } from './members.tables';

/**
 * Test factory: a member stored directly (no UIC needed), with a random hash unless one is given
 * (give two members the same `uicHash` to make them possible duplicates).
 */
export async function buildMember(
  t: TestApp,
  options: {
    orgId: string;
    assignedUserId?: string | null;
    uicHash?: Buffer;
    notes?: string;
    riskFlags?: string[];
    siteIds?: string[];
    consent?: { recordedBy: string };
  },
): Promise<MemberRow> {
  const now = t.clock.now();
  const id = newId(now.getTime());
  const row: MemberRow = {
    orgId: options.orgId,
    id,
    uicHash: options.uicHash ?? crypto.randomBytes(32),
    uicRecipeId: 'default',
    uicFallbacks: [],
    displayCode: generateDisplayCode(),
    assignedUserId: options.assignedUserId ?? null,
    localGroupId: null,
    ageBand: '25_34',
    genderIdentity: 'woman',
    workSettings: ['street'],
    nationality: null,
    migrantStatusEnc: null,
    firstContactOn: now.toISOString().slice(0, 10),
    servedBeforeOrg: null,
    servedBeforeSiteId: null,
    riskFlags: options.riskFlags ?? [],
    priority: (options.riskFlags?.length ?? 0) > 3,
    leadershipRoles: [],
    partnersPerWeek: 10,
    actsPerPartner: 1,
    notesEnc: options.notes
      ? await t.deps.keyring.encryptText(
          options.orgId,
          options.notes,
          memberNotesColumn.aad({ org_id: options.orgId, id }),
        )
      : null,
    contactChannelEnc: null,
    mergedIntoId: null,
    createdBy: null,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  if (!(await insertMember(t.db, row))) throw new Error('display code collision in a test');
  if (options.siteIds) await replaceMemberSites(t.db, options.orgId, id, options.siteIds);
  if (options.consent)
    await insertConsent(t.db, {
      orgId: options.orgId,
      id: newId(),
      memberId: id,
      purpose: 'services',
      granted: true,
      recordedOn: now.toISOString().slice(0, 10),
      recordedBy: options.consent.recordedBy,
      createdAt: now,
    });
  return row;
}
