import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface Formatters {
  dateTime: (iso: string) => string;
  date: (iso: string) => string;
  number: (value: number) => string;
  country: (code: string | null) => string;
}

/** Dates, numbers and country names in the interface language, with the browser's Intl. */
export function useFormat(): Formatters {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const number = new Intl.NumberFormat(locale);
    const regions = new Intl.DisplayNames([locale], { type: 'region' });
    return {
      dateTime: (iso) => dateTime.format(new Date(iso)),
      date: (iso) => date.format(new Date(iso)),
      number: (value) => number.format(value),
      country: (code) => (code ? (regions.of(code) ?? code) : t('common.noCountry')),
    };
  }, [locale, t]);
}
