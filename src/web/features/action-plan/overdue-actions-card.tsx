import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { orgPath, useOrg } from '../../app/org-context';
import { Icon } from '../../ui/icons';
import { useDayFormat } from '../planning/day-format';
import { useActions } from './action-plan.resource';
import './action-plan.css';

/** Home card: actions of the capacity plan past their due day; nothing when there are none. */
export default function OverdueActionsCard() {
  const { t } = useTranslation();
  const org = useOrg();
  const day = useDayFormat();
  const actions = useActions(org.orgId, 'overdue=true');
  const list = actions.data?.actions ?? [];
  if (list.length === 0) return null;
  return (
    <section className="card overdue-card" aria-labelledby="overdue-actions-card-title">
      <h2 id="overdue-actions-card-title" className="form__title">
        <Icon name="plan" size={20} /> {t('actionPlan.card.title', { count: list.length })}
      </h2>
      <ul className="overdue-card__list">
        {list.slice(0, 3).map((action) => (
          <li key={action.id}>
            <strong>{action.title}</strong>{' '}
            <span className="small muted">{t('actionPlan.card.due', { date: day(action.dueOn) })}</span>
          </li>
        ))}
      </ul>
      <Link href={`~${orgPath(org.orgId, '/action-plan')}`}>{t('actionPlan.card.open')}</Link>
    </section>
  );
}
