import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrg } from '../../app/org-context';
import { useFormat } from '../../app/format';
import { ApiError } from '../../app/api-client';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ConfirmAction } from '../../ui/confirm-action';
import { TextField } from '../../ui/field';
import { Loading, Page } from '../../ui/page';
import {
  approveCoverageShare,
  useCoverageSharePreview,
  useCoverageShares,
  withdrawCoverageShare,
} from './coverage-shares.resource';
import { ShareTables } from './share-tables';
import './coverage-shares.css';

/** The previous calendar quarter's first and last month (`YYYY-MM`): a typical reporting period. */
function lastQuarter(today = new Date()): [string, string] {
  const q = Math.floor(today.getMonth() / 3);
  const year = q === 0 ? today.getFullYear() - 1 : today.getFullYear();
  const first = q === 0 ? 9 : (q - 1) * 3;
  const month = (m: number) => `${year}-${String(m + 1).padStart(2, '0')}`;
  return [month(first), month(first + 2)];
}

/** Share coverage with the network: preview exactly what it will see, approve it, withdraw it later. */
export default function CoverageSharingPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const format = useFormat();
  const [defaultStart, defaultEnd] = lastQuarter();
  const [start, setStart] = useState(defaultStart);
  const [end, setEnd] = useState(defaultEnd);
  const [showPreview, setShowPreview] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const shares = useCoverageShares(org.orgId);
  const preview = useCoverageSharePreview(org.orgId, showPreview ? start : '', showPreview ? end : '');
  const changePeriod = (set: (v: string) => void) => (v: string) => {
    set(v);
    setShowPreview(false);
  };
  return (
    <Page title={t('coverageShares.title')} lead={t('coverageShares.intro')}>
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {error ? <Alert kind="error">{error}</Alert> : null}
      <div className="share-filter card">
        <TextField
          label={t('coverageShares.fromMonth')}
          type="month"
          name="periodStart"
          value={start}
          onValue={changePeriod(setStart)}
        />
        <TextField
          label={t('coverageShares.toMonth')}
          type="month"
          name="periodEnd"
          value={end}
          onValue={changePeriod(setEnd)}
        />
        <p className="muted flush share-filter__note">{t('coverageShares.monthsNote')}</p>
        <div>
          <Button
            variant="secondary"
            onClick={() => {
              setNotice(null);
              setError(null);
              setShowPreview(true);
            }}
          >
            {t('coverageShares.preview')}
          </Button>
        </div>
      </div>
      {showPreview && preview.loading ? <Loading label={t('common.loading')} /> : null}
      {showPreview && preview.error ? <Alert kind="error">{preview.error.message}</Alert> : null}
      {showPreview && preview.data ? (
        <section className="stack card share-preview" aria-label={t('coverageShares.previewTitle')}>
          <h2>{t('coverageShares.previewTitle')}</h2>
          <ShareTables payload={preview.data.payload} />
          <div>
            <Button
              onClick={async () => {
                setError(null);
                try {
                  await approveCoverageShare(org.orgId, {
                    periodStart: start,
                    periodEnd: end,
                    previewDigest: preview.data!.previewDigest,
                  });
                  setNotice(t('coverageShares.approved'));
                  setShowPreview(false);
                  shares.reload();
                } catch (e) {
                  setError(e instanceof ApiError || e instanceof Error ? e.message : String(e));
                  preview.reload();
                }
              }}
            >
              {t('coverageShares.approve')}
            </Button>
          </div>
        </section>
      ) : null}
      <h2>{t('coverageShares.history')}</h2>
      {shares.data && shares.data.shares.length === 0 ? (
        <p className="empty">{t('coverageShares.none')}</p>
      ) : null}
      <ul className="items">
        {shares.data?.shares.map((share) => (
          <li key={share.id} className="item item--wrap">
            <div className="item__main">
              <p className="item__title">
                {t('coverageShares.periodLabel', {
                  from: share.periodStart.slice(0, 7),
                  to: share.periodEnd.slice(0, 7),
                })}{' '}
                {share.withdrawnAt ? null : (
                  <span className="badge badge--ok">{t('coverageShares.active')}</span>
                )}
              </p>
              <p className="muted flush">
                {t('coverageShares.approvedOn', { date: format.date(share.approvedAt) })}
                {share.withdrawnAt
                  ? ` · ${t('coverageShares.withdrawnOn', { date: format.date(share.withdrawnAt) })}`
                  : ''}
              </p>
              {open === share.id ? <ShareTables payload={share.payload} /> : null}
            </div>
            <div className="actions-list">
              <Button variant="secondary" onClick={() => setOpen(open === share.id ? null : share.id)}>
                {open === share.id ? t('coverageShares.hide') : t('coverageShares.show')}
              </Button>
              {share.withdrawnAt ? null : (
                <ConfirmAction
                  label={t('coverageShares.withdraw')}
                  question={t('coverageShares.withdrawConfirm')}
                  confirmLabel={t('coverageShares.withdraw')}
                  cancelLabel={t('common.cancel')}
                  danger
                  onConfirm={async () => {
                    await withdrawCoverageShare(org.orgId, share.id);
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
