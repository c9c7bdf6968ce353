import crypto from 'node:crypto';
import { newId } from '../../../domain/ids';
import type { ConsultationKind, VotingStatus } from '../../../domain/priorities.schemas';
import type { TestApp } from '../../testing/test-app';
import * as repo from './priorities.repo';
import { consultationMinutesColumn } from './priorities.tables';

/** Test records of shared priorities, written straight to the database. */

export interface BuiltConsultation {
  id: string;
  needIds: string[];
}

const dayOf = (at: Date) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));

/** A consultation with `needs` (texts) raised, in the given vote state (open: top 2, 50 ballots). */
export async function buildConsultation(
  t: TestApp,
  options: {
    orgId: string;
    title?: string;
    kind?: ConsultationKind;
    heldOn?: string;
    needs?: string[];
    votingStatus?: VotingStatus;
    topN?: number;
    participants?: number;
    minutes?: string;
    decision?: string;
  },
): Promise<BuiltConsultation> {
  const now = t.clock.now();
  const id = newId();
  const votingStatus = options.votingStatus ?? 'not_started';
  const voting = votingStatus !== 'not_started';
  await repo.insertConsultation(t.db, {
    orgId: options.orgId,
    id,
    title: options.title ?? 'Asamblea de prioridades',
    kind: options.kind ?? 'assembly',
    heldOn: options.heldOn ?? '2026-11-20',
    localGroupId: null,
    votingStatus,
    topN: voting ? (options.topN ?? 2) : null,
    participants: voting ? (options.participants ?? 50) : null,
    minutesEnc: options.minutes
      ? await t.deps.keyring.encryptText(
          options.orgId,
          options.minutes,
          consultationMinutesColumn.aad({ org_id: options.orgId, id }),
        )
      : null,
    createdAt: now,
    updatedAt: now,
  });
  const needIds: string[] = [];
  for (const [index, text] of (options.needs ?? ['Vivienda', 'Salud', 'Seguridad']).entries()) {
    const needId = newId();
    needIds.push(needId);
    await repo.insertNeed(t.db, {
      orgId: options.orgId,
      id: needId,
      consultationId: id,
      text,
      createdAt: new Date(now.getTime() + index),
    });
  }
  if (options.decision)
    await repo.insertDecision(t.db, {
      orgId: options.orgId,
      id: newId(),
      consultationId: id,
      text: options.decision,
      createdAt: now,
    });
  return { id, needIds };
}

/** A ballot of a consultation; handed in when `ranking` is given. Answers its token. */
export async function buildPriorityBallot(
  t: TestApp,
  options: { orgId: string; consultationId: string; ranking?: string[] },
): Promise<string> {
  const token = crypto.randomBytes(32).toString('base64url');
  await repo.insertBallot(t.db, {
    orgId: options.orgId,
    id: crypto.randomUUID(),
    consultationId: options.consultationId,
    tokenHash: crypto.createHash('sha256').update(`priority-ballot:${token}`).digest(),
    createdAt: dayOf(t.clock.now()),
    submittedAt: options.ranking ? dayOf(t.clock.now()) : null,
    ranking: options.ranking ?? null,
  });
  return token;
}
