import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrg } from '../../app/org-context';
import { orgPath } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Icon } from '../../ui/icons';
import { Page } from '../../ui/page';
import { MemberList } from '../members/member-list';
import { useSites } from '../members/members.resource';
import { ContactForm } from './contact-form';
import './contacts.css';

/**
 * "Registrar contacto": find the person by her code (tap → her record, where today's contact is one
 * more tap), or count people who decline to register as an anonymous tally.
 */
export default function ContactsPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const sites = useSites(org.orgId);
  const [tally, setTally] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const siteChoices = (sites.data?.sites ?? []).map((site) => ({ id: site.id, name: site.name }));
  return (
    <Page title={t('contactScreens.title')} lead={t('contactScreens.lead')}>
      {saved ? <Alert kind="success">{saved}</Alert> : null}
      <section aria-labelledby="anonymous-title" className="contact-anonymous">
        <h2 id="anonymous-title" className="visually-hidden">
          {t('contactScreens.anonymousTitle')}
        </h2>
        {tally ? (
          <ContactForm
            key={formKey}
            orgId={org.orgId}
            mode={{ kind: 'anonymous' }}
            sites={siteChoices}
            title={t('contactScreens.anonymousTitle')}
            onSaved={(contact) => {
              setSaved(t('contactScreens.tallySaved', { n: contact.anonymousCount ?? 1 }));
              setFormKey((k) => k + 1);
              setTally(false);
            }}
            onCancel={() => setTally(false)}
          />
        ) : (
          <Button
            variant="secondary"
            className="contact-anonymous__open"
            onClick={() => {
              setSaved(null);
              setTally(true);
            }}
          >
            <Icon name="tally" />
            {t('contactScreens.anonymousOpen')}
          </Button>
        )}
      </section>
      <section aria-labelledby="pick-title">
        <h2 id="pick-title">{t('contactScreens.pickTitle')}</h2>
        <MemberList
          showFilters={false}
          hrefFor={(member) => `~${orgPath(org.orgId, `/members/${member.id}`)}`}
          openLabel={(code) => t('contactScreens.pickMember', { code })}
        />
      </section>
    </Page>
  );
}
