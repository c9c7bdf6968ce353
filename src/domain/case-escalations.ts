import type { EscalationFields, EscalationPreview, EscalationSection } from './case-escalations.schemas';
import type { Locale } from './locales';

type Labels = { es: string; 'pt-BR': string; en: string };
type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * What a case offers to an escalation package: non-identifying facts only. The member's display code,
 * the case reference, perpetrators' names and the narrative are not in this type, so no choice of
 * fields can put them in the summary; the only free text is the excerpt the paralegal writes.
 */
export interface EscalationSource {
  occurredOn: string | null;
  occurredPrecision: 'day' | 'month' | 'approximate';
  area: { country: string | null; province: string | null; municipality: string | null };
  locationType: string | null;
  actTypes: { key: string; label: Labels | null }[];
  perpetratorTypes: string[];
  responses: string[];
}

function dateText(source: EscalationSource, precision: EscalationFields['datePrecision'], t: Translate) {
  if (!source.occurredOn || precision === 'none') return null;
  const [y, m, d] = source.occurredOn.split('-');
  // Never more precise than what was recorded.
  const effective = precision === 'day' && source.occurredPrecision !== 'day' ? 'month' : precision;
  const text = effective === 'year' ? y! : effective === 'month' ? `${m}/${y}` : `${d}/${m}/${y}`;
  return source.occurredPrecision === 'approximate'
    ? `${text} ${t('caseAnalysis.escalation.approximate')}`
    : text;
}

function areaText(source: EscalationSource, level: EscalationFields['areaLevel']) {
  if (level === 'none') return null;
  const { country, province, municipality } = source.area;
  const parts =
    level === 'country'
      ? [country]
      : level === 'province'
        ? [province, country]
        : [municipality, province, country];
  const text = parts.filter((p): p is string => !!p).join(', ');
  return text || null;
}

/** Which area levels a case can offer (the levels of its area and above). */
export function availableAreaLevels(source: EscalationSource): EscalationFields['areaLevel'][] {
  const levels: EscalationFields['areaLevel'][] = ['none'];
  if (source.area.country) levels.push('country');
  if (source.area.province) levels.push('province');
  if (source.area.municipality) levels.push('municipality');
  return levels;
}

const unique = <T>(values: T[]) => [...new Set(values)];

/** The redacted summary, section by section, with only the fields chosen. */
export function buildEscalationPreview(
  source: EscalationSource,
  fields: EscalationFields,
  excerpt: string,
  locale: Locale,
  t: Translate,
): EscalationPreview {
  const sections: EscalationSection[] = [];
  const add = (key: string, lines: (string | null)[]) => {
    const kept = lines.filter((l): l is string => !!l && l.trim() !== '');
    if (kept.length > 0)
      sections.push({ heading: t(`caseAnalysis.escalation.sections.${key}`), lines: kept });
  };
  add('when', [dateText(source, fields.datePrecision, t)]);
  add('where', [
    areaText(source, fields.areaLevel),
    fields.locationType && source.locationType
      ? t(`caseAnalysis.values.location_type.${source.locationType}`)
      : null,
  ]);
  if (fields.actTypes)
    add('acts', unique(source.actTypes.map((a) => (a.label ? a.label[locale] || a.label.es : a.key))));
  if (fields.perpetratorTypes)
    add(
      'perpetrators',
      unique(source.perpetratorTypes).map((p) => t(`caseAnalysis.values.perpetrator_type.${p}`)),
    );
  if (fields.responses)
    add(
      'responses',
      unique(source.responses).map((r) => t(`caseAnalysis.values.intervention_type.${r}`)),
    );
  if (fields.narrativeExcerpt) add('account', [excerpt.trim()]);
  add('consent', [t('caseAnalysis.escalation.consentLine')]);
  return { title: t('caseAnalysis.escalation.pdfTitle'), sections };
}
