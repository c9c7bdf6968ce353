import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/org-context';
import { Page } from '../../ui/page';
import { Tabs } from '../../ui/tabs';
import { FeesPanel } from './fees-panel';
import { GrantsPanel } from './grants-panel';
import { PipelinePanel } from './pipeline-panel';
import './grants.css';

type Tab = 'grants' | 'pipeline' | 'fees';

/** Projects and grants (with the reporting calendar), the resource-mobilization pipeline, fees. */
export default function GrantsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const tabs: Tab[] = [
    'grants',
    ...(can('funding_opportunity', 'list') ? (['pipeline'] as const) : []),
    ...(can('membership_fee', 'list') ? (['fees'] as const) : []),
  ];
  const [tab, setTab] = useState<Tab>('grants');
  return (
    <Page title={t('grants.title')} lead={t('grants.description')}>
      <Tabs
        idPrefix="grants"
        label={t('grants.tabs.label')}
        tabs={tabs}
        current={tab}
        labelOf={(id) => t(`grants.tabs.${id}`)}
        onSelect={setTab}
      >
        {tab === 'grants' ? <GrantsPanel /> : tab === 'pipeline' ? <PipelinePanel /> : <FeesPanel />}
      </Tabs>
    </Page>
  );
}
