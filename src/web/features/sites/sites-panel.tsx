import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverlapWarning, SiteView } from '../../../domain/sites.schemas';
import { useFormat } from '../../app/format';
import { useCan, useCanSeeField, useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField } from '../../ui/field';
import { Loading } from '../../ui/page';
import { OverlapAlert, SavedOverlaps } from './overlap-alert';
import { SiteDetail } from './site-detail';
import { SiteForm } from './site-form';
import { areaOptions, formatAreaPath, formatDays, formatHours } from './site-labels';
import { useAreas, useSiteOverlaps, useSites } from './sites.resource';

/** The sites tab: overlap warnings, a filter by area, the list, and one opened site at a time. */
export function SitesPanel() {
  const { t, i18n } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const format = useFormat();
  const withNotes = useCanSeeField('site', 'notes');
  const [areaId, setAreaId] = useState('');
  const sites = useSites(org.orgId, areaId);
  const areas = useAreas(org.orgId);
  const overlaps = useSiteOverlaps(org.orgId);
  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ text: string; overlaps: readonly OverlapWarning[] } | null>(null);

  const sorted = useMemo(() => {
    const collator = new Intl.Collator(i18n.language);
    return [...(sites.data?.sites ?? [])].sort((a, b) => collator.compare(a.name, b.name));
  }, [sites.data, i18n.language]);
  const areaList = areas.data?.areas ?? [];

  function saved(site: SiteView, text: string) {
    sites.setData((list) => ({ sites: [...(list?.sites ?? []).filter((s) => s.id !== site.id), site] }));
    overlaps.reload();
    setCreating(false);
    setEditingId(null);
    setNotice({ text, overlaps: site.overlaps ?? [] });
  }
  const formProps = {
    orgId: org.orgId,
    areas: areaList,
    withNotes,
    canDelete: can('site', 'delete'),
    onCancel: () => {
      setCreating(false);
      setEditingId(null);
    },
    onDeleted: (site: SiteView) => {
      sites.setData((list) => list && { sites: list.sites.filter((s) => s.id !== site.id) });
      overlaps.reload();
      setEditingId(null);
      setOpenId(null);
      setNotice({ text: t('sites.list.deleted', { name: site.name }), overlaps: [] });
    },
  };

  return (
    <div className="stack">
      {/* Overlaps are for whoever runs the catchment with the other organization. */}
      {can('site', 'update') ? <OverlapAlert sites={overlaps.data?.sites ?? []} /> : null}
      {notice ? (
        <>
          <Alert kind="success">{notice.text}</Alert>
          <SavedOverlaps overlaps={notice.overlaps} />
        </>
      ) : null}
      <div className="sites-toolbar">
        {areaList.length > 0 ? (
          <SelectField
            label={t('sites.list.filterArea')}
            value={areaId}
            onValue={setAreaId}
            options={[{ value: '', label: t('sites.list.allAreas') }, ...areaOptions(areaList)]}
          />
        ) : null}
        {can('site', 'create') && !creating ? (
          <Button
            onClick={() => {
              setCreating(true);
              setEditingId(null);
              setNotice(null);
            }}
          >
            {t('sites.list.new')}
          </Button>
        ) : null}
      </div>
      {creating && areas.data && areaList.length === 0 ? (
        <Alert kind="info">{t('sites.list.needsArea')}</Alert>
      ) : null}
      {creating ? (
        <SiteForm
          {...formProps}
          onSaved={(site) => saved(site, t('sites.list.created', { name: site.name }))}
        />
      ) : null}
      {sites.error ? <Alert kind="error">{sites.error.message}</Alert> : null}
      {sites.loading ? <Loading label={t('common.loading')} /> : null}
      {sites.data && sorted.length === 0 ? (
        <p className="empty">
          {can('site', 'create') ? t('sites.list.empty') : t('sites.list.emptyPromotora')}
        </p>
      ) : null}
      {sorted.length > 0 ? (
        <p className="muted small flush">{t('sites.list.count', { count: sorted.length })}</p>
      ) : null}
      <ul className="items">
        {sorted.map((site) =>
          editingId === site.id ? (
            <li key={site.id}>
              <SiteForm
                {...formProps}
                site={site}
                onSaved={(next) => saved(next, t('sites.list.saved', { name: next.name }))}
              />
            </li>
          ) : (
            <li key={site.id} className="item item--wrap">
              <div className="item__main">
                <p className="item__title">
                  {site.name}
                  <span className="badge">{t(`sites.typologies.${site.typology}`)}</span>
                </p>
                <p className="item__text">{formatAreaPath(site.areaPath)}</p>
                <p className="item__text">
                  {[formatDays(t, site.activityDays), formatHours(t, site)].filter(Boolean).join(' · ')}
                </p>
                <p className="item__text">
                  {site.currentEstimate
                    ? t('sites.list.estimate', {
                        point: format.number(site.currentEstimate.point),
                        low: format.number(site.currentEstimate.low),
                        high: format.number(site.currentEstimate.high),
                      })
                    : t('sites.list.noEstimate')}
                  {' · '}
                  {site.workers.length
                    ? site.workers.map((worker) => worker.displayName).join(', ')
                    : t('sites.list.noWorkers')}
                </p>
              </div>
              <Button
                variant="secondary"
                aria-expanded={openId === site.id}
                aria-label={
                  openId === site.id ? t('sites.list.close') : t('sites.list.open', { name: site.name })
                }
                onClick={() => setOpenId(openId === site.id ? null : site.id)}
              >
                {openId === site.id ? t('sites.list.close') : t('sites.list.show')}
              </Button>
              {openId === site.id ? (
                <SiteDetail
                  orgId={org.orgId}
                  site={site}
                  onEdit={() => {
                    setEditingId(site.id);
                    setOpenId(null);
                    setNotice(null);
                  }}
                  onChanged={(next) =>
                    sites.setData(
                      (list) => list && { sites: list.sites.map((s) => (s.id === next.id ? next : s)) },
                    )
                  }
                />
              ) : null}
            </li>
          ),
        )}
      </ul>
    </div>
  );
}
