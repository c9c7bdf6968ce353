import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalGroupView } from '../../../domain/organizations.schemas';
import { useFormat } from '../../app/format';
import { useCan, useCanSeeField, useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Loading, Page } from '../../ui/page';
import { LocalGroupForm } from './local-group-form';
import { useLocalGroups } from './local-groups.resource';

/** Local groups of the organization: list for everyone; create, edit (with notes) by role. */
export default function LocalGroupsPage() {
  const { t, i18n } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const withNotes = useCanSeeField('local_group', 'notes');
  const format = useFormat();
  const groups = useLocalGroups(org.orgId);
  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const sorted = useMemo(() => {
    const collator = new Intl.Collator(i18n.language);
    return [...(groups.data?.localGroups ?? [])].sort((a, b) => collator.compare(a.name, b.name));
  }, [groups.data, i18n.language]);

  function replace(saved: LocalGroupView) {
    groups.setData((list) => ({
      localGroups: [...(list?.localGroups ?? []).filter((g) => g.id !== saved.id), saved],
    }));
  }

  const formProps = {
    orgId: org.orgId,
    withNotes,
    canDelete: can('local_group', 'delete'),
    onCancel: () => {
      setCreating(false);
      setEditingId(null);
    },
    onDeleted: (group: LocalGroupView) => {
      groups.setData((list) => list && { localGroups: list.localGroups.filter((g) => g.id !== group.id) });
      setEditingId(null);
      setNotice(t('localGroups.deleted', { name: group.name }));
    },
  };

  return (
    <Page
      title={t('nav.localGroups')}
      lead={t('localGroups.description')}
      actions={
        can('local_group', 'create') && !creating ? (
          <Button
            onClick={() => {
              setCreating(true);
              setEditingId(null);
              setNotice(null);
            }}
          >
            {t('localGroups.new')}
          </Button>
        ) : null
      }
    >
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {creating ? (
        <LocalGroupForm
          {...formProps}
          onSaved={(saved) => {
            replace(saved);
            setCreating(false);
            setNotice(t('localGroups.created', { name: saved.name }));
          }}
        />
      ) : null}
      {groups.error ? <Alert kind="error">{groups.error.message}</Alert> : null}
      {groups.loading ? <Loading label={t('common.loading')} /> : null}
      {groups.data && sorted.length === 0 ? <p className="empty">{t('localGroups.empty')}</p> : null}
      <ul className="items">
        {sorted.map((group) =>
          editingId === group.id ? (
            <li key={group.id}>
              <LocalGroupForm
                {...formProps}
                group={group}
                onSaved={(saved) => {
                  replace(saved);
                  setEditingId(null);
                  setNotice(t('localGroups.saved', { name: saved.name }));
                }}
              />
            </li>
          ) : (
            <li key={group.id} className="item">
              <div className="item__main">
                <p className="item__title">{group.name}</p>
                <p className="item__text">
                  {t('localGroups.updated', { date: format.date(group.updatedAt) })}
                </p>
              </div>
              {can('local_group', 'update') ? (
                <Button
                  variant="secondary"
                  aria-label={t('localGroups.editTitle', { name: group.name })}
                  onClick={() => {
                    setEditingId(group.id);
                    setCreating(false);
                    setNotice(null);
                  }}
                >
                  {t('common.edit')}
                </Button>
              ) : null}
            </li>
          ),
        )}
      </ul>
    </Page>
  );
}
