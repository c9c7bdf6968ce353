import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportJobView } from '../../../domain/imports.schemas';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { confirmImport, fetchImport } from './imports.resource';

const POLL_MS = 700;

/** Step 4: the progress bar, polled from the server while the batches are written. */
export function ImportProgressStep({
  orgId,
  importId,
  onFinished,
}: {
  orgId: string;
  importId: string;
  onFinished: (job: ImportJobView) => void;
}) {
  const { t } = useTranslation();
  const [job, setJob] = useState<ImportJobView | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    async function poll() {
      try {
        const current = await fetchImport(orgId, importId, controller.signal);
        setJob(current);
        if (current.status === 'done') return onFinished(current);
        if (current.status === 'failed') return setFailed(true);
      } catch {
        if (controller.signal.aborted) return;
      }
      timer = setTimeout(() => void poll(), POLL_MS);
    }
    void poll();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [orgId, importId, onFinished, attempt]);

  const total = job?.counts.valid ?? 0;
  const processed = job?.counts.processed ?? 0;
  const percent = total ? Math.round((processed / total) * 100) : 0;

  return (
    <section className="card stack" aria-labelledby="import-progress-title">
      <h2 className="form__title" id="import-progress-title">
        {t('imports.progress.title')}
      </h2>
      <div className="imports-progress">
        <progress
          className="imports-progress__bar"
          max={total || 1}
          value={processed}
          aria-labelledby="import-progress-label"
        />
        <p id="import-progress-label" className="imports-progress__label" aria-live="polite">
          {t('imports.progress.label', { processed, total })} · {percent} %
        </p>
      </div>
      {failed ? (
        <>
          <Alert kind="error">{t('imports.summary.failed')}</Alert>
          <div className="form__actions">
            <Button
              onClick={() => {
                setFailed(false);
                void confirmImport(orgId, importId).finally(() => setAttempt((n) => n + 1));
              }}
            >
              {t('imports.summary.retry')}
            </Button>
          </div>
        </>
      ) : (
        <p className="muted flush">{t('imports.progress.keepOpen')}</p>
      )}
    </section>
  );
}
