import { useTranslation } from 'react-i18next';
import { useDayFormat } from './outreach-format';

/** Condoms given this month against the month's need, as text and a bar (text alone when unknown). */
export function CondomMeter({ given, needed }: { given: number; needed: number | null }) {
  const { t } = useTranslation();
  const format = useDayFormat();
  if (needed === null || needed === 0)
    return (
      <span className="outreach-meter__text">
        {t('outreach.condoms.givenOnly', { given: format.number(given) })}
      </span>
    );
  const ratio = Math.min(1, given / needed);
  return (
    <span className="outreach-meter">
      <span className="outreach-meter__text">
        {t('outreach.condoms.givenOfNeeded', { given: format.number(given), needed: format.number(needed) })}
      </span>
      <span className="outreach-meter__bar" aria-hidden="true">
        <span
          className={ratio >= 1 ? 'outreach-meter__fill outreach-meter__fill--full' : 'outreach-meter__fill'}
          style={{ width: `${Math.round(ratio * 100)}%` }}
        />
      </span>
    </span>
  );
}
