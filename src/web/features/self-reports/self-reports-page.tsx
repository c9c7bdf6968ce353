import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { useCan, useOrg } from '../../app/org-context';
import { Page } from '../../ui/page';
import { FormLinkCard } from './form-link-card';
import { SelfReportDetail } from './self-report-detail';
import { SelfReportList } from './self-report-list';
import '../self-report/self-report.css';
import './self-reports.css';

function Inbox() {
  const { t } = useTranslation();
  const org = useOrg();
  const can = useCan();
  return (
    <Page title={t('selfReport.inbox.title')} lead={t('selfReport.inbox.description')}>
      {can('hr_self_report', 'configure') ? <FormLinkCard orgId={org.orgId} /> : null}
      <h2>{t('selfReport.inbox.list.title')}</h2>
      <SelfReportList orgId={org.orgId} />
    </Page>
  );
}

/** Anonymous self-reports (issue 5 §7): the paralegals' inbox, and the public form's link. */
export default function SelfReportsPage() {
  return (
    <Switch>
      <Route path="/">
        <Inbox />
      </Route>
      <Route path="/:reportId">
        {(params) => <SelfReportDetail key={params.reportId} reportId={params.reportId} />}
      </Route>
    </Switch>
  );
}
