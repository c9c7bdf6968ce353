import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_KINDS } from '../../../domain/grants';
import { GrantCreateInput, type GrantView } from '../../../domain/grants.schemas';
import { newId } from '../../../domain/ids';
import { LIMITS } from '../../../domain/limits';
import { validateWith } from '../../app/form-errors';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField, TextField } from '../../ui/field';
import { createGrant } from './grants.resource';

const FIELDS = [
  'funder',
  'title',
  'amount',
  'currency',
  'startsOn',
  'endsOn',
  'reports.0.dueOn',
  'reports.0.kind',
];

/** A new grant: funder, title, amount in its currency, period and (optionally) the first report due. */
export function GrantForm({
  orgId,
  onSaved,
  onCancel,
}: {
  orgId: string;
  onSaved: (grant: GrantView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [id] = useState(() => newId());
  const [funder, setFunder] = useState('');
  const [title, setTitle] = useState('');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('USD');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [reportDue, setReportDue] = useState('');
  const [reportKind, setReportKind] = useState<string>('narrative');
  const form = useForm(FIELDS);

  const onSubmit = form.handle(
    () =>
      validateWith(GrantCreateInput, {
        id,
        funder,
        title,
        amount: amount.trim() === '' ? undefined : Number(amount.replace(',', '.')),
        currency,
        startsOn,
        endsOn,
        ...(reportDue ? { reports: [{ dueOn: reportDue, kind: reportKind }] } : {}),
      }),
    async (input) => onSaved(await createGrant(orgId, input)),
  );

  return (
    <form
      ref={form.ref}
      className="form card"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('grants.form.title')}
    >
      <h2 className="form__title">{t('grants.form.title')}</h2>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <TextField
        label={t('grants.form.funder')}
        name="funder"
        maxLength={LIMITS.nameMax}
        value={funder}
        onValue={setFunder}
        error={form.fieldErrors.funder}
      />
      <TextField
        label={t('grants.form.grantTitle')}
        name="title"
        maxLength={LIMITS.nameMax}
        value={title}
        onValue={setTitle}
        error={form.fieldErrors.title}
      />
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
          hint={t('grants.form.currencyHint')}
          name="currency"
          maxLength={3}
          autoCapitalize="characters"
          value={currency}
          onValue={setCurrency}
          error={form.fieldErrors.currency}
        />
      </div>
      <div className="grants-pair">
        <TextField
          label={t('grants.form.startsOn')}
          name="startsOn"
          type="date"
          value={startsOn}
          onValue={setStartsOn}
          error={form.fieldErrors.startsOn}
        />
        <TextField
          label={t('grants.form.endsOn')}
          name="endsOn"
          type="date"
          value={endsOn}
          onValue={setEndsOn}
          error={form.fieldErrors.endsOn}
        />
      </div>
      <div className="grants-pair">
        <TextField
          label={t('grants.form.firstReport')}
          hint={t('grants.form.firstReportHint')}
          name="reportDue"
          type="date"
          value={reportDue}
          onValue={setReportDue}
          error={form.fieldErrors['reports.0.dueOn']}
        />
        <SelectField
          label={t('grants.form.reportKind')}
          name="reportKind"
          value={reportKind}
          onValue={setReportKind}
          options={REPORT_KINDS.map((kind) => ({ value: kind, label: t(`grants.reportKinds.${kind}`) }))}
          error={form.fieldErrors['reports.0.kind']}
        />
      </div>
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t('grants.form.create')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
