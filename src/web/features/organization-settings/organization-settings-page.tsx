import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationView } from '../../../domain/organizations.schemas';
import { useOrg } from '../../app/org-context';
import { useSession } from '../../app/session';
import { Alert } from '../../ui/alert';
import { Loading, Page } from '../../ui/page';
import { RegistrySettingsSection } from '../registry-settings/registry-settings-section';
import { OrganizationForm } from './organization-form';
import { useOrganization } from './organization-settings.resource';

type Notice = { kind: 'success' | 'info'; text: string };

/** The organization's own data: administrators change its name and country; level and network stay. */
export default function OrganizationSettingsPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const session = useSession();
  const organization = useOrganization(org.orgId);
  const [notice, setNotice] = useState<Notice | null>(null);

  async function saved(changed: OrganizationView | null) {
    if (!changed) return setNotice({ kind: 'info', text: t('settings.unchanged') });
    organization.setData(() => changed);
    setNotice({ kind: 'success', text: t('settings.saved', { name: changed.name }) });
    // The name and country also live in the session's memberships (switcher, start page).
    await session.reloadMe().catch(() => undefined);
  }

  return (
    <Page title={t('nav.settings')} lead={t('settings.lead')} narrow>
      <div className="stack">
        {notice ? <Alert kind={notice.kind}>{notice.text}</Alert> : null}
        {organization.error ? <Alert kind="error">{organization.error.message}</Alert> : null}
        {organization.loading ? <Loading label={t('common.loading')} /> : null}
        {organization.data ? (
          <>
            <OrganizationForm organization={organization.data} onSaved={(changed) => void saved(changed)} />
            <section className="card stack" aria-label={t('settings.fixedTitle')}>
              <dl className="facts flush">
                <div>
                  <dt>{t('home.level')}</dt>
                  <dd>{t(`levels.${organization.data.level}`)}</dd>
                </div>
                <div>
                  <dt>{t('home.network')}</dt>
                  <dd>{org.networkName}</dd>
                </div>
              </dl>
              <p className="muted small flush">{t('settings.levelNote')}</p>
            </section>
            <RegistrySettingsSection orgId={org.orgId} />
          </>
        ) : null}
      </div>
    </Page>
  );
}
