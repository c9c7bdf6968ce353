import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { orgPath, useOrg } from '../../app/org-context';
import { Icon } from '../../ui/icons';
import { useDayFormat } from './day-format';
import { useDocuments } from './planning.resource';
import './planning.css';

/** Home card: registration documents expired or expiring within 60 days; nothing otherwise. */
export default function DocumentsRenewalCard() {
  const { t } = useTranslation();
  const org = useOrg();
  const day = useDayFormat();
  const documents = useDocuments(org.orgId, true);
  const list = documents.data?.documents ?? [];
  if (list.length === 0) return null;
  return (
    <section className="card renewal-card" aria-labelledby="documents-renewal-card-title">
      <h2 id="documents-renewal-card-title" className="form__title">
        <Icon name="calendar" size={20} /> {t('planning.card.title', { count: list.length })}
      </h2>
      <ul className="renewal-card__list">
        {list.slice(0, 4).map((document) => (
          <li key={document.id}>
            <strong>{document.title}</strong>{' '}
            <span className={document.expiry === 'expired' ? 'planning-expiry--warn' : 'small muted'}>
              {document.expiry === 'expired'
                ? t('planning.card.expired', { date: day(document.expiresOn ?? '') })
                : t('planning.card.expires', {
                    date: day(document.expiresOn ?? ''),
                    days: document.daysLeft ?? 0,
                  })}
            </span>
          </li>
        ))}
      </ul>
      <Link href={`~${orgPath(org.orgId, '/planning')}?tab=documents`}>{t('planning.card.open')}</Link>
    </section>
  );
}
