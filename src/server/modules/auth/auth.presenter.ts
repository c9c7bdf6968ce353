import type { MeView, SessionView } from '../../../domain/auth.schemas';
import type { Locale } from '../../../domain/locales';
import type { SessionRow, UserRow } from './auth.repo';
import type { listMembershipsOfUser } from './auth.repo';

type MembershipRow = Awaited<ReturnType<typeof listMembershipsOfUser>>[number];

export function presentSession(row: SessionRow, currentSessionId: string): SessionView {
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    device: row.device,
    current: row.id === currentSessionId,
  };
}

export function presentMe(input: {
  user: UserRow;
  totpRequired: boolean;
  session: SessionRow | { state: SessionRow['state']; expiresAt: Date };
  csrfToken: string;
  memberships: MembershipRow[];
}): MeView {
  const { user } = input;
  return {
    user: {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      locale: user.locale as Locale,
      totpEnabled: user.totpEnabledAt !== null,
      totpRequired: input.totpRequired,
    },
    session: {
      state: input.session.state,
      csrfToken: input.csrfToken,
      expiresAt: input.session.expiresAt.toISOString(),
    },
    memberships: input.memberships.map((m) => ({
      orgId: m.orgId,
      orgName: m.orgName,
      orgLevel: m.orgLevel,
      countryCode: m.countryCode,
      networkId: m.networkId,
      networkName: m.networkName,
      role: m.role,
      localGroupId: m.localGroupId,
    })),
  };
}
