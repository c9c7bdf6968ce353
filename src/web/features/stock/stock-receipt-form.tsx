import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../domain/ids';
import { STOCK_ITEMS, StockReceiptInput, type StockReceiptView } from '../../../domain/stock.schemas';
import { validateWith } from '../../app/form-errors';
import { useForm } from '../../app/use-form';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField, TextField } from '../../ui/field';
import { todayUtc } from './stock-format';
import { receiveStock } from './stock.resource';

interface StockReceiptFormProps {
  orgId: string;
  stockPointId: string;
  onSaved: (receipt: StockReceiptView) => void;
}

/** Records what arrived at a stock point; a fresh client id per receipt makes retries harmless. */
export function StockReceiptForm({ orgId, stockPointId, onSaved }: StockReceiptFormProps) {
  const { t } = useTranslation();
  const [id, setId] = useState(() => newId());
  const [item, setItem] = useState<string>('condoms');
  const [quantity, setQuantity] = useState('');
  const [receivedOn, setReceivedOn] = useState(todayUtc);
  const form = useForm(['item', 'quantity', 'receivedOn']);

  const onSubmit = form.handle(
    () =>
      validateWith(StockReceiptInput, {
        id,
        item,
        quantity: quantity === '' ? undefined : Number(quantity),
        receivedOn,
      }),
    async (input) => {
      onSaved(await receiveStock(orgId, stockPointId, input));
      setId(newId());
      setQuantity('');
    },
  );

  return (
    <form ref={form.ref} className="form stock-receipt" onSubmit={onSubmit} noValidate>
      <h3 className="form__title">{t('stock.receipt.title')}</h3>
      {form.formError ? <Alert kind="error">{form.formError}</Alert> : null}
      <div className="stock-receipt__fields">
        <SelectField
          label={t('stock.receipt.item')}
          value={item}
          onValue={setItem}
          options={STOCK_ITEMS.map((value) => ({ value, label: t(`stock.items.${value}`) }))}
          error={form.fieldErrors.item}
        />
        <TextField
          label={t('stock.receipt.quantity')}
          inputMode="numeric"
          value={quantity}
          onValue={(value) => setQuantity(value.replace(/\D/g, ''))}
          error={form.fieldErrors.quantity}
          required
        />
        <TextField
          label={t('stock.receipt.receivedOn')}
          type="date"
          max={todayUtc()}
          value={receivedOn}
          onValue={setReceivedOn}
          error={form.fieldErrors.receivedOn}
          required
        />
      </div>
      <div className="form__actions">
        <Button type="submit" disabled={form.busy}>
          {t('stock.receipt.submit')}
        </Button>
      </div>
    </form>
  );
}
