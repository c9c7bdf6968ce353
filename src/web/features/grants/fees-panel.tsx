import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXEMPTION_REASONS, FEE_STATUSES, type FeeStatus } from '../../../domain/grants';
import { FeeCreateInput, type FeeView } from '../../../domain/grants.schemas';
import { newId } from '../../../domain/ids';
import { validateWith } from '../../app/form-errors';
import { useCan, useOrg } from '../../app/org-context';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField, TextField } from '../../ui/field';
import { Loading } from '../../ui/page';
import { createFee, updateFee, useFees } from './grants.resource';
import { useMoney } from './money';

const thisYear = () => new Date().toISOString().slice(0, 4);

/** The fees tab: who paid, who is pending, and how many were exempted (fees must not exclude). */
export function FeesPanel() {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const { money } = useMoney();
  const [period, setPeriod] = useState('');
  const fees = useFees(org.orgId, /^\d{4}(-\d{2})?$/.test(period) ? period : '');
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const summary = fees.data?.summary;

  async function setStatus(fee: FeeView, status: FeeStatus) {
    setError(null);
    try {
      await updateFee(
        org.orgId,
        fee.id,
        status === 'exempt' ? { status, exemptionReason: 'hardship' } : { status },
      );
      fees.reload();
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : t('common.unexpectedError'));
    }
  }

  return (
    <div className="stack">
      <p className="muted flush">{t('grants.fees.principle')}</p>
      <div className="grants-toolbar">
        <TextField
          label={t('grants.fees.filterPeriod')}
          hint={t('grants.fees.periodHint')}
          value={period}
          onValue={setPeriod}
          inputMode="numeric"
        />
        {can('membership_fee', 'create') && !creating ? (
          <Button onClick={() => setCreating(true)}>{t('grants.fees.new')}</Button>
        ) : null}
      </div>
      {summary ? (
        <section className="card" aria-labelledby="fees-summary">
          <h2 id="fees-summary" className="form__title">
            {t('grants.fees.summaryTitle')}
          </h2>
          <dl className="facts">
            <div>
              <dt>{t('grants.fees.counts.paid')}</dt>
              <dd>{summary.paid}</dd>
            </div>
            <div>
              <dt>{t('grants.fees.counts.pending')}</dt>
              <dd>{summary.pending}</dd>
            </div>
            <div>
              <dt>{t('grants.fees.counts.exempt')}</dt>
              <dd>{summary.exempt}</dd>
            </div>
          </dl>
          <p className="small flush">
            {t('grants.fees.exemptions', {
              hardship: summary.exemptByReason.hardship,
              newMember: summary.exemptByReason.new_member,
              other: summary.exemptByReason.other,
            })}
          </p>
          {summary.paidByCurrency.length ? (
            <p className="small flush">
              {t('grants.fees.collected', {
                amounts: summary.paidByCurrency.map((line) => money(line.amount, line.currency)).join(' · '),
              })}
            </p>
          ) : null}
        </section>
      ) : null}
      {creating ? (
        <FeeForm
          orgId={org.orgId}
          onCancel={() => setCreating(false)}
          onSaved={() => {
            setCreating(false);
            fees.reload();
          }}
        />
      ) : null}
      {error ? <Alert kind="error">{error}</Alert> : null}
      {fees.error ? <Alert kind="error">{fees.error.message}</Alert> : null}
      {fees.loading ? <Loading label={t('common.loading')} /> : null}
      {fees.data && fees.data.fees.length === 0 ? <p className="empty">{t('grants.fees.empty')}</p> : null}
      <ul className="items">
        {(fees.data?.fees ?? []).map((fee) => (
          <li key={fee.id} className="item item--wrap">
            <div className="item__main">
              <p className="item__title">
                {fee.memberCode ?? t('grants.fees.noMember')}{' '}
                <span
                  className={
                    fee.status === 'paid'
                      ? 'badge badge--ok'
                      : fee.status === 'exempt'
                        ? 'badge'
                        : 'badge badge--warn'
                  }
                >
                  {t(`grants.feeStatuses.${fee.status}`)}
                </span>
              </p>
              <p className="item__text">
                {fee.period} · {money(fee.amount, fee.currency)}
                {fee.exemptionReason ? ` · ${t(`grants.exemptionReasons.${fee.exemptionReason}`)}` : ''}
              </p>
            </div>
            {can('membership_fee', 'update') && fee.status === 'pending' ? (
              <div className="grants-item__actions">
                <Button variant="secondary" onClick={() => void setStatus(fee, 'paid')}>
                  {t('grants.fees.markPaid')}
                </Button>
                <Button variant="link" onClick={() => void setStatus(fee, 'exempt')}>
                  {t('grants.fees.exempt')}
                </Button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

function FeeForm({ orgId, onSaved, onCancel }: { orgId: string; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [id] = useState(() => newId());
  const [memberCode, setMemberCode] = useState('');
  const [period, setPeriod] = useState(thisYear);
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('USD');
  const [status, setStatus] = useState<string>('paid');
  const [reason, setReason] = useState('');
  const form = useForm(['memberCode', 'period', 'amount', 'currency', 'status', 'exemptionReason']);
  const onSubmit = form.handle(
    () =>
      validateWith(FeeCreateInput, {
        id,
        memberCode: memberCode.trim() === '' ? null : memberCode,
        period,
        amount: amount.trim() === '' ? undefined : Number(amount.replace(',', '.')),
        currency,
        status,
        exemptionReason: status === 'exempt' ? reason || null : null,
      }),
    async (input) => {
      await createFee(orgId, input);
      onSaved();
    },
  );
  return (
    <form
      ref={form.ref}
      className="form card"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('grants.fees.formTitle')}
    >
      <h2 className="form__title">{t('grants.fees.formTitle')}</h2>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <TextField
        label={t('grants.fees.memberCode')}
        hint={t('grants.fees.memberCodeHint')}
        name="memberCode"
        autoCapitalize="characters"
        value={memberCode}
        onValue={setMemberCode}
        error={form.fieldErrors.memberCode}
      />
      <div className="grants-pair">
        <TextField
          label={t('grants.fees.period')}
          hint={t('grants.fees.periodHint')}
          name="period"
          value={period}
          onValue={setPeriod}
          error={form.fieldErrors.period}
        />
        <SelectField
          label={t('grants.fees.status')}
          name="status"
          value={status}
          onValue={setStatus}
          options={FEE_STATUSES.map((value) => ({ value, label: t(`grants.feeStatuses.${value}`) }))}
          error={form.fieldErrors.status}
        />
      </div>
      <div className="grants-pair">
        <TextField
          label={t('grants.form.amount')}
          name="amount"
          inputMode="decimal"
          value={amount}
          onValue={setAmount}
          error={form.fieldErrors.amount}
        />
        <TextField
          label={t('grants.form.currency')}
          name="currency"
          maxLength={3}
          value={currency}
          onValue={setCurrency}
          error={form.fieldErrors.currency}
        />
      </div>
      {status === 'exempt' ? (
        <SelectField
          label={t('grants.fees.reason')}
          name="exemptionReason"
          value={reason}
          onValue={setReason}
          options={[
            { value: '', label: t('grants.fees.chooseReason') },
            ...EXEMPTION_REASONS.map((value) => ({ value, label: t(`grants.exemptionReasons.${value}`) })),
          ]}
          error={form.fieldErrors.exemptionReason}
        />
      ) : null}
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t('grants.fees.create')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
