import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Calendar days (`YYYY-MM-DD`) in the user's language. They are read in UTC so that a day never
 * shifts by one in a time zone west of Greenwich.
 */
export function useDayFormat(): (day: string) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
    return (day: string) => format.format(new Date(`${day}T00:00:00Z`));
  }, [i18n.language]);
}
