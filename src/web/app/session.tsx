import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LoginResult, MeView } from '../../domain/auth.schemas';
import type { SetupStatus } from '../../domain/setup.schemas';
import { ApiError, api, onSessionChange, readSession, setCsrfToken } from './api-client';
import { changeLocale, currentLocale, storedLocale } from './i18n';

export type SessionStatus =
  | { kind: 'loading' }
  | { kind: 'unreachable'; message: string }
  | { kind: 'setup' }
  | { kind: 'anonymous' }
  | { kind: 'signed-in'; me: MeView };

export interface Session {
  status: SessionStatus;
  /** Re-reads the session from the server (after a sign-in step or a change of rights). */
  refresh: () => Promise<void>;
  /** A sign-in step answered with a new state and CSRF token. */
  acceptLogin: (result: LoginResult) => Promise<void>;
  signOut: () => Promise<void>;
  replaceMe: (me: MeView) => void;
  /**
   * Re-reads GET /api/me while signed in, without leaving the screen: after a change to the user's
   * memberships or to an organization's name, so the switcher and the shell show it at once.
   */
  reloadMe: () => Promise<void>;
  /** The organization last opened, so account pages keep its navigation. In memory only. */
  lastOrgId: string | null;
  setLastOrgId: (orgId: string) => void;
}

const SessionContext = createContext<Session | null>(null);

/**
 * Asks the server where the session stands. At start-up the first-run check goes out together with
 * the session check (on a slow network a round trip matters); later it is only needed after a 401.
 */
async function readStatus(checkSetupAtOnce = false): Promise<SessionStatus> {
  const checkSetup = () => readSession<SetupStatus>('/api/setup').catch((error: unknown) => error);
  const early = checkSetupAtOnce ? checkSetup() : null;
  try {
    const me = await readSession<MeView>('/api/me');
    setCsrfToken(me.session.csrfToken);
    return { kind: 'signed-in', me };
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) return unreachable(error);
    const status = await (early ?? checkSetup());
    if (status instanceof Error) return unreachable(status);
    return (status as SetupStatus).needed ? { kind: 'setup' } : { kind: 'anonymous' };
  }
}

let earlyStatus: Promise<SessionStatus> | null = null;

/**
 * Starts the session check before React renders (main.tsx calls it first thing), so that the round
 * trip overlaps the download of the language catalog instead of following it.
 */
export function startSessionCheck(): void {
  earlyStatus ??= readStatus(true);
}

function unreachable(error: unknown): SessionStatus {
  return { kind: 'unreachable', message: error instanceof Error ? error.message : String(error) };
}

/**
 * The language follows the user's explicit choice on this device; without one, the account's
 * language. A choice made before signing in is saved to the account.
 */
async function reconcileLocale(me: MeView): Promise<void> {
  const chosen = storedLocale();
  if (chosen && chosen !== me.user.locale && me.session.state === 'active') {
    await api('PATCH', '/api/me', { locale: chosen }).catch(() => undefined);
  } else if (!chosen && me.user.locale !== currentLocale()) {
    await changeLocale(me.user.locale, { remember: false });
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionStatus>({ kind: 'loading' });
  const [lastOrgId, setLastOrgId] = useState<string | null>(null);

  const apply = useCallback(async (next: SessionStatus) => {
    if (next.kind === 'signed-in') await reconcileLocale(next.me);
    else setLastOrgId(null);
    setStatus(next);
  }, []);

  const refresh = useCallback(async () => apply(await readStatus()), [apply]);

  useEffect(() => {
    const first = earlyStatus ?? readStatus(true);
    earlyStatus = null;
    void first.then(apply);
    // A request found the session ended, or needing another step: ask the server what now.
    return onSessionChange(() => void refresh());
  }, [refresh, apply]);

  const session = useMemo<Session>(
    () => ({
      status,
      refresh,
      acceptLogin: async (result) => {
        setCsrfToken(result.csrfToken);
        await refresh();
      },
      signOut: async () => {
        await api('POST', '/api/auth/logout').catch(() => undefined);
        setCsrfToken(null);
        history.replaceState(null, '', '/');
        await apply({ kind: 'anonymous' });
      },
      replaceMe: (me) => setStatus({ kind: 'signed-in', me }),
      reloadMe: async () => {
        const me = await api<MeView>('GET', '/api/me');
        // The session may have ended (quick exit, sign-out) while the request was out.
        setStatus((current) =>
          current.kind === 'signed-in' && current.me.user.id === me.user.id
            ? { kind: 'signed-in', me }
            : current,
        );
      },
      lastOrgId,
      setLastOrgId,
    }),
    [status, refresh, apply, lastOrgId],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user's view; only for screens rendered behind the sign-in gate. */
export function useMe(): MeView {
  const { status } = useSession();
  if (status.kind !== 'signed-in') throw new Error('useMe without a session');
  return status.me;
}
