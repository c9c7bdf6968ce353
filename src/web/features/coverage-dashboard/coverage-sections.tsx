import { useTranslation } from 'react-i18next';
import type { CoverageReport, CoverageRow } from '../../../domain/coverage.schemas';
import { BarChart } from '../../ui/charts/bar-chart';
import { ChartFigure } from './chart-figure';
import { RangeBars, TrendBars } from './coverage-charts';
import { useCoverageFormat } from './coverage-format';

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** The headline figures of the drill-down unit. */
export function CoverageSummary({ scope, norm }: { scope: CoverageRow; norm: number }) {
  const { t } = useTranslation();
  const fmt = useCoverageFormat();
  const ratio = scope.membersPerPromotora;
  const stats: { key: string; value: string; label: string; note?: string }[] = [
    { key: 'reached', value: fmt.number(scope.reached), label: t('coverageReports.metrics.reached') },
    {
      key: 'package',
      value: fmt.number(scope.reachedWithPackage),
      label: t('coverageReports.metrics.reachedWithPackage'),
    },
    {
      key: 'coverage',
      value: fmt.percent(scope.coverage.point),
      label: t('coverageDashboard.coverage'),
      note:
        scope.coverage.low !== null && scope.coverage.high !== null
          ? t('coverageDashboard.range', {
              low: fmt.percent(scope.coverage.low),
              high: fmt.percent(scope.coverage.high),
            })
          : t('coverageDashboard.noEstimate'),
    },
    {
      key: 'estimate',
      value: fmt.number(scope.estimate.point),
      label: t('coverageReports.metrics.estimatePoint'),
      note: t('coverageDashboard.estimateRange', {
        low: fmt.number(scope.estimate.low),
        high: fmt.number(scope.estimate.high),
      }),
    },
    {
      key: 'regular',
      value: fmt.number(scope.regularContact),
      label: t('coverageReports.metrics.regularContact'),
      note: t('coverageDashboard.newRepeat', {
        new: fmt.number(scope.newMembers),
        repeat: fmt.number(scope.repeatMembers),
      }),
    },
    {
      key: 'ratio',
      value: ratio === null ? '—' : `1:${fmt.number(Math.round(ratio))}`,
      label: t('coverageDashboard.ratio'),
      note: t(
        ratio !== null && ratio > norm ? 'coverageDashboard.ratioOver' : 'coverageDashboard.ratioNorm',
        {
          norm,
          promotoras: fmt.number(scope.promotorasActive),
        },
      ),
    },
  ];
  return (
    <dl className="coverage-stats">
      {stats.map((s) => (
        <div key={s.key} className="coverage-stat card" data-testid={`coverage-stat-${s.key}`}>
          <dt>{s.label}</dt>
          <dd className="coverage-stat__value">{s.value}</dd>
          {s.note ? <dd className="coverage-stat__note muted">{s.note}</dd> : null}
        </div>
      ))}
    </dl>
  );
}

function useChartLabels() {
  const { t } = useTranslation();
  return {
    chart: t('coverageDashboard.chart'),
    table: t('coverageDashboard.table'),
    category: t('coverageReports.columns.indicator'),
    value: t('coverageReports.columns.value'),
    percent: t('coverageDashboard.percent'),
    zeros: (n: number) => t('coverageDashboard.zeros', { n }),
  };
}

