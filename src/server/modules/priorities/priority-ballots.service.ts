import crypto from 'node:crypto';
import { bordaCount, PRIORITY_MIN_BALLOTS } from '../../../domain/priorities';
import type {
  PriorityBallotInput,
  PriorityBallotOpened,
  PriorityBallotView,
  PriorityResults,
} from '../../../domain/priorities.schemas';
import { isLocked, recordFailure, throttleKey } from '../../platform/auth/throttle';
import { AppError } from '../../platform/errors';
import { orgContext, type ServiceContext } from '../../platform/http/route-spec';
import { presentNeed } from './priorities.presenter';
import * as repo from './priorities.repo';

/**
 * Anonymous priority ballots, as the capacity ballots: opening one (a facilitator, on the shared
 * device or to send a link) answers a random token once — only its SHA-256 is stored — and the
 * ranking is handed in by that token through a public route that never sees a session and whose
 * audit row has no address tag. Ids are random (v4) and times are cut to the day; audit rows name
 * the consultation only. Results are Borda totals, after the vote closes, with a minimum of ballots.
 */

export type RequestContext = ServiceContext & {
  request: { ip: string; headers: Record<string, string | string[] | undefined> };
};

const hashToken = (token: string) => crypto.createHash('sha256').update(`priority-ballot:${token}`).digest();

const dayOf = (at: Date) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));

export async function openBallot(ctx: RequestContext, consultationId: string): Promise<PriorityBallotOpened> {
  const c = orgContext(ctx);
  // The answer carries the token: an Idempotency-Key would store it next to the caller's user id.
  if (ctx.request.headers['idempotency-key'] !== undefined)
    throw new AppError('validation', { field: 'Idempotency-Key', params: { reason: 'not_allowed' } });
  const consultation = await repo.lockConsultation(c.db, c.org.orgId, consultationId);
  if (!consultation) throw new AppError('not_found');
  if (consultation.votingStatus !== 'open') throw new AppError('conflict', { field: 'votingStatus' });
  const { opened } = await repo.ballotCounts(c.db, c.org.orgId, consultationId);
  if (opened >= (consultation.participants ?? 0)) throw new AppError('conflict', { field: 'participants' });
  const token = crypto.randomBytes(32).toString('base64url');
  await repo.insertBallot(c.db, {
    orgId: c.org.orgId,
    id: crypto.randomUUID(),
    consultationId,
    tokenHash: hashToken(token),
    createdAt: dayOf(c.now),
    submittedAt: null,
    ranking: null,
  });
  await ctx.audit({
    action: 'priority_ballot.opened',
    resourceType: 'consultation',
    resourceId: consultationId,
  });
  return { token };
}

/** The ballot of a token; a wrong token counts against the caller's address (same answer as absent). */
async function ballotOfToken(ctx: RequestContext, token: string): Promise<repo.PriorityBallotRow> {
  const key = await throttleKey(ctx.deps.keyring, 'priority_ballot_guess', ctx.request.ip);
  if (await isLocked(ctx.deps.db, key, ctx.now)) throw new AppError('too_many_attempts');
  const ballot = await repo.findBallotByTokenHash(ctx.db, hashToken(token));
  if (!ballot) {
    await recordFailure(ctx.deps.db, 'priority_ballot_guess', key, ctx.now);
    throw new AppError('not_found');
  }
  return ballot;
}

export async function readBallot(ctx: RequestContext, token: string): Promise<PriorityBallotView> {
  const ballot = await ballotOfToken(ctx, token);
  const consultation = await repo.findConsultation(ctx.db, ballot.orgId, ballot.consultationId);
  if (!consultation) throw new AppError('not_found');
  const needs = await repo.listNeeds(ctx.db, ballot.orgId, consultation.id);
  const submitted = ballot.submittedAt !== null;
  return {
    consultation: { title: consultation.title, heldOn: consultation.heldOn },
    needs: needs.map(presentNeed),
    topN: consultation.topN ?? 1,
    // Once handed in, the ranking is answered to nobody, not even to whoever holds the token.
    submitted,
    open: !submitted && consultation.votingStatus === 'open',
  };
}

/** Hands the ranking in, once: a second hand-in of the same token (a replay) answers 409. */
export async function submitBallot(
  ctx: RequestContext,
  token: string,
  input: PriorityBallotInput,
): Promise<PriorityBallotView> {
  const ballot = await ballotOfToken(ctx, token);
  const consultation = await repo.lockConsultation(ctx.db, ballot.orgId, ballot.consultationId);
  if (!consultation) throw new AppError('not_found');
  if (ballot.submittedAt !== null || consultation.votingStatus !== 'open')
    throw new AppError('conflict', { field: 'ranking' });
  const needIds = new Set((await repo.listNeeds(ctx.db, ballot.orgId, consultation.id)).map((n) => n.id));
  if (input.ranking.length > (consultation.topN ?? 1))
    throw new AppError('validation', { field: 'ranking', params: { reason: 'too_big' } });
  const seen = new Set<string>();
  input.ranking.forEach((needId, index) => {
    if (!needIds.has(needId) || seen.has(needId))
      throw new AppError('validation', { field: `ranking.${index}`, params: { reason: 'invalid_value' } });
    seen.add(needId);
  });
  const handedIn = await repo.submitBallot(ctx.db, ballot.orgId, ballot.id, {
    ranking: input.ranking,
    submittedAt: dayOf(ctx.now),
  });
  if (!handedIn) throw new AppError('conflict', { field: 'ranking' });
  // Public route: no user, no ballot id, no ranking — only that a ballot of this consultation was handed in.
  await ctx.audit({
    action: 'priority_ballot.submitted',
    resourceType: 'consultation',
    resourceId: consultation.id,
  });
  return readBallot(ctx, token);
}

/** Borda totals once the vote is closed and at least PRIORITY_MIN_BALLOTS ballots were handed in. */
export async function getResults(ctx: ServiceContext, consultationId: string): Promise<PriorityResults> {
  const c = orgContext(ctx);
  const consultation = await repo.findConsultation(c.db, c.org.orgId, consultationId);
  if (!consultation) throw new AppError('not_found');
  if (consultation.votingStatus !== 'closed') throw new AppError('conflict', { field: 'votingStatus' });
  const rankings = await repo.submittedRankings(c.db, c.org.orgId, consultationId);
  const base = { submitted: rankings.length, minimumBallots: PRIORITY_MIN_BALLOTS, method: 'borda' as const };
  if (rankings.length < PRIORITY_MIN_BALLOTS) return { ...base, rows: [] };
  const needs = await repo.listNeeds(c.db, c.org.orgId, consultationId);
  const text = new Map(needs.map((n) => [n.id, n.text]));
  const rows = bordaCount(
    needs.map((n) => n.id),
    rankings,
    consultation.topN ?? 1,
  );
  return { ...base, rows: rows.map((row) => ({ ...row, text: text.get(row.needId) ?? '' })) };
}
