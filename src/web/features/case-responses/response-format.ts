import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Calendar days (`YYYY-MM-DD`, UTC like every registry date) and sizes in the interface language. */
export function useResponseFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    return {
      day: (value: string) => day.format(new Date(`${value.slice(0, 10)}T00:00:00Z`)),
      size: (bytes: number) =>
        bytes < 1024
          ? `${number.format(bytes)} B`
          : bytes < 1024 * 1024
            ? `${number.format(bytes / 1024)} KB`
            : `${number.format(bytes / 1024 / 1024)} MB`,
    };
  }, [locale]);
}

export const todayUtc = () => new Date().toISOString().slice(0, 10);
