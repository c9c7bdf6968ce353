/**
 * Pure rules of shared priorities (issue 7 part 6).
 */

/** Results are shown only after the vote closes and with at least this many ballots handed in. */
export const PRIORITY_MIN_BALLOTS = 3;

export interface BordaRow {
  needId: string;
  points: number;
  firstChoices: number;
  rank: number;
}

/**
 * Borda count of top-N rankings: on a ballot ranking up to `topN` needs, the first gets `topN` points,
 * the second `topN - 1`, and so on; unranked needs get 0. Ties share a rank (1, 2, 2, 4) and are
 * ordered by first choices, then by the order the needs were raised (`needIds`).
 */
export function bordaCount(
  needIds: readonly string[],
  ballots: readonly (readonly string[])[],
  topN: number,
): BordaRow[] {
  const points = new Map(needIds.map((id) => [id, 0]));
  const firsts = new Map(needIds.map((id) => [id, 0]));
  for (const ranking of ballots) {
    ranking.slice(0, topN).forEach((id, position) => {
      if (!points.has(id)) return;
      points.set(id, (points.get(id) ?? 0) + topN - position);
      if (position === 0) firsts.set(id, (firsts.get(id) ?? 0) + 1);
    });
  }
  const rows = needIds.map((needId, order) => ({
    needId,
    points: points.get(needId) ?? 0,
    firstChoices: firsts.get(needId) ?? 0,
    order,
  }));
  rows.sort((a, b) => b.points - a.points || b.firstChoices - a.firstChoices || a.order - b.order);
  return rows.map((row) => ({
    needId: row.needId,
    points: row.points,
    firstChoices: row.firstChoices,
    rank: rows.findIndex((other) => other.points === row.points) + 1,
  }));
}
