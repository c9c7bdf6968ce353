import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../../domain/audit.schemas';
import { useFormat } from '../../app/format';
import { useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField } from '../../ui/field';
import { Loading, Page } from '../../ui/page';
import { fetchAuditPage } from './audit.resource';

const RESOURCE_TYPES = ['session', 'user', 'membership', 'organization', 'local_group'] as const;

/** Action codes are stable (`local_group.updated`); the catalog names them, unknown ones show as is. */
function useActionLabel(): (action: string) => string {
  const { t, i18n } = useTranslation();
  return (action) => {
    const key = `audit.actions.${action.replace(/\./g, '_')}`;
    return i18n.exists(key) ? t(key) : action;
  };
}

/** The organization's tamper-evident audit log (who did what, when), for administrators. */
export default function AuditPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const format = useFormat();
  const actionLabel = useActionLabel();
  const [resourceType, setResourceType] = useState('');
  const [entries, setEntries] = useState<AuditEntryView[]>([]);
  const [nextBefore, setNextBefore] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  function load(before: string | null, signal?: AbortSignal) {
    setLoading(true);
    setError(null);
    fetchAuditPage(org.orgId, { before, resourceType: resourceType || undefined }, signal).then(
      (page) => {
        setEntries((current) => (before ? [...current, ...page.entries] : page.entries));
        setNextBefore(page.nextBefore);
        setLoading(false);
      },
      (reason: unknown) => {
        if (signal?.aborted) return;
        setError(reason instanceof Error ? reason.message : t('common.unexpectedError'));
        setLoading(false);
      },
    );
  }

  useEffect(() => {
    const controller = new AbortController();
    load(null, controller.signal);
    return () => controller.abort();
  }, [org.orgId, resourceType]);

  const resourceLabel = (type: string) =>
    (RESOURCE_TYPES as readonly string[]).includes(type) ? t(`audit.resources.${type}`) : type;

  return (
    <Page title={t('nav.audit')} lead={t('audit.lead')}>
      <div className="filters">
        <SelectField
          label={t('audit.filter')}
          value={resourceType}
          onValue={setResourceType}
          options={[
            { value: '', label: t('audit.all') },
            ...RESOURCE_TYPES.map((type) => ({ value: type, label: resourceLabel(type) })),
          ]}
        />
      </div>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {!loading && !error && entries.length === 0 ? <p className="empty">{t('audit.empty')}</p> : null}
      <ol className="items audit">
        {entries.map((entry) => (
          <li key={entry.id} className="item item--compact">
            <div className="item__main">
              <p className="item__title">{actionLabel(entry.action)}</p>
              <p className="item__text">
                <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
                {' · '}
                {entry.actor ?? t('audit.system')}
                {' · '}
                {resourceLabel(entry.resourceType)}
                {entry.resourceId ? <code className="audit__id"> {entry.resourceId.slice(-8)}</code> : null}
              </p>
            </div>
          </li>
        ))}
      </ol>
      {loading ? <Loading label={t('common.loading')} /> : null}
      {nextBefore && !loading ? (
        <Button variant="secondary" onClick={() => load(nextBefore)}>
          {t('audit.more')}
        </Button>
      ) : null}
    </Page>
  );
}
