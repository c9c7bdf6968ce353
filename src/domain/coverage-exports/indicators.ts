import type { Locale } from '../locales';

/**
 * The standard indicators an organization reports to its funders, computed from coverage figures.
 * - GF_KP_1c (Global Fund): key population members reached with the defined package of services.
 * - GF_KP_3c (Global Fund): key population members who were tested for HIV and know their results.
 * - UNAIDS_GAM_COVERAGE (UNAIDS Global AIDS Monitoring): reached ÷ size estimate, in percent.
 * - PEPFAR_KP_PREV (PEPFAR MER): members reached with the individual/small-group prevention package.
 */
export const INDICATOR_CODES = ['GF_KP_1c', 'GF_KP_3c', 'UNAIDS_GAM_COVERAGE', 'PEPFAR_KP_PREV'] as const;
export type IndicatorCode = (typeof INDICATOR_CODES)[number];

export type IndicatorWording = Record<Locale, string>;

/** The wording used until the organization changes it (funders reword indicators between grants). */
export const DEFAULT_INDICATOR_LABELS: Record<IndicatorCode, IndicatorWording> = {
  GF_KP_1c: {
    es: 'KP-1c: Trabajadoras sexuales alcanzadas con programas de prevención del VIH (paquete definido de servicios)',
    'pt-BR':
      'KP-1c: Profissionais do sexo alcançadas com programas de prevenção do HIV (pacote definido de serviços)',
    en: 'KP-1c: Sex workers reached with HIV prevention programmes (defined package of services)',
  },
  GF_KP_3c: {
    es: 'KP-3c: Trabajadoras sexuales que se hicieron la prueba de VIH y conocen su resultado',
    'pt-BR': 'KP-3c: Profissionais do sexo que fizeram o teste de HIV e conhecem o resultado',
    en: 'KP-3c: Sex workers who received an HIV test and know their results',
  },
  UNAIDS_GAM_COVERAGE: {
    es: 'GAM: Cobertura de programas de prevención (alcanzadas ÷ estimación de tamaño)',
    'pt-BR': 'GAM: Cobertura dos programas de prevenção (alcançadas ÷ estimativa de tamanho)',
    en: 'GAM: Coverage of prevention programmes (reached ÷ size estimate)',
  },
  PEPFAR_KP_PREV: {
    es: 'KP_PREV: Personas de poblaciones clave alcanzadas con el paquete de prevención',
    'pt-BR': 'KP_PREV: Pessoas de populações-chave alcançadas com o pacote de prevenção',
    en: 'KP_PREV: Key population members reached with the prevention package',
  },
};

/** DHIS2 UIDs: a letter then ten letters or digits. */
export const DHIS2_UID = /^[A-Za-z][A-Za-z0-9]{10}$/;

export type PeriodKind = 'month' | 'quarter' | 'year';

/** A period DHIS2 and ADX can name: a whole month, calendar quarter or calendar year. */
export interface ReportingPeriod {
  kind: PeriodKind;
  /** First and last month, `YYYY-MM`. */
  from: string;
  to: string;
}

const monthIndex = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { y, m };
};

/**
 * The DHIS2 period of a month range, or null when the range is no month, quarter or year
 * (DHIS2 has no period type for arbitrary month ranges).
 */
export function reportingPeriodOf(from: string, to: string): ReportingPeriod | null {
  const a = monthIndex(from);
  const b = monthIndex(to);
  if (a.y !== b.y) return null;
  if (a.m === b.m) return { kind: 'month', from, to };
  if (a.m === 1 && b.m === 12) return { kind: 'year', from, to };
  if ((a.m - 1) % 3 === 0 && b.m === a.m + 2) return { kind: 'quarter', from, to };
  return null;
}

/** `202611`, `2026Q3`, `2026`: DHIS2's ISO period names. */
export function dhis2PeriodName(period: ReportingPeriod): string {
  const { y, m } = monthIndex(period.from);
  if (period.kind === 'month') return `${y}${String(m).padStart(2, '0')}`;
  if (period.kind === 'quarter') return `${y}Q${(m - 1) / 3 + 1}`;
  return String(y);
}

/** ADX periods are a start date and an ISO 8601 duration: `2026-07-01/P3M`. */
export function adxPeriodName(period: ReportingPeriod): string {
  const duration = period.kind === 'month' ? 'P1M' : period.kind === 'quarter' ? 'P3M' : 'P1Y';
  return `${period.from}-01/${duration}`;
}
