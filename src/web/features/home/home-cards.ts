import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { MembershipView } from '../../../domain/auth.schemas';
import { isAllowed } from '../../../domain/policy';
import type { Requirement } from '../../app/nav-registry';

/**
 * Cards a module shows on the organization's home page: what needs attention today (overdue
 * follow-ups of cases, overdue actions of the capacity plan, documents about to expire…). A card
 * loads its own data and renders nothing when there is nothing to show. Modules add one entry here;
 * cards are only loaded for memberships the policy allows.
 */
export interface HomeCard {
  id: string;
  requires: Requirement;
  card: LazyExoticComponent<ComponentType>;
}

export const HOME_CARDS: readonly HomeCard[] = [
  {
    id: 'safety-alerts',
    requires: { resource: 'safety_alert', action: 'list' },
    card: lazy(() => import('../safety-alerts/safety-alerts-card')),
  },
  {
    id: 'grant-reports-due',
    requires: { resource: 'grant', action: 'list' },
    card: lazy(() => import('../grants/reports-due-card')),
  },
  {
    id: 'overdue-follow-ups',
    requires: { resource: 'hr_case_response', action: 'list' },
    card: lazy(() => import('../case-responses/overdue-follow-ups-card')),
  },
  {
    id: 'overdue-capacity-actions',
    requires: { resource: 'capacity_action', action: 'list' },
    card: lazy(() => import('../action-plan/overdue-actions-card')),
  },
  {
    id: 'documents-renewal',
    requires: { resource: 'org_document', action: 'list' },
    card: lazy(() => import('../planning/documents-renewal-card')),
  },
  {
    id: 'commitments-due',
    requires: { resource: 'advocacy_engagement', action: 'list' },
    card: lazy(() => import('../advocacy/commitments-due-card')),
  },
  {
    id: 'review-actions-due',
    requires: { resource: 'indicator_action', action: 'list' },
    card: lazy(() => import('../indicators/my-actions-card')),
  },
];

/** The cards a membership may see, in registry order. */
export function homeCardsFor(membership: MembershipView): HomeCard[] {
  return HOME_CARDS.filter((entry) =>
    isAllowed(membership.role, entry.requires.resource, entry.requires.action as never, membership.orgLevel),
  );
}
