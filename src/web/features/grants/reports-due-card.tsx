import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { orgPath, useOrg } from '../../app/org-context';
import { Icon } from '../../ui/icons';
import { useDueReports } from './grants.resource';
import { useMoney } from './money';
import './grants.css';

/** Home card: grant reports overdue or due within 30 days; nothing at all when none is. */
export default function ReportsDueCard() {
  const { t } = useTranslation();
  const org = useOrg();
  const { day } = useMoney();
  const due = useDueReports(org.orgId);
  const list = due.data?.reports ?? [];
  if (list.length === 0) return null;
  return (
    <section className="card grants-card" aria-labelledby="grants-card-title">
      <h2 id="grants-card-title" className="form__title">
        <Icon name="grant" size={20} /> {t('grants.card.title', { count: list.length })}
      </h2>
      <ul className="grants-card__list">
        {list.slice(0, 4).map((report) => (
          <li key={report.id}>
            <strong>{report.grantTitle}</strong> · {t(`grants.reportKinds.${report.kind}`)}{' '}
            <span className={report.state === 'overdue' ? 'badge badge--warn' : 'badge'}>
              {report.state === 'overdue'
                ? t('grants.card.overdue', { date: day(report.dueOn), count: -report.daysLeft })
                : t('grants.card.dueIn', { date: day(report.dueOn), count: report.daysLeft })}
            </span>
          </li>
        ))}
      </ul>
      <Link href={`~${orgPath(org.orgId, '/grants')}`}>{t('grants.card.open')}</Link>
    </section>
  );
}
