import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Requirement } from '../../app/nav-registry';

/** Props every extension section of the case page receives. */
export interface CaseSectionProps {
  orgId: string;
  caseId: string;
}

/**
 * Sections other modules add to a case's page (responses, follow-ups, evidence, barriers,
 * escalation…). The page renders each entry whose policy rule the user's role meets, below the
 * case's own sections and above its timeline; the section loads its own data (lazy chunk) and checks
 * sensitive access through its own routes (the server answers 403 `case_restricted` otherwise).
 * Add an entry here with a small targeted edit; keep the order the paralegal works in.
 */
export interface CaseDetailSection {
  id: string;
  requires: Requirement;
  section: LazyExoticComponent<ComponentType<CaseSectionProps>>;
}

export const CASE_DETAIL_SECTIONS: CaseDetailSection[] = [
  {
    id: 'interventions',
    requires: { resource: 'hr_case_response', action: 'list' },
    section: lazy(() => import('../case-responses/interventions-section')),
  },
  {
    id: 'follow-ups',
    requires: { resource: 'hr_case_response', action: 'list' },
    section: lazy(() => import('../case-responses/follow-ups-section')),
  },
  {
    id: 'referrals',
    requires: { resource: 'hr_case_response', action: 'list' },
    section: lazy(() => import('../case-responses/referrals-section')),
  },
  {
    id: 'evidence',
    requires: { resource: 'hr_evidence', action: 'list' },
    section: lazy(() => import('../case-responses/evidence-section')),
  },
  {
    id: 'barriers',
    requires: { resource: 'hr_case', action: 'read' },
    section: lazy(() => import('../barriers/case-barriers-section')),
  },
  {
    id: 'escalation',
    requires: { resource: 'hr_escalation', action: 'read' },
    section: lazy(() => import('../case-analysis/escalation-section')),
  },
];
