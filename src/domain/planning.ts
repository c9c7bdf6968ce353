/**
 * Date rules of the action plan and of organizational planning (issue 6): when an action or a
 * workplan activity is overdue, and when a registration document needs renewing. Dates are calendar
 * days `YYYY-MM-DD` in UTC like every other date of Colectiva; `today` comes from the server's clock.
 * Pure functions, shared by the server (views, home-page reminders) and the web app.
 */
import { daysBetween } from './outreach';

/** A document is "expiring" from this many days before its expiry date (home-page reminder). */
export const DOCUMENT_EXPIRY_WINDOW_DAYS = 60;

export type ActionStatus = 'planned' | 'in_progress' | 'done' | 'dropped';
export type ActivityStatus = 'planned' | 'in_progress' | 'done' | 'delayed' | 'cancelled';
export type DocumentExpiry = 'none' | 'valid' | 'expiring' | 'expired';

/** An action is overdue when it is still open (planned or in progress) after its due day. */
export function isActionOverdue(action: { status: ActionStatus; dueOn: string }, today: string): boolean {
  return (action.status === 'planned' || action.status === 'in_progress') && action.dueOn < today;
}

/**
 * A workplan activity is late when it is not done nor cancelled after its last day (whether or not
 * someone marked it "delayed").
 */
export function isActivityLate(activity: { status: ActivityStatus; endsOn: string }, today: string): boolean {
  return activity.status !== 'done' && activity.status !== 'cancelled' && activity.endsOn < today;
}

/** Whole days left until `day` (0 on the day itself, negative once past). */
export function daysUntil(day: string, today: string): number {
  return daysBetween(today, day);
}

/**
 * Where a document stands: `none` without an expiry date, `expired` after it (a document is valid on
 * its expiry day itself), `expiring` within the window (expiry day included), `valid` otherwise.
 */
export function documentExpiry(
  expiresOn: string | null,
  today: string,
  windowDays: number = DOCUMENT_EXPIRY_WINDOW_DAYS,
): DocumentExpiry {
  if (expiresOn === null) return 'none';
  const left = daysUntil(expiresOn, today);
  if (left < 0) return 'expired';
  if (left <= windowDays) return 'expiring';
  return 'valid';
}

/** Whether a document belongs on the home-page reminder (expired, or expiring within the window). */
export function needsRenewal(expiresOn: string | null, today: string): boolean {
  const state = documentExpiry(expiresOn, today);
  return state === 'expired' || state === 'expiring';
}

/** Open actions first by due day (overdue on top), then the closed ones, most recently due first. */
export function compareActions(
  a: { status: ActionStatus; dueOn: string; id: string },
  b: { status: ActionStatus; dueOn: string; id: string },
): number {
  const openA = a.status === 'planned' || a.status === 'in_progress';
  const openB = b.status === 'planned' || b.status === 'in_progress';
  if (openA !== openB) return openA ? -1 : 1;
  if (a.dueOn !== b.dueOn) return openA ? (a.dueOn < b.dueOn ? -1 : 1) : a.dueOn < b.dueOn ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
