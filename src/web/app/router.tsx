import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, Route, Switch } from 'wouter';
import { HomePage } from '../features/home/home-page';
import { Loading, Page } from '../ui/page';
import { entriesFor } from './nav-registry';
import { OrgContext, orgPath } from './org-context';
import { useMe, useSession } from './session';
import { SignedInShell } from './shell';

const AccountPage = lazy(() => import('../features/account/account-page'));
const SessionsPage = lazy(() => import('../features/account/sessions-page'));
const PasswordChangePage = lazy(() => import('../features/auth/password-change-page'));
const TotpSetupPage = lazy(() => import('../features/auth/totp-setup-page'));
const SelfReportPage = lazy(() => import('../features/self-report/self-report-page'));
const PublicBallotPage = lazy(() => import('../features/capacity/public-ballot-page'));
const PublicPriorityBallotPage = lazy(() => import('../features/priorities/public-priority-ballot-page'));

/** The public self-report form's link (`/r/<token>`): open to anyone, without an account. */
const PUBLIC_PAGE = /^\/r\/([A-Za-z0-9_-]{16,64})\/?$/;
/** A capacity-assessment ballot by link (`/papeleta#<token>`, the token in the fragment): no account. */
const BALLOT_PAGE = /^\/papeleta\/?$/;
/** A shared-priorities ballot by link (`/votar#<token>`, the token in the fragment): no account. */
const VOTE_PAGE = /^\/votar\/?$/;

/** Whether an address is a public page: no session check, no service worker, no workspace. */
export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PAGE.test(pathname) || BALLOT_PAGE.test(pathname) || VOTE_PAGE.test(pathname);
}

function PageLoading() {
  const { t } = useTranslation();
  return <Loading label={t('common.loading')} />;
}

export function NotFoundPage({ message }: { message?: string }) {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')} lead={message ?? t('notFound.lead')}>
      <Link href="~/" className="button button--secondary">
        {t('notFound.home')}
      </Link>
    </Page>
  );
}

/** A public page, outside the session: the reporter has no account and leaves no trace on the phone. */
export function PublicRoutes() {
  const token = PUBLIC_PAGE.exec(location.pathname)?.[1] ?? '';
  if (BALLOT_PAGE.test(location.pathname))
    return (
      <Suspense fallback={<PageLoading />}>
        <PublicBallotPage />
      </Suspense>
    );
  if (VOTE_PAGE.test(location.pathname))
    return (
      <Suspense fallback={<PageLoading />}>
        <PublicPriorityBallotPage />
      </Suspense>
    );
  return (
    <Suspense fallback={<PageLoading />}>
      <SelfReportPage token={token} />
    </Suspense>
  );
}

/** Everything inside `/o/:orgId`: the membership decides the role, the navigation and the pages. */
function OrgScope({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const { setLastOrgId } = useSession();
  const membership = me.memberships.find((m) => m.orgId === orgId.toLowerCase());
  useEffect(() => {
    if (membership) setLastOrgId(membership.orgId);
  }, [membership, setLastOrgId]);

  if (!membership) {
    return (
      <SignedInShell org={null}>
        <NotFoundPage message={t('notFound.org')} />
      </SignedInShell>
    );
  }
  return (
    <OrgContext.Provider value={membership} key={membership.orgId}>
      <SignedInShell org={membership}>
        <Suspense fallback={<PageLoading />}>
          <Switch>
            <Route path="/">
              <HomePage />
            </Route>
            {entriesFor(membership).map((entry) => (
              <Route key={entry.id} path={entry.path} nest={entry.nest ?? false}>
                <entry.page />
              </Route>
            ))}
            <Route>
              <NotFoundPage />
            </Route>
          </Switch>
        </Suspense>
      </SignedInShell>
    </OrgContext.Provider>
  );
}

/** Account pages keep the navigation of the organization opened last. */
function AccountScope({ children }: { children: ReactNode }) {
  const me = useMe();
  const { lastOrgId } = useSession();
  const org = me.memberships.find((m) => m.orgId === lastOrgId) ?? me.memberships[0] ?? null;
  return (
    <SignedInShell org={org}>
      <Suspense fallback={<PageLoading />}>{children}</Suspense>
    </SignedInShell>
  );
}

function GoToOrganization() {
  const { t } = useTranslation();
  const me = useMe();
  const { lastOrgId } = useSession();
  const target = me.memberships.find((m) => m.orgId === lastOrgId) ?? me.memberships[0];
  if (target) return <Redirect to={orgPath(target.orgId)} replace />;
  return (
    <SignedInShell org={null}>
      <Page title={t('home.noMembershipTitle')} lead={t('home.noMembership')} />
    </SignedInShell>
  );
}

/** Routes of a fully signed-in session (state `active`). */
export function SignedInRoutes() {
  return (
    <Switch>
      <Route path="/o/:orgId" nest>
        {(params) => <OrgScope orgId={params.orgId} />}
      </Route>
      <Route path="/account">
        <AccountScope>
          <AccountPage />
        </AccountScope>
      </Route>
      <Route path="/account/sessions">
        <AccountScope>
          <SessionsPage />
        </AccountScope>
      </Route>
      <Route path="/account/password">
        <AccountScope>
          <PasswordChangePage />
        </AccountScope>
      </Route>
      <Route path="/account/totp">
        <AccountScope>
          <TotpSetupPage />
        </AccountScope>
      </Route>
      <Route path="/">
        <GoToOrganization />
      </Route>
      <Route path="/setup">
        <GoToOrganization />
      </Route>
      <Route>
        <AccountScope>
          <NotFoundPage />
        </AccountScope>
      </Route>
    </Switch>
  );
}
