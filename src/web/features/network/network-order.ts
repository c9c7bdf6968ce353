import type { OrganizationView } from '../../../domain/organizations.schemas';

/** The network's organizations by name, in the interface language's alphabetical order. */
export function sortOrganizations(
  organizations: readonly OrganizationView[],
  locale: string,
): OrganizationView[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return [...organizations].sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
}

/** Adds or replaces one organization (after a create, or a retried create that returned it). */
export function upsertOrganization(
  organizations: readonly OrganizationView[],
  saved: OrganizationView,
): OrganizationView[] {
  return [...organizations.filter((o) => o.id !== saved.id), saved];
}
