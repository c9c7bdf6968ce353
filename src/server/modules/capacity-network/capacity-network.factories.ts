import { newId } from '../../../domain/ids';
import type { TestApp } from '../../testing/test-app';
import * as repo from './capacity-network.repo';
import { taRequestDescriptionColumn } from './capacity-network.tables';

/** Test data: an organization's consent to share with the network. */
export async function buildSharing(
  t: TestApp,
  options: { orgId: string; shareScores?: boolean; shareTaRequests?: boolean },
) {
  await repo.upsertSharing(t.db, {
    orgId: options.orgId,
    shareScores: options.shareScores ?? true,
    shareTaRequests: options.shareTaRequests ?? true,
    updatedBy: null,
    updatedAt: t.clock.now(),
  });
}

/** Test data: an open technical-assistance request with an encrypted description. */
export async function buildTaRequest(
  t: TestApp,
  options: { orgId: string; domainKey?: string; description?: string },
) {
  const id = newId();
  const now = t.clock.now();
  await repo.insertTaRequest(t.db, {
    orgId: options.orgId,
    id,
    domainKey: options.domainKey ?? 'resource_mobilization',
    descriptionEnc: await t.deps.keyring.encryptText(
      options.orgId,
      options.description ?? 'Apoyo para escribir propuestas',
      taRequestDescriptionColumn.aad({ org_id: options.orgId, id }),
    ),
    status: 'open',
    createdBy: null,
    createdAt: now,
    updatedAt: now,
  });
  return { id };
}
