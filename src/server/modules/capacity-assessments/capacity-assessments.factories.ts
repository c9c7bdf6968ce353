import crypto from 'node:crypto';
import type { AssessmentStatus } from '../../../domain/capacity-assessments.schemas';
import { newId } from '../../../domain/ids';
import {
  storedFiles,
  storedFileContentColumn,
  storedFileNameColumn,
} from '../../platform/files/files.tables';
import type { TestApp } from '../../testing/test-app';
import { freezeFramework, getCurrentFramework } from '../capacity-framework/capacity-framework.repo';
import { dayOf } from './capacity-ballots.service';
import * as repo from './capacity-assessments.repo';
import { capacityConsensusJustificationColumn } from './capacity-assessments.tables';

/** Test records of capacity assessments, written straight to the database. */

export const PDF_BYTES = Buffer.from('%PDF-1.4\n% evidencia\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

export interface BuiltAssessment {
  id: string;
  frameworkId: string;
  itemIds: string[];
  itemKeys: string[];
}

/**
 * An assessment in the given status. `consensus`: scores for every item (cycling 1–4, the first
 * item N/A) with `justification` on the first scored item; completed assessments get them too.
 */
export async function buildAssessment(
  t: TestApp,
  options: {
    orgId: string;
    status?: AssessmentStatus;
    heldOn?: string;
    title?: string;
    participants?: number;
    justification?: string;
    scores?: (number | null)[];
    createdBy?: string | null;
  },
): Promise<BuiltAssessment> {
  const now = t.clock.now();
  const framework = await getCurrentFramework(t.db, options.orgId, { now });
  const status = options.status ?? 'draft';
  if (status !== 'draft') await freezeFramework(t.db, options.orgId, framework.id, now);
  const id = newId();
  await repo.insertAssessment(t.db, {
    orgId: options.orgId,
    id,
    frameworkId: framework.id,
    title: options.title ?? 'Autoevaluación anual',
    heldOn: options.heldOn ?? '2026-11-20',
    facilitator: 'Coordinadora',
    participants: [
      { role: 'board', count: 2 },
      { role: 'promotora', count: options.participants ?? 40 },
    ],
    status,
    createdBy: options.createdBy ?? null,
    createdAt: now,
    updatedAt: now,
    completedAt: status === 'completed' ? now : null,
  });
  const items = framework.domains.filter((d) => d.enabled).flatMap((d) => d.items);
  const built = {
    id,
    frameworkId: framework.id,
    itemIds: items.map((i) => i.id),
    itemKeys: items.map((i) => i.key),
  };
  const withConsensus = status === 'completed' || options.justification !== undefined || options.scores;
  if (withConsensus) {
    for (const [index, item] of items.entries()) {
      const score = options.scores
        ? (options.scores[index % options.scores.length] ?? null)
        : index === 0
          ? null
          : (index % 4) + 1;
      const justification = index === 1 ? (options.justification ?? null) : null;
      await repo.upsertConsensus(t.db, {
        orgId: options.orgId,
        assessmentId: id,
        itemId: item.id,
        score,
        justificationEnc: await t.deps.keyring.encryptNullable(
          options.orgId,
          justification,
          capacityConsensusJustificationColumn.aad({
            org_id: options.orgId,
            assessment_id: id,
            item_id: item.id,
          }),
        ),
        decidedBy: null,
        decidedAt: now,
      });
    }
  }
  return built;
}

/** A ballot of an assessment in scoring; answers its token. */
export async function buildBallot(
  t: TestApp,
  options: {
    orgId: string;
    assessmentId: string;
    scores?: { itemId: string; score: number | null }[];
    submitted?: boolean;
  },
): Promise<string> {
  const token = crypto.randomBytes(32).toString('base64url');
  const id = crypto.randomUUID();
  await repo.insertBallot(t.db, {
    orgId: options.orgId,
    id,
    assessmentId: options.assessmentId,
    tokenHash: crypto.createHash('sha256').update(`capacity-ballot:${token}`).digest(),
    createdAt: dayOf(t.clock.now()),
    submittedAt: options.submitted ? dayOf(t.clock.now()) : null,
  });
  if (options.scores) await repo.upsertBallotScores(t.db, options.orgId, id, options.scores);
  return token;
}

/** An evidence file attached to the consensus of an item (the consensus row must exist). */
export async function buildEvidence(
  t: TestApp,
  options: { orgId: string; assessmentId: string; itemId: string; createdBy: string; fileName?: string },
): Promise<string> {
  const fileId = newId();
  const sha = crypto.createHash('sha256').update(PDF_BYTES).digest('hex');
  await t.db.insert(storedFiles).values({
    orgId: options.orgId,
    id: fileId,
    purpose: 'capacity_evidence',
    contentType: 'application/pdf',
    sizeBytes: PDF_BYTES.length,
    sha256Original: sha,
    sha256Stored: sha,
    filenameEnc: await t.deps.keyring.encryptText(
      options.orgId,
      options.fileName ?? 'acta.pdf',
      storedFileNameColumn.aad({ org_id: options.orgId, id: fileId }),
    ),
    contentEnc: await t.deps.keyring.encryptBytes(
      options.orgId,
      PDF_BYTES,
      storedFileContentColumn.aad({ org_id: options.orgId, id: fileId }),
    ),
    createdBy: options.createdBy,
    createdAt: t.clock.now(),
  });
  await repo.insertEvidence(t.db, {
    orgId: options.orgId,
    assessmentId: options.assessmentId,
    itemId: options.itemId,
    fileId,
    createdBy: options.createdBy,
    createdAt: t.clock.now(),
  });
  return fileId;
}
