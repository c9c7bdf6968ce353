import { OrganizationCreateInput, type FirstAdmin } from '../../../domain/organizations.schemas';
import { findPasswordProblem } from '../../../domain/password-policy';
import type { OrgLevel } from '../../../domain/roles';
import { validateWith, weakPasswordMessage } from '../../app/form-errors';
import type { Validation } from '../../app/use-form';

export type FirstAdminKind = FirstAdmin['kind'];

/** What the new-member-organization form holds; both first-administrator choices keep their own values. */
export interface NetworkOrgFormValues {
  /** Made by the client once per form, so that a retried create is recognised, not duplicated. */
  id: string;
  name: string;
  /** '' when the organization has no country. */
  countryCode: string;
  level: OrgLevel;
  firstAdminKind: FirstAdminKind;
  newAdmin: { username: string; displayName: string; temporaryPassword: string };
  existingUsername: string;
}

/** The field paths the form shows, to place the server's `field` errors (e.g. `firstAdmin.username`). */
export const NETWORK_ORG_FIELDS = [
  'name',
  'countryCode',
  'level',
  'firstAdmin.kind',
  'firstAdmin.username',
  'firstAdmin.displayName',
  'firstAdmin.temporaryPassword',
] as const;

/**
 * Builds the create request from the form and checks it with the schema the server uses, plus the
 * password policy for a new account, so every mistake shows before anything is sent.
 */
export function validateNetworkOrgForm(values: NetworkOrgFormValues): Validation<OrganizationCreateInput> {
  const firstAdmin =
    values.firstAdminKind === 'new'
      ? { kind: 'new', ...values.newAdmin }
      : { kind: 'existing', username: values.existingUsername };
  const result = validateWith(OrganizationCreateInput, {
    id: values.id,
    name: values.name,
    countryCode: values.countryCode || null,
    level: values.level,
    firstAdmin,
  });
  const passwordError = newAdminPasswordError(values);
  if (!result.ok) {
    const field = 'firstAdmin.temporaryPassword';
    if (passwordError && !result.errors[field]) result.errors[field] = passwordError;
    return result;
  }
  return passwordError ? { ok: false, errors: { 'firstAdmin.temporaryPassword': passwordError } } : result;
}

function newAdminPasswordError({ firstAdminKind, newAdmin }: NetworkOrgFormValues): string | null {
  if (firstAdminKind !== 'new' || newAdmin.temporaryPassword === '') return null;
  const problem = findPasswordProblem(newAdmin.temporaryPassword, newAdmin.username.trim());
  return problem ? weakPasswordMessage(problem) : null;
}

/**
 * True when the signed-in person made herself the first administrator: her own memberships changed,
 * so the session must be re-read for the organization switcher to offer the new organization.
 */
export function makesSelfAdmin(input: OrganizationCreateInput, ownUsername: string): boolean {
  return input.firstAdmin.kind === 'existing' && input.firstAdmin.username === ownUsername.toLowerCase();
}
