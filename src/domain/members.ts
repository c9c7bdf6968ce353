/**
 * Display codes: 6 characters from an alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z, 8/B),
 * stored without the dash and shown as "K7M-4QX". They are random — never derived from personal data.
 */
export const DISPLAY_CODE_ALPHABET = '34679ACDEFGHJKMNPQRTUVWXY';
export const DISPLAY_CODE_LENGTH = 6;

/** "K7M4QX" → "K7M-4QX". */
export function formatDisplayCode(code: string): string {
  return code.length === DISPLAY_CODE_LENGTH ? `${code.slice(0, 3)}-${code.slice(3)}` : code;
}

/** What someone typed to find a code ("k7m-4", " K7M 4QX") → the stored form's prefix ("K7M4"). */
export function normalizeDisplayCodeQuery(query: string): string {
  return query.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

/**
 * Condoms a member needs in a month: partners a week × acts per partner × weeks in a month
 * (52/12), rounded up. Null when either figure is unknown.
 */
export function monthlyCondomNeed(
  partnersPerWeek: number | null,
  actsPerPartner: number | null,
): number | null {
  if (partnersPerWeek === null || actsPerPartner === null) return null;
  return Math.ceil((partnersPerWeek * actsPerPartner * 52) / 12);
}

/** SWIT: a member with more than this many risk or vulnerability flags is a priority. */
export const PRIORITY_FLAGS_ABOVE = 3;

export function isPriority(riskFlags: readonly string[]): boolean {
  return riskFlags.length > PRIORITY_FLAGS_ABOVE;
}
