/**
 * Order of project ids wherever ids break a tie: plain UTF-16 code-unit order (so "10" < "9"), because it
 * is the same in every locale, browser and database export and anyone can reproduce it.
 */
export function compareProjectIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Competition ranking ("1224"): sorted by score descending; equal scores share the best rank and the
 * next score skips as many ranks as were shared. Equal scores are listed by project id so the order is
 * deterministic, but they are marked `tied` because that order is not a result of the vote.
 */
export function rankCompetition<T extends { projectId: string; score: number }>(
  rows: readonly T[],
): Array<T & { rank: number; tied: boolean }> {
  for (const row of rows) {
    if (!Number.isFinite(row.score)) throw new RangeError(`Project ${row.projectId} has a non-finite score`);
  }
  const sorted = [...rows].sort((a, b) => b.score - a.score || compareProjectIds(a.projectId, b.projectId));
  const perScore = new Map<number, number>();
  for (const row of sorted) perScore.set(row.score, (perScore.get(row.score) ?? 0) + 1);
  let rank = 0;
  return sorted.map((row, index) => {
    if (index === 0 || sorted[index - 1].score !== row.score) rank = index + 1;
    return { ...row, rank, tied: (perScore.get(row.score) ?? 0) > 1 };
  });
}
