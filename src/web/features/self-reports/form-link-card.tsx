import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ConfirmAction } from '../../ui/confirm-action';
import { Loading } from '../../ui/page';
import { publicLink, renewFormLink, setFormEnabled, useSelfReportSettings } from './self-reports.resource';

/** Coordinators open and close the public form and share (or renew) its link. */
export function FormLinkCard({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const settings = useSelfReportSettings(orgId, true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  async function run(work: () => Promise<Awaited<ReturnType<typeof setFormEnabled>>>) {
    setBusy(true);
    setError(null);
    try {
      const next = await work();
      settings.setData(() => next);
      setCopied(false);
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : t('common.unexpectedError'));
    } finally {
      setBusy(false);
    }
  }

  if (settings.loading) return <Loading label={t('common.loading')} />;
  const view = settings.data;
  const link = view?.token ? publicLink(view.token) : null;
  return (
    <section className="card stack" aria-labelledby="form-link-title">
      <h2 id="form-link-title" className="form__title">
        {t('selfReport.inbox.link.title')}
        <span className={view?.enabled ? 'badge badge--ok' : 'badge'}>
          {view?.enabled ? t('selfReport.inbox.link.open') : t('selfReport.inbox.link.closed')}
        </span>
      </h2>
      <p className="muted">{t('selfReport.inbox.link.help')}</p>
      {error || settings.error ? <Alert kind="error">{error ?? settings.error?.message}</Alert> : null}
      {view?.enabled && link ? (
        <>
          <p className="secret" aria-label={t('selfReport.inbox.link.address')}>
            {link}
          </p>
          {view.updatedAt ? (
            <p className="small muted">
              {t('selfReport.inbox.link.since', { date: format.dateTime(view.updatedAt) })}
            </p>
          ) : null}
        </>
      ) : null}
      <div className="form__actions">
        {view?.enabled && link ? (
          <Button
            variant="secondary"
            onClick={() =>
              void navigator.clipboard?.writeText(link).then(
                () => setCopied(true),
                () => undefined,
              )
            }
          >
            {copied ? t('selfReport.inbox.link.copied') : t('selfReport.inbox.link.copy')}
          </Button>
        ) : null}
        <Button
          variant={view?.enabled ? 'secondary' : 'primary'}
          busy={busy}
          onClick={() => void run(() => setFormEnabled(orgId, !view?.enabled))}
        >
          {view?.enabled ? t('selfReport.inbox.link.close') : t('selfReport.inbox.link.openAction')}
        </Button>
        {view?.token ? (
          <ConfirmAction
            label={t('selfReport.inbox.link.renew')}
            question={t('selfReport.inbox.link.renewQuestion')}
            confirmLabel={t('selfReport.inbox.link.renewYes')}
            cancelLabel={t('common.cancel')}
            onConfirm={() => run(() => renewFormLink(orgId))}
          />
        ) : null}
      </div>
    </section>
  );
}
