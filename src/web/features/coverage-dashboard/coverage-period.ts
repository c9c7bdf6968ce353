/** The period picker's choices; every kind resolves to whole months `from`–`to` (`YYYY-MM`). */
export const PERIOD_KINDS = ['month', 'quarter', 'year', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  from: string;
  to: string;
}

const pad = (m: number) => String(m).padStart(2, '0');

/** The months of a month, a calendar quarter (1–4) or a calendar year. */
export function periodOf(kind: Exclude<PeriodKind, 'custom'>, year: number, index = 1): Period {
  if (kind === 'month') return { from: `${year}-${pad(index)}`, to: `${year}-${pad(index)}` };
  if (kind === 'quarter') return { from: `${year}-${pad(index * 3 - 2)}`, to: `${year}-${pad(index * 3)}` };
  return { from: `${year}-01`, to: `${year}-12` };
}

/** The kind a period reads as (what the picker shows when the address names one). */
export function kindOf(period: Period): PeriodKind {
  const [fy, fm] = period.from.split('-').map(Number) as [number, number];
  const [ty, tm] = period.to.split('-').map(Number) as [number, number];
  if (fy !== ty) return 'custom';
  if (fm === tm) return 'month';
  if (fm === 1 && tm === 12) return 'year';
  if ((fm - 1) % 3 === 0 && tm === fm + 2) return 'quarter';
  return 'custom';
}

/** The current calendar quarter: the default period. */
export function currentQuarter(today: Date): Period {
  return periodOf('quarter', today.getFullYear(), Math.floor(today.getMonth() / 3) + 1);
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A period from the address (`?from=&to=`), or null when it is missing or malformed. */
export function parsePeriod(search: URLSearchParams): Period | null {
  const from = search.get('from');
  const to = search.get('to');
  if (!from || !to || !MONTH.test(from) || !MONTH.test(to) || from > to) return null;
  return { from, to };
}
