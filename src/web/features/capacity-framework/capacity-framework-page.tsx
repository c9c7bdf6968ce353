import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CapacityFrameworkView } from '../../../domain/capacity-framework.schemas';
import { ApiError } from '../../app/api-client';
import { useFormat } from '../../app/format';
import { useCan, useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField } from '../../ui/field';
import { Loading, Page } from '../../ui/page';
import { useFramework, useFrameworkVersions } from './capacity-framework.resource';
import { FrameworkChangesSummary } from './framework-changes';
import { FrameworkDomain } from './framework-domain';
import './capacity-framework.css';

/**
 * The organization's capacity framework: browse any version (domains folded, items open to their four
 * levels), and on the current version add or reword own items and switch optional domains. A change
 * to a version an assessment already used lands in a new version, announced here.
 */
export default function CapacityFrameworkPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const format = useFormat();
  const versions = useFrameworkVersions(org.orgId);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const framework = useFramework(org.orgId, selectedId);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  // Bumped on every saved change, so the summary of changes is read again.
  const [edits, setEdits] = useState(0);

  const current = versions.data?.frameworks.find((f) => f.current);
  const shown = framework.data;
  const isCurrent = shown !== undefined && (selectedId === null || shown.id === current?.id);
  const editable = isCurrent && can('capacity_framework', 'update');

  function saved(next: CapacityFrameworkView) {
    const previous = shown;
    setSelectedId(null);
    framework.setData(() => next);
    setEdits((n) => n + 1);
    if (previous && next.id !== previous.id) {
      versions.reload();
      setNotice({
        kind: 'success',
        text: t('capacityFramework.newVersionCreated', { version: next.version, previous: previous.version }),
      });
    } else {
      setNotice({ kind: 'success', text: t('capacityFramework.saved', { version: next.version }) });
    }
  }

  function failed(error: unknown) {
    if (error instanceof ApiError && error.details?.reason === 'notCurrent') versions.reload();
    setNotice({ kind: 'error', text: error instanceof Error ? error.message : t('common.unexpectedError') });
  }

  const core = shown?.domains.filter((d) => !d.optional) ?? [];
  const optional = shown?.domains.filter((d) => d.optional) ?? [];
  const domainProps = {
    orgId: org.orgId,
    frameworkId: shown?.id ?? '',
    editable,
    onSaved: saved,
    onError: failed,
  };

  return (
    <Page title={t('capacityFramework.nav')} lead={t('capacityFramework.intro')}>
      {versions.data && versions.data.frameworks.length > 1 ? (
        <SelectField
          label={t('capacityFramework.versionLabel')}
          value={shown?.id ?? ''}
          onValue={(id) => {
            setNotice(null);
            setSelectedId(id === current?.id ? null : id);
          }}
          options={versions.data.frameworks.map((f) => ({
            value: f.id,
            label: f.current
              ? t('capacityFramework.versionOptionCurrent', { version: f.version })
              : f.frozenAt
                ? t('capacityFramework.versionOptionFrozen', {
                    version: f.version,
                    date: format.date(f.frozenAt),
                  })
                : t('capacityFramework.versionOption', { version: f.version }),
          }))}
        />
      ) : null}
      {notice ? (
        <Alert kind={notice.kind} key={notice.text}>
          {notice.text}
        </Alert>
      ) : null}
      {framework.error ? <Alert kind="error">{framework.error.message}</Alert> : null}
      {framework.loading && !shown ? <Loading label={t('common.loading')} /> : null}
      {shown ? (
        <>
          <div className="cf-status">
            <p className="cf-status__version">{t('capacityFramework.version', { version: shown.version })}</p>
            {!isCurrent ? (
              <>
                <p className="muted small flush">{t('capacityFramework.statusOld')}</p>
                <Button variant="link" onClick={() => setSelectedId(null)}>
                  {t('capacityFramework.showCurrent')}
                </Button>
              </>
            ) : shown.frozenAt ? (
              <p className="small flush">
                {t('capacityFramework.statusFrozen', {
                  date: format.date(shown.frozenAt),
                  next: shown.version + 1,
                })}
              </p>
            ) : (
              <p className="muted small flush">{t('capacityFramework.statusEditable')}</p>
            )}
          </div>
          <FrameworkChangesSummary key={`${shown.id}:${edits}`} orgId={org.orgId} framework={shown} />
          <h2 className="cf-heading">{t('capacityFramework.coreDomains')}</h2>
          <ul className="cf-domains">
            {core.map((domain) => (
              <FrameworkDomain key={domain.key} domain={domain} {...domainProps} />
            ))}
          </ul>
          <h2 className="cf-heading">{t('capacityFramework.optionalDomains')}</h2>
          <p className="muted small">{t('capacityFramework.optionalHint')}</p>
          <ul className="cf-domains">
            {optional.map((domain) => (
              <FrameworkDomain key={domain.key} domain={domain} {...domainProps} />
            ))}
          </ul>
          <p className="muted small">{t('capacityFramework.naNote')}</p>
        </>
      ) : null}
    </Page>
  );
}
