import type { OrgUserView } from '../../../domain/users.schemas';
import type { OrgUserRow } from './org-users.repo';

export function presentOrgUser(row: OrgUserRow): OrgUserView {
  return {
    membershipId: row.membershipId,
    userId: row.userId,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    localGroupId: row.localGroupId,
    disabled: row.membershipDisabledAt !== null || row.userDisabledAt !== null,
    totpEnabled: row.totpEnabledAt !== null,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
  };
}
