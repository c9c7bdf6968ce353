import { useTranslation } from 'react-i18next';
import { categoryLabel } from '../../../domain/case-analysis.labels';
import type { Locale } from '../../../domain/locales';
import { useOrg } from '../../app/org-context';
import { useFormat } from '../../app/format';
import { Alert } from '../../ui/alert';
import { Loading, Page } from '../../ui/page';
import { AggregateView, CrossTable } from './aggregate-view';
import { useNetworkAggregates } from './case-analysis.resource';

/** The regional secretariat's view: what each organization approved, and combined tables. */
export function NetworkAggregatesPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const org = useOrg();
  const format = useFormat();
  const data = useNetworkAggregates(org.orgId);
  const names = new Map(data.data?.organizations.map((o) => [o.orgId, o.orgName]));
  return (
    <Page title={t('caseAnalysis.network.title')} lead={t('caseAnalysis.network.intro')}>
      {data.loading ? <Loading label={t('common.loading')} /> : null}
      {data.error ? <Alert kind="error">{data.error.message}</Alert> : null}
      {data.data && data.data.organizations.length === 0 ? (
        <p className="empty">{t('caseAnalysis.network.none')}</p>
      ) : null}
      {data.data?.combined.length ? (
        <section className="stack">
          <h2>{t('caseAnalysis.network.combined')}</h2>
          <div className="analysis-grid">
            {data.data.combined.map(({ dimension, table }) => (
              <CrossTable
                key={dimension}
                title={t(`caseAnalysis.dimensions.${dimension}`)}
                table={table}
                threshold={data.data!.threshold}
                rowLabel={(id) => names.get(id) ?? id}
                columnLabel={(key) => categoryLabel(dimension, { key, label: null }, locale, t)}
                note={t('caseAnalysis.network.combinedNote')}
              />
            ))}
          </div>
        </section>
      ) : null}
      {data.data?.organizations.map((o) => (
        <section key={o.orgId} className="stack">
          <h2>{o.orgName}</h2>
          <p className="muted flush">
            {t('caseAnalysis.sharing.periodLabel', { from: o.periodStart, to: o.periodEnd })} ·{' '}
            {t('caseAnalysis.sharing.approvedOn', { date: format.date(o.approvedAt) })}
          </p>
          <AggregateView agg={o.payload} />
        </section>
      ))}
    </Page>
  );
}