/** Trend, coverage by unit, service mix, referral cascade and reporting of the drill-down. */
export function CoverageCharts({ report, scope }: { report: CoverageReport; scope: CoverageRow }) {
  const { t } = useTranslation();
  const fmt = useCoverageFormat();
  const labels = useChartLabels();
  const withEstimate = report.trend.some((p) => p.coveragePoint !== null);
  const unitName = (row: CoverageRow) => row.unit.name ?? t(`coverageReports.noUnit.${row.unit.level}`);
  const m = (key: string) => t(`coverageReports.metrics.${key}`);
  const count = (key: string, value: number, whole?: number) => ({
    key,
    label: m(key),
    value,
    display: fmt.number(value),
    percent: whole === undefined ? '' : fmt.percent(share(value, whole)),
  });
  const reporting = scope.reportingSites;
  const siteMonths = reporting.reporting + reporting.zeroReturns + reporting.silent;
  return (
    <div className="coverage-grid">
      <ChartFigure
        title={t(withEstimate ? 'coverageDashboard.trendCoverage' : 'coverageDashboard.trendPackage')}
        labels={labels}
        chart={
          <TrendBars
            title={t('coverageDashboard.trendCoverage')}
            points={report.trend.map((p) => ({
              key: p.month,
              label: fmt.month(p.month),
              value: withEstimate ? p.coveragePoint : p.reachedWithPackage,
              display: withEstimate ? fmt.percent(p.coveragePoint) : fmt.number(p.reachedWithPackage),
            }))}
          />
        }
        table={{
          headers: [
            t('coverageReports.columns.month'),
            m('reached'),
            m('reachedWithPackage'),
            m('coveragePoint'),
          ],
          rows: report.trend.map((p) => ({
            key: p.month,
            cells: [
              fmt.month(p.month),
              fmt.number(p.reached),
              fmt.number(p.reachedWithPackage),
              fmt.percent(p.coveragePoint),
            ],
          })),
        }}
      />
      <ChartFigure
        title={t('coverageDashboard.byUnit', { level: t(`coverageReports.levels.${report.level}`) })}
        labels={labels}
        note={t('coverageDashboard.rangeNote')}
        chart={
          report.rows.length === 0 ? null : (
            <RangeBars
              title={t('coverageDashboard.coverage')}
              rows={report.rows.map((r) => ({
                key: r.unit.id ?? 'none',
                label: unitName(r),
                low: r.coverage.low,
                point: r.coverage.point,
                high: r.coverage.high,
                display: fmt.percent(r.coverage.point),
              }))}
            />
          )
        }
        table={{
          headers: [
            t(`coverageReports.levels.${report.level}`),
            m('reachedWithPackage'),
            m('estimatePoint'),
            m('coverageLow'),
            m('coveragePoint'),
            m('coverageHigh'),
          ],
          rows: report.rows.map((r) => ({
            key: r.unit.id ?? 'none',
            cells: [
              unitName(r),
              fmt.number(r.reachedWithPackage),
              `${fmt.number(r.estimate.low)}–${fmt.number(r.estimate.high)}`,
              fmt.percent(r.coverage.low),
              fmt.percent(r.coverage.point),
              fmt.percent(r.coverage.high),
            ],
          })),
        }}
      />
      <BarChart
        title={t('coverageDashboard.serviceMix')}
        labels={labels}
        items={[
          count('condomsGiven', scope.condomsGiven),
          count('lubricantGiven', scope.lubricantGiven),
          count('referralsMade', scope.referralsMade),
          count('hivTestedKnowsResult', scope.hivTestedKnowsResult),
          count('anonymousContacts', scope.anonymousContacts),
        ]}
        note={
          scope.memberMonthsWithNeed === 0
            ? t('coverageDashboard.condomNeedUnknown')
            : t('coverageDashboard.condomNeed', {
                given: fmt.number(scope.condomsGiven),
                needed: fmt.number(scope.condomsNeeded),
              })
        }
      />
      <BarChart
        title={t('coverageDashboard.cascade')}
        labels={labels}
        items={[
          count('referralsMade', scope.referralsMade, scope.referralsMade),
          count('referralsCompleted', scope.referralsCompleted, scope.referralsMade),
          count('hivTestedKnowsResult', scope.hivTestedKnowsResult, scope.referralsMade),
        ]}
      />
      <BarChart
        title={t('coverageDashboard.reporting')}
        labels={labels}
        items={[
          count('sitesReporting', reporting.reporting, siteMonths),
          count('sitesZeroReturns', reporting.zeroReturns, siteMonths),
          count('sitesSilent', reporting.silent, siteMonths),
        ]}
      />
    </div>
  );
}
