import type { CoverageReport, CoverageRow } from '../coverage.schemas';
import type { IndicatorValue } from './dhis2';
import { INDICATOR_CODES, type IndicatorCode } from './indicators';

/** Coverage as a percentage with one decimal, or null without an estimate. */
export function coveragePercent(fraction: number | null): number | null {
  return fraction === null ? null : Math.round(fraction * 1000) / 10;
}

/** The value of a standard indicator for one unit's coverage figures. */
export function indicatorValueOf(code: IndicatorCode, row: CoverageRow): number | null {
  switch (code) {
    case 'GF_KP_1c':
    case 'PEPFAR_KP_PREV':
      return row.reachedWithPackage;
    case 'GF_KP_3c':
      return row.hivTestedKnowsResult;
    case 'UNAIDS_GAM_COVERAGE':
      return coveragePercent(row.coverage.point);
  }
}

/**
 * Every standard indicator of the organization (`siteId: null`) and of each site of a site-level
 * report. The row of contacts recorded without a site has no org unit and is left out.
 */
export function indicatorValuesOf(report: CoverageReport): IndicatorValue[] {
  const units: { siteId: string | null; row: CoverageRow }[] = [
    { siteId: null, row: report.total },
    ...report.rows
      .filter((r) => r.unit.level === 'site' && r.unit.id !== null)
      .map((row) => ({ siteId: row.unit.id, row })),
  ];
  return units.flatMap(({ siteId, row }) =>
    INDICATOR_CODES.map((indicator) => ({ indicator, siteId, value: indicatorValueOf(indicator, row) })),
  );
}
