import { OrganizationUpdateInput, type OrganizationView } from '../../../domain/organizations.schemas';
import { validateWith } from '../../app/form-errors';
import type { Validation } from '../../app/use-form';

export interface OrganizationFormValues {
  name: string;
  /** '' when the organization has no country. */
  countryCode: string;
}

export const toFormValues = (organization: OrganizationView): OrganizationFormValues => ({
  name: organization.name,
  countryCode: organization.countryCode ?? '',
});

/**
 * The update request with only what the form changed (the audit log then records a real change),
 * checked with the server's schema. An empty object means there is nothing to save.
 */
export function validateOrganizationChanges(
  saved: OrganizationView,
  values: OrganizationFormValues,
): Validation<OrganizationUpdateInput> {
  const changes: Record<string, unknown> = {};
  if (values.name.trim() !== saved.name) changes.name = values.name;
  const countryCode = values.countryCode || null;
  if (countryCode !== saved.countryCode) changes.countryCode = countryCode;
  return validateWith(OrganizationUpdateInput, changes);
}
