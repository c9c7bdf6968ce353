import { useTranslation } from 'react-i18next';
import type {
  CoverageSharePayload,
  CoverageSharePercents,
  CoverageShareSeries,
  CoverageShareSite,
} from '../../../domain/coverage-shares.schemas';
import './coverage-shares.css';
import { formatCount, type PublishedCount } from '../../../domain/aggregates/suppression';

/** "<11", "*" or the number. */
export function useCount(threshold: number) {
  return (value: PublishedCount) => formatCount(value, threshold);
}

/** A site as the network sees it: municipality · typology number (never its name). */
export function useSiteLabel() {
  const { t } = useTranslation();
  return (site: CoverageShareSite) =>
    site.key === 'none'
      ? t('coverageShares.noSite')
      : t('coverageShares.siteLabel', {
          municipality: site.municipality ?? t('coverageShares.unknownPlace'),
          typology: site.typology ? t(`sites.typologies.${site.typology}`) : '',
          number: site.number,
        });
}

/** The percentages of a share or group, "not published" where a number was hidden. */
export function PercentLines({ percents }: { percents: CoverageSharePercents }) {
  const { t } = useTranslation();
  const pct = (v: number | null) => (v === null ? t('coverageShares.notPublished') : `${v} %`);
  return (
    <div>
      <p className="flush">
        {t('coverageShares.coverageRange', {
          point: pct(percents.coveragePoint),
          low: pct(percents.coverageLow),
          high: pct(percents.coverageHigh),
        })}
      </p>
      <p className="flush">{t('coverageShares.condomsVsNeed', { value: pct(percents.condomsVsNeed) })}</p>
      <p className="flush">
        {t('coverageShares.referralsCompleted', { value: pct(percents.referralsCompleted) })}
      </p>
    </div>
  );
}

/** Metrics (rows) × columns (months or sites) with the total, scrolling sideways on a phone. */
function SeriesTable(props: {
  title: string;
  columns: string[];
  series: CoverageShareSeries[];
  threshold: number;
}) {
  const { t } = useTranslation();
  const count = useCount(props.threshold);
  return (
    <div className="share-block">
      <p className="share-title">{props.title}</p>
      <div className="share-table-wrap" tabIndex={0} role="region" aria-label={props.title}>
        <table className="share-table">
          <thead>
            <tr>
              <th scope="col">{t('coverageShares.metric')}</th>
              {props.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
              <th scope="col">{t('coverageShares.total')}</th>
            </tr>
          </thead>
          <tbody>
            {props.series.map((s) => (
              <tr key={s.metric}>
                <th scope="row">{t(`coverageShares.metrics.${s.metric}`)}</th>
                {s.values.map((v, i) => (
                  <td key={props.columns[i] ?? i}>{count(v)}</td>
                ))}
                <td>
                  <strong>{count(s.total)}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Everything a share publishes, exactly: totals, percentages, by month, by site. */
export function ShareTables({ payload }: { payload: CoverageSharePayload }) {
  const { t } = useTranslation();
  const count = useCount(payload.threshold);
  const siteLabel = useSiteLabel();
  return (
    <div className="stack share-tables">
      <p className="muted flush">
        {t('coverageShares.package', { name: payload.package.name, version: payload.package.version })}
      </p>
      <div className="share-block">
        <p className="share-title">{t('coverageShares.totalsTitle')}</p>
        <div className="share-table-wrap">
          <table className="share-table">
            <tbody>
              {payload.totals.map((row) => (
                <tr key={row.metric}>
                  <th scope="row">{t(`coverageShares.metrics.${row.metric}`)}</th>
                  <td>{count(row.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <PercentLines percents={payload.percents} />
      <SeriesTable
        title={t('coverageShares.byMonthTitle')}
        columns={payload.months}
        series={payload.byMonth}
        threshold={payload.threshold}
      />
      <SeriesTable
        title={t('coverageShares.bySiteTitle')}
        columns={payload.sites.map(siteLabel)}
        series={payload.bySite}
        threshold={payload.threshold}
      />
      <p className="share-note">{t('coverageShares.suppressionNote')}</p>
    </div>
  );
}
