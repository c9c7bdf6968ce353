import { newId } from '../../../domain/ids';
import type { TestApp } from '../../testing/test-app';
import { capacityAssessments, capacityConsensus } from '../capacity-assessments/capacity-assessments.tables';
import { getCurrentFramework } from '../capacity-framework/capacity-framework.repo';
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

/**
 * Test data: a completed assessment on the organization's current framework whose consensus gives
 * every item of a domain the score listed (domains not listed stay undecided).
 */
export async function buildCompletedAssessment(
  t: TestApp,
  options: { orgId: string; scores: Record<string, 1 | 2 | 3 | 4>; completedAt?: Date },
) {
  const framework = await getCurrentFramework(t.db, options.orgId);
  const id = newId();
  const now = options.completedAt ?? t.clock.now();
  await t.db.insert(capacityAssessments).values({
    orgId: options.orgId,
    id,
    frameworkId: framework.id,
    title: 'Autoevaluación',
    heldOn: now.toISOString().slice(0, 10),
    facilitator: 'Coordinadora',
    participants: [{ role: 'staff', count: 3 }],
    status: 'completed',
    createdBy: null,
    createdAt: now,
    updatedAt: now,
    completedAt: now,
  });
  for (const domain of framework.domains) {
    const score = options.scores[domain.key];
    if (score === undefined) continue;
    for (const item of domain.items)
      await t.db.insert(capacityConsensus).values({
        orgId: options.orgId,
        assessmentId: id,
        itemId: item.id,
        score,
        justificationEnc: null,
        decidedBy: null,
        decidedAt: now,
      });
  }
  return { id };
}
