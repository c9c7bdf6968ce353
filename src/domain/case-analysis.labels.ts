import type { AnalysisDimension } from './case-analysis.schemas';
import type { Locale } from './locales';
import { formatCount, percentOf, type PublishedCount } from './aggregates/suppression';

type Labels = { es: string; 'pt-BR': string; en: string };
type Translate = (key: string, params?: Record<string, string | number>) => string;

/** The words of one category, in the server's PDF and the web's tables alike. */
export function categoryLabel(
  dimension: AnalysisDimension,
  item: { key: string; label: Labels | null },
  locale: Locale,
  t: Translate,
): string {
  if (item.label) return item.label[locale] || item.label.es;
  if (item.key === 'unknown') return t('caseAnalysis.values.unknown');
  if (dimension === 'month') return item.key;
  const group = dimension === 'intervention_type' ? 'intervention_type' : dimension;
  if (
    ['perpetrator_type', 'perpetrator_state', 'location_type', 'intervention_type', 'outcome'].includes(group)
  )
    return t(`caseAnalysis.values.${group}.${item.key}`);
  // An act type or barrier removed from the organization's lists since: its key is all there is.
  return item.key;
}

export function impactLabel(key: string, t: Translate): string {
  return t(`caseAnalysis.values.impact.${key}`);
}

export function interventionLabel(key: string, t: Translate): string {
  return t(`caseAnalysis.values.intervention_type.${key}`);
}

/** "<11", "*" or the number. */
export function countText(value: PublishedCount, threshold: number): string {
  return formatCount(value, threshold);
}

/** "42.5 %" from published numbers only, or "" when either is hidden. */
export function percentText(value: PublishedCount, total: PublishedCount, locale: Locale): string {
  const p = percentOf(value, total);
  return p === null
    ? ''
    : `${p.toLocaleString(locale === 'en' ? 'en' : locale, { maximumFractionDigits: 1 })} %`;
}
