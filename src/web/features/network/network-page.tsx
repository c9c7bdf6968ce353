import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { OrganizationCreateInput, OrganizationView } from '../../../domain/organizations.schemas';
import { useFormat } from '../../app/format';
import { orgPath, useCan, useOrg } from '../../app/org-context';
import { useMe, useSession } from '../../app/session';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Loading, Page } from '../../ui/page';
import { NetworkOrgCreateForm } from './network-org-create-form';
import { makesSelfAdmin } from './network-org-form';
import { sortOrganizations, upsertOrganization } from './network-order';
import { useNetworkOrganizations } from './network.resource';

interface Notice {
  text: string;
  /** Sign-in details of a new first administrator, to hand over in person. */
  credentials?: { username: string; password: string };
}

/** The organizations of the network; the regional secretariat's administrators add member organizations. */
export default function NetworkPage() {
  const { t, i18n } = useTranslation();
  const org = useOrg();
  const me = useMe();
  const session = useSession();
  const can = useCan();
  const format = useFormat();
  const list = useNetworkOrganizations(org.orgId);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const canCreate = can('network_organization', 'create');

  const sorted = useMemo(
    () => sortOrganizations(list.data?.organizations ?? [], i18n.language),
    [list.data, i18n.language],
  );
  const memberOf = (id: string) => me.memberships.some((m) => m.orgId === id);

  async function created(organization: OrganizationView, input: OrganizationCreateInput) {
    list.setData((current) => ({
      organizations: upsertOrganization(current?.organizations ?? [], organization),
    }));
    setCreating(false);
    const { name } = organization;
    if (input.firstAdmin.kind === 'new') {
      const { username, temporaryPassword: password } = input.firstAdmin;
      setNotice({ text: t('network.createdNew', { name }), credentials: { username, password } });
    } else if (makesSelfAdmin(input, me.user.username)) {
      setNotice({ text: t('network.createdSelf', { name }) });
      // The organization exists either way; if this read fails, the switcher catches up on the next load.
      await session.reloadMe().catch(() => undefined);
    } else {
      setNotice({ text: t('network.createdExisting', { name, username: input.firstAdmin.username }) });
    }
  }

  return (
    <Page
      title={t('nav.network')}
      lead={t('network.lead', { network: org.networkName })}
      actions={
        canCreate && !creating ? (
          <Button
            onClick={() => {
              setCreating(true);
              setNotice(null);
            }}
          >
            {t('network.new')}
          </Button>
        ) : null
      }
    >
      {notice ? (
        <Alert kind="success">
          <p className="flush">{notice.text}</p>
          {notice.credentials ? (
            <dl className="credentials">
              <div>
                <dt>{t('staff.username')}</dt>
                <dd>
                  <code>{notice.credentials.username}</code>
                </dd>
              </div>
              <div>
                <dt>{t('staff.temporaryPassword')}</dt>
                <dd>
                  <code>{notice.credentials.password}</code>
                </dd>
              </div>
            </dl>
          ) : null}
        </Alert>
      ) : null}
      {creating ? (
        <NetworkOrgCreateForm
          orgId={org.orgId}
          onCancel={() => setCreating(false)}
          onCreated={(organization, input) => void created(organization, input)}
        />
      ) : null}
      <h2>{t('network.listTitle')}</h2>
      {list.error ? <Alert kind="error">{list.error.message}</Alert> : null}
      {list.loading ? <Loading label={t('common.loading')} /> : null}
      <ul className="items" aria-label={t('network.listTitle')}>
        {sorted.map((organization) => {
          const current = organization.id === org.orgId;
          return (
            <li key={organization.id} className="item">
              <div className="item__main">
                <p className="item__title">
                  {organization.name}
                  {current ? <span className="badge">{t('network.current')}</span> : null}
                </p>
                <p className="item__text">
                  {t(`levels.${organization.level}`)} · {format.country(organization.countryCode)}
                </p>
              </div>
              {!current && memberOf(organization.id) ? (
                <Link
                  href={`~${orgPath(organization.id)}`}
                  className="button button--secondary"
                  aria-label={t('network.openTitle', { name: organization.name })}
                >
                  {t('network.open')}
                </Link>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Page>
  );
}
