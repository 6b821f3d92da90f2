import { drawLots } from './lot';
import { compareProjectIds } from './rank';
import { orderByScore } from './select-greedy-budget';
import type { SelectionOutcome, TieDecision, TopNRule } from './types';

export const DEFAULT_TOP_N = 10;

/**
 * The N projects with the highest score win. Projects nobody voted for (score 0) never win. When the
 * projects at positions N and N+1 have the same score the tie is reported and settled by the rule's
 * tieBreak: 'include-all' selects every tied project (so more than N may win), 'lot' draws the remaining
 * places among them with drawLots and the published seed, 'project-order' gives them to the tied projects
 * that come first in the list (for a .pb file: its PROJECTS order).
 */
export function selectTopN(
  projects: ReadonlyArray<{ projectId: string; score: number }>,
  rule: TopNRule,
): SelectionOutcome {
  const n = rule.n ?? DEFAULT_TOP_N;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`top-n needs a positive integer n, got ${n}`);
  if (rule.tieBreak === 'lot' && (rule.seed === undefined || rule.seed === '')) {
    throw new RangeError('top-n with tieBreak "lot" needs the seed that was published before voting opened');
  }
  const ranked = orderByScore(
    projects.filter((project) => project.score > 0),
    'project-order',
  );
  if (ranked.length <= n || ranked[n - 1].score !== ranked[n].score) {
    return {
      selectedProjectIds: ranked.slice(0, n).map((project) => project.projectId),
      tieBreak: { tieAtCutoff: false, decisions: [] },
    };
  }

  const cutoffScore = ranked[n - 1].score;
  const above = ranked.filter((project) => project.score > cutoffScore).map((project) => project.projectId);
  const tied = ranked.filter((project) => project.score === cutoffScore).map((project) => project.projectId);
  const places = n - above.length;
  const winners =
    rule.tieBreak === 'include-all'
      ? [...tied].sort(compareProjectIds)
      : rule.tieBreak === 'lot'
        ? drawLots(rule.seed ?? '', tied, places)
        : tied.slice(0, places);
  const tiedById = [...tied].sort(compareProjectIds);
  const decision: TieDecision = {
    context: 'top-n-cutoff',
    projectIds: tiedById,
    selectedProjectIds: winners,
    notSelectedProjectIds: tiedById.filter((id) => !winners.includes(id)),
    decidedBy: rule.tieBreak,
    score: cutoffScore,
    position: n,
    places,
  };
  if (rule.tieBreak === 'lot') decision.seed = rule.seed;
  return {
    selectedProjectIds: [...above, ...winners],
    tieBreak: {
      tieAtCutoff: true,
      decisions: [decision],
      ...(rule.tieBreak === 'lot' ? { seed: rule.seed } : {}),
    },
  };
}
