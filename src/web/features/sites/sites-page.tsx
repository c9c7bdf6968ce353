import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/org-context';
import { Page } from '../../ui/page';
import { AreasPanel } from './areas-panel';
import { MonthPanel } from './month-panel';
import { SitesPanel } from './sites-panel';
import './sites.css';

type Tab = 'sites' | 'month' | 'areas';

/** Zones and sites: the sites (with estimates and workers), the month's zero returns, the areas. */
export default function SitesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const tabs: Tab[] = ['sites', 'month', ...(can('area', 'list') ? (['areas'] as const) : [])];
  const [tab, setTab] = useState<Tab>('sites');
  return (
    <Page title={t('sites.title')} lead={t('sites.description')}>
      <div className="sites-tabs" role="tablist" aria-label={t('sites.tabs.label')}>
        {tabs.map((id) => (
          <button
            key={id}
            id={`sites-tab-${id}`}
            type="button"
            role="tab"
            className="sites-tab"
            aria-selected={tab === id}
            aria-controls={`sites-panel-${id}`}
            onClick={() => setTab(id)}
          >
            {t(`sites.tabs.${id}`)}
          </button>
        ))}
      </div>
      <div id={`sites-panel-${tab}`} role="tabpanel" aria-labelledby={`sites-tab-${tab}`}>
        {tab === 'sites' ? <SitesPanel /> : tab === 'month' ? <MonthPanel /> : <AreasPanel />}
      </div>
    </Page>
  );
}
