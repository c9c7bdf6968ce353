/**
 * Programme evidence beside the capacity scores (issue 6 §5): facts from the organization's own
 * data, per domain of the framework, as context for the discussion — never a score.
 */

/** The domain keys the evidence providers speak to (keys of the standard framework). */
export const EVIDENCE_DOMAINS = {
  governance: 'governance',
  projectManagement: 'project_management',
  resourceMobilization: 'resource_mobilization',
  networking: 'networking',
  communityLedServices: 'community_services',
  safety: 'safety_data_protection',
  humanRightsDocumentation: 'hr_documentation',
} as const;

/** The window the facts cover: the twelve months up to today. */
export const EVIDENCE_WINDOW_DAYS = 365;

export interface EvidenceFact {
  domainKey: string;
  /** Which provider found it (grants, workplan, registry, cases, security…). */
  provider: string;
  /** i18n key under `capacityNetwork.evidence.facts`. */
  key: string;
  value: number;
  /** "value of total" facts (reports on time of reports due…); null for plain counts. */
  total: number | null;
}

/** Groups facts by domain, in the order the domains first appear, each domain's facts in order. */
export function groupFactsByDomain(
  facts: readonly EvidenceFact[],
): { domainKey: string; facts: EvidenceFact[] }[] {
  const groups = new Map<string, EvidenceFact[]>();
  for (const fact of facts) groups.set(fact.domainKey, [...(groups.get(fact.domainKey) ?? []), fact]);
  return [...groups.entries()].map(([domainKey, domainFacts]) => ({ domainKey, facts: domainFacts }));
}
