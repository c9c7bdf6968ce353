import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch } from 'wouter';
import { countText } from '../../../domain/case-analysis.labels';
import { useCan, useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';
import { Loading, Page } from '../../ui/page';
import { AggregateView } from './aggregate-view';
import { analysisExportUrl, useCaseAnalysis } from './case-analysis.resource';
import { NetworkAggregatesPage } from './network-aggregates';
import { SharingPage } from './sharing';
import './case-analysis.css';

/** The analysis dashboard (issue 5 §5): suppressed distributions, charts with a table view, exports. */
function Dashboard() {
  const { t, i18n } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [applied, setApplied] = useState({ from: '', to: '' });
  const analysis = useCaseAnalysis(org.orgId, applied.from, applied.to);
  const agg = analysis.data;
  return (
    <Page
      title={t('caseAnalysis.title')}
      lead={t('caseAnalysis.intro')}
      actions={
        <>
          {can('hr_network_share', 'list') ? (
            <Link href="/sharing" className="button button--secondary">
              {t('caseAnalysis.sharingLink')}
            </Link>
          ) : null}
          {can('hr_network_aggregate', 'read') ? (
            <Link href="/network" className="button button--secondary">
              {t('caseAnalysis.networkLink')}
            </Link>
          ) : null}
        </>
      }
    >
      <form
        className="analysis-filter card"
        onSubmit={(event) => {
          event.preventDefault();
          setApplied({ from, to });
        }}
      >
        {/* Whole months only: day bounds would let two periods a day apart single out one case. */}
        <TextField
          label={t('caseAnalysis.fromMonth')}
          type="month"
          name="from"
          value={from}
          onValue={setFrom}
        />
        <TextField label={t('caseAnalysis.toMonth')} type="month" name="to" value={to} onValue={setTo} />
        <p className="muted flush analysis-filter__note">{t('caseAnalysis.monthsNote')}</p>
        <div className="analysis-filter__actions">
          <Button type="submit">{t('caseAnalysis.apply')}</Button>
          {applied.from || applied.to ? (
            <Button
              variant="secondary"
              onClick={() => {
                setFrom('');
                setTo('');
                setApplied({ from: '', to: '' });
              }}
            >
              {t('caseAnalysis.clear')}
            </Button>
          ) : null}
        </div>
      </form>
      {analysis.loading ? <Loading label={t('common.loading')} /> : null}
      {analysis.error ? <Alert kind="error">{analysis.error.message}</Alert> : null}
      {agg ? (
        <>
          <div className="analysis-summary">
            <p className="analysis-summary__figure">
              <span className="analysis-summary__number" data-testid="analysis-cases">
                {countText(agg.cases, agg.threshold)}
              </span>{' '}
              {t('caseAnalysis.cases')}
            </p>
            <p className="muted flush">
              {t('caseAnalysis.suppressionNote', { max: agg.threshold - 1, threshold: agg.threshold })}
            </p>
          </div>
          {can('hr_analysis', 'export') ? (
            <div className="analysis-exports" role="group" aria-label={t('caseAnalysis.exportTitle')}>
              <span className="analysis-exports__label">{t('caseAnalysis.exportTitle')}:</span>
              {(['csv', 'xlsx', 'pdf'] as const).map((format) => (
                <a
                  key={format}
                  className="button button--secondary"
                  href={analysisExportUrl(org.orgId, format, applied.from, applied.to, i18n.language)}
                  download
                >
                  {t(`caseAnalysis.export${format === 'csv' ? 'Csv' : format === 'xlsx' ? 'Xlsx' : 'Pdf'}`)}
                </a>
              ))}
            </div>
          ) : null}
          {agg.cases === 0 ? <p className="empty">{t('caseAnalysis.empty')}</p> : <AggregateView agg={agg} />}
        </>
      ) : null}
    </Page>
  );
}

export default function CaseAnalysisPage() {
  const can = useCan();
  return (
    <Switch>
      {can('hr_network_share', 'list') ? (
        <Route path="/sharing">
          <SharingPage />
        </Route>
      ) : null}
      {can('hr_network_aggregate', 'read') ? (
        <Route path="/network">
          <NetworkAggregatesPage />
        </Route>
      ) : null}
      <Route>{can('hr_analysis', 'read') ? <Dashboard /> : <NetworkAggregatesPage />}</Route>
    </Switch>
  );
}
