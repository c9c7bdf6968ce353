/**
 * Pure calculations of the monthly review: period bounds, ratio values and progress against a target.
 */

function lastDayOf(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function parseMonth(month: string): [number, number] {
  return [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
}

const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

/** The calendar days of a month `YYYY-MM`. */
export function monthBounds(month: string): { from: string; to: string } {
  const [year, m] = parseMonth(month);
  return { from: `${month}-01`, to: lastDayOf(year, m) };
}

/** From the first day of the month's quarter to the month's last day, and the quarter's first month. */
export function quarterToDate(month: string): { from: string; to: string; periodStart: string } {
  const [year, m] = parseMonth(month);
  const first = m - ((m - 1) % 3);
  return { from: `${monthKey(year, first)}-01`, to: lastDayOf(year, m), periodStart: monthKey(year, first) };
}

/** From 1 January to the month's last day, and the year's first month. */
export function yearToDate(month: string): { from: string; to: string; periodStart: string } {
  const [year, m] = parseMonth(month);
  return { from: `${year}-01-01`, to: lastDayOf(year, m), periodStart: monthKey(year, 1) };
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** A ratio as a percentage with one decimal; null when the denominator is 0 (no value, not 0 %). */
export function ratioPercent(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  return oneDecimal((numerator / denominator) * 100);
}

/** value ÷ target as a percentage with one decimal; null without a value or a positive target. */
export function progressPercent(value: number | null, target: number | null): number | null {
  if (value === null || target === null || target <= 0) return null;
  return oneDecimal((value / target) * 100);
}

/** Lower case without accents, for searching free text by words. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** True when every word of `query` appears in `text` (case and accents ignored). */
export function matchesAllWords(text: string, query: string): boolean {
  const haystack = foldForSearch(text);
  return foldForSearch(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
