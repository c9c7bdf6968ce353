/**
 * Pure rules of the network's capacity picture (issue 6 §7): which organizations can be named, the
 * distribution of domain scores across consenting organizations, and the "who can help" match.
 */

/** Below this many organizations none is named and no distribution is shown (configurable, ≥ 2). */
export const DEFAULT_MIN_ORGANIZATIONS = 3;
export const MIN_ORGANIZATIONS_FLOOR = 2;
export const MIN_ORGANIZATIONS_CEILING = 50;

/** A domain score at or above this is "strong": the organization could help others there. */
export const STRONG_DOMAIN_SCORE = 3.5;

export const TA_REQUEST_STATUSES = ['open', 'in_progress', 'closed'] as const;
export type TaRequestStatus = (typeof TA_REQUEST_STATUSES)[number];

/** The four bands of a domain score (a mean of 1–4 consensus scores): its whole level. */
export function scoreBand(score: number): 1 | 2 | 3 | 4 {
  return Math.min(4, Math.max(1, Math.floor(score))) as 1 | 2 | 3 | 4;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 100) / 100;
}

export interface OrgDomainScore {
  orgId: string;
  orgName: string;
  domainKey: string;
  /** Mean of the non-N/A consensus scores of the domain; null when every item was N/A. */
  score: number | null;
}

export interface OrgTaRequest {
  orgId: string;
  orgName: string;
  domainKey: string;
}

export interface NamedOrg {
  id: string;
  name: string;
}

export interface DomainPicture {
  domainKey: string;
  /** Consenting organizations with a score in this domain. */
  organizations: number;
  /** True when fewer than the minimum: no distribution, no median. */
  withheld: boolean;
  /** Count of organizations per band 1..4, or null when withheld. */
  bands: { band: 1 | 2 | 3 | 4; count: number }[] | null;
  median: number | null;
  /** Open technical-assistance requests in the domain, and how many organizations ask. */
  taRequests: number;
  askingOrganizations: number;
  /** Strong organizations (score ≥ 3.5) and those asking for help; names only when named. */
  strongCount: number;
  strong: NamedOrg[] | null;
  asking: NamedOrg[] | null;
}

export interface NetworkPicture {
  minOrganizations: number;
  /** Whether organization names may be shown at all (enough consenting organizations). */
  namesShown: boolean;
  sharingScores: number;
  sharingTaRequests: number;
  domains: DomainPicture[];
}

/**
 * Builds the network picture from what consenting organizations shared. Scores must come only from
 * organizations that consented to share scores, requests only from those that consented to share
 * requests (the caller filters; this function never sees anything else). No organization is named
 * unless at least `minOrganizations` organizations take part in the picture, and no domain shows a
 * distribution with fewer than `minOrganizations` scores.
 */
export function buildNetworkPicture(input: {
  scores: readonly OrgDomainScore[];
  requests: readonly OrgTaRequest[];
  sharingScores: number;
  sharingTaRequests: number;
  minOrganizations: number;
  domainOrder?: readonly string[];
}): NetworkPicture {
  const min = Math.max(MIN_ORGANIZATIONS_FLOOR, input.minOrganizations);
  const participants = new Set([
    ...input.scores.map((score) => score.orgId),
    ...input.requests.map((request) => request.orgId),
  ]);
  const namesShown = participants.size >= min;
  const keys = new Set([
    ...(input.domainOrder ?? []),
    ...input.scores.map((s) => s.domainKey),
    ...input.requests.map((r) => r.domainKey),
  ]);
  const byName = (a: NamedOrg, b: NamedOrg) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
  const domains: DomainPicture[] = [];
  for (const domainKey of keys) {
    const scored = input.scores.filter((s) => s.domainKey === domainKey && s.score !== null);
    const requests = input.requests.filter((r) => r.domainKey === domainKey);
    if (scored.length === 0 && requests.length === 0) continue;
    const withheld = scored.length < min;
    const bands = withheld
      ? null
      : ([1, 2, 3, 4] as const).map((band) => ({
          band,
          count: scored.filter((s) => scoreBand(s.score!) === band).length,
        }));
    const strongOrgs = dedupe(
      scored.filter((s) => s.score! >= STRONG_DOMAIN_SCORE).map((s) => ({ id: s.orgId, name: s.orgName })),
    ).sort(byName);
    const askingOrgs = dedupe(requests.map((r) => ({ id: r.orgId, name: r.orgName }))).sort(byName);
    domains.push({
      domainKey,
      organizations: scored.length,
      withheld,
      bands,
      median: withheld ? null : median(scored.map((s) => s.score!)),
      taRequests: requests.length,
      askingOrganizations: askingOrgs.length,
      strongCount: withheld ? 0 : strongOrgs.length,
      strong: namesShown && !withheld ? strongOrgs : null,
      asking: namesShown ? askingOrgs : null,
    });
  }
  return {
    minOrganizations: min,
    namesShown,
    sharingScores: input.sharingScores,
    sharingTaRequests: input.sharingTaRequests,
    domains,
  };
}

function dedupe(orgs: NamedOrg[]): NamedOrg[] {
  const seen = new Map<string, NamedOrg>();
  for (const org of orgs) seen.set(org.id, org);
  return [...seen.values()];
}
