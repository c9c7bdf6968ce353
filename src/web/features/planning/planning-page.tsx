import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/org-context';
import { Page } from '../../ui/page';
import { Tabs } from '../../ui/tabs';
import { DocumentsPanel } from './documents-panel';
import { StrategyPanel } from './strategy-panel';
import { WorkplanPanel } from './workplan-panel';
import './planning.css';

type Tab = 'strategy' | 'workplan' | 'documents';

/** Organizational planning: vision, mission and objectives; the workplan; registration documents. */
export default function PlanningPage() {
  const { t } = useTranslation();
  const can = useCan();
  const tabs: Tab[] = [
    'strategy',
    ...(can('workplan', 'list') ? (['workplan'] as const) : []),
    ...(can('org_document', 'list') ? (['documents'] as const) : []),
  ];
  const [tab, setTab] = useState<Tab>(() =>
    new URLSearchParams(window.location.search).get('tab') === 'documents' && tabs.includes('documents')
      ? 'documents'
      : 'strategy',
  );
  return (
    <Page title={t('planning.title')} lead={t('planning.description')}>
      <Tabs
        idPrefix="planning"
        label={t('planning.tabs.label')}
        tabs={tabs}
        current={tab}
        labelOf={(id) => t(`planning.tabs.${id}`)}
        onSelect={setTab}
      >
        {tab === 'strategy' ? <StrategyPanel /> : tab === 'workplan' ? <WorkplanPanel /> : <DocumentsPanel />}
      </Tabs>
    </Page>
  );
}
