import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch } from 'wouter';
import { useCan, useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Loading, Page } from '../../ui/page';
import { SafeSpaceDetailPage } from './safe-space-detail';
import { SafeSpaceForm } from './safe-space-form';
import { useSafeSpaces } from './safe-spaces.resource';

function SafeSpacesHome() {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const spaces = useSafeSpaces(org.orgId);
  const [adding, setAdding] = useState(false);
  return (
    <Page
      title={t('safeSpaces.title')}
      lead={t('safeSpaces.intro')}
      actions={
        can('safe_space', 'create') && !adding ? (
          <Button onClick={() => setAdding(true)}>{t('safeSpaces.new')}</Button>
        ) : null
      }
    >
      {adding ? (
        <SafeSpaceForm
          orgId={org.orgId}
          onSaved={() => {
            setAdding(false);
            spaces.reload();
          }}
          onCancel={() => setAdding(false)}
        />
      ) : null}
      {spaces.loading && !spaces.data ? <Loading label={t('common.loading')} /> : null}
      {spaces.error ? <Alert kind="error">{spaces.error.message}</Alert> : null}
      {spaces.data && spaces.data.safeSpaces.length === 0 ? (
        <p className="empty">{t('safeSpaces.empty')}</p>
      ) : null}
      <ul className="items">
        {spaces.data?.safeSpaces.map((s) => (
          <li key={s.id} className="item item--wrap">
            <div className="item__main">
              <p className="item__title">
                <Link href={`/${s.id}`}>{s.name}</Link>{' '}
                {s.active ? null : <span className="badge">{t('safeSpaces.closed')}</span>}
              </p>
              <p className="muted flush">
                {s.openingHours || '—'}
                {s.services.length
                  ? ` · ${s.services.map((x) => t(`safeSpaces.serviceNames.${x}`)).join(', ')}`
                  : ''}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </Page>
  );
}

/** Safe spaces (issue 7 §5): drop-in centres, visits counted per day, activities. */
export default function SafeSpacesPage() {
  return (
    <Switch>
      <Route path="/">
        <SafeSpacesHome />
      </Route>
      <Route path="/:spaceId">
        {(params) => <SafeSpaceDetailPage key={params.spaceId} spaceId={params.spaceId} />}
      </Route>
    </Switch>
  );
}
