/**
 * Programme evidence beside the capacity scores (issue 6 §5): facts from the organization's own
 * data, per domain of the framework, as context for the discussion — never a score.
 */
import { normalizeThreshold, suppressList, type PublishedCount } from './aggregates/suppression';

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
  /** A count; '<' or '*' where small-cell suppression hides it (case facts, S7). */
  value: PublishedCount;
  /** "value of total" facts (reports on time of reports due…); null for plain counts. */
  total: PublishedCount | null;
  /** The small-cell threshold the fact was published with ('<' reads "<threshold"), if suppressed. */
  threshold?: number;
}

/** Raw counts of the cases whose current `record` consent is granted, documented in the window. */
export interface CaseEvidenceCounts {
  documented: number;
  closed: number;
  /** Null when the responses table does not exist in this build. */
  withResponse: number | null;
}

/**
 * The human-rights documentation facts through small-cell suppression (S7), as the case analysis
 * publishes them: the number of cases with primary suppression, and each "x of the cases" split as a
 * list (x, the rest) whose total is that same, already published number. Nothing when there are no
 * cases.
 */
export function suppressCaseEvidence(
  raw: CaseEvidenceCounts,
  threshold: number,
): Omit<EvidenceFact, 'provider'>[] {
  const t = normalizeThreshold(threshold);
  if (raw.documented === 0) return [];
  const domainKey = EVIDENCE_DOMAINS.humanRightsDocumentation;
  const documented: PublishedCount = raw.documented < t ? '<' : raw.documented;
  const split = (key: string, part: number) => {
    const list = suppressList({ keys: [key, 'rest'], counts: [part, raw.documented - part] }, t, {
      total: 'locked',
    });
    return { domainKey, key, value: list.items[0]!.count, total: list.total, threshold: t };
  };
  const facts: Omit<EvidenceFact, 'provider'>[] = [
    { domainKey, key: 'casesDocumented', value: documented, total: null, threshold: t },
    split('casesClosed', raw.closed),
  ];
  if (raw.withResponse !== null) facts.push(split('casesWithResponse', raw.withResponse));
  return facts;
}

/** Groups facts by domain, in the order the domains first appear, each domain's facts in order. */
export function groupFactsByDomain(
  facts: readonly EvidenceFact[],
): { domainKey: string; facts: EvidenceFact[] }[] {
  const groups = new Map<string, EvidenceFact[]>();
  for (const fact of facts) groups.set(fact.domainKey, [...(groups.get(fact.domainKey) ?? []), fact]);
  return [...groups.entries()].map(([domainKey, domainFacts]) => ({ domainKey, facts: domainFacts }));
}
