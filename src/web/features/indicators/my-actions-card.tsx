import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { orgPath, useCan, useOrg } from '../../app/org-context';
import { Icon } from '../../ui/icons';
import { useDayFormat } from '../planning/day-format';
import { useMyActions } from './indicators.resource';
import './indicators.css';

/** Home card: my open action items of the monthly review due within a week or overdue. */
export default function MyReviewActionsCard() {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const day = useDayFormat();
  const actions = useMyActions(org.orgId);
  const list = actions.data?.actions ?? [];
  if (list.length === 0) return null;
  return (
    <section className="card overdue-card" aria-labelledby="review-actions-card-title">
      <h2 id="review-actions-card-title" className="form__title">
        <Icon name="check" size={20} /> {t('indicators.card.title', { count: list.length })}
      </h2>
      <ul className="overdue-card__list">
        {list.slice(0, 3).map((action) => (
          <li key={action.id}>
            <strong>{action.title}</strong>{' '}
            <span className="small muted">
              {action.overdue
                ? t('indicators.card.overdue', { date: day(action.dueOn) })
                : t('indicators.card.due', { date: day(action.dueOn) })}
            </span>
          </li>
        ))}
      </ul>
      {can('indicator_review', 'read') ? (
        <Link href={`~${orgPath(org.orgId, '/indicators')}`}>{t('indicators.card.open')}</Link>
      ) : null}
    </section>
  );
}
