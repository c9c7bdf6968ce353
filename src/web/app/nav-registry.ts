import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { MembershipView } from '../../domain/auth.schemas';
import { isAllowed, type Action, type Resource } from '../../domain/policy';
import type { IconName } from '../ui/icons';

export type Requirement = { [R in Resource]: { resource: R; action: Action<R> } }[Resource];

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
  /** Drawn beside the label (the phone's bottom bar shows icons first). */
  icon?: IconName;
  /**
   * Entries used most in the field: on a phone the three allowed entries with the lowest rank sit in
   * the bottom bar, the rest under "Más". Entries without a rank are only under "Más".
   */
  phoneRank?: number;
  /** The page routes its own sub-addresses (`/members/:memberId`…). */
  nest?: boolean;
}

export const NAV_ENTRIES: readonly NavEntry[] = [
  {
    id: 'cases',
    path: '/cases',
    labelKey: 'cases.nav',
    descriptionKey: 'cases.description',
    requires: { resource: 'hr_case', action: 'list' },
    page: lazy(() => import('../features/cases/cases-page')),
    icon: 'scale',
    phoneRank: 0,
    nest: true,
  },
  {
    id: 'members',
    path: '/members',
    labelKey: 'memberScreens.nav',
    descriptionKey: 'memberScreens.description',
    requires: { resource: 'member', action: 'list' },
    page: lazy(() => import('../features/members/members-page')),
    icon: 'people',
    phoneRank: 2,
    nest: true,
  },
  {
    id: 'contacts',
    path: '/contacts',
    labelKey: 'contactScreens.nav',
    descriptionKey: 'contactScreens.description',
    requires: { resource: 'contact', action: 'create' },
    page: lazy(() => import('../features/contacts/contacts-page')),
    icon: 'contact',
    phoneRank: 3,
    nest: true,
  },
  {
    id: 'sites',
    path: '/sites',
    labelKey: 'sites.nav',
    descriptionKey: 'sites.description',
    requires: { resource: 'site', action: 'list' },
    page: lazy(() => import('../features/sites/sites-page')),
    icon: 'site',
    phoneRank: 4,
  },
  {
    id: 'outreach',
    path: '/outreach',
    labelKey: 'outreach.nav',
    descriptionKey: 'outreach.description',
    requires: { resource: 'outreach_plan', action: 'read' },
    page: lazy(() => import('../features/outreach/outreach-page')),
    icon: 'caseload',
    phoneRank: 1,
  },
  {
    id: 'coverage',
    path: '/coverage',
    labelKey: 'coverageDashboard.nav',
    descriptionKey: 'coverageDashboard.description',
    requires: { resource: 'coverage', action: 'read' },
    page: lazy(() => import('../features/coverage-dashboard/coverage-dashboard-page')),
    icon: 'chart',
    nest: true,
  },
  {
    id: 'regional-coverage',
    path: '/regional-coverage',
    labelKey: 'coverageDashboard.regional.nav',
    descriptionKey: 'coverageDashboard.regional.description',
    requires: { resource: 'coverage_network', action: 'read' },
    page: lazy(() => import('../features/coverage-dashboard/regional-coverage-page')),
    icon: 'network',
    nest: true,
  },
  {
    id: 'coverage-sharing',
    path: '/coverage-sharing',
    labelKey: 'coverageShares.nav',
    descriptionKey: 'coverageShares.description',
    requires: { resource: 'coverage_share', action: 'list' },
    page: lazy(() => import('../features/coverage-shares/coverage-sharing-page')),
    icon: 'network',
  },
  {
    id: 'coverage-packages',
    path: '/coverage-packages',
    labelKey: 'coveragePackages.nav',
    descriptionKey: 'coveragePackages.description',
    requires: { resource: 'coverage_package', action: 'list' },
    page: lazy(() => import('../features/coverage-packages/coverage-packages-page')),
    icon: 'stock',
  },
  {
    id: 'imports',
    path: '/imports',
    labelKey: 'imports.nav',
    descriptionKey: 'imports.description',
    requires: { resource: 'registry_import', action: 'create' },
    page: lazy(() => import('../features/imports/imports-page')),
    icon: 'upload',
  },
  {
    id: 'referrals',
    path: '/referrals',
    labelKey: 'contacts.referrals.nav',
    descriptionKey: 'contacts.referrals.description',
    requires: { resource: 'referral', action: 'update' },
    page: lazy(() => import('../features/referrals/referrals-page')),
    icon: 'referral',
  },
  {
    id: 'stock',
    path: '/stock',
    labelKey: 'stock.nav',
    descriptionKey: 'stock.description',
    requires: { resource: 'stock', action: 'list' },
    page: lazy(() => import('../features/stock/stock-page')),
    icon: 'stock',
  },
  {
    id: 'self-reports',
    path: '/self-reports',
    labelKey: 'selfReport.inbox.nav',
    descriptionKey: 'selfReport.inbox.description',
    requires: { resource: 'hr_self_report', action: 'list' },
    page: lazy(() => import('../features/self-reports/self-reports-page')),
    icon: 'info',
    nest: true,
  },
  {
    id: 'alerts',
    path: '/alerts',
    labelKey: 'safetyAlerts.nav',
    descriptionKey: 'safetyAlerts.description',
    requires: { resource: 'safety_alert', action: 'list' },
    page: lazy(() => import('../features/safety-alerts/safety-alerts-page')),
    icon: 'alert',
  },
  {
    id: 'local-groups',
    path: '/local-groups',
    labelKey: 'nav.localGroups',
    descriptionKey: 'localGroups.description',
    requires: { resource: 'local_group', action: 'list' },
    page: lazy(() => import('../features/local-groups/local-groups-page')),
    icon: 'group',
  },
  {
    id: 'capacity',
    path: '/capacity',
    labelKey: 'assessments.nav',
    descriptionKey: 'assessments.description',
    requires: { resource: 'capacity_assessment', action: 'list' },
    page: lazy(() => import('../features/capacity/capacity-page')),
    icon: 'radar',
    nest: true,
  },
  {
    id: 'priorities',
    path: '/priorities',
    labelKey: 'priorities.nav',
    descriptionKey: 'priorities.description',
    requires: { resource: 'consultation', action: 'list' },
    page: lazy(() => import('../features/priorities/priorities-page')),
    icon: 'tally',
    nest: true,
  },
  {
    id: 'alliances',
    path: '/alliances',
    labelKey: 'alliances.nav',
    descriptionKey: 'alliances.description',
    requires: { resource: 'alliance', action: 'list' },
    page: lazy(() => import('../features/alliances/alliances-page')),
    icon: 'network',
    nest: true,
  },
  {
    id: 'calendar',
    path: '/calendar',
    labelKey: 'calendar.nav',
    descriptionKey: 'calendar.description',
    requires: { resource: 'calendar', action: 'read' },
    page: lazy(() => import('../features/calendar/calendar-page')),
    icon: 'calendar',
  },
  {
    id: 'staff',
    path: '/staff',
    labelKey: 'nav.staff',
    descriptionKey: 'staff.description',
    requires: { resource: 'org_user', action: 'list' },
    page: lazy(() => import('../features/staff/staff-page')),
    icon: 'staff',
  },
  {
    id: 'network',
    path: '/network',
    labelKey: 'nav.network',
    descriptionKey: 'network.description',
    requires: { resource: 'network_organization', action: 'list' },
    page: lazy(() => import('../features/network/network-page')),
    icon: 'network',
  },
  {
    id: 'audit',
    path: '/audit',
    labelKey: 'nav.audit',
    descriptionKey: 'audit.description',
    requires: { resource: 'audit_log', action: 'list' },
    page: lazy(() => import('../features/audit/audit-page')),
    icon: 'audit',
  },
  {
    id: 'action-plan',
    path: '/action-plan',
    labelKey: 'actionPlan.nav',
    descriptionKey: 'actionPlan.description',
    requires: { resource: 'capacity_action', action: 'list' },
    page: lazy(() => import('../features/action-plan/action-plan-page')),
    icon: 'plan',
  },
  {
    id: 'planning',
    path: '/planning',
    labelKey: 'planning.nav',
    descriptionKey: 'planning.description',
    requires: { resource: 'org_strategy', action: 'read' },
    page: lazy(() => import('../features/planning/planning-page')),
    icon: 'calendar',
  },
  {
    id: 'settings',
    path: '/settings',
    labelKey: 'nav.settings',
    descriptionKey: 'settings.description',
    requires: { resource: 'organization', action: 'update' },
    page: lazy(() => import('../features/organization-settings/organization-settings-page')),
    icon: 'settings',
  },
  {
    id: 'grants',
    path: '/grants',
    labelKey: 'grants.nav',
    descriptionKey: 'grants.description',
    requires: { resource: 'grant', action: 'list' },
    page: lazy(() => import('../features/grants/grants-page')),
    icon: 'grant',
  },
  {
    id: 'capacity-sharing',
    path: '/capacity-sharing',
    labelKey: 'capacityNetwork.sharing.nav',
    descriptionKey: 'capacityNetwork.sharing.navDescription',
    requires: { resource: 'capacity_sharing', action: 'read' },
    page: lazy(() => import('../features/capacity-network/capacity-sharing-page')),
    icon: 'network',
  },
  {
    id: 'capacity-network',
    path: '/capacity-network',
    labelKey: 'capacityNetwork.nav',
    descriptionKey: 'capacityNetwork.description',
    requires: { resource: 'capacity_network', action: 'read' },
    page: lazy(() => import('../features/capacity-network/capacity-network-page')),
    icon: 'network',
  },
  {
    id: 'follow-ups',
    path: '/follow-ups',
    labelKey: 'caseResponses.queue.nav',
    descriptionKey: 'caseResponses.queue.description',
    requires: { resource: 'hr_case_response', action: 'list' },
    page: lazy(() => import('../features/case-responses/follow-ups-page')),
    icon: 'calendar',
  },
  {
    id: 'capacity-framework',
    path: '/capacity-framework',
    labelKey: 'capacityFramework.nav',
    descriptionKey: 'capacityFramework.description',
    requires: { resource: 'capacity_framework', action: 'read' },
    page: lazy(() => import('../features/capacity-framework/capacity-framework-page')),
    icon: 'document',
  },
  {
    id: 'case-analysis',
    path: '/case-analysis',
    labelKey: 'caseAnalysis.nav',
    descriptionKey: 'caseAnalysis.description',
    requires: { resource: 'hr_analysis', action: 'read' },
    page: lazy(() => import('../features/case-analysis/case-analysis-page')),
    icon: 'chart',
    nest: true,
  },
  {
    id: 'network-cases',
    path: '/network-cases',
    labelKey: 'caseAnalysis.network.title',
    descriptionKey: 'caseAnalysis.network.intro',
    requires: { resource: 'hr_network_aggregate', action: 'read' },
    page: lazy(() => import('../features/case-analysis/network-cases-page')),
    icon: 'chart',
  },
  {
    id: 'barriers',
    path: '/barriers',
    labelKey: 'barriers.nav',
    descriptionKey: 'barriers.description',
    requires: { resource: 'structural_barrier', action: 'list' },
    page: lazy(() => import('../features/barriers/barriers-page')),
    icon: 'barrier',
  },
  {
    id: 'mobilization',
    path: '/mobilization',
    labelKey: 'mobilization.nav',
    descriptionKey: 'mobilization.description',
    requires: { resource: 'mobilization_event', action: 'list' },
    page: lazy(() => import('../features/mobilization/mobilization-page')),
    icon: 'people',
  },
  {
    id: 'advocacy',
    path: '/advocacy',
    labelKey: 'advocacy.nav',
    descriptionKey: 'advocacy.description',
    requires: { resource: 'advocacy_engagement', action: 'list' },
    page: lazy(() => import('../features/advocacy/advocacy-page')),
    icon: 'scale',
  },
  {
    id: 'trainings',
    path: '/trainings',
    labelKey: 'trainings.nav',
    descriptionKey: 'trainings.description',
    requires: { resource: 'training', action: 'list' },
    page: lazy(() => import('../features/trainings/trainings-page')),
    icon: 'group',
    nest: true,
  },
  {
    id: 'safe-spaces',
    path: '/safe-spaces',
    labelKey: 'safeSpaces.nav',
    descriptionKey: 'safeSpaces.description',
    requires: { resource: 'safe_space', action: 'list' },
    page: lazy(() => import('../features/safe-spaces/safe-spaces-page')),
    icon: 'home',
    nest: true,
  },
  {
    id: 'indicators',
    path: '/indicators',
    labelKey: 'indicators.nav',
    descriptionKey: 'indicators.description',
    requires: { resource: 'indicator', action: 'read' },
    page: lazy(() => import('../features/indicators/indicators-page')),
    icon: 'chart',
  },
];

/** The entries of the phone's bottom bar: the (up to) three best-ranked the membership may use. */
export function phoneEntries(entries: readonly NavEntry[]): NavEntry[] {
  return entries
    .filter((entry) => entry.phoneRank !== undefined)
    .sort((a, b) => (a.phoneRank ?? 0) - (b.phoneRank ?? 0))
    .slice(0, 3);
}

/** The entries a membership may use, in registry order. */
export function entriesFor(membership: MembershipView): NavEntry[] {
  return NAV_ENTRIES.filter((entry) =>
    isAllowed(membership.role, entry.requires.resource, entry.requires.action as never, membership.orgLevel),
  );
}
