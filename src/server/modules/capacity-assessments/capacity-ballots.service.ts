import crypto from 'node:crypto';
import type { BallotOpened, BallotSaveInput, BallotView } from '../../../domain/capacity-assessments.schemas';
import { participantTotal } from '../../../domain/capacity/scores';
import { isLocked, recordFailure, throttleKey } from '../../platform/auth/throttle';
import { AppError } from '../../platform/errors';
import { orgContext, type ServiceContext } from '../../platform/http/route-spec';
import { assessedFramework } from './capacity-assessments.framework';
import * as repo from './capacity-assessments.repo';

/**
 * Anonymous ballots. A ballot holds no user id: opening one answers a random token once (only its
 * SHA-256 is stored) and every later read or write is by that token, through public routes that
 * never see a session. Ids are random (v4) and times are truncated to the day, so nothing in a
 * ballot row can be matched with the audit log's "who opened a ballot, when". Audit rows about
 * ballots name the assessment only — never the ballot, never its scores or how many there are.
 */

/** Services here read the client address (throttling) and headers: the route passes its own context. */
export type RequestContext = ServiceContext & {
  request: { ip: string; headers: Record<string, string | string[] | undefined> };
};

const hashToken = (token: string) => crypto.createHash('sha256').update(`capacity-ballot:${token}`).digest();

/** The UTC day of a moment: ballot times are kept at this precision only. */
export const dayOf = (at: Date) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));

export async function openBallot(ctx: RequestContext, assessmentId: string): Promise<BallotOpened> {
  const c = orgContext(ctx);
  // The answer carries the token: an Idempotency-Key would store it next to the caller's user id.
  if (ctx.request.headers['idempotency-key'] !== undefined)
    throw new AppError('validation', { field: 'Idempotency-Key', params: { reason: 'not_allowed' } });
  const assessment = await repo.lockAssessment(c.db, c.org.orgId, assessmentId);
  if (!assessment) throw new AppError('not_found');
  if (assessment.status !== 'scoring') throw new AppError('conflict', { field: 'status' });
  const { opened } = await repo.ballotCounts(c.db, c.org.orgId, assessmentId);
  if (opened >= participantTotal(assessment.participants))
    throw new AppError('conflict', { field: 'participants' });
  const token = crypto.randomBytes(32).toString('base64url');
  await repo.insertBallot(c.db, {
    orgId: c.org.orgId,
    id: crypto.randomUUID(),
    assessmentId,
    tokenHash: hashToken(token),
    createdAt: dayOf(c.now),
    submittedAt: null,
  });
  await ctx.audit({
    action: 'capacity_ballot.opened',
    resourceType: 'capacity_assessment',
    resourceId: assessmentId,
  });
  return { token };
}

/** The ballot of a token; a wrong token counts against the caller's address (same answer as absent). */
async function ballotOfToken(ctx: RequestContext, token: string): Promise<repo.BallotRow> {
  const ip = ctx.request.ip;
  const key = await throttleKey(ctx.deps.keyring, 'capacity_ballot_guess', ip);
  if (await isLocked(ctx.deps.db, key, ctx.now)) throw new AppError('too_many_attempts');
  const ballot = await repo.findBallotByTokenHash(ctx.db, hashToken(token));
  if (!ballot) {
    await recordFailure(ctx.deps.db, 'capacity_ballot_guess', key, ctx.now);
    throw new AppError('not_found');
  }
  return ballot;
}

export async function readBallot(ctx: RequestContext, token: string): Promise<BallotView> {
  const ballot = await ballotOfToken(ctx, token);
  const assessment = await repo.findAssessment(ctx.db, ballot.orgId, ballot.assessmentId);
  if (!assessment) throw new AppError('not_found');
  const { domains } = await assessedFramework(ctx.db, ballot.orgId, assessment.frameworkId);
  const submitted = ballot.submittedAt !== null;
  const scores = submitted ? [] : await repo.ballotScores(ctx.db, ballot.orgId, ballot.id);
  return {
    assessment: { title: assessment.title, heldOn: assessment.heldOn },
    domains: domains.map((domain) => ({
      key: domain.key,
      labels: domain.labels,
      items: domain.items.map((item) => ({
        id: item.id,
        key: item.key,
        statement: item.statement,
        levels: item.levels,
      })),
    })),
    // Once handed in, a ballot's scores are answered to nobody, not even to whoever holds its token
    // (the facilitator who made a link ballot has seen the link).
    scores: submitted
      ? []
      : scores.map((score) => ({ itemId: score.itemId, score: score.score as 1 | 2 | 3 | 4 | null })),
    submitted,
    open: !submitted && assessment.status === 'scoring',
  };
}

export async function saveBallot(
  ctx: RequestContext,
  token: string,
  input: BallotSaveInput,
): Promise<BallotView> {
  const found = await ballotOfToken(ctx, token);
  const ballot = await repo.lockBallot(ctx.db, found.orgId, found.id);
  const assessment = ballot && (await repo.findAssessment(ctx.db, ballot.orgId, ballot.assessmentId));
  if (!ballot || !assessment) throw new AppError('not_found');
  if (ballot.submittedAt !== null || assessment.status !== 'scoring')
    throw new AppError('conflict', { field: 'submit' });
  const { itemIds } = await assessedFramework(ctx.db, ballot.orgId, assessment.frameworkId);
  const seen = new Set<string>();
  input.scores.forEach((score, index) => {
    if (!itemIds.has(score.itemId) || seen.has(score.itemId))
      throw new AppError('validation', {
        field: `scores.${index}.itemId`,
        params: { reason: 'invalid_value' },
      });
    seen.add(score.itemId);
  });
  await repo.upsertBallotScores(ctx.db, ballot.orgId, ballot.id, input.scores);
  if (input.submit) await repo.markBallotSubmitted(ctx.db, ballot.orgId, ballot.id, dayOf(ctx.now));
  // Public route: no user, no ballot id, no count of scores — only that a ballot of this assessment changed.
  await ctx.audit({
    action: input.submit ? 'capacity_ballot.submitted' : 'capacity_ballot.saved',
    resourceType: 'capacity_assessment',
    resourceId: assessment.id,
  });
  return readBallot(ctx, token);
}
