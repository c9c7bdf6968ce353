import { LIMITS } from './limits';
import { COMMON_PASSWORDS } from './common-passwords';

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common' | 'contains_username';

/**
 * Checks a new password against ASVS V6: length 8–128 (15+ recommended, shown by the form),
 * not in the common-password list, not containing the username. Returns the first problem, or null.
 */
export function findPasswordProblem(password: string, username?: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < LIMITS.passwordMin) return 'too_short';
  if (length > LIMITS.passwordMax) return 'too_long';
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(lower.replace(/[0-9!.@#$%&*]+$/, ''))) {
    return 'too_common';
  }
  if (username && username.length >= 3 && lower.includes(username.toLowerCase())) return 'contains_username';
  return null;
}
