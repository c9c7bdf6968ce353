import { useTranslation } from 'react-i18next';
import { Link, Route, Switch, useLocation, useSearch } from 'wouter';
import type { CoverageReport, CoverageRow } from '../../../domain/coverage.schemas';
import { useCan, useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { SelectField } from '../../ui/field';
import { Loading, Page } from '../../ui/page';
import { type DrillDown, useCoverage, useLocalGroups, usePackages } from './coverage-dashboard.resource';
import { currentQuarter, parsePeriod, type Period } from './coverage-period';
import { CoverageCharts, CoverageSummary } from './coverage-sections';
import { ExportPanel } from './export-panel';
import { ExportSettingsPage } from './export-settings-page';
import { PeriodPicker } from './period-picker';
import './coverage-dashboard.css';

/** Period and package live in the address, so a drill-down link keeps them and can be shared. */
function useDashboardQuery() {
  const search = new URLSearchParams(useSearch());
  const [location, navigate] = useLocation();
  const period = parsePeriod(search) ?? currentQuarter(new Date());
  const packageId = search.get('package') ?? '';
  const suffix = (p: Period, pkg: string) => {
    const q = new URLSearchParams({ from: p.from, to: p.to });
    if (pkg) q.set('package', pkg);
    return `?${q.toString()}`;
  };
  return {
    period,
    packageId,
    suffix: suffix(period, packageId),
    set: (p: Period, pkg: string) => navigate(`${location}${suffix(p, pkg)}`),
  };
}

function Breadcrumbs({
  drill,
  report,
  suffix,
}: {
  drill: DrillDown;
  report: CoverageReport | undefined;
  suffix: string;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const groups = useLocalGroups(org.orgId);
  const site = drill.siteId ? report?.rows[0]?.unit : undefined;
  const groupId = drill.localGroupId ?? site?.localGroupId ?? undefined;
  const groupName = groups.data?.localGroups.find((g) => g.id === groupId)?.name;
  return (
    <nav aria-label={t('coverageDashboard.drillDown')} className="coverage-crumbs">
      <ol>
        <li>
          {drill.localGroupId || drill.siteId ? (
            <Link href={`/${suffix}`}>{org.orgName}</Link>
          ) : (
            <span aria-current="page">{org.orgName}</span>
          )}
        </li>
        {groupId ? (
          <li>
            {drill.siteId ? (
              <Link href={`/groups/${groupId}${suffix}`}>
                {groupName ?? t('coverageReports.levels.local_group')}
              </Link>
            ) : (
              <span aria-current="page">{groupName ?? t('coverageReports.levels.local_group')}</span>
            )}
          </li>
        ) : null}
        {drill.siteId ? (
          <li>
            <span aria-current="page">{site?.name ?? t('coverageReports.levels.site')}</span>
          </li>
        ) : null}
      </ol>
    </nav>
  );
}

/** Links one level down: the organization's local groups, a local group's sites. */
function DrillLinks({ rows, suffix }: { rows: readonly CoverageRow[]; suffix: string }) {
  const { t } = useTranslation();
  const linked = rows.filter((r) => r.unit.id !== null && r.unit.level !== 'organization');
  if (linked.length === 0) return null;
  return (
    <section aria-labelledby="coverage-drill-title" className="coverage-drill">
      <h2 id="coverage-drill-title">{t('coverageDashboard.openUnit')}</h2>
      <ul>
        {linked.map((r) => (
          <li key={r.unit.id}>
            <Link href={`/${r.unit.level === 'site' ? 'sites' : 'groups'}/${r.unit.id}${suffix}`}>
              {r.unit.name ?? r.unit.id}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Dashboard({ drill }: { drill: DrillDown }) {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const q = useDashboardQuery();
  const packages = usePackages(org.orgId);
  const level = drill.siteId || drill.localGroupId ? 'site' : 'local_group';
  const coverage = useCoverage(org.orgId, q.period, q.packageId, level, drill);
  const group = useCoverage(
    org.orgId,
    q.period,
    q.packageId,
    'local_group',
    drill,
    Boolean(drill.localGroupId),
  );
  const report = coverage.data;
  const scope = drill.siteId ? report?.rows[0] : drill.localGroupId ? group.data?.rows[0] : report?.total;
  const error = coverage.error ?? group.error;
  return (
    <Page
      title={t('coverageDashboard.title')}
      lead={t('coverageDashboard.intro')}
      actions={
        can('coverage_export_settings', 'read') ? (
          <Link href={`/settings`} className="button button--secondary">
            {t('coverageDashboard.settingsLink')}
          </Link>
        ) : null
      }
    >
      <Breadcrumbs drill={drill} report={report} suffix={q.suffix} />
      <PeriodPicker
        key={`${q.period.from}${q.period.to}`}
        value={q.period}
        onApply={(p) => q.set(p, q.packageId)}
      />
      {packages.data && packages.data.packages.length > 1 ? (
        <SelectField
          label={t('coverageDashboard.package')}
          name="package"
          value={q.packageId}
          onValue={(pkg) => q.set(q.period, pkg)}
          options={[
            { value: '', label: t('coverageDashboard.defaultPackage') },
            ...packages.data.packages.filter((p) => !p.archived).map((p) => ({ value: p.id, label: p.name })),
          ]}
        />
      ) : null}
      {coverage.loading || group.loading ? <Loading label={t('common.loading')} /> : null}
      {error ? <Alert kind="error">{error.message}</Alert> : null}
      {report && scope ? (
        <>
          <p className="muted" data-testid="coverage-package">
            {t('coverageDashboard.packageLine', {
              name: report.package.name,
              version: report.package.version,
            })}
          </p>
          <CoverageSummary scope={scope} norm={report.caseloadNorm} />
          <DrillLinks rows={drill.siteId ? [] : report.rows} suffix={q.suffix} />
          <CoverageCharts report={report} scope={scope} />
          <ExportPanel period={q.period} packageId={q.packageId} drill={drill} />
        </>
      ) : null}
    </Page>
  );
}

export default function CoverageDashboardPage() {
  const can = useCan();
  return (
    <Switch>
      {can('coverage_export_settings', 'read') ? (
        <Route path="/settings">
          <ExportSettingsPage />
        </Route>
      ) : null}
      <Route path="/groups/:localGroupId">
        {(p) => <Dashboard drill={{ localGroupId: p.localGroupId }} />}
      </Route>
      <Route path="/sites/:siteId">{(p) => <Dashboard drill={{ siteId: p.siteId }} />}</Route>
      <Route>
        <Dashboard drill={{}} />
      </Route>
    </Switch>
  );
}
