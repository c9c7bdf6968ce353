import type { CalendarSource } from '../../../domain/calendar.schemas';

export const calendarUrl = (orgId: string, from: string, to: string) =>
  `/api/orgs/${orgId}/calendar?from=${from}&to=${to}`;

/** Where an entry is worked on: the module's page inside the organization (and the record, when it has one). */
export const SOURCE_PAGES: Record<CalendarSource, (recordId: string) => string> = {
  training_session: () => '/trainings',
  mobilization_event: () => '/mobilization',
  advocacy_engagement: () => '/advocacy',
  commitment_follow_up: () => '/advocacy',
  consultation: (id) => `/priorities/${id}`,
  grant_report_due: () => '/grants',
  capacity_action_due: () => '/action-plan',
  document_expiry: () => '/planning',
};

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** First and last day of the month `offset` months away from the month of `today` (UTC days). */
export function monthRange(today: Date, offset: number): { from: string; to: string; first: Date } {
  const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + offset, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  return { from: isoDay(first), to: isoDay(last), first };
}

/** Today and the 29 days after it. */
export function agendaRange(today: Date): { from: string; to: string } {
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  return { from: isoDay(start), to: isoDay(new Date(start.getTime() + 29 * 86_400_000)) };
}
