import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AssessmentDetail, AssessmentResults } from '../../../domain/capacity-assessments.schemas';
import { useFormat } from '../../app/format';
import { orgPath, useCan, useOrg } from '../../app/org-context';
import { useApiData } from '../../app/use-api-data';
import { RadarChart } from '../../ui/charts/radar-chart';
import { Alert } from '../../ui/alert';
import { Loading } from '../../ui/page';
import { localized, reportUrl, resultsUrl } from './capacity.resource';

/** Results: radar of domain scores, strengths and weaknesses, comparison with the previous assessment. */
export function ResultsPanel({ assessment }: { assessment: AssessmentDetail }) {
  const { t, i18n } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const format = useFormat();
  const results = useApiData<AssessmentResults>(resultsUrl(org.orgId, assessment.id));
  if (results.loading && !results.data) return <Loading label={t('assessments.loading')} />;
  if (results.error || !results.data) return <Alert kind="error">{results.error?.message ?? ''}</Alert>;
  const r = results.data;
  const score = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : format.number(Math.round(value * 100) / 100);
  const delta = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : `${value > 0 ? '+' : ''}${format.number(value)}`;
  const statement = new Map(r.items.map((item) => [item.key, localized(item.statement, i18n.language)]));
  const previousLabel = r.previous
    ? t('assessments.results.previousSeries', {
        title: r.previous.title,
        date: format.date(r.previous.heldOn),
      })
    : undefined;
  const changed = r.items.filter((item) => item.comparison && (item.comparison.delta ?? 0) !== 0);
  return (
    <div className="stack capacity-results">
      {assessment.status !== 'completed' ? (
        <Alert kind="info">{t('assessments.results.provisional')}</Alert>
      ) : null}
      <div className="card">
        <RadarChart
          title={t('assessments.results.radarTitle')}
          axes={r.domains.map((domain) => ({
            key: domain.key,
            label: localized(domain.labels, i18n.language),
            value: domain.score,
            previous: domain.comparison?.previous ?? null,
          }))}
          seriesLabel={t('assessments.results.thisSeries')}
          previousLabel={previousLabel}
          labels={{
            chart: t('assessments.results.chartView'),
            table: t('assessments.results.tableView'),
            axis: t('assessments.results.domain'),
            none: '—',
          }}
          format={(value) => format.number(Math.round(value * 100) / 100)}
        />
      </div>
      <div className="card capacity-table-wrap">
        <h2>{t('assessments.results.domainsTitle')}</h2>
        <table className="capacity-table">
          <thead>
            <tr>
              <th scope="col">{t('assessments.results.domain')}</th>
              <th scope="col">{t('assessments.results.score')}</th>
              <th scope="col">{t('assessments.results.scored')}</th>
              {r.previous ? <th scope="col">{t('assessments.results.previous')}</th> : null}
              {r.previous ? <th scope="col">{t('assessments.results.change')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {r.domains.map((domain) => (
              <tr key={domain.key}>
                <th scope="row">{localized(domain.labels, i18n.language)}</th>
                <td>{score(domain.score)}</td>
                <td>
                  {t('assessments.results.scoredOf', { scored: domain.scoredCount, items: domain.itemCount })}
                </td>
                {r.previous ? <td>{score(domain.comparison?.previous)}</td> : null}
                {r.previous ? <td>{delta(domain.comparison?.delta)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
        <p className="small muted">{t('assessments.results.meanNote')}</p>
      </div>
      <div className="capacity-columns">
        <div className="card">
          <h2>{t('assessments.results.strengths')}</h2>
          {r.strengths.length ? (
            <ul>
              {r.strengths.map((key) => (
                <li key={key}>{statement.get(key)}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('assessments.results.noStrengths')}</p>
          )}
        </div>
        <div className="card">
          <h2>{t('assessments.results.weaknesses')}</h2>
          {r.weaknesses.length ? (
            <ul>
              {r.weaknesses.map((key) => (
                <li key={key}>
                  {statement.get(key)}
                  {can('capacity_action', 'create') ? (
                    <>
                      {' '}
                      <Link
                        href={`~${orgPath(org.orgId, '/action-plan')}?${new URLSearchParams({ itemKey: key, assessmentId: assessment.id }).toString()}`}
                        className="small"
                      >
                        {t('assessments.results.planAction')}
                      </Link>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('assessments.results.noWeaknesses')}</p>
          )}
        </div>
      </div>
      {r.previous ? (
        <div className="card capacity-table-wrap">
          <h2>{t('assessments.results.itemChanges', { count: changed.length })}</h2>
          {changed.length ? (
            <table className="capacity-table">
              <thead>
                <tr>
                  <th scope="col">{t('assessments.results.item')}</th>
                  <th scope="col">{t('assessments.results.previous')}</th>
                  <th scope="col">{t('assessments.results.score')}</th>
                  <th scope="col">{t('assessments.results.change')}</th>
                </tr>
              </thead>
              <tbody>
                {changed.map((item) => (
                  <tr key={item.key}>
                    <th scope="row">{localized(item.statement, i18n.language)}</th>
                    <td>{score(item.comparison?.previous)}</td>
                    <td>{score(item.score)}</td>
                    <td>{delta(item.comparison?.delta)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="muted">{t('assessments.results.noChanges')}</p>
          )}
        </div>
      ) : (
        <p className="muted">{t('assessments.results.firstAssessment')}</p>
      )}
      {r.completedActions.length ? (
        <div className="card">
          <h2>{t('assessments.results.completedActions')}</h2>
          <ul>
            {r.completedActions.map((action) => (
              <li key={action.id}>
                {action.title}
                {action.completedOn ? (
                  <span className="muted small"> · {format.date(action.completedOn)}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {can('capacity_assessment', 'export') ? (
        <div className="actions-list">
          <a className="button button--secondary" href={reportUrl(org.orgId, assessment.id)} download>
            {t('assessments.results.downloadPdf')}
          </a>
        </div>
      ) : null}
    </div>
  );
}
