import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useOrg } from '../../app/org-context';
import { useFormat } from '../../app/format';
import { ApiError } from '../../app/api-client';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ConfirmAction } from '../../ui/confirm-action';
import { TextField } from '../../ui/field';
import { Loading, Page } from '../../ui/page';
import { AggregateView } from './aggregate-view';
import { approveShare, useNetworkShares, useSharePreview, withdrawShare } from './case-analysis.resource';

/** Network sharing: preview exactly what the network will see, approve it, withdraw it later. */
export function SharingPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const format = useFormat();
  const year = new Date().getFullYear();
  const [start, setStart] = useState(`${year}-01`);
  const [end, setEnd] = useState(`${year}-12`);
  const [showPreview, setShowPreview] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const shares = useNetworkShares(org.orgId);
  const preview = useSharePreview(org.orgId, showPreview ? start : '', showPreview ? end : '');
  return (
    <Page
      title={t('caseAnalysis.sharing.title')}
      lead={t('caseAnalysis.sharing.intro')}
      actions={
        <Link href="/" className="button button--secondary">
          {t('caseAnalysis.title')}
        </Link>
      }
    >
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {error ? <Alert kind="error">{error}</Alert> : null}
      <div className="analysis-filter card">
        <TextField
          label={t('caseAnalysis.fromMonth')}
          type="month"
          name="periodStart"
          value={start}
          onValue={(v) => {
            setStart(v);
            setShowPreview(false);
          }}
        />
        <TextField
          label={t('caseAnalysis.toMonth')}
          type="month"
          name="periodEnd"
          value={end}
          onValue={(v) => {
            setEnd(v);
            setShowPreview(false);
          }}
        />
        <p className="muted flush analysis-filter__note">{t('caseAnalysis.monthsNote')}</p>
        <div className="analysis-filter__actions">
          <Button variant="secondary" onClick={() => setShowPreview(true)}>
            {t('caseAnalysis.sharing.preview')}
          </Button>
        </div>
      </div>
      {showPreview && preview.loading ? <Loading label={t('common.loading')} /> : null}
      {showPreview && preview.data ? (
        <section className="stack" aria-label={t('caseAnalysis.sharing.previewTitle')}>
          <h2>{t('caseAnalysis.sharing.previewTitle')}</h2>
          <AggregateView agg={preview.data.payload} />
          <div>
            <Button
              onClick={async () => {
                setError(null);
                try {
                  await approveShare(org.orgId, {
                    periodStart: start,
                    periodEnd: end,
                    previewDigest: preview.data!.previewDigest,
                  });
                  setNotice(t('caseAnalysis.sharing.approved'));
                  setShowPreview(false);
                  shares.reload();
                } catch (e) {
                  setError(e instanceof ApiError || e instanceof Error ? e.message : String(e));
                  preview.reload();
                }
              }}
            >
              {t('caseAnalysis.sharing.approve')}
            </Button>
          </div>
        </section>
      ) : null}
      <h2>{t('caseAnalysis.sharing.history')}</h2>
      {shares.data && shares.data.shares.length === 0 ? (
        <p className="empty">{t('caseAnalysis.sharing.none')}</p>
      ) : null}
      <ul className="items">
        {shares.data?.shares.map((share) => (
          <li key={share.id} className="item item--wrap">
            <div className="item__main">
              <p className="item__title">
                {t('caseAnalysis.sharing.periodLabel', { from: share.periodStart, to: share.periodEnd })}
                {share.withdrawnAt ? null : (
                  <span className="badge badge--ok">{t('caseAnalysis.sharing.active')}</span>
                )}
              </p>
              <p className="muted flush">
                {t('caseAnalysis.sharing.approvedOn', { date: format.date(share.approvedAt) })}
                {share.withdrawnAt
                  ? ` · ${t('caseAnalysis.sharing.withdrawnOn', { date: format.date(share.withdrawnAt) })}`
                  : ''}
              </p>
              {open === share.id ? <AggregateView agg={share.payload} /> : null}
            </div>
            <div className="actions-list">
              <Button variant="secondary" onClick={() => setOpen(open === share.id ? null : share.id)}>
                {t('caseAnalysis.sharing.show')}
              </Button>
              {share.withdrawnAt ? null : (
                <ConfirmAction
                  label={t('caseAnalysis.sharing.withdraw')}
                  question={t('caseAnalysis.sharing.withdrawConfirm')}
                  confirmLabel={t('caseAnalysis.sharing.withdraw')}
                  cancelLabel={t('common.cancel')}
                  danger
                  onConfirm={async () => {
                    await withdrawShare(org.orgId, share.id);
                    shares.reload();
                  }}
                />
              )}
            </div>
          </li>
        ))}
      </ul>
    </Page>
  );
}
