import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralEventStatus, ReferralFollowUpView } from '../../../domain/contacts.schemas';
import { formatDisplayCode } from '../../../domain/members';
import { useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Icon } from '../../ui/icons';
import { Loading, Page } from '../../ui/page';
import { useStockFormat } from '../stock/stock-format';
import { nextSteps, ReferralEventForm } from './referral-event-form';
import { useReferrals } from './referrals.resource';
import './referrals.css';

const STEP_LABELS: Record<ReferralEventStatus, string> = {
  attended: 'contacts.referrals.markAttended',
  not_attended: 'contacts.referrals.markNotAttended',
  result: 'contacts.referrals.recordResult',
};

function ReferralItem({
  referral,
  onSaved,
}: {
  referral: ReferralFollowUpView;
  onSaved: (saved: ReferralFollowUpView) => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const format = useStockFormat();
  const [step, setStep] = useState<ReferralEventStatus | null>(null);
  const service = t(`contacts.services.${referral.service}`);
  const who = referral.memberDisplayCode
    ? t('contacts.referrals.member', { code: formatDisplayCode(referral.memberDisplayCode) })
    : t('contacts.referrals.anonymous');
  const closed = referral.status === 'result';
  return (
    <li className={closed ? 'card referral referral--closed' : 'card referral'}>
      <div className="referral__head">
        <h2 className="referral__service">
          <Icon name="referral" size={20} />
          <span>{service}</span>
        </h2>
        <span className={`badge referral__status referral__status--${referral.status}`}>
          {t(`contacts.referralStatus.${referral.status}`)}
        </span>
      </div>
      <p className="referral__who">{who}</p>
      <p className="referral__meta">
        {t('contacts.referrals.referredOn', { date: format.day(referral.contactedOn) })}
      </p>
      <p className="referral__meta">
        {t('contacts.referrals.facility', { facility: t(`contacts.facilities.${referral.facilityType}`) })}
      </p>
      {referral.statusOn ? (
        <p className="referral__meta">
          {t('contacts.referrals.statusOn', {
            status: referral.result
              ? t(`contacts.results.${referral.result}`)
              : t(`contacts.referralStatus.${referral.status}`),
            date: format.day(referral.statusOn),
          })}
        </p>
      ) : null}
      {step ? (
        <ReferralEventForm
          orgId={org.orgId}
          referral={referral}
          status={step}
          onCancel={() => setStep(null)}
          onSaved={(saved) => {
            setStep(null);
            onSaved(saved);
          }}
        />
      ) : (
        <div
          className="referral__actions"
          role="group"
          aria-label={t('contacts.referrals.recordFor', { service })}
        >
          {nextSteps(referral).map((next) => (
            <Button
              key={next}
              variant={next === 'not_attended' ? 'secondary' : 'primary'}
              onClick={() => setStep(next)}
            >
              {t(STEP_LABELS[next])}
            </Button>
          ))}
        </div>
      )}
    </li>
  );
}

/** Referral follow-up: open referrals, where attendance and the result are recorded. */
export default function ReferralsPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const [all, setAll] = useState(false);
  const referrals = useReferrals(org.orgId, all);
  const [notice, setNotice] = useState<string | null>(null);
  const list = referrals.data?.referrals ?? [];

  function replace(saved: ReferralFollowUpView) {
    setNotice(t('contacts.referrals.saved'));
    referrals.setData((data) => ({
      referrals: (data?.referrals ?? []).map((r) => (r.id === saved.id ? saved : r)),
    }));
  }

  return (
    <Page
      title={t('contacts.referrals.title')}
      lead={t('contacts.referrals.description')}
      actions={
        <Button variant="secondary" onClick={() => setAll(!all)} aria-pressed={all}>
          {all ? t('contacts.referrals.showOpen') : t('contacts.referrals.showAll')}
        </Button>
      }
    >
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {referrals.error ? <Alert kind="error">{referrals.error.message}</Alert> : null}
      {referrals.loading ? <Loading label={t('common.loading')} /> : null}
      {referrals.data && list.length === 0 ? (
        <p className="empty">{all ? t('contacts.referrals.emptyAll') : t('contacts.referrals.empty')}</p>
      ) : null}
      <ul className="referrals">
        {list.map((referral) => (
          <ReferralItem key={referral.id} referral={referral} onSaved={replace} />
        ))}
      </ul>
    </Page>
  );
}
