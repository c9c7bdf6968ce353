import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  STOCK_ITEMS,
  StockPointUpdateInput,
  type StockItem,
  type StockPointView,
} from '../../../domain/stock.schemas';
import { validateWith } from '../../app/form-errors';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { TextField } from '../../ui/field';
import { updateStockPoint } from './stock.resource';

interface StockThresholdsFormProps {
  orgId: string;
  point: StockPointView;
  onSaved: (point: StockPointView) => void;
}

/** "Running low" levels of a point; an empty box means no warning for that item. */
export function StockThresholdsForm({ orgId, point, onSaved }: StockThresholdsFormProps) {
  const { t } = useTranslation();
  const initial = Object.fromEntries(
    point.balances.map((b) => [b.item, b.threshold === null ? '' : String(b.threshold)]),
  ) as Record<StockItem, string>;
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(false);
  const form = useForm(STOCK_ITEMS.map((item) => `thresholds.${item}`));
  const onSubmit = form.handle(
    () =>
      validateWith(StockPointUpdateInput, {
        thresholds: Object.fromEntries(
          STOCK_ITEMS.map((item) => [item, values[item] === '' ? null : Number(values[item])]),
        ),
      }),
    async (input) => {
      onSaved(await updateStockPoint(orgId, point.id, input));
      setSaved(true);
    },
  );
  return (
    <form ref={form.ref} className="form stock-receipt" onSubmit={onSubmit} noValidate>
      <h3 className="form__title">{t('stock.edit.title')}</h3>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      {saved ? <Alert kind="success">{t('stock.edit.saved')}</Alert> : null}
      <div className="stock-thresholds">
        {STOCK_ITEMS.map((item) => (
          <TextField
            key={item}
            label={t(`stock.items.${item}`)}
            inputMode="numeric"
            value={values[item]}
            onValue={(value) => {
              setSaved(false);
              setValues((all) => ({ ...all, [item]: value.replace(/\D/g, '') }));
            }}
            error={form.fieldErrors[`thresholds.${item}`]}
          />
        ))}
      </div>
      <div className="form__actions">
        <Button type="submit" disabled={form.busy} variant="secondary">
          {t('stock.edit.submit')}
        </Button>
      </div>
    </form>
  );
}
