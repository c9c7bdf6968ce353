import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { orgPath, useOrg } from '../../app/org-context';
import { Icon } from '../../ui/icons';
import { useDueCommitments } from './advocacy.resource';

/** Home card: commitments of authorities whose follow-up date has come; nothing when none. */
export default function CommitmentsDueCard() {
  const { t } = useTranslation();
  const org = useOrg();
  const due = useDueCommitments(org.orgId);
  const items = due.data?.commitments ?? [];
  if (items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="commitments-due-title">
      <h2 id="commitments-due-title" className="form__title">
        <Icon name="calendar" size={20} /> {t('advocacy.card.title', { count: items.length })}
      </h2>
      <ul className="small">
        {items.slice(0, 3).map((c) => (
          <li key={c.id}>
            {c.officeTitle}: {c.description} ({c.followUpOn})
          </li>
        ))}
      </ul>
      <Link href={`~${orgPath(org.orgId, '/advocacy')}`}>{t('advocacy.card.open')}</Link>
    </section>
  );
}
