import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportJobView, ImportPreview } from '../../../domain/imports.schemas';
import { useFormat } from '../../app/format';
import { useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Page } from '../../ui/page';
import { ImportMappingStep } from './import-mapping-step';
import { ImportPreviewStep } from './import-preview-step';
import { ImportProgressStep } from './import-progress-step';
import { ImportUploadStep } from './import-upload-step';
import { cancelImport, useRecentImports } from './imports.resource';
import './imports.css';

const STEPS = ['upload', 'map', 'preview', 'progress', 'summary'] as const;

type State =
  | { step: 'upload' }
  | { step: 'map'; job: ImportJobView }
  | { step: 'preview'; job: ImportJobView; preview: ImportPreview }
  | { step: 'progress'; job: ImportJobView }
  | { step: 'summary'; job: ImportJobView };

/** Import wizard: upload → map columns → preview with errors → confirm → progress → summary. */
export default function ImportsPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const [state, setState] = useState<State>({ step: 'upload' });
  const [notice, setNotice] = useState<string | null>(null);
  const recent = useRecentImports(org.orgId);
  const stepIndex = STEPS.indexOf(state.step);
  const reloadRecent = recent.reload;
  const onFinished = useCallback(
    (job: ImportJobView) => {
      setState({ step: 'summary', job });
      reloadRecent();
    },
    [reloadRecent],
  );

  async function cancel(job: ImportJobView) {
    await cancelImport(org.orgId, job.id).catch(() => undefined);
    setNotice(t('imports.summary.cancelled'));
    setState({ step: 'upload' });
  }

  return (
    <Page title={t('imports.title')} lead={t('imports.lead')}>
      <ol className="imports-steps" aria-label={t('imports.step', { n: stepIndex + 1, total: STEPS.length })}>
        {STEPS.map((step, index) => (
          <li
            key={step}
            className={
              index === stepIndex
                ? 'imports-steps__item is-current'
                : index < stepIndex
                  ? 'imports-steps__item is-done'
                  : 'imports-steps__item'
            }
            aria-current={index === stepIndex ? 'step' : undefined}
          >
            <span className="imports-steps__n" aria-hidden="true">
              {index + 1}
            </span>
            <span className="imports-steps__label">{t(`imports.steps.${step}`)}</span>
          </li>
        ))}
      </ol>
      {notice && state.step === 'upload' ? <Alert kind="info">{notice}</Alert> : null}
      {state.step === 'upload' ? (
        <ImportUploadStep
          orgId={org.orgId}
          onUploaded={(job) => {
            setNotice(null);
            setState({ step: 'map', job });
          }}
        />
      ) : null}
      {state.step === 'map' ? (
        <ImportMappingStep
          orgId={org.orgId}
          job={state.job}
          onCancel={() => void cancel(state.job)}
          onPreviewed={(preview) => setState({ step: 'preview', job: preview.job, preview })}
        />
      ) : null}
      {state.step === 'preview' ? (
        <ImportPreviewStep
          orgId={org.orgId}
          preview={state.preview}
          onBack={() => setState({ step: 'map', job: state.job })}
          onCancel={() => void cancel(state.job)}
          onConfirmed={() => setState({ step: 'progress', job: state.job })}
        />
      ) : null}
      {state.step === 'progress' ? (
        <ImportProgressStep orgId={org.orgId} importId={state.job.id} onFinished={onFinished} />
      ) : null}
      {state.step === 'summary' ? (
        <ImportSummary job={state.job} onAgain={() => setState({ step: 'upload' })} />
      ) : null}
      <RecentImports jobs={recent.data?.imports ?? []} />
    </Page>
  );
}

function ImportSummary({ job, onAgain }: { job: ImportJobView; onAgain: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="card stack" aria-labelledby="import-summary-title">
      <h2 className="form__title" id="import-summary-title">
        {t('imports.summary.title')}
      </h2>
      <dl className="imports-counts">
        <div className="imports-count imports-count--ok">
          <dt>{t('imports.summary.created')}</dt>
          <dd>{job.counts.created}</dd>
        </div>
        <div className="imports-count">
          <dt>{t('imports.summary.skipped')}</dt>
          <dd>{job.counts.skipped}</dd>
        </div>
        <div className={job.counts.errors ? 'imports-count imports-count--bad' : 'imports-count'}>
          <dt>{t('imports.summary.errors')}</dt>
          <dd>{job.counts.errors}</dd>
        </div>
      </dl>
      <div className="form__actions">
        <Button onClick={onAgain}>{t('imports.summary.again')}</Button>
      </div>
    </section>
  );
}

function RecentImports({ jobs }: { jobs: ImportJobView[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (jobs.length === 0) return null;
  return (
    <section className="imports-recent" aria-labelledby="imports-recent-title">
      <h2 id="imports-recent-title" className="imports-subtitle">
        {t('imports.recent')}
      </h2>
      <ul className="items">
        {jobs.map((job) => (
          <li key={job.id} className="item item--compact">
            <div className="item__main">
              <p className="item__title">
                {job.fileName ?? '—'}
                <span
                  className={
                    job.status === 'done'
                      ? 'badge badge--ok'
                      : job.status === 'failed'
                        ? 'badge badge--warn'
                        : 'badge'
                  }
                >
                  {t(`imports.statuses.${job.status}`)}
                </span>
              </p>
              <p className="item__text muted small">
                {t(`imports.kind.${job.kind}`)} · {format.dateTime(job.createdAt)} ·{' '}
                {t('imports.summary.created')}: {job.counts.created}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
