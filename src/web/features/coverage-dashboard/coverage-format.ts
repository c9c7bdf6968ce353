import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';

/** Numbers, coverage percentages and month names of the dashboard in the interface language. */
export function useCoverageFormat() {
  const { i18n } = useTranslation();
  const f = useFormat();
  return useMemo(() => {
    const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
    const month = new Intl.DateTimeFormat(i18n.language, { month: 'short', year: '2-digit' });
    return {
      number: f.number,
      /** A fraction (0.42) as "42 %"; "—" without a figure. */
      percent: (fraction: number | null) => (fraction === null ? '—' : percent.format(fraction)),
      /** `YYYY-MM` as "nov 26". */
      month: (ym: string) => month.format(new Date(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)) - 1, 1)),
    };
  }, [f.number, i18n.language]);
}
