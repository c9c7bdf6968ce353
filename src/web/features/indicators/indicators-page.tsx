import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/org-context';
import { Page } from '../../ui/page';
import { Tabs } from '../../ui/tabs';
import { IndicatorSetup } from './indicator-setup';
import { LessonSearch } from './lesson-search';
import { ReviewPanel } from './review-panel';
import './indicators.css';

const TABS = ['review', 'indicators', 'lessons'] as const;
type Tab = (typeof TABS)[number];

/** The organization's own indicators: the monthly review, their definitions and targets, lessons learned. */
export default function IndicatorsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const tabs = TABS.filter((tab) => tab !== 'review' || can('indicator_review', 'read'));
  const [tab, setTab] = useState<Tab>(tabs[0] ?? 'indicators');
  return (
    <Page title={t('indicators.title')} lead={t('indicators.description')}>
      <Tabs
        idPrefix="indicators"
        label={t('indicators.tabs.label')}
        tabs={tabs}
        current={tab}
        labelOf={(id) => t(`indicators.tabs.${id}`)}
        onSelect={setTab}
      >
        {tab === 'review' ? <ReviewPanel /> : null}
        {tab === 'indicators' ? <IndicatorSetup /> : null}
        {tab === 'lessons' ? <LessonSearch /> : null}
      </Tabs>
    </Page>
  );
}
