import { useTranslation } from 'react-i18next';
import type { ActTypeView } from '../../../domain/cases.schemas';
import { LOCALES, type Locale } from '../../../domain/locales';

/** An act type's label in the interface language (the organization's own wording). */
export function useActTypeLabel(types: readonly ActTypeView[] | undefined): (key: string) => string {
  const { i18n } = useTranslation();
  const locale: Locale = LOCALES.includes(i18n.language as Locale) ? (i18n.language as Locale) : 'es';
  return (key) => types?.find((type) => type.key === key)?.labels[locale] ?? key;
}

/** "2026-05-01" with its precision: the day, the month only, or "about". */
export function formatOccurred(
  date: string | null,
  precision: 'day' | 'month' | 'approximate',
  locale: string,
): string | null {
  if (!date) return null;
  const value = new Date(`${date}T12:00:00`);
  if (precision === 'month')
    return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(value);
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(value);
  return precision === 'approximate' ? `≈ ${day}` : day;
}
