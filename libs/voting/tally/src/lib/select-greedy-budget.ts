import { rankCompetition } from './rank';
import { Rational } from './rational';
import type { SelectionOutcome, TieDecision } from './types';

/**
 * Greedy by score, as pabulib's `greedy` rule and most city budgets: go down the ranking and select a
 * project when its cost still fits in what is left of the budget; a project that does not fit is skipped
 * and the next one is tried. Projects nobody voted for (score 0) are never selected. Equal scores are
 * visited in project-id order; when that order changed the outcome (a tied project was skipped although
 * it would have fitted had it come first) the tie is reported.
 * Costs are added exactly (as decimal fractions), so a project that fits to the cent is selected.
 */
export function selectGreedyBudget(
  projects: ReadonlyArray<{ projectId: string; score: number; cost: number }>,
  budget: number,
): SelectionOutcome {
  if (!Number.isFinite(budget) || budget < 0) throw new RangeError(`Invalid budget ${budget}`);
  const ranked = rankCompetition(projects.filter((project) => project.score > 0));
  let remaining = Rational.fromNumber(budget);
  const selected: string[] = [];
  const decisions: TieDecision[] = [];

  for (let start = 0; start < ranked.length; ) {
    let end = start;
    while (end < ranked.length && ranked[end].score === ranked[start].score) end++;
    const group = ranked.slice(start, end);
    const remainingAtStart = remaining;
    const picked: string[] = [];
    const skipped: Array<{ projectId: string; cost: Rational }> = [];
    for (const project of group) {
      const cost = Rational.fromNumber(project.cost);
      if (cost.lessThanOrEqual(remaining)) {
        picked.push(project.projectId);
        remaining = remaining.sub(cost);
      } else {
        skipped.push({ projectId: project.projectId, cost });
      }
    }
    selected.push(...picked);
    // Order matters only if a skipped project would have fitted had it been visited first.
    if (group.length > 1 && skipped.some((project) => project.cost.lessThanOrEqual(remainingAtStart))) {
      decisions.push({
        context: 'greedy-budget-order',
        projectIds: group.map((project) => project.projectId),
        selectedProjectIds: picked,
        notSelectedProjectIds: skipped.map((project) => project.projectId),
        decidedBy: 'project-id-order',
        score: group[0].score,
      });
    }
    start = end;
  }
  return { selectedProjectIds: selected, tieBreak: { tieAtCutoff: decisions.length > 0, decisions } };
}
