import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionView } from '../../../domain/capacity-actions.schemas';
import { useCan, useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { SelectField } from '../../ui/field';
import { Loading, Page } from '../../ui/page';
import { ActionCard } from './action-card';
import { ActionForm } from './action-form';
import { useActions, useCurrentFramework } from './action-plan.resource';
import { useFrameworkItems } from './framework-items';
import './action-plan.css';

const FILTERS = ['open', 'overdue', 'done', 'dropped', 'all'] as const;
type Filter = (typeof FILTERS)[number];

/** The capacity action plan: actions tied to framework items, open and overdue ones first. */
export default function ActionPlanPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const actions = useActions(org.orgId);
  const framework = useCurrentFramework(org.orgId);
  const { domains, labelOf } = useFrameworkItems(framework.data);
  const [filter, setFilter] = useState<Filter>('open');
  // An assessment's results link here with the item (and the assessment) to act on.
  const [prefill] = useState(() => {
    const query = new URLSearchParams(window.location.search);
    const itemKey = query.get('itemKey');
    return { itemKeys: itemKey ? [itemKey] : [], assessmentId: query.get('assessmentId') };
  });
  const [creating, setCreating] = useState(prefill.itemKeys.length > 0 && can('capacity_action', 'create'));
  const [notice, setNotice] = useState<string | null>(null);

  const shown = useMemo(() => {
    const list = actions.data?.actions ?? [];
    switch (filter) {
      case 'open':
        return list.filter((a) => a.status === 'planned' || a.status === 'in_progress');
      case 'overdue':
        return list.filter((a) => a.overdue);
      case 'done':
      case 'dropped':
        return list.filter((a) => a.status === filter);
      default:
        return list;
    }
  }, [actions.data, filter]);
  const overdueCount = (actions.data?.actions ?? []).filter((a) => a.overdue).length;

  function replace(saved: ActionView) {
    actions.setData(
      (current) =>
        current && {
          ...current,
          actions: current.actions.some((a) => a.id === saved.id)
            ? current.actions.map((a) => (a.id === saved.id ? saved : a))
            : [saved, ...current.actions],
        },
    );
  }

  return (
    <Page
      title={t('actionPlan.title')}
      lead={t('actionPlan.description')}
      actions={
        can('capacity_action', 'create') && !creating ? (
          <Button
            onClick={() => {
              setCreating(true);
              setNotice(null);
            }}
          >
            {t('actionPlan.new')}
          </Button>
        ) : null
      }
    >
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {framework.error ? <Alert kind="error">{t('actionPlan.frameworkMissing')}</Alert> : null}
      {creating ? (
        framework.data ? (
          <ActionForm
            orgId={org.orgId}
            domains={domains}
            initialItemKeys={prefill.itemKeys}
            assessmentId={prefill.assessmentId}
            onSaved={(saved) => {
              replace(saved);
              setCreating(false);
              setNotice(t('actionPlan.created', { title: saved.title }));
            }}
            onCancel={() => setCreating(false)}
          />
        ) : (
          <Loading label={t('common.loading')} />
        )
      ) : null}
      {overdueCount > 0 ? (
        <Alert kind="info">{t('actionPlan.overdueSummary', { count: overdueCount })}</Alert>
      ) : null}
      <div className="filters">
        <SelectField
          label={t('actionPlan.filter.label')}
          value={filter}
          onValue={(value) => setFilter(value as Filter)}
          options={FILTERS.map((value) => ({ value, label: t(`actionPlan.filter.${value}`) }))}
        />
      </div>
      {actions.error ? <Alert kind="error">{actions.error.message}</Alert> : null}
      {actions.loading && !actions.data ? <Loading label={t('common.loading')} /> : null}
      {actions.data && shown.length === 0 ? (
        <p className="empty">
          {actions.data.actions.length === 0 ? t('actionPlan.empty') : t('actionPlan.emptyFiltered')}
        </p>
      ) : null}
      <ul className="items" aria-label={t('actionPlan.listLabel')}>
        {shown.map((action) => (
          <ActionCard
            key={action.id}
            orgId={org.orgId}
            action={action}
            canUpdate={can('capacity_action', 'update')}
            domains={domains}
            labelOf={labelOf}
            onChanged={replace}
          />
        ))}
      </ul>
    </Page>
  );
}
