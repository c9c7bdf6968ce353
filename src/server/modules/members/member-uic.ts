import type { UicInput } from '../../../domain/uic';
import type { AuditEvent } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/errors';
import type { OrgServiceContext } from '../../platform/http/route-spec';
import { getNetworkUicRecipeId } from '../registry-settings/registry-settings.service';

/**
 * The keyed hash of a member's UIC under her network's key (kept outside the database). The code
 * itself goes no further than this call: it is never stored, logged, audited or answered. A code made
 * under another recipe than the network's could never match its members, so it is refused.
 */
export async function deriveUicHash(c: OrgServiceContext, uic: UicInput): Promise<Buffer> {
  if (uic.recipeId !== (await getNetworkUicRecipeId(c.db, c.org.networkId)))
    throw new AppError('validation', { field: 'uic.recipeId', params: { reason: 'invalid_value' } });
  return c.deps.uic.hash(c.org.networkId, uic.code);
}

/**
 * Records an event in a transaction of its own, so that it stays when the request's transaction
 * rolls back (a refused create, a refused lookup).
 */
export async function auditApart(c: OrgServiceContext, event: AuditEvent): Promise<void> {
  await c.deps.db.transaction((tx) => c.audit(event, { tx }));
}

/**
 * Every member create and duplicate check tells its caller whether someone with a given code is
 * registered in the organization — including people outside a promotora's caseload. Codes are built
 * from guessable answers (initials, a birth date), so an unlimited stream of lookups would let one
 * account test lists of people against the registry. Far more than a promotora registers by hand;
 * imports do not go through here.
 */
export const UIC_LOOKUP_LIMIT = { max: 120, windowMs: 15 * 60_000 } as const;

interface LookupWindow {
  at: number[];
  /** The first refusal of a burst is audited; the following ones are not (no audit flooding). */
  refusalAudited: boolean;
}

/** Per user, in this process. */
const lookups = new Map<string, LookupWindow>();

function forget(before: number): void {
  for (const [user, window] of lookups) if (window.at.every((at) => at <= before)) lookups.delete(user);
}

/** Counts one UIC lookup by the caller; refuses with `too_many_attempts` over the limit (audited). */
export async function countUicLookup(c: OrgServiceContext): Promise<void> {
  const now = c.now.getTime();
  const since = now - UIC_LOOKUP_LIMIT.windowMs;
  if (lookups.size > 10_000) forget(since);
  const window = lookups.get(c.actor.userId) ?? { at: [], refusalAudited: false };
  window.at = window.at.filter((at) => at > since);
  lookups.set(c.actor.userId, window);
  if (window.at.length < UIC_LOOKUP_LIMIT.max) {
    window.at.push(now);
    window.refusalAudited = false;
    return;
  }
  if (!window.refusalAudited) {
    window.refusalAudited = true;
    await auditApart(c, {
      action: 'member.uic_lookups_throttled',
      resourceType: 'member',
      details: { limit: UIC_LOOKUP_LIMIT.max, windowMinutes: UIC_LOOKUP_LIMIT.windowMs / 60_000 },
    });
  }
  throw new AppError('too_many_attempts');
}
