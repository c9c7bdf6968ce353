import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteView } from '../../../domain/sites.schemas';
import { useCan, useCanSeeField } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Loading } from '../../ui/page';
import { EstimatesSection } from './estimates-section';
import { SavedOverlaps } from './overlap-alert';
import { formatAreaPath, formatDays, formatHours } from './site-labels';
import { SiteWorkersForm } from './site-workers-form';
import { fetchSite, useLocalGroupChoices } from './sites.resource';

interface SiteDetailProps {
  orgId: string;
  site: SiteView;
  onEdit: () => void;
  onChanged: (site: SiteView) => void;
}

/** One site opened from the list: facts, notes (an audited read), who works it, its estimates. */
export function SiteDetail({ orgId, site, onEdit, onChanged }: SiteDetailProps) {
  const { t } = useTranslation();
  const can = useCan();
  const withNotes = useCanSeeField('site', 'notes');
  const groups = useLocalGroupChoices(orgId);
  const [full, setFull] = useState<SiteView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editingWorkers, setEditingWorkers] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    fetchSite(orgId, site.id).then(
      (loaded) => live && setFull(loaded),
      (reason: unknown) =>
        live && setError(reason instanceof Error ? reason.message : t('common.unexpectedError')),
    );
    return () => {
      live = false;
    };
  }, [orgId, site.id]);

  const shown = full ?? site;
  const hours = formatHours(t, shown);
  const group = groups.data?.localGroups.find((g) => g.id === shown.localGroupId);
  return (
    <div className="card stack sites-detail">
      <h3 className="visually-hidden">{t('sites.detail.title', { name: shown.name })}</h3>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <dl className="sites-facts">
        <dt>{t('sites.detail.area')}</dt>
        <dd>{formatAreaPath(shown.areaPath)}</dd>
        <dt>{t('sites.detail.typology')}</dt>
        <dd>{t(`sites.typologies.${shown.typology}`)}</dd>
        <dt>{t('sites.detail.days')}</dt>
        <dd>{formatDays(t, shown.activityDays)}</dd>
        {hours ? (
          <>
            <dt>{t('sites.detail.hours')}</dt>
            <dd>{hours}</dd>
          </>
        ) : null}
        {group ? (
          <>
            <dt>{t('sites.detail.localGroup')}</dt>
            <dd>{group.name}</dd>
          </>
        ) : null}
      </dl>
      {full?.overlaps && can('site', 'update') ? <SavedOverlaps overlaps={full.overlaps} /> : null}
      {withNotes ? (
        <section>
          <h4 className="flush">{t('sites.detail.notes')}</h4>
          {full ? (
            <p className="sites-notes">{full.notes || t('sites.detail.noNotes')}</p>
          ) : (
            <Loading label={t('common.loading')} />
          )}
        </section>
      ) : null}
      <section className="stack">
        <h4 className="flush">{t('sites.detail.workers')}</h4>
        {notice ? <Alert kind="success">{notice}</Alert> : null}
        <p className="flush">
          {shown.workers.length
            ? shown.workers.map((worker) => worker.displayName).join(', ')
            : t('sites.list.noWorkers')}
        </p>
        {can('site', 'update') && !editingWorkers ? (
          <div className="form__actions">
            <Button variant="secondary" onClick={() => setEditingWorkers(true)}>
              {t('sites.detail.editWorkers')}
            </Button>
            <Button variant="secondary" onClick={onEdit}>
              {t('sites.detail.edit')}
            </Button>
          </div>
        ) : null}
        {editingWorkers ? (
          <SiteWorkersForm
            orgId={orgId}
            site={shown}
            onCancel={() => setEditingWorkers(false)}
            onSaved={(workers) => {
              const next = { ...shown, workers };
              setFull(full ? next : null);
              onChanged(next);
              setEditingWorkers(false);
              setNotice(t('sites.detail.workersSaved', { name: shown.name }));
            }}
          />
        ) : null}
      </section>
      <EstimatesSection orgId={orgId} siteId={site.id} canAdd={can('site_estimate', 'create')} />
    </div>
  );
}
