import type { CoverageExportSettingsView } from '../../../domain/coverage-exports.schemas';
import { DEFAULT_INDICATOR_LABELS, INDICATOR_CODES } from '../../../domain/coverage-exports/indicators';
import type { CoverageExportSettingsRow } from './coverage-exports.repo';

/** Every indicator with the organization's wording or the default; the mapping as stored. */
export function presentExportSettings(row: CoverageExportSettingsRow | null): CoverageExportSettingsView {
  const own = new Map((row?.labels ?? []).map((l) => [l.indicator, l.labels]));
  return {
    labels: INDICATOR_CODES.map((indicator) => {
      const labels = own.get(indicator);
      return {
        indicator,
        labels: labels
          ? { es: labels.es, 'pt-BR': labels['pt-BR'], en: labels.en }
          : { ...DEFAULT_INDICATOR_LABELS[indicator] },
        isDefault: !labels,
      };
    }),
    dataSet: row?.dataSet ?? null,
    dataElements: (row?.dataElements ?? []).map((d) => ({
      indicator: d.indicator,
      dataElement: d.dataElement,
      categoryOptionCombo: d.categoryOptionCombo,
    })),
    orgUnits: (row?.orgUnits ?? []).map((o) => ({ siteId: o.siteId, orgUnit: o.orgUnit })),
    updatedAt: row ? row.updatedAt.toISOString() : null,
  };
}
