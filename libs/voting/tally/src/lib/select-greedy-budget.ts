import { drawLots } from './lot';
import { Rational } from './rational';
import type { GreedyBudgetRule, PartialFunding, SelectionOutcome, TieDecision } from './types';

export interface GreedyProject {
  projectId: string;
  score: number;
  cost: number;
  category?: string;
  withdrawn?: boolean;
}

/** The rule's options; budget alone is pabulib's plain `greedy`. */
export type GreedyOptions = Omit<GreedyBudgetRule, 'rule'>;

/** Poznań funds the first project that no longer fits when what is left covers 80 % of its cost. */
const POZNAN_SHARE = Rational.of(BigInt(4), BigInt(5));

/**
 * Greedy by score, the family of rules most city budgets use (pabulib `greedy`, `greedy-no-skip`,
 * `greedy-threshold`, `greedy-exclusive`, Poznań's `greedy-custom`; the pabulib checker's
 * verify_greedy_selected, verify_greedy_no_skip_selected and verify_poznan_selected define them):
 * go down the projects by score and select each one whose cost still fits in what is left.
 * - onMisfit says what happens at a project that does not fit: skip it (greedy), stop (greedy-no-skip)
 *   or, Poznań, fund it when what is left covers 80 % of its cost and then stop.
 * - minScore (greedy-threshold): projects whose score does not reach it never compete and never stop
 *   the count. Projects nobody voted for (score 0) and withdrawn projects never compete either.
 * - exclusive (greedy-exclusive): a project whose group already has a selected project is passed over.
 * - categoryBudgets: a project is measured against what is left of its category's budget; with
 *   onMisfit 'stop' each category stops on its own.
 * - leftover 'fill' then visits the projects not selected again, in the same order, against what is left
 *   of the total budget (Amsterdam's "fund additional projects that fit within leftover budget ordered
 *   by score"); 'partial' gives what is left to the best project not selected that still competes.
 * Equal scores are visited in tieBreak order: the order of `projects` ('project-order', pabulib's stable
 * sort by score over the file's PROJECTS) or a draw with the published seed ('lot'). A tie is reported
 * when that order changed the outcome: a tied project was not selected although it would have fitted
 * had it come first. Money is exact (Rational), so a project that fits to the cent is selected.
 */
