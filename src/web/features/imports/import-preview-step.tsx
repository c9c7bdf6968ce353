import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../domain/imports.schemas';
import { ApiError } from '../../app/api-client';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { useFieldLabel } from './import-mapping-step';
import { confirmImport } from './imports.resource';

const OPTION_CATALOGS: Record<string, string> = {
  ageBand: 'members.ageBands',
  genderIdentity: 'members.genderIdentities',
  workSettings: 'members.workSettings',
  leadershipRoles: 'members.leadershipRoles',
};

/** Step 3: the counts, every row error in plain words, the first rows as they will be written. */
export function ImportPreviewStep({
  orgId,
  preview,
  onBack,
  onCancel,
  onConfirmed,
}: {
  orgId: string;
  preview: ImportPreview;
  onBack: () => void;
  onCancel: () => void;
  onConfirmed: () => void;
}) {
  const { t } = useTranslation();
  const { job, errors, sample } = preview;
  const label = useFieldLabel(job.recipeId);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shownValue = (field: string, value: string) => {
    const catalog = OPTION_CATALOGS[field];
    if (!catalog) return value;
    return value
      .split(', ')
      .map((part) => t(`${catalog}.${part}`))
      .join(', ');
  };

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await confirmImport(orgId, job.id);
      onConfirmed();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : String(caught));
      setBusy(false);
    }
  }

  const counts = [
    { key: 'total', value: job.counts.total, tone: '' },
    { key: 'valid', value: job.counts.valid, tone: 'ok' },
    { key: 'errors', value: job.counts.errors, tone: job.counts.errors ? 'bad' : '' },
    { key: 'existing', value: job.counts.existing, tone: '' },
  ];

  return (
    <section className="card stack" aria-labelledby="import-preview-title">
      <h2 className="form__title" id="import-preview-title">
        {t('imports.steps.preview')}
      </h2>
      <p className="muted flush">{t('imports.preview.lead')}</p>
      <dl className="imports-counts">
        {counts.map((count) => (
          <div
            key={count.key}
            className={count.tone ? `imports-count imports-count--${count.tone}` : 'imports-count'}
          >
            <dt>{t(`imports.preview.${count.key}`)}</dt>
            <dd>{count.value}</dd>
          </div>
        ))}
      </dl>
      {job.sameFileImportedBefore ? <Alert kind="info">{t('imports.preview.sameFile')}</Alert> : null}
      {job.counts.existing > 0 && !job.sameFileImportedBefore ? (
        <p className="muted flush">{t('imports.preview.existingHint')}</p>
      ) : null}
      {errors.length > 0 ? (
        <section aria-labelledby="import-errors-title">
          <h3 id="import-errors-title" className="imports-subtitle">
            {t('imports.preview.errorsTitle')}
          </h3>
          <ul className="imports-errors">
            {errors.map((rowError, index) => (
              <li key={`${rowError.row}-${index}`}>{rowError.message}</li>
            ))}
          </ul>
          {job.counts.errors > errors.length ? (
            <p className="muted small">
              {t('imports.preview.errorsMore', { shown: errors.length, count: job.counts.errors })}
            </p>
          ) : null}
        </section>
      ) : null}
      {sample.length > 0 ? (
        <section aria-labelledby="import-sample-title">
          <h3 id="import-sample-title" className="imports-subtitle">
            {t('imports.preview.sampleTitle')}
          </h3>
          <ul className="imports-sample">
            {sample.map((row) => (
              <li key={row.row} className="imports-sample__row">
                <p className="imports-sample__head">
                  {t('imports.preview.row')} {row.row}
                  <span className={row.existing ? 'badge' : 'badge badge--ok'}>
                    {row.existing ? t('imports.preview.existingTag') : t('imports.preview.newTag')}
                  </span>
                </p>
                <dl className="imports-sample__values">
                  {Object.entries(row.values).map(([field, value]) => (
                    <div key={field}>
                      <dt>
                        {field === 'promotora'
                          ? label(job.kind === 'members' ? 'assignedUsername' : 'promotoraUsername')
                          : label(field)}
                      </dt>
                      <dd>{shownValue(field, value)}</dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {job.counts.valid === 0 ? <Alert kind="info">{t('imports.preview.nothing')}</Alert> : null}
      {error ? <Alert kind="error">{error}</Alert> : null}
      <div className="form__actions">
        {job.counts.valid > 0 ? (
          <Button onClick={confirm} busy={busy}>
            {t('imports.preview.confirm', { count: job.counts.valid })}
          </Button>
        ) : null}
        <Button variant="secondary" onClick={onBack}>
          {t('imports.preview.back')}
        </Button>
        <Button variant="link" onClick={onCancel}>
          {t('imports.preview.cancel')}
        </Button>
      </div>
    </section>
  );
}
