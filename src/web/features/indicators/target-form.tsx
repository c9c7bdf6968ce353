import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IndicatorTargetInput, TARGET_PERIODS, type IndicatorView } from '../../../domain/indicators.schemas';
import { validateWith } from '../../app/form-errors';
import { useOrg } from '../../app/org-context';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField, TextField } from '../../ui/field';
import { setTarget } from './indicators.resource';
import { currentMonth } from './month';

/** Sets the target of a month, quarter (first month of it) or year (January); empty removes it. */
export function TargetForm({
  indicator,
  onSaved,
  onCancel,
}: {
  indicator: IndicatorView;
  onSaved: (saved: IndicatorView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const org = useOrg();
  const [periodType, setPeriodType] = useState<string>('month');
  const [periodStart, setPeriodStart] = useState(currentMonth);
  const [target, setTargetValue] = useState('');
  const form = useForm(['periodType', 'periodStart', 'target']);
  const onSubmit = form.handle(
    () =>
      validateWith(IndicatorTargetInput, {
        periodType,
        periodStart,
        target: target.trim() === '' ? null : Number(target.replace(',', '.')),
      }),
    async (input) => onSaved(await setTarget(org.orgId, indicator.id, input)),
  );
  const label = t('indicators.targets.title', { name: indicator.name });
  return (
    <form ref={form.ref} className="form" onSubmit={onSubmit} noValidate aria-label={label}>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <SelectField
        label={t('indicators.targets.periodType')}
        value={periodType}
        onValue={setPeriodType}
        options={TARGET_PERIODS.map((value) => ({ value, label: t(`indicators.targets.period.${value}`) }))}
        error={form.fieldErrors.periodType}
      />
      <TextField
        label={t('indicators.targets.periodStart')}
        hint={t('indicators.targets.periodStartHint')}
        type="month"
        value={periodStart}
        onValue={setPeriodStart}
        error={form.fieldErrors.periodStart}
      />
      <TextField
        label={indicator.kind === 'ratio' ? t('indicators.targets.percent') : t('indicators.targets.value')}
        hint={t('indicators.targets.valueHint')}
        inputMode="decimal"
        value={target}
        onValue={setTargetValue}
        error={form.fieldErrors.target}
      />
      <div className="form__actions">
        <Button type="submit" busy={form.busy}>
          {t('indicators.targets.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
