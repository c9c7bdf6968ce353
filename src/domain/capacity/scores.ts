/**
 * Pure rules of capacity assessment results (issue 6): domain score = mean of the non-N/A consensus
 * scores of its items; spread of anonymous individual scores; strengths and weaknesses; comparison
 * with the previous completed assessment by item key and by domain key.
 */

/** A score on the four-level rubric, or null for N/A. */
export type CapacityScore = 1 | 2 | 3 | 4 | null;

/** The spread (counts per level) is shown only from this many submitted ballots on. */
export const SPREAD_MIN_BALLOTS = 3;

/** Mean of the scores that are not N/A, rounded to two decimals; null when every item is N/A or missing. */
export function meanScore(scores: readonly (number | null | undefined)[]): number | null {
  const counted = scores.filter((score): score is number => typeof score === 'number');
  if (counted.length === 0) return null;
  const sum = counted.reduce((total, score) => total + score, 0);
  return Math.round((sum / counted.length) * 100) / 100;
}

export interface ScoredItem {
  itemKey: string;
  domainKey: string;
  /** undefined = not decided yet; null = N/A. */
  score: CapacityScore | undefined;
}

export interface DomainScore {
  domainKey: string;
  /** Mean of the non-N/A items; null when none is scored. */
  score: number | null;
  itemCount: number;
  /** Items with a 1–4 score (N/A and undecided items are not counted). */
  scoredCount: number;
}

/** Domain scores in the order the domains are given. */
export function domainScores(domainKeys: readonly string[], items: readonly ScoredItem[]): DomainScore[] {
  return domainKeys.map((domainKey) => {
    const own = items.filter((item) => item.domainKey === domainKey);
    const scores = own.map((item) => item.score);
    return {
      domainKey,
      score: meanScore(scores),
      itemCount: own.length,
      scoredCount: scores.filter((score) => typeof score === 'number').length,
    };
  });
}

export interface Spread {
  '1': number;
  '2': number;
  '3': number;
  '4': number;
  na: number;
}

/** Counts per level of the individual scores of one item (null = N/A). */
export function spreadOf(scores: readonly CapacityScore[]): Spread {
  const spread: Spread = { '1': 0, '2': 0, '3': 0, '4': 0, na: 0 };
  for (const score of scores) {
    if (score === null) spread.na += 1;
    else spread[String(score) as '1' | '2' | '3' | '4'] += 1;
  }
  return spread;
}

/** Whether the spread may be shown: scoring is closed and enough ballots were submitted. */
export function spreadVisible(submittedBallots: number, scoringClosed: boolean): boolean {
  return scoringClosed && submittedBallots >= SPREAD_MIN_BALLOTS;
}

/**
 * Strengths: items scored 3 or 4 (highest first); weaknesses: items scored 1 or 2 (lowest first).
 * Ties keep the framework's order. At most `limit` of each.
 */
export function strengthsAndWeaknesses<T extends { score: CapacityScore | undefined }>(
  items: readonly T[],
  limit = 5,
): { strengths: T[]; weaknesses: T[] } {
  const indexed = items.map((item, index) => ({ item, index }));
  const strengths = indexed
    .filter(({ item }) => typeof item.score === 'number' && item.score >= 3)
    .sort((a, b) => (b.item.score as number) - (a.item.score as number) || a.index - b.index)
    .slice(0, limit)
    .map(({ item }) => item);
  const weaknesses = indexed
    .filter(({ item }) => typeof item.score === 'number' && item.score <= 2)
    .sort((a, b) => (a.item.score as number) - (b.item.score as number) || a.index - b.index)
    .slice(0, limit)
    .map(({ item }) => item);
  return { strengths, weaknesses };
}

export interface Change {
  key: string;
  current: number | null;
  /** undefined when the previous assessment did not have this key. */
  previous: number | null | undefined;
  /** current − previous when both are numbers; null otherwise. */
  delta: number | null;
}

function change(key: string, current: number | null, previous: number | null | undefined): Change {
  const delta =
    typeof current === 'number' && typeof previous === 'number'
      ? Math.round((current - previous) * 100) / 100
      : null;
  return { key, current, previous, delta };
}

/** Item-by-item comparison by stable item key (items new in this version have `previous` undefined). */
export function compareItems(
  current: readonly { itemKey: string; score: CapacityScore | undefined }[],
  previous: readonly { itemKey: string; score: CapacityScore | undefined }[],
): Change[] {
  const before = new Map(previous.map((item) => [item.itemKey, item.score]));
  return current.map((item) =>
    change(
      item.itemKey,
      item.score ?? null,
      before.has(item.itemKey) ? (before.get(item.itemKey) ?? null) : undefined,
    ),
  );
}

/** Domain-by-domain comparison by domain key. */
export function compareDomains(current: readonly DomainScore[], previous: readonly DomainScore[]): Change[] {
  const before = new Map(previous.map((domain) => [domain.domainKey, domain.score]));
  return current.map((domain) =>
    change(
      domain.domainKey,
      domain.score,
      before.has(domain.domainKey) ? before.get(domain.domainKey) : undefined,
    ),
  );
}

/** Total number of participants declared for a session (its ballot limit). */
export function participantTotal(participants: readonly { count: number }[]): number {
  return participants.reduce((total, group) => total + group.count, 0);
}

export type AssessmentStatus = 'draft' | 'scoring' | 'consensus' | 'completed';

const NEXT: Record<AssessmentStatus, readonly AssessmentStatus[]> = {
  draft: ['scoring', 'consensus'],
  scoring: ['consensus'],
  consensus: ['completed'],
  completed: [],
};

/** Allowed status changes: draft → scoring → consensus → completed (individual scoring may be skipped). */
export function canMoveAssessment(from: AssessmentStatus, to: AssessmentStatus): boolean {
  return NEXT[from].includes(to);
}