export function selectGreedyBudget(projects: readonly GreedyProject[], options: GreedyOptions): SelectionOutcome {
  const { budget } = options;
  if (!Number.isFinite(budget) || budget < 0) throw new RangeError(`Invalid budget ${budget}`);
  const tieBreak = options.tieBreak ?? 'project-order';
  if (tieBreak === 'lot' && !options.seed) {
    throw new RangeError('greedy with tieBreak "lot" needs the seed that was published before voting opened');
  }
  const onMisfit = options.onMisfit ?? 'skip';
  const minScore = options.minScore ?? 0;
  const competing = projects.filter((p) => p.score > 0 && p.score >= minScore && !p.withdrawn);
  const order = orderByScore(competing, tieBreak, options.seed);

  const total = Rational.fromNumber(budget);
  let left = total;
  const pools = new Map<string, Rational>();
  if (options.categoryBudgets !== undefined) {
    for (const [category, amount] of Object.entries(options.categoryBudgets)) {
      if (!Number.isFinite(amount) || amount < 0) throw new RangeError(`Invalid budget ${amount} for category ${category}`);
      pools.set(category, Rational.fromNumber(amount));
    }
    for (const project of order) {
      if (project.category === undefined || !pools.has(project.category)) {
        throw new RangeError(`Project ${project.projectId} has no category with a budget`);
      }
    }
  }
  const byCategory = pools.size > 0;
  const poolOf = (project: GreedyProject): string => (byCategory ? (project.category as string) : '');
  if (!byCategory) pools.set('', total);

  const groups = new Map<string, number[]>();
  (options.exclusive ?? []).forEach((group, index) => {
    for (const id of group) groups.set(id, [...(groups.get(id) ?? []), index]);
  });
  const takenGroups = new Set<number>();
  const excluded = (project: GreedyProject): boolean =>
    (groups.get(project.projectId) ?? []).some((group) => takenGroups.has(group));

  const selected: string[] = [];
  const chosen = new Set<string>();
  const stopped = new Set<string>();
  const select = (project: GreedyProject, cost: Rational): void => {
    selected.push(project.projectId);
    chosen.add(project.projectId);
    const pool = poolOf(project);
    pools.set(pool, (pools.get(pool) as Rational).sub(cost));
    left = left.sub(cost);
    for (const group of groups.get(project.projectId) ?? []) takenGroups.add(group);
  };

  const decisions: TieDecision[] = [];
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end < order.length && order[end].score === order[start].score) end++;
    const group = order.slice(start, end);
    const poolsAtStart = new Map(pools);
    const picked: string[] = [];
    for (const project of group) {
      const pool = poolOf(project);
      if (stopped.has(pool) || excluded(project)) continue;
      const cost = Rational.fromNumber(project.cost);
      const remaining = pools.get(pool) as Rational;
      if (cost.lessThanOrEqual(remaining)) {
        select(project, cost);
        picked.push(project.projectId);
      } else if (onMisfit !== 'skip') {
        if (onMisfit === 'stop-80' && POZNAN_SHARE.mul(cost).lessThanOrEqual(remaining)) {
          select(project, cost);
          picked.push(project.projectId);
        }
        stopped.add(pool);
      }
    }
    // Order matters only if a tied project left out would have fitted had it been visited first.
    const leftOut = group.filter((project) => !chosen.has(project.projectId));
    const couldHaveFitted = leftOut.some((project) =>
      Rational.fromNumber(project.cost).lessThanOrEqual(poolsAtStart.get(poolOf(project)) as Rational),
    );
    if (group.length > 1 && picked.length > 0 && couldHaveFitted) {
      decisions.push({
        context: 'greedy-budget-order',
        projectIds: group.map((project) => project.projectId),
        selectedProjectIds: picked,
        notSelectedProjectIds: leftOut.map((project) => project.projectId),
        decidedBy: tieBreak,
        score: group[0].score,
        ...(tieBreak === 'lot' ? { seed: options.seed } : {}),
      });
    }
    start = end;
  }

  let partialFunding: PartialFunding | undefined;
  const leftover = options.leftover ?? 'none';
  if (leftover === 'fill') {
    for (const project of order) {
      if (chosen.has(project.projectId) || excluded(project)) continue;
      const cost = Rational.fromNumber(project.cost);
      if (cost.lessThanOrEqual(left)) select(project, cost);
    }
  } else if (leftover === 'partial' && left.greaterThan(Rational.zero)) {
    const next = order.find((project) => !chosen.has(project.projectId) && !excluded(project));
    if (next !== undefined) partialFunding = { projectId: next.projectId, amount: left.toNumber() };
  }

  return {
    selectedProjectIds: selected,
    tieBreak: { tieAtCutoff: decisions.length > 0, decisions, ...(tieBreak === 'lot' && decisions.length > 0 ? { seed: options.seed } : {}) },
    ...(partialFunding !== undefined ? { partialFunding } : {}),
  };
}

/** Highest score first; equal scores in the order of the list, or in the order a seeded draw gives them. */
export function orderByScore<T extends { projectId: string; score: number }>(
  projects: readonly T[],
  tieBreak: 'project-order' | 'lot',
  seed?: string,
): T[] {
  const position = new Map(projects.map((project, index) => [project.projectId, index]));
  if (tieBreak === 'lot') {
    const byScore = new Map<number, string[]>();
    for (const project of projects) byScore.set(project.score, [...(byScore.get(project.score) ?? []), project.projectId]);
    for (const ids of byScore.values()) {
      if (ids.length > 1) drawLots(seed ?? '', ids, ids.length).forEach((id, index) => position.set(id, index));
    }
  }
  return [...projects].sort(
    (a, b) => b.score - a.score || (position.get(a.projectId) as number) - (position.get(b.projectId) as number),
  );
}
