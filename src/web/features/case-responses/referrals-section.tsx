import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canMoveReferral, REFERRAL_STATUSES } from '../../../domain/case-responses';
import { ReferralCreateInput, type ReferralView } from '../../../domain/case-responses.schemas';
import { newId } from '../../../domain/ids';
import { validateWith } from '../../app/form-errors';
import { useCan } from '../../app/org-context';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextAreaField, TextField } from '../../ui/field';
import { Loading } from '../../ui/page';
import type { CaseSectionProps } from '../cases/case-detail-sections';
import { createReferral, updateReferral, useCaseReferrals } from './case-responses.resource';
import { todayUtc, useResponseFormat } from './response-format';
import './case-responses.css';

function AddReferralForm({
  orgId,
  caseId,
  onSaved,
  onCancel,
}: CaseSectionProps & { onSaved: (saved: ReferralView) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [id] = useState(() => newId());
  const [partnerName, setPartnerName] = useState('');
  const [service, setService] = useState('');
  const [referredOn, setReferredOn] = useState(todayUtc);
  const [notes, setNotes] = useState('');
  const form = useForm(['partnerName', 'service', 'referredOn', 'notes']);
  const onSubmit = form.handle(
    () =>
      validateWith(ReferralCreateInput, {
        id,
        partnerName,
        service,
        referredOn,
        notes: notes.trim() || null,
      }),
    async (input) => onSaved(await createReferral(orgId, caseId, input)),
  );
  return (
    <form ref={form.ref} className="form card case-responses__form" onSubmit={onSubmit} noValidate>
      <p className="form__title">{t('caseResponses.referrals.add')}</p>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <TextField
        label={t('caseResponses.referrals.partner')}
        value={partnerName}
        onValue={setPartnerName}
        maxLength={200}
        error={form.fieldErrors.partnerName}
      />
      <TextField
        label={t('caseResponses.referrals.service')}
        value={service}
        onValue={setService}
        maxLength={200}
        error={form.fieldErrors.service}
      />
      <TextField
        label={t('caseResponses.referrals.referredOn')}
        type="date"
        value={referredOn}
        onValue={setReferredOn}
        error={form.fieldErrors.referredOn}
      />
      <TextAreaField
        label={t('caseResponses.notes')}
        hint={t('caseResponses.notesHint')}
        value={notes}
        onValue={setNotes}
        maxLength={4000}
        rows={3}
        error={form.fieldErrors.notes}
      />
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t('caseResponses.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('caseResponses.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** Case page section: referrals to partner organizations and what came of them. */
export default function ReferralsSection({ orgId, caseId }: CaseSectionProps) {
  const { t } = useTranslation();
  const can = useCan();
  const format = useResponseFormat();
  const referrals = useCaseReferrals(orgId, caseId);
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const list = referrals.data?.referrals ?? [];

  function replace(saved: ReferralView) {
    setMessage({ kind: 'success', text: t('caseResponses.saved') });
    referrals.setData((data) => {
      const current = data?.referrals ?? [];
      return current.some((r) => r.id === saved.id)
        ? { referrals: current.map((r) => (r.id === saved.id ? saved : r)) }
        : { referrals: [saved, ...current] };
    });
  }

  async function move(referral: ReferralView, status: ReferralView['status']) {
    setBusy(referral.id);
    try {
      replace(await updateReferral(orgId, caseId, referral.id, { status }));
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="card case-responses" aria-labelledby={`referrals-${caseId}`}>
      <div className="case-responses__head">
        <h2 id={`referrals-${caseId}`} className="form__title">
          {t('caseResponses.referrals.title')}
        </h2>
        {can('hr_case_response', 'create') && !adding && !referrals.error ? (
          <Button variant="secondary" onClick={() => setAdding(true)}>
            {t('caseResponses.referrals.add')}
          </Button>
        ) : null}
      </div>
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      {referrals.error ? <Alert kind="error">{referrals.error.message}</Alert> : null}
      {referrals.loading ? <Loading label={t('common.loading')} /> : null}
      {adding ? (
        <AddReferralForm
          orgId={orgId}
          caseId={caseId}
          onCancel={() => setAdding(false)}
          onSaved={(saved) => {
            setAdding(false);
            replace(saved);
          }}
        />
      ) : null}
      {referrals.data && list.length === 0 ? (
        <p className="empty">{t('caseResponses.referrals.empty')}</p>
      ) : null}
      {list.length > 0 ? (
        <ul className="items">
          {list.map((referral) => (
            <li key={referral.id} className="item item--wrap case-responses__item">
              <div className="item__main">
                <p className="item__title">
                  {referral.partnerName}
                  <span className={`badge case-responses__status--${referral.status}`}>
                    {t(`caseResponses.referralStatuses.${referral.status}`)}
                  </span>
                </p>
                <p className="item__text">
                  {t('caseResponses.referrals.line', {
                    service: referral.service,
                    date: format.day(referral.referredOn),
                  })}
                </p>
                {referral.notes ? <p className="item__text case-responses__notes">{referral.notes}</p> : null}
              </div>
              {can('hr_case_response', 'update') ? (
                <div
                  className="form__actions"
                  role="group"
                  aria-label={t('caseResponses.referrals.moveFor', { partner: referral.partnerName })}
                >
                  {REFERRAL_STATUSES.filter(
                    (s) => s !== referral.status && canMoveReferral(referral.status, s),
                  ).map((status) => (
                    <Button
                      key={status}
                      variant="secondary"
                      busy={busy === referral.id}
                      onClick={() => void move(referral, status)}
                    >
                      {t(`caseResponses.referrals.mark.${status}`)}
                    </Button>
                  ))}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
