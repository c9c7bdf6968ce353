import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormat } from '../../app/format';
import { orgPath, useOrg } from '../../app/org-context';
import { Icon } from '../../ui/icons';
import { useActiveAlerts } from './safety-alerts.resource';
import './safety-alerts.css';

/** Home card: the active safety alerts, newest first; nothing at all when there are none. */
export default function SafetyAlertsCard() {
  const { t } = useTranslation();
  const org = useOrg();
  const format = useFormat();
  const alerts = useActiveAlerts(org.orgId);
  const list = alerts.data?.alerts ?? [];
  if (list.length === 0) return null;
  return (
    <section className="card safety-alerts-card" aria-labelledby="safety-alerts-card-title">
      <h2 id="safety-alerts-card-title" className="form__title">
        <Icon name="alert" size={20} className="safety-alert__icon" />{' '}
        {t('safetyAlerts.card.title', { count: list.length })}
      </h2>
      <ul className="safety-alerts-card__list">
        {list.slice(0, 3).map((alert) => (
          <li key={alert.id}>
            <strong>{alert.title}</strong>{' '}
            <span className="small muted">
              {t('safetyAlerts.card.until', { date: format.dateTime(alert.expiresAt) })}
            </span>
          </li>
        ))}
      </ul>
      <Link href={`~${orgPath(org.orgId, '/alerts')}`}>{t('safetyAlerts.card.open')}</Link>
    </section>
  );
}
