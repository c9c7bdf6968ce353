import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StockPointView } from '../../../domain/stock.schemas';
import { useCan, useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Loading, Page } from '../../ui/page';
import { StockPointCard } from './stock-point-card';
import { StockPointForm } from './stock-point-form';
import { useStockPoints } from './stock.resource';
import './stock.css';

/** Supplies per drop-in centre or team: received, given out (from contacts), balance, stock-outs first. */
export default function StockPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const points = useStockPoints(org.orgId);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  function replace(point: StockPointView) {
    points.setData((list) => ({
      stockPoints: (list?.stockPoints ?? []).map((p) => (p.id === point.id ? point : p)),
    }));
  }

  // Points out of stock first, so the one that needs a delivery is the first thing seen.
  const sorted = [...(points.data?.stockPoints ?? [])].sort(
    (a, b) => Number(b.stockOut) - Number(a.stockOut),
  );

  return (
    <Page
      title={t('stock.title')}
      lead={t('stock.description')}
      actions={
        can('stock', 'create') && !creating ? (
          <Button
            onClick={() => {
              setCreating(true);
              setNotice(null);
            }}
          >
            {t('stock.create.title')}
          </Button>
        ) : null
      }
    >
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {creating ? (
        <StockPointForm
          orgId={org.orgId}
          onCancel={() => setCreating(false)}
          onSaved={(point) => {
            points.setData((list) => ({ stockPoints: [...(list?.stockPoints ?? []), point] }));
            setCreating(false);
            setNotice(t('stock.create.created'));
          }}
        />
      ) : null}
      {points.error ? <Alert kind="error">{points.error.message}</Alert> : null}
      {points.loading ? <Loading label={t('common.loading')} /> : null}
      {points.data && sorted.length === 0 ? <p className="empty">{t('stock.empty')}</p> : null}
      <ul className="stock-points">
        {sorted.map((point) => (
          <StockPointCard
            key={point.id}
            orgId={org.orgId}
            point={point}
            canReceive={can('stock', 'receive')}
            canManage={can('stock', 'create')}
            onChanged={replace}
          />
        ))}
      </ul>
    </Page>
  );
}
