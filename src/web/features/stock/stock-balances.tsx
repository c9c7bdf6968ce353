import { useTranslation } from 'react-i18next';
import type { StockBalanceView } from '../../../domain/stock.schemas';
import { Icon, type IconName } from '../../ui/icons';
import { useStockFormat } from './stock-format';

const ICONS: Record<StockBalanceView['item'], IconName> = {
  condoms: 'condom',
  lubricant: 'lubricant',
  hiv_self_tests: 'check',
};

/** An item the point never received nor gave out: not a stock-out worth a red flag. */
const isUnused = (balance: StockBalanceView) => balance.received === 0 && balance.distributed === 0;

function StatusBadge({ balance }: { balance: StockBalanceView }) {
  const { t } = useTranslation();
  if (isUnused(balance)) return <span className="badge">{t('stock.unused')}</span>;
  if (balance.stockOut) return <span className="badge badge--danger">{t('stock.stockOut')}</span>;
  if (balance.low) return <span className="badge badge--warn">{t('stock.low')}</span>;
  return <span className="badge badge--ok">{t('stock.ok')}</span>;
}

/** One row per item: received, given out, balance and its state. */
export function StockBalances({ balances }: { balances: readonly StockBalanceView[] }) {
  const { t } = useTranslation();
  const format = useStockFormat();
  return (
    <ul className="stock-balances">
      {balances.map((balance) => (
        <li
          key={balance.item}
          className={
            balance.stockOut && !isUnused(balance) ? 'stock-balance stock-balance--out' : 'stock-balance'
          }
        >
          <p className="stock-balance__item">
            <Icon name={ICONS[balance.item]} size={20} />
            <span>{t(`stock.items.${balance.item}`)}</span>
            <StatusBadge balance={balance} />
          </p>
          <dl className="stock-balance__figures">
            <div>
              <dt>{t('stock.received')}</dt>
              <dd>{format.number(balance.received)}</dd>
            </div>
            <div>
              <dt>{t('stock.distributed')}</dt>
              <dd>{format.number(balance.distributed)}</dd>
            </div>
            <div className="stock-balance__balance">
              <dt>{t('stock.balance')}</dt>
              <dd>{format.number(balance.balance)}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
