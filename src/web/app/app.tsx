import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionState } from '../../domain/auth.schemas';
import { LoginPage } from '../features/auth/login-page';
import { TotpPage } from '../features/auth/totp-page';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { Loading, Page } from '../ui/page';
import { isPublicPath, PublicRoutes, SignedInRoutes } from './router';
import { SessionProvider, useSession, type SessionStatus } from './session';
import { BareShell } from './shell';

// Rare screens load on demand; sign-in and the home page are in the start-up bundle.
const SetupPage = lazy(() => import('../features/setup/setup-page'));
const TotpSetupPage = lazy(() => import('../features/auth/totp-setup-page'));
const PasswordChangePage = lazy(() => import('../features/auth/password-change-page'));

function UnreachablePage({ message }: { message: string }) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  return (
    <Page title={t('unreachable.title')} lead={t('unreachable.lead')} narrow>
      <Alert kind="error">{message}</Alert>
      <Button onClick={() => void refresh()}>{t('unreachable.retry')}</Button>
    </Page>
  );
}

/** The sign-in step a session is at decides the screen, whatever the address says. */
function SignInStep({ state }: { state: Exclude<SessionState, 'active'> }) {
  switch (state) {
    case 'totp_required':
      return <TotpPage />;
    case 'totp_setup_required':
      return <TotpSetupPage forced />;
    case 'password_change_required':
      return <PasswordChangePage forced />;
  }
}

function BareScreen({ status }: { status: Exclude<SessionStatus, { kind: 'signed-in' }> }) {
  const { t } = useTranslation();
  switch (status.kind) {
    case 'loading':
      return <Loading label={t('common.loading')} />;
    case 'unreachable':
      return <UnreachablePage message={status.message} />;
    case 'setup':
      return <SetupPage />;
    case 'anonymous':
      return <LoginPage />;
  }
}

function Gate() {
  const { t } = useTranslation();
  const { status } = useSession();
  if (status.kind === 'signed-in' && status.me.session.state === 'active') return <SignedInRoutes />;
  return (
    <BareShell>
      <Suspense fallback={<Loading label={t('common.loading')} />}>
        {status.kind === 'signed-in' ? (
          <SignInStep state={status.me.session.state as Exclude<SessionState, 'active'>} />
        ) : (
          <BareScreen status={status} />
        )}
      </Suspense>
    </BareShell>
  );
}

export function App() {
  if (isPublicPath(location.pathname)) return <PublicRoutes />;
  return (
    <SessionProvider>
      <Gate />
    </SessionProvider>
  );
}
