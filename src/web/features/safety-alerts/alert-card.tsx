import { useTranslation } from 'react-i18next';
import type { SafetyAlertView } from '../../../domain/safety-alerts.schemas';
import { useFormat } from '../../app/format';
import { ConfirmAction } from '../../ui/confirm-action';
import { Icon } from '../../ui/icons';

/** One alert on the board: what to watch for, where, and until when. */
export function AlertCard({
  alert,
  onWithdraw,
}: {
  alert: SafetyAlertView;
  onWithdraw?: (() => Promise<void>) | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className={`item item--wrap safety-alert safety-alert--${alert.kind}`}>
      <div className="item__main">
        <p className="small safety-alert__kind">
          <Icon name="alert" size={18} className="safety-alert__icon" />{' '}
          {t(`safetyAlerts.kinds.${alert.kind}`)}
        </p>
        <h3 className="item__title">{alert.title}</h3>
        <p className="safety-alert__description">{alert.description}</p>
        <dl className="item__meta">
          {alert.areaName ? (
            <div>
              <dt>{t('safetyAlerts.board.area')}</dt>
              <dd>{alert.areaName}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('safetyAlerts.board.published')}</dt>
            <dd>{format.dateTime(alert.publishedAt)}</dd>
          </div>
          <div>
            <dt>{t('safetyAlerts.board.expires')}</dt>
            <dd>{format.dateTime(alert.expiresAt)}</dd>
          </div>
        </dl>
      </div>
      {onWithdraw ? (
        <ConfirmAction
          label={t('safetyAlerts.board.withdraw')}
          question={t('safetyAlerts.board.withdrawQuestion', { title: alert.title })}
          confirmLabel={t('safetyAlerts.board.withdrawYes')}
          cancelLabel={t('common.cancel')}
          danger
          onConfirm={onWithdraw}
        />
      ) : null}
    </li>
  );
}
