/**
 * Responses to a human-rights case (issue 5 §2, DOMAIN §4): interventions, referrals to partner
 * organizations and follow-up tasks. Pure rules shared by the server and the web.
 */

export const INTERVENTION_TYPES = [
  'crisis_support',
  'legal_advice',
  'legal_representation',
  'complaint_accompaniment',
  'medical_pep',
  'psychosocial',
  'shelter',
  'economic_support',
  'mediation',
  'advocacy',
] as const;
export type InterventionType = (typeof INTERVENTION_TYPES)[number];

export const INTERVENTION_STATUSES = ['planned', 'requested', 'in_progress', 'done', 'refused'] as const;
export type InterventionStatus = (typeof INTERVENTION_STATUSES)[number];

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const IMPACTS = ['resolved', 'partly', 'no_change', 'worsened'] as const;
export type Impact = (typeof IMPACTS)[number];

export const REFERRAL_STATUSES = ['referred', 'attended', 'not_attended', 'closed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/**
 * Where an intervention may go from each status. A finished one (done, refused) can be reopened —
 * a complaint refused by the police can be requested again, a "done" that was not can go back to
 * in progress — but never back to planned.
 */
const INTERVENTION_MOVES: Record<InterventionStatus, readonly InterventionStatus[]> = {
  planned: ['requested', 'in_progress', 'done', 'refused'],
  requested: ['in_progress', 'done', 'refused'],
  in_progress: ['done', 'refused'],
  done: ['in_progress'],
  refused: ['requested', 'in_progress'],
};

export function canMoveIntervention(from: InterventionStatus, to: InterventionStatus): boolean {
  return from === to || INTERVENTION_MOVES[from].includes(to);
}

/** The impact is recorded once the intervention is over (done, or refused by the requested party). */
export function impactAllowed(status: InterventionStatus): boolean {
  return status === 'done' || status === 'refused';
}

const REFERRAL_MOVES: Record<ReferralStatus, readonly ReferralStatus[]> = {
  referred: ['attended', 'not_attended', 'closed'],
  attended: ['closed'],
  not_attended: ['referred', 'closed'],
  closed: [],
};

export function canMoveReferral(from: ReferralStatus, to: ReferralStatus): boolean {
  return from === to || REFERRAL_MOVES[from].includes(to);
}

/** A follow-up is overdue when it is not done and its day has passed (UTC calendar days). */
export function isOverdue(dueOn: string, done: boolean, today: string): boolean {
  return !done && dueOn < today;
}

/** Queue order: open before done, overdue first, then the earliest due day, then urgent cases. */
export function compareFollowUps(
  a: { dueOn: string; done: boolean; urgent?: boolean; id: string },
  b: { dueOn: string; done: boolean; urgent?: boolean; id: string },
  today: string,
): number {
  if (a.done !== b.done) return a.done ? 1 : -1;
  const ao = isOverdue(a.dueOn, a.done, today);
  const bo = isOverdue(b.dueOn, b.done, today);
  if (ao !== bo) return ao ? -1 : 1;
  if (a.dueOn !== b.dueOn) return a.dueOn < b.dueOn ? -1 : 1;
  if (Boolean(a.urgent) !== Boolean(b.urgent)) return a.urgent ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
