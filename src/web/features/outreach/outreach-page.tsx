import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDisplayCode } from '../../../domain/members';
import type { CaseloadMember } from '../../../domain/outreach.schemas';
import { ApiError } from '../../app/api-client';
import { useCan, useOrg } from '../../app/org-context';
import { Alert } from '../../ui/alert';
import { Loading, Page } from '../../ui/page';
import { Tabs } from '../../ui/tabs';
import { CaseloadList } from './caseload-list';
import { savePlan, useCaseload, usePlan, useSiteChoices } from './outreach.resource';
import { PlanPanel } from './plan-panel';
import { toPlanInput } from './plan-items';
import { SupervisionPanel } from './supervision-panel';
import './outreach.css';

type Tab = 'people' | 'week' | 'team';

/**
 * Micro-planning (issue 3 §4): "Mis personas" — her caseload, who is due for contact, condoms needed
 * vs given —, her weekly plan, and for supervisors each promotora's caseload against the norm.
 */
export default function OutreachPage() {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  const supervises = can('outreach_plan', 'supervise');
  const tabs: Tab[] = ['people', 'week', ...(supervises ? (['team'] as const) : [])];
  const [tab, setTab] = useState<Tab>('people');
  const caseload = useCaseload(org.orgId);
  const thisWeek = usePlan(org.orgId, null);
  const sites = useSiteChoices(org.orgId);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const plannedIds = useMemo(
    () => new Set((thisWeek.data?.items ?? []).flatMap((item) => (item.memberId ? [item.memberId] : []))),
    [thisWeek.data],
  );

  /** "Add to my week" from the list: a line for this week without a day, saved at once. */
  async function planThisWeek(member: CaseloadMember) {
    const plan = thisWeek.data;
    if (!plan) return;
    const code = formatDisplayCode(member.displayCode);
    try {
      const lines = [
        ...plan.items,
        {
          memberId: member.id,
          memberDisplayCode: member.displayCode,
          memberPriority: member.priority,
          siteId: null,
          siteName: null,
          plannedDay: null,
          note: null,
          done: false,
        },
      ];
      const stored = await savePlan(org.orgId, plan.weekStart, toPlanInput(lines));
      thisWeek.setData(() => stored);
      setNotice({ kind: 'success', text: t('outreach.planned', { code }) });
    } catch (reason) {
      setNotice({
        kind: 'error',
        text: reason instanceof ApiError ? reason.message : t('outreach.plan.saveFailed'),
      });
    }
  }

  return (
    <Page title={t('outreach.title')} lead={t('outreach.description')}>
      <Tabs
        idPrefix="outreach"
        label={t('outreach.tabs.label')}
        tabs={tabs}
        current={tab}
        labelOf={(id) => t(`outreach.tabs.${id}`)}
        onSelect={(id) => {
          setTab(id);
          setNotice(null);
          if (id === 'week') thisWeek.reload();
        }}
      >
        {notice ? <Alert kind={notice.kind}>{notice.text}</Alert> : null}
        {tab === 'people' ? (
          <>
            {caseload.error ? <Alert kind="error">{caseload.error.message}</Alert> : null}
            {caseload.loading ? <Loading label={t('common.loading')} /> : null}
            {caseload.data ? (
              <CaseloadList
                caseload={caseload.data}
                plannedIds={plannedIds}
                {...(can('member', 'read') ? { hrefFor: (member) => `/members/${member.id}` } : {})}
                onPlan={(member) => void planThisWeek(member)}
              />
            ) : null}
          </>
        ) : null}
        {tab === 'week' ? (
          <PlanPanel
            orgId={org.orgId}
            members={caseload.data?.members ?? []}
            sites={sites.data?.sites ?? []}
          />
        ) : null}
        {tab === 'team' ? <SupervisionPanel orgId={org.orgId} /> : null}
      </Tabs>
    </Page>
  );
}
