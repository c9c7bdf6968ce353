import { useTranslation } from 'react-i18next';
import { reportingPeriodOf } from '../../../domain/coverage-exports/indicators';
import { useCan, useOrg } from '../../app/org-context';
import { type DrillDown, dashboardExportUrl, indicatorExportUrl } from './coverage-dashboard.resource';
import type { Period } from './coverage-period';

/** Downloads: the dashboard (CSV, XLSX, PDF) and the standard indicators (CSV, XLSX, DHIS2, ADX). */
export function ExportPanel({
  period,
  packageId,
  drill,
}: {
  period: Period;
  packageId: string;
  drill: DrillDown;
}) {
  const { t, i18n } = useTranslation();
  const org = useOrg();
  const can = useCan();
  if (!can('coverage_export', 'export')) return null;
  const lang = i18n.language;
  const dhis2Period = reportingPeriodOf(period.from, period.to) !== null;
  return (
    <section className="coverage-exports card" aria-labelledby="coverage-exports-title">
      <h2 id="coverage-exports-title" className="coverage-exports__title">
        {t('coverageDashboard.exports.title')}
      </h2>
      <div
        className="coverage-exports__row"
        role="group"
        aria-label={t('coverageDashboard.exports.dashboard')}
      >
        <span className="coverage-exports__label">{t('coverageDashboard.exports.dashboard')}</span>
        {(['csv', 'xlsx', 'pdf'] as const).map((format) => (
          <a
            key={format}
            className="button button--secondary"
            href={dashboardExportUrl(org.orgId, format, { period, packageId, drill, lang })}
            download
          >
            {t(`coverageDashboard.exports.${format}`)}
          </a>
        ))}
      </div>
      <div
        className="coverage-exports__row"
        role="group"
        aria-label={t('coverageDashboard.exports.indicators')}
      >
        <span className="coverage-exports__label">{t('coverageDashboard.exports.indicators')}</span>
        {(['csv', 'xlsx', 'dhis2', 'adx'] as const)
          .filter((format) => dhis2Period || format === 'csv' || format === 'xlsx')
          .map((format) => (
            <a
              key={format}
              className="button button--secondary"
              href={indicatorExportUrl(org.orgId, format, { period, packageId, lang })}
              download
            >
              {t(`coverageDashboard.exports.indicator_${format}`)}
            </a>
          ))}
      </div>
      {dhis2Period ? null : <p className="muted flush">{t('coverageDashboard.exports.dhis2Period')}</p>}
    </section>
  );
}
