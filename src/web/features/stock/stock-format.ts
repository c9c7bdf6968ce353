import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Calendar days (`YYYY-MM-DD`) shown in UTC, the calendar the server counts in. */
export function useStockFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const number = new Intl.NumberFormat(locale);
    return {
      day: (value: string) => day.format(new Date(`${value}T00:00:00Z`)),
      number: (value: number) => number.format(value),
    };
  }, [locale]);
}

/** Today as `YYYY-MM-DD` in UTC (what the server accepts as "not in the future"). */
export const todayUtc = () => new Date().toISOString().slice(0, 10);
