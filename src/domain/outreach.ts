/**
 * Micro-planning calculations (Avahan micro-planning; SWIT ch. 6): calendar weeks, months and the
 * "due for contact" rule. Dates are calendar days `YYYY-MM-DD` in UTC, like every other date of the
 * registry. Pure functions, shared by the server and the web app.
 */

const DAY_MS = 86_400_000;

const parseDay = (day: string) => Date.parse(`${day}T00:00:00Z`);
const formatDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The calendar day of an instant, in UTC. */
export function dayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** `day` moved by `days` (negative goes back). */
export function addDays(day: string, days: number): string {
  return formatDay(parseDay(day) + days * DAY_MS);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseDay(to) - parseDay(from)) / DAY_MS);
}

/** True when `day` is a Monday, the first day of a plan week. */
export function isMonday(day: string): boolean {
  return new Date(parseDay(day)).getUTCDay() === 1;
}

/** The Monday of the week holding `day`. */
export function weekStartOf(day: string): string {
  const weekday = new Date(parseDay(day)).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** The first day of the month holding `day`. */
export function monthStartOf(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

/**
 * A member is due for contact when her last effective contact is `dueAfterDays` or more days old,
 * or when she was never contacted.
 */
export function isDueForContact(lastContactOn: string | null, today: string, dueAfterDays: number): boolean {
  if (lastContactOn === null) return true;
  return daysBetween(lastContactOn, today) >= dueAfterDays;
}
