import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Amounts in their own currency with the browser's Intl (never converted, never added across
 * currencies), and calendar days in UTC like every date of the registry.
 */
export function useMoney() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    return {
      money: (amount: number, currency: string) => {
        try {
          return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
        } catch {
          return `${new Intl.NumberFormat(locale).format(amount)} ${currency}`;
        }
      },
      day: (iso: string) => day.format(new Date(`${iso}T00:00:00Z`)),
      percent: (value: number) => percent.format(value),
    };
  }, [locale]);
}

/** Today as `YYYY-MM-DD` (UTC). */
export const today = () => new Date().toISOString().slice(0, 10);
