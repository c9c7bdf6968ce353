import { useTranslation } from 'react-i18next';
import { Link, Route, Switch } from 'wouter';
import { useCan } from '../../app/org-context';
import { Page } from '../../ui/page';
import { MemberDetail } from './member-detail';
import { MemberList } from './member-list';
import { RegisterMember } from './register-member';
import './members.css';

function MembersHome() {
  const { t } = useTranslation();
  const can = useCan();
  return (
    <Page
      title={t('memberScreens.title')}
      lead={t('members.description')}
      actions={
        can('member', 'create') ? (
          <Link href="/new" className="button button--primary">
            {t('members.new')}
          </Link>
        ) : null
      }
    >
      <MemberList
        hrefFor={(member) => `/${member.id}`}
        openLabel={(code) => t('memberScreens.list.open', { code })}
      />
    </Page>
  );
}

/** Members (issue 3 §7): the list, registration with the UIC built on the device, and a member. */
export default function MembersPage() {
  const can = useCan();
  return (
    <Switch>
      <Route path="/">
        <MembersHome />
      </Route>
      {can('member', 'create') ? (
        <Route path="/new">
          <RegisterMember />
        </Route>
      ) : null}
      <Route path="/:memberId">
        {(params) => <MemberDetail key={params.memberId} memberId={params.memberId} />}
      </Route>
    </Switch>
  );
}
