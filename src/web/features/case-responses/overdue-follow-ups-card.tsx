import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { orgPath, useOrg } from '../../app/org-context';
import { Icon } from '../../ui/icons';
import { useFollowUpSummary } from './case-responses.resource';

/** Home card: how many of the caller's case follow-ups are overdue (counts only); nothing when none. */
export default function OverdueFollowUpsCard() {
  const { t } = useTranslation();
  const org = useOrg();
  const summary = useFollowUpSummary(org.orgId);
  const overdue = summary.data?.overdue ?? 0;
  if (overdue === 0) return null;
  return (
    <section className="card" aria-labelledby="overdue-follow-ups-title">
      <h2 id="overdue-follow-ups-title" className="form__title">
        <Icon name="calendar" size={20} /> {t('caseResponses.card.title', { count: overdue })}
      </h2>
      {summary.data && summary.data.dueToday > 0 ? (
        <p className="small muted">{t('caseResponses.card.dueToday', { count: summary.data.dueToday })}</p>
      ) : null}
      <Link href={`~${orgPath(org.orgId, '/follow-ups')}`}>{t('caseResponses.card.open')}</Link>
    </section>
  );
}
