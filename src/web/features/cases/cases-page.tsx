import { useTranslation } from 'react-i18next';
import { Link, Route, Switch } from 'wouter';
import { useCan } from '../../app/org-context';
import { Page } from '../../ui/page';
import { CaseActTypes } from './case-act-types';
import { CaseDetail } from './case-detail';
import { CaseIntakeWizard } from './case-intake-wizard';
import { CaseQueue } from './case-queue';
import './cases.css';

function CasesHome() {
  const { t } = useTranslation();
  const can = useCan();
  return (
    <Page
      title={t('cases.title')}
      lead={t('cases.lead')}
      actions={
        <>
          {can('hr_case', 'create') ? (
            <Link href="/new" className="button button--primary">
              {t('cases.new')}
            </Link>
          ) : null}
          {can('hr_case', 'configure') ? (
            <Link href="/act-types" className="button button--secondary">
              {t('cases.actTypes.title')}
            </Link>
          ) : null}
        </>
      }
    >
      <CaseQueue />
    </Page>
  );
}

/** Human-rights cases (issue 5): the queue, the intake wizard and a case. */
export default function CasesPage() {
  const can = useCan();
  return (
    <Switch>
      <Route path="/">
        <CasesHome />
      </Route>
      {can('hr_case', 'create') ? (
        <Route path="/new">
          <CaseIntakeWizard />
        </Route>
      ) : null}
      {can('hr_case', 'configure') ? (
        <Route path="/act-types">
          <CaseActTypes />
        </Route>
      ) : null}
      <Route path="/:caseId">{(params) => <CaseDetail key={params.caseId} caseId={params.caseId} />}</Route>
    </Switch>
  );
}
