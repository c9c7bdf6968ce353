import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IndicatorActionCreateInput,
  INDICATOR_LIMITS,
  type IndicatorActionView,
  type ReviewView,
} from '../../../domain/indicators.schemas';
import { newId } from '../../../domain/ids';
import { validateWith } from '../../app/form-errors';
import { useCan, useOrg } from '../../app/org-context';
import { useMe } from '../../app/session';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField, TextField } from '../../ui/field';
import { useDayFormat } from '../planning/day-format';
import { createReviewAction, setActionStatus, useStaff } from './indicators.resource';

interface Props {
  month: string;
  review: ReviewView;
  onChanged: () => void;
}

/** The month's action items: who does what by when; owners mark their own done. */
export function ReviewActions({ month, review, onChanged }: Props) {
  const { t } = useTranslation();
  const can = useCan();
  const [adding, setAdding] = useState(false);
  return (
    <section className="review-section" aria-labelledby="review-actions-title">
      <h2 id="review-actions-title" className="form__title">
        {t('indicators.actions.title')}
      </h2>
      {review.actions.length === 0 ? <p className="empty">{t('indicators.actions.empty')}</p> : null}
      <ul className="items" aria-label={t('indicators.actions.title')}>
        {review.actions.map((action) => (
          <ActionRow key={action.id} action={action} review={review} onChanged={onChanged} />
        ))}
      </ul>
      {can('indicator_action', 'create') ? (
        adding ? (
          <ActionForm
            month={month}
            review={review}
            onDone={() => {
              setAdding(false);
              onChanged();
            }}
          />
        ) : (
          <Button variant="secondary" onClick={() => setAdding(true)}>
            {t('indicators.actions.add')}
          </Button>
        )
      ) : null}
    </section>
  );
}

function ActionRow({ action, review, onChanged }: { action: IndicatorActionView } & Omit<Props, 'month'>) {
  const { t } = useTranslation();
  const org = useOrg();
  const me = useMe();
  const day = useDayFormat();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mayComplete =
    org.role === 'coordinator' || (action.ownerUserId === me.user.id && org.role !== 'network_analyst');
  const indicator = review.indicators.find((row) => row.id === action.indicatorId);
  async function toggle() {
    setBusy(true);
    setError(null);
    try {
      await setActionStatus(org.orgId, action.id, action.status === 'done' ? 'open' : 'done');
      onChanged();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  }
  return (
    <li className="card review-action">
      <div>
        <strong>{action.title}</strong>
        <p className="small muted">
          {t('indicators.actions.meta', { owner: action.ownerName ?? '—', date: day(action.dueOn) })}
          {indicator ? ` · ${indicator.name}` : ''}
        </p>
        <span className={`badge${action.overdue ? ' badge--warn' : ''}`}>
          {action.overdue ? t('indicators.actions.overdue') : t(`indicators.actions.status.${action.status}`)}
        </span>
      </div>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {mayComplete && action.status !== 'dropped' ? (
        <Button variant="secondary" busy={busy} onClick={() => void toggle()}>
          {action.status === 'done' ? t('indicators.actions.reopen') : t('indicators.actions.markDone')}
        </Button>
      ) : null}
    </li>
  );
}

function ActionForm({ month, review, onDone }: { month: string; review: ReviewView; onDone: () => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const staff = useStaff(org.orgId, true);
  const [id] = useState(() => newId());
  const [title, setTitle] = useState('');
  const [ownerUserId, setOwner] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [indicatorId, setIndicatorId] = useState('');
  const form = useForm(['title', 'ownerUserId', 'dueOn', 'indicatorId']);
  const owners = (staff.data?.users ?? []).filter(
    (user) => !user.disabled && user.role !== 'network_analyst',
  );
  const onSubmit = form.handle(
    () =>
      validateWith(IndicatorActionCreateInput, {
        id,
        title,
        ownerUserId,
        dueOn,
        indicatorId: indicatorId || null,
      }),
    async (input) => {
      await createReviewAction(org.orgId, month, input);
      onDone();
    },
  );
  return (
    <form
      ref={form.ref}
      className="form card"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('indicators.actions.add')}
    >
      <h3 className="form__title">{t('indicators.actions.add')}</h3>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <TextField
        label={t('indicators.actions.fields.title')}
        hint={t('indicators.actions.fields.titleHint')}
        required
        maxLength={INDICATOR_LIMITS.titleMax}
        value={title}
        onValue={setTitle}
        error={form.fieldErrors.title}
      />
      <SelectField
        label={t('indicators.actions.fields.owner')}
        required
        value={ownerUserId}
        onValue={setOwner}
        options={[
          { value: '', label: t('indicators.actions.fields.ownerPick') },
          ...owners.map((user) => ({ value: user.userId, label: user.displayName })),
        ]}
        error={form.fieldErrors.ownerUserId}
      />
      <TextField
        label={t('indicators.actions.fields.dueOn')}
        type="date"
        required
        value={dueOn}
        onValue={setDueOn}
        error={form.fieldErrors.dueOn}
      />
      <SelectField
        label={t('indicators.actions.fields.indicator')}
        value={indicatorId}
        onValue={setIndicatorId}
        options={[
          { value: '', label: t('indicators.actions.fields.noIndicator') },
          ...review.indicators.map((row) => ({ value: row.id, label: row.name })),
        ]}
        error={form.fieldErrors.indicatorId}
      />
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t('indicators.actions.create')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
