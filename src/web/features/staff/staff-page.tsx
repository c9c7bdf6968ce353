import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUserView } from '../../../domain/users.schemas';
import { useFormat } from '../../app/format';
import { useCan, useOrg } from '../../app/org-context';
import { useMe } from '../../app/session';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Loading, Page } from '../../ui/page';
import { StaffAddExistingForm } from './staff-add-existing-form';
import { StaffCreateForm } from './staff-create-form';
import { StaffManagePanel } from './staff-manage-panel';
import { useLocalGroupChoices, useStaff } from './staff.resource';

/** Staff accounts of the organization and their roles; administrators manage them. */
export default function StaffPage() {
  const { t, i18n } = useTranslation();
  const org = useOrg();
  const me = useMe();
  const can = useCan();
  const format = useFormat();
  const staff = useStaff(org.orgId);
  const localGroups = useLocalGroupChoices(org.orgId);
  const [opened, setOpened] = useState<'create' | 'addExisting' | null>(null);
  const [managingId, setManagingId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const canCreate = can('org_user', 'create');
  const canUpdate = can('org_user', 'update');
  const groups = localGroups.data?.localGroups ?? [];
  const groupName = (id: string | null) => groups.find((g) => g.id === id)?.name;

  const sorted = useMemo(() => {
    const collator = new Intl.Collator(i18n.language);
    return [...(staff.data?.users ?? [])].sort((a, b) => collator.compare(a.displayName, b.displayName));
  }, [staff.data, i18n.language]);

  function open(form: 'create' | 'addExisting') {
    setOpened(form);
    setManagingId(null);
    setNotice(null);
  }

  function replace(user: OrgUserView) {
    staff.setData((list) => ({
      users: [...(list?.users ?? []).filter((u) => u.membershipId !== user.membershipId), user],
    }));
  }

  return (
    <Page
      title={t('nav.staff')}
      lead={t('staff.description')}
      actions={
        canCreate && !opened ? (
          <>
            <Button onClick={() => open('create')}>{t('staff.new')}</Button>
            <Button variant="secondary" onClick={() => open('addExisting')}>
              {t('staff.addExisting')}
            </Button>
          </>
        ) : null
      }
    >
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {opened === 'create' ? (
        <StaffCreateForm
          orgId={org.orgId}
          localGroups={groups}
          onCancel={() => setOpened(null)}
          onCreated={(user, password) => {
            replace(user);
            setOpened(null);
            setNotice(t('staff.created', { name: user.displayName, username: user.username, password }));
          }}
        />
      ) : null}
      {opened === 'addExisting' ? (
        <StaffAddExistingForm
          orgId={org.orgId}
          localGroups={groups}
          onCancel={() => setOpened(null)}
          onAdded={(user) => {
            replace(user);
            setOpened(null);
            setNotice(t('staff.added', { name: user.displayName, role: t(`roles.${user.role}`) }));
          }}
        />
      ) : null}
      {staff.error ? <Alert kind="error">{staff.error.message}</Alert> : null}
      {staff.loading ? <Loading label={t('common.loading')} /> : null}
      <ul className="items">
        {sorted.map((user) => {
          const self = user.userId === me.user.id;
          const group = groupName(user.localGroupId);
          return (
            <li key={user.membershipId} className="item item--wrap">
              <div className="item__main">
                <p className="item__title">
                  {user.displayName} <span className="muted">({user.username})</span>
                  {self ? <span className="badge">{t('staff.you')}</span> : null}
                  {user.disabled ? (
                    <span className="badge badge--warn">{t('staff.disabledBadge')}</span>
                  ) : null}
                  {user.totpEnabled ? <span className="badge badge--ok">{t('staff.totpBadge')}</span> : null}
                </p>
                <p className="item__text">
                  {t(`roles.${user.role}`)}
                  {group ? ` · ${group}` : ''}
                  {' · '}
                  {user.lastLoginAt
                    ? t('staff.lastLogin', { date: format.dateTime(user.lastLoginAt) })
                    : t('staff.neverLoggedIn')}
                </p>
              </div>
              {canUpdate && !self && managingId !== user.membershipId ? (
                <Button
                  variant="secondary"
                  aria-label={t('staff.manageTitle', { name: user.displayName })}
                  onClick={() => {
                    setManagingId(user.membershipId);
                    setOpened(null);
                    setNotice(null);
                  }}
                >
                  {t('staff.manage')}
                </Button>
              ) : null}
              {managingId === user.membershipId ? (
                <StaffManagePanel
                  orgId={org.orgId}
                  user={user}
                  localGroups={groups}
                  onClose={() => setManagingId(null)}
                  onChanged={(changed, message) => {
                    replace(changed);
                    setNotice(message);
                  }}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </Page>
  );
}
