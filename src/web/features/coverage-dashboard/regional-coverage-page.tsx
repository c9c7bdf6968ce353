import { useTranslation } from 'react-i18next';
import { Link, Route, Switch } from 'wouter';
import type { PublishedCount } from '../../../domain/aggregates/suppression';
import type {
  CoverageShareMetric,
  RegionalGroup,
  RegionalOrganization,
} from '../../../domain/coverage-shares.schemas';
import { useFormat } from '../../app/format';
import { useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { BarChart } from '../../ui/charts/bar-chart';
import { Loading, Page } from '../../ui/page';
import { useRegionalCoverage, useRegionalShare } from './coverage-dashboard.resource';
import './coverage-dashboard.css';

type Totals = RegionalGroup['totals'];

/** Published counts as the network sees them: a number, "<11" or "*" (never drawn to scale). */
function useCount(threshold: number) {
  const f = useFormat();
  return (count: PublishedCount | undefined) => {
    if (count === undefined) return { value: 0, display: '—', small: false };
    if (count === '<') return { value: null, display: `<${threshold}`, small: true };
    if (count === '*') return { value: null, display: '*', small: false };
    return { value: count, display: f.number(count), small: false };
  };
}

const totalOf = (totals: Totals, metric: CoverageShareMetric) =>
  totals.find((x) => x.metric === metric)?.count;

function useLabels() {
  const { t } = useTranslation();
  return {
    chart: t('coverageDashboard.chart'),
    table: t('coverageDashboard.table'),
    category: t('coverageDashboard.regional.unit'),
    value: t('coverageReports.metrics.reachedWithPackage'),
    percent: t('coverageDashboard.coverage'),
  };
}

function GroupsChart(props: {
  title: string;
  groups: { key: string; label: string; totals: Totals; coverage: number | null }[];
  threshold: number;
}) {
  const count = useCount(props.threshold);
  const f = useFormat();
  const labels = useLabels();
  return (
    <BarChart
      title={props.title}
      labels={labels}
      items={props.groups.map((g) => ({
        key: g.key,
        label: g.label,
        ...count(totalOf(g.totals, 'reached_with_package')),
        percent: g.coverage === null ? '—' : `${f.number(g.coverage)} %`,
      }))}
    />
  );
}

function Overview() {
  const { t } = useTranslation();
  const org = useOrg();
  const f = useFormat();
  const regional = useRegionalCoverage(org.orgId);
  const data = regional.data;
  const count = useCount(data?.threshold ?? 11);
  return (
    <Page title={t('coverageDashboard.regional.title')} lead={t('coverageDashboard.regional.intro')}>
      {regional.loading ? <Loading label={t('common.loading')} /> : null}
      {regional.error ? <Alert kind="error">{regional.error.message}</Alert> : null}
      {data ? (
        <>
          <dl className="coverage-stats">
            <div className="coverage-stat card" data-testid="regional-distinct">
              <dt>{t('coverageDashboard.regional.distinct')}</dt>
              <dd className="coverage-stat__value">{count(data.region.distinct.union).display}</dd>
              <dd className="coverage-stat__note muted">
                {t('coverageDashboard.regional.sum', {
                  n: count(data.region.distinct.sumOfOrganizations).display,
                })}
                {data.region.distinct.removedPercent !== null
                  ? ` · ${t('coverageDashboard.regional.removed', { p: f.number(data.region.distinct.removedPercent) })}`
                  : ''}
              </dd>
            </div>
            <div className="coverage-stat card">
              <dt>{t('coverageDashboard.regional.organizations')}</dt>
              <dd className="coverage-stat__value">{f.number(data.region.organizations)}</dd>
            </div>
          </dl>
          {data.organizations.length === 0 ? (
            <p className="empty">{t('coverageDashboard.regional.empty')}</p>
          ) : null}
          <div className="coverage-grid">
            <GroupsChart
              title={t('coverageDashboard.regional.countries')}
              threshold={data.threshold}
              groups={data.countries.map((c) => ({
                key: c.countryCode ?? 'none',
                label: f.country(c.countryCode),
                totals: c.totals,
                coverage: c.percents.coveragePoint,
              }))}
            />
          </div>
          <section aria-labelledby="regional-drill" className="coverage-drill">
            <h2 id="regional-drill">{t('coverageDashboard.regional.openCountry')}</h2>
            <ul>
              {data.countries.map((c) => (
                <li key={c.countryCode ?? 'none'}>
                  <Link href={`/countries/${c.countryCode ?? 'none'}`}>{f.country(c.countryCode)}</Link>
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </Page>
  );
}

function Country({ code }: { code: string }) {
  const { t } = useTranslation();
  const org = useOrg();
  const f = useFormat();
  const regional = useRegionalCoverage(org.orgId);
  const data = regional.data;
  const countryCode = code === 'none' ? null : code;
  const orgs: RegionalOrganization[] = data?.organizations.filter((o) => o.countryCode === countryCode) ?? [];
  return (
    <Page title={f.country(countryCode)} lead={t('coverageDashboard.regional.countryIntro')}>
      <p>
        <Link href="/">{t('coverageDashboard.regional.back')}</Link>
      </p>
      {regional.loading ? <Loading label={t('common.loading')} /> : null}
      {data ? (
        <div className="coverage-grid">
          <GroupsChart
            title={t('coverageDashboard.regional.byOrganization')}
            threshold={data.threshold}
            groups={orgs.map((o) => ({
              key: o.orgId,
              label: o.orgName,
              totals: o.totals,
              coverage: o.percents.coveragePoint,
            }))}
          />
          <section aria-labelledby="regional-orgs" className="coverage-drill">
            <h2 id="regional-orgs">{t('coverageDashboard.regional.openOrganization')}</h2>
            <ul>
              {orgs.map((o) => (
                <li key={o.shareId}>
                  <Link href={`/shares/${o.shareId}`}>{o.orgName}</Link>{' '}
                  <span className="muted">
                    {o.periodStart.slice(0, 7)} – {o.periodEnd.slice(0, 7)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </div>
      ) : null}
    </Page>
  );
}

/** A share's site rows: municipality, typology and a number — never a site's name. */
function Share({ shareId }: { shareId: string }) {
  const { t } = useTranslation();
  const org = useOrg();
  const share = useRegionalShare(org.orgId, shareId);
  const data = share.data;
  const count = useCount(data?.payload.threshold ?? 11);
  const labels = useLabels();
  const series = data?.payload.bySite.find((s) => s.metric === 'reached_with_package');
  const siteLabel = (i: number) => {
    const site = data!.payload.sites[i]!;
    if (site.key === 'none') return t('coverageReports.noUnit.site');
    const typology = site.typology ? t(`sites.typologies.${site.typology}`) : '';
    return [site.municipality, typology, `#${site.number}`].filter(Boolean).join(' · ');
  };
  return (
    <Page
      title={data?.orgName ?? t('coverageDashboard.regional.share')}
      lead={t('coverageDashboard.regional.shareIntro')}
    >
      <p>
        <Link href={data ? `/countries/${data.countryCode ?? 'none'}` : '/'}>
          {t('coverageDashboard.regional.back')}
        </Link>
        {data ? (
          <span className="muted">
            {' · '}
            {data.payload.periodStart.slice(0, 7)} – {data.payload.periodEnd.slice(0, 7)}
          </span>
        ) : null}
      </p>
      {share.loading ? <Loading label={t('common.loading')} /> : null}
      {share.error ? <Alert kind="error">{share.error.message}</Alert> : null}
      {data && series ? (
        <div className="coverage-grid">
          <BarChart
            title={t('coverageDashboard.regional.bySite')}
            labels={labels}
            items={series.values.map((v, i) => ({
              key: data.payload.sites[i]?.key ?? String(i),
              label: siteLabel(i),
              ...count(v),
            }))}
            total={{ label: t('coverageDashboard.regional.total'), display: count(series.total).display }}
          />
        </div>
      ) : null}
    </Page>
  );
}

/** The regional secretariat's coverage: countries side by side, region → country → organization → site. */
export default function RegionalCoveragePage() {
  return (
    <Switch>
      <Route path="/countries/:code">{(p) => <Country code={p.code} />}</Route>
      <Route path="/shares/:shareId">{(p) => <Share shareId={p.shareId} />}</Route>
      <Route>
        <Overview />
      </Route>
    </Switch>
  );
}
