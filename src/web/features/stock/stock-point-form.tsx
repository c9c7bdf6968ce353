import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../domain/ids';
import {
  STOCK_ITEMS,
  STOCK_POINT_KINDS,
  StockPointCreateInput,
  type StockItem,
  type StockPointView,
} from '../../../domain/stock.schemas';
import { validateWith } from '../../app/form-errors';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { RadioGroup, TextField } from '../../ui/field';
import { createStockPoint } from './stock.resource';

interface StockPointFormProps {
  orgId: string;
  onSaved: (point: StockPointView) => void;
  onCancel: () => void;
}

/** A new drop-in centre or team, with optional "running low" levels. */
export function StockPointForm({ orgId, onSaved, onCancel }: StockPointFormProps) {
  const { t } = useTranslation();
  const [id] = useState(() => newId());
  const [name, setName] = useState('');
  const [kind, setKind] = useState<string>('drop_in_centre');
  const [thresholds, setThresholds] = useState<Record<StockItem, string>>({
    condoms: '',
    lubricant: '',
    hiv_self_tests: '',
  });
  const form = useForm(['name', 'kind', ...STOCK_ITEMS.map((item) => `thresholds.${item}`)]);

  const onSubmit = form.handle(
    () =>
      validateWith(StockPointCreateInput, {
        id,
        name,
        kind,
        thresholds: Object.fromEntries(
          STOCK_ITEMS.filter((item) => thresholds[item] !== '').map((item) => [
            item,
            Number(thresholds[item]),
          ]),
        ),
      }),
    async (input) => onSaved(await createStockPoint(orgId, input)),
  );

  return (
    <form ref={form.ref} className="card form" onSubmit={onSubmit} noValidate>
      <h2 className="form__title">{t('stock.create.title')}</h2>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <TextField
        label={t('stock.create.name')}
        value={name}
        onValue={setName}
        error={form.fieldErrors.name}
        autoComplete="off"
        required
      />
      <RadioGroup
        legend={t('stock.create.kind')}
        name="stock-kind"
        value={kind}
        onValue={setKind}
        options={STOCK_POINT_KINDS.map((value) => ({ value, label: t(`stock.kinds.${value}`) }))}
        error={form.fieldErrors.kind}
      />
      <fieldset className="fieldset">
        <legend>{t('stock.create.thresholds')}</legend>
        <div className="stock-thresholds">
          {STOCK_ITEMS.map((item) => (
            <TextField
              key={item}
              label={t(`stock.items.${item}`)}
              inputMode="numeric"
              value={thresholds[item]}
              onValue={(value) => setThresholds((all) => ({ ...all, [item]: value.replace(/\D/g, '') }))}
              error={form.fieldErrors[`thresholds.${item}`]}
            />
          ))}
        </div>
      </fieldset>
      <div className="form__actions">
        <Button type="submit" disabled={form.busy}>
          {t('stock.create.submit')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
