import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRY_CODES } from '../../domain/countries';
import type { SelectOption } from '../ui/field';

/** The region's countries named in the interface language, sorted for that language. */
export function useCountryOptions(): SelectOption[] {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    const collator = new Intl.Collator(locale);
    return COUNTRY_CODES.map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) =>
      collator.compare(a.label, b.label),
    );
  }, [locale]);
}
