import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  canFollow,
  REFERRAL_RESULTS,
  ReferralEventInput,
  type ReferralEventStatus,
  type ReferralFollowUpView,
} from '../../../domain/contacts.schemas';
import { newId } from '../../../domain/ids';
import { validateWith } from '../../app/form-errors';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { RadioGroup, TextField } from '../../ui/field';
import { recordReferralEvent } from './referrals.resource';

const todayUtc = () => new Date().toISOString().slice(0, 10);

interface ReferralEventFormProps {
  orgId: string;
  referral: ReferralFollowUpView;
  status: ReferralEventStatus;
  onSaved: (referral: ReferralFollowUpView) => void;
  onCancel: () => void;
}

/** The date (today by default) and, for a result, what came of it. */
export function ReferralEventForm({ orgId, referral, status, onSaved, onCancel }: ReferralEventFormProps) {
  const { t } = useTranslation();
  const [id] = useState(() => newId());
  const [recordedOn, setRecordedOn] = useState(todayUtc);
  const [result, setResult] = useState('');
  const form = useForm(['recordedOn', 'result', 'status']);
  const onSubmit = form.handle(
    () =>
      validateWith(ReferralEventInput, {
        id,
        status,
        recordedOn,
        ...(status === 'result' ? { result: result || undefined } : {}),
      }),
    async (input) => onSaved(await recordReferralEvent(orgId, referral.id, input)),
  );
  return (
    <form ref={form.ref} className="form referral-event" onSubmit={onSubmit} noValidate>
      <p className="form__title">
        {status === 'result' ? t('contacts.referrals.recordResult') : t(`contacts.referralStatus.${status}`)}
      </p>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      {status === 'result' ? (
        <RadioGroup
          legend={t('contacts.referrals.resultLabel')}
          name={`result-${referral.id}`}
          value={result}
          onValue={setResult}
          options={REFERRAL_RESULTS.map((value) => ({ value, label: t(`contacts.results.${value}`) }))}
          error={form.fieldErrors.result}
        />
      ) : null}
      <TextField
        label={t('contacts.referrals.dateLabel')}
        type="date"
        min={referral.contactedOn}
        max={todayUtc()}
        value={recordedOn}
        onValue={setRecordedOn}
        error={form.fieldErrors.recordedOn}
      />
      <div className="form__actions">
        <Button type="submit" disabled={form.busy}>
          {t('contacts.referrals.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('contacts.referrals.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** The next steps a referral in this state can take, in the order a promotora meets them. */
export function nextSteps(referral: ReferralFollowUpView): ReferralEventStatus[] {
  return (['attended', 'not_attended', 'result'] as const).filter((next) => canFollow(referral.status, next));
}
