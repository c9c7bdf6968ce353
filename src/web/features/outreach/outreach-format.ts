import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Calendar days (`YYYY-MM-DD`) in the interface language. They are read and shown in UTC, the
 * calendar the server counts in, so that a phone west of Greenwich does not show the day before.
 */
export interface DayFormatters {
  /** "3 mar 2026" */
  day: (day: string) => string;
  /** "miércoles 4" */
  weekday: (day: string) => string;
  /** "2–8 mar 2026" */
  range: (from: string, to: string) => string;
  number: (value: number) => string;
}

const toDate = (day: string) => new Date(`${day}T00:00:00Z`);

export function useDayFormat(): DayFormatters {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', timeZone: 'UTC' });
    const number = new Intl.NumberFormat(locale);
    return {
      day: (value) => day.format(toDate(value)),
      weekday: (value) => weekday.format(toDate(value)),
      range: (from, to) => day.formatRange(toDate(from), toDate(to)),
      number: (value) => number.format(value),
    };
  }, [locale]);
}
