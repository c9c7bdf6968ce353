import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api-client';
import { changeLocale, currentLocale } from '../../app/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Loading } from '../../ui/page';
import { Tabs } from '../../ui/tabs';
import { ClaimPanel } from './claim-panel';
import { PublicShell } from './public-shell';
import { ReportForm } from './report-form';
import { fetchForm } from './self-report.resource';
import './self-report.css';

type Mode = 'report' | 'claim';
type FormState = { kind: 'loading' } | { kind: 'ready'; organizationName: string } | { kind: 'closed' };

/** The code is shown once: the server keeps only its hash. */
function ClaimCodeNotice({ code, onOpen }: { code: string; onOpen: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card self-report__receipt" aria-labelledby="receipt-title">
      <h2 id="receipt-title" ref={heading} tabIndex={-1} className="form__title">
        {t('selfReport.receipt.title')}
      </h2>
      <p>{t('selfReport.receipt.lead')}</p>
      <p className="self-report__code" aria-label={t('selfReport.receipt.codeLabel')}>
        {code}
      </p>
      <Alert kind="info">{t('selfReport.receipt.once')}</Alert>
      <div className="form__actions">
        <Button
          variant="secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(code).then(
              () => setCopied(true),
              () => undefined,
            );
          }}
        >
          {copied ? t('selfReport.receipt.copied') : t('selfReport.receipt.copy')}
        </Button>
        <Button onClick={onOpen}>{t('selfReport.receipt.open')}</Button>
      </div>
    </section>
  );
}

/**
 * The anonymous self-report (issue 5 §7), opened from the organization's public link without an
 * account: tell what happened, get a claim code, come back with it for the answer.
 */
export default function SelfReportPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<FormState>({ kind: 'loading' });
  const [mode, setMode] = useState<Mode>('report');
  const [claimCode, setClaimCode] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.title = t('selfReport.brand');
  }, [t]);
  useEffect(() => {
    // Spanish unless the phone speaks Portuguese; English only when she picks it. Nothing is stored.
    const wanted = /^pt\b/i.test(navigator.language) ? 'pt-BR' : 'es';
    if (currentLocale() !== wanted) void changeLocale(wanted, { remember: false });
  }, []);
  useEffect(() => {
    fetchForm(token).then(
      (view) => setForm({ kind: 'ready', organizationName: view.organizationName }),
      (reason: unknown) => {
        if (reason instanceof ApiError && reason.code === 'not_found') setForm({ kind: 'closed' });
        else setError(reason instanceof Error ? reason.message : String(reason));
      },
    );
  }, [token]);

  return (
    <PublicShell>
      <section className="page page--narrow self-report" aria-labelledby="page-title">
        <h1 id="page-title">
          {form.kind === 'ready'
            ? t('selfReport.title', { organization: form.organizationName })
            : t('selfReport.titleGeneric')}
        </h1>
        {error ? <Alert kind="error">{error}</Alert> : null}
        {form.kind === 'loading' && !error ? <Loading label={t('common.loading')} /> : null}
        {form.kind === 'closed' ? <Alert kind="info">{t('selfReport.closedForm')}</Alert> : null}
        {form.kind === 'loading' ? null : (
          <Tabs
            idPrefix="self-report"
            label={t('selfReport.title', { organization: '' })}
            tabs={form.kind === 'ready' ? (['report', 'claim'] as const) : (['claim'] as const)}
            current={form.kind === 'ready' ? mode : 'claim'}
            labelOf={(id) => t(`selfReport.tabs.${id}`)}
            onSelect={setMode}
          >
            {form.kind === 'ready' && mode === 'report' ? (
              claimCode ? (
                <ClaimCodeNotice code={claimCode} onOpen={() => setMode('claim')} />
              ) : (
                <>
                  <p className="page__lead">{t('selfReport.lead')}</p>
                  <ReportForm token={token} onSent={setClaimCode} />
                </>
              )
            ) : (
              <ClaimPanel initialCode={claimCode ?? ''} />
            )}
          </Tabs>
        )}
      </section>
    </PublicShell>
  );
}
