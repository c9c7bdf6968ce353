import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactView } from '../../../domain/contacts.schemas';
import { ApiError } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { useCan } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ConfirmAction } from '../../ui/confirm-action';
import { Icon } from '../../ui/icons';
import { ContactForm, type SiteChoice } from './contact-form';
import { correctContact } from './contacts.resource';

interface ContactHistoryProps {
  orgId: string;
  /** Every event, newest first (corrections and voids included). */
  contacts: readonly ContactView[];
  sites: readonly SiteChoice[];
  onChanged: () => void;
}

function Summary({ contact }: { contact: ContactView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const parts = [
    contact.condoms > 0 ? t('contactScreens.condomsCount', { n: format.number(contact.condoms) }) : null,
    contact.lubricant > 0
      ? t('contactScreens.lubricantCount', { n: format.number(contact.lubricant) })
      : null,
    contact.hivSelfTests > 0
      ? t('contactScreens.testsCount', { n: format.number(contact.hivSelfTests) })
      : null,
    ...contact.infoTopics.map((topic) => t(`contactScreens.topics.${topic}`)),
    ...contact.referrals.map((referral) =>
      t('contactScreens.referredTo', { service: t(`contactScreens.referrals.${referral.service}`) }),
    ),
    ...contact.needs.map((need) => t(`contactScreens.needs.${need}`)),
  ].filter((part): part is string => part !== null);
  return <p className="item__text">{parts.length ? parts.join(' · ') : t('contactScreens.nothingGiven')}</p>;
}

/**
 * A member's contacts, newest first. Corrections stay visible: a corrected or voided event is shown
 * struck through with what replaced it, so the history tells what happened and what counts.
 */
export function ContactHistory({ orgId, contacts, sites, onChanged }: ContactHistoryProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const can = useCan();
  const [correcting, setCorrecting] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mayCorrect = can('contact', 'correct');
  if (contacts.length === 0) return <p className="empty">{t('contactScreens.noContacts')}</p>;
  return (
    <>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <ol className="items contact-history" aria-label={t('contactScreens.historyTitle')}>
        {contacts.map((contact) => {
          const status = contact.voided
            ? 'voided'
            : contact.effective
              ? contact.supersedesId
                ? 'correction'
                : 'effective'
              : 'superseded';
          return (
            <li key={contact.id} className={`item contact-event contact-event--${status}`}>
              <div className="item__main">
                <p className="item__title">
                  {format.date(`${contact.contactedOn}T12:00:00`)}
                  {contact.firstContact ? (
                    <span className="badge badge--ok">{t('contactScreens.firstContact')}</span>
                  ) : null}
                  {status !== 'effective' ? (
                    <span className={status === 'correction' ? 'badge' : 'badge badge--warn'}>
                      {t(`contactScreens.status.${status}`)}
                    </span>
                  ) : null}
                </p>
                {contact.voided ? null : <Summary contact={contact} />}
              </div>
              {mayCorrect && contact.effective && !contact.voided && correcting !== contact.id ? (
                <div className="actions-list">
                  <Button
                    variant="secondary"
                    aria-label={t('contactScreens.correctOf', {
                      date: format.date(`${contact.contactedOn}T12:00:00`),
                    })}
                    onClick={() => setCorrecting(contact.id)}
                  >
                    <Icon name="edit" size={20} />
                    {t('contactScreens.correct')}
                  </Button>
                  <ConfirmAction
                    label={t('contactScreens.void')}
                    question={t('contactScreens.voidQuestion')}
                    confirmLabel={t('contactScreens.voidConfirm')}
                    cancelLabel={t('contactScreens.cancel')}
                    danger
                    onConfirm={async () => {
                      setError(null);
                      try {
                        await correctContact(orgId, contact.id, { voided: true });
                        onChanged();
                      } catch (reason) {
                        setError(
                          reason instanceof ApiError ? reason.message : t('contactScreens.saveFailed'),
                        );
                      }
                    }}
                  />
                </div>
              ) : null}
              {correcting === contact.id ? (
                <ContactForm
                  orgId={orgId}
                  mode={{ kind: 'correct', contact }}
                  sites={sites}
                  title={t('contactScreens.correctTitle')}
                  onSaved={() => {
                    setCorrecting(null);
                    onChanged();
                  }}
                  onCancel={() => setCorrecting(null)}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}
