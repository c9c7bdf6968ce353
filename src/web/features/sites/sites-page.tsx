import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/org-context';
import { Page } from '../../ui/page';
import { Tabs } from '../../ui/tabs';
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
      <Tabs
        idPrefix="sites"
        label={t('sites.tabs.label')}
        tabs={tabs}
        current={tab}
        labelOf={(id) => t(`sites.tabs.${id}`)}
        onSelect={setTab}
      >
        {tab === 'sites' ? <SitesPanel /> : tab === 'month' ? <MonthPanel /> : <AreasPanel />}
      </Tabs>
    </Page>
  );
}
