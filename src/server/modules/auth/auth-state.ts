import type { SessionState } from '../../../domain/auth.schemas';
import type { UserRow } from './auth.repo';

/**
 * What a session still needs before it reaches data: the second factor if the user has one, its
 * set-up if a role requires it, then a password change if an administrator set a temporary one.
 */
export function nextSessionState(
  user: UserRow,
  options: { totpRequired: boolean; totpPassed: boolean },
): SessionState {
  if (user.totpEnabledAt && !options.totpPassed) return 'totp_required';
  if (!user.totpEnabledAt && options.totpRequired) return 'totp_setup_required';
  if (user.mustChangePassword) return 'password_change_required';
  return 'active';
}
