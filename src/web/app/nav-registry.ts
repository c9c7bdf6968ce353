import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { MembershipView } from '../../domain/auth.schemas';
import { isAllowed, type Action, type Resource } from '../../domain/policy';

type Requirement = { [R in Resource]: { resource: R; action: Action<R> } }[Resource];

/**
 * One module of an organization's workspace. A new module (registry, coverage, cases, capacity,
 * community…) plugs in by adding an entry here: its route, its label and the policy rule that
 * decides who sees it. Entries are only listed for roles the policy allows; the server still checks.
 */
export interface NavEntry {
  id: string;
  /** Path inside the organization: `/o/:orgId${path}`. */
  path: string;
  /** i18n keys of the navigation label and of the one-line description on the home page. */
  labelKey: string;
  descriptionKey: string;
  requires: Requirement;
  /** Loaded on first visit, so the start-up bundle stays small. */
  page: LazyExoticComponent<ComponentType>;
}

export const NAV_ENTRIES: readonly NavEntry[] = [
  {
    id: 'sites',
    path: '/sites',
    labelKey: 'sites.nav',
    descriptionKey: 'sites.description',
    requires: { resource: 'site', action: 'list' },
    page: lazy(() => import('../features/sites/sites-page')),
  },
  {
    id: 'outreach',
    path: '/outreach',
    labelKey: 'outreach.nav',
    descriptionKey: 'outreach.description',
    requires: { resource: 'outreach_plan', action: 'read' },
    page: lazy(() => import('../features/outreach/outreach-page')),
  },
  {
    id: 'local-groups',
    path: '/local-groups',
    labelKey: 'nav.localGroups',
    descriptionKey: 'localGroups.description',
    requires: { resource: 'local_group', action: 'list' },
    page: lazy(() => import('../features/local-groups/local-groups-page')),
  },
  {
    id: 'staff',
    path: '/staff',
    labelKey: 'nav.staff',
    descriptionKey: 'staff.description',
    requires: { resource: 'org_user', action: 'list' },
    page: lazy(() => import('../features/staff/staff-page')),
  },
  {
    id: 'network',
    path: '/network',
    labelKey: 'nav.network',
    descriptionKey: 'network.description',
    requires: { resource: 'network_organization', action: 'list' },
    page: lazy(() => import('../features/network/network-page')),
  },
  {
    id: 'audit',
    path: '/audit',
    labelKey: 'nav.audit',
    descriptionKey: 'audit.description',
    requires: { resource: 'audit_log', action: 'list' },
    page: lazy(() => import('../features/audit/audit-page')),
  },
  {
    id: 'settings',
    path: '/settings',
    labelKey: 'nav.settings',
    descriptionKey: 'settings.description',
    requires: { resource: 'organization', action: 'update' },
    page: lazy(() => import('../features/organization-settings/organization-settings-page')),
  },
];

/** The entries a membership may use, in registry order. */
export function entriesFor(membership: MembershipView): NavEntry[] {
  return NAV_ENTRIES.filter((entry) =>
    isAllowed(membership.role, entry.requires.resource, entry.requires.action as never, membership.orgLevel),
  );
}
