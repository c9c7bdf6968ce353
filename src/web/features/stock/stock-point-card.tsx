import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StockPointDetail, StockPointView } from '../../../domain/stock.schemas';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Icon } from '../../ui/icons';
import { Loading } from '../../ui/page';
import { StockBalances } from './stock-balances';
import { useStockFormat } from './stock-format';
import { StockReceiptForm } from './stock-receipt-form';
import { StockThresholdsForm } from './stock-thresholds-form';
import { fetchStockPoint } from './stock.resource';

interface StockPointCardProps {
  orgId: string;
  point: StockPointView;
  canReceive: boolean;
  /** Coordinators and administrators set the running-low levels. */
  canManage: boolean;
  onChanged: (point: StockPointView) => void;
}

/** A stock point: balances always; receipts and the receipt form when opened. */
export function StockPointCard({ orgId, point, canReceive, canManage, onChanged }: StockPointCardProps) {
  const { t } = useTranslation();
  const format = useStockFormat();
  const [open, setOpen] = useState(false);
  const [detail, setDetail] = useState<StockPointDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function load() {
    try {
      const fresh = await fetchStockPoint(orgId, point.id);
      setDetail(fresh);
      onChanged(fresh.stockPoint);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : t('common.unexpectedError'));
    }
  }

  function toggle() {
    setOpen(!open);
    setNotice(null);
    if (!open && !detail) void load();
  }

  const headingId = `stock-point-${point.id}`;
  return (
    <li className={point.stockOut ? 'card stock-point stock-point--out' : 'card stock-point'}>
      <div className="stock-point__head">
        <h2 className="stock-point__name" id={headingId}>
          <Icon name="stock" size={22} />
          <span>{point.name}</span>
        </h2>
        <p className="stock-point__kind">{t(`stock.kinds.${point.kind}`)}</p>
        {point.stockOut ? (
          <p className="stock-point__alert" role="status">
            {t('stock.pointStockOut')}
          </p>
        ) : null}
      </div>
      <StockBalances balances={point.balances} />
      <Button variant="secondary" aria-expanded={open} aria-controls={`${headingId}-detail`} onClick={toggle}>
        {open ? t('stock.close') : t('stock.open')}
      </Button>
      {open ? (
        <div className="stock-point__detail" id={`${headingId}-detail`}>
          <p className="muted small">{t('stock.distributedNote')}</p>
          {error ? <Alert kind="error">{error}</Alert> : null}
          {notice ? <Alert kind="success">{notice}</Alert> : null}
          {canReceive ? (
            <StockReceiptForm
              orgId={orgId}
              stockPointId={point.id}
              onSaved={() => {
                setNotice(t('stock.receipt.saved'));
                void load();
              }}
            />
          ) : null}
          {canManage ? <StockThresholdsForm orgId={orgId} point={point} onSaved={onChanged} /> : null}
          <h3 className="stock-point__subtitle">{t('stock.receipt.history')}</h3>
          {!detail && !error ? <Loading label={t('common.loading')} /> : null}
          {detail && detail.receipts.length === 0 ? <p className="empty">{t('stock.receipt.none')}</p> : null}
          {detail && detail.receipts.length > 0 ? (
            <ul className="stock-receipts">
              {detail.receipts.map((receipt) => (
                <li key={receipt.id}>
                  <span>{t(`stock.items.${receipt.item}`)}</span>
                  <span>
                    {t('stock.receipt.line', {
                      quantity: format.number(receipt.quantity),
                      date: format.day(receipt.receivedOn),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
