import { assertBallotMethod, validateBallot } from './ballot-methods';
import { rankCompetition } from './rank';
import { Rational } from './rational';
import { scoreBallots } from './score';
import { selectEqualShares } from './select-equal-shares';
import { selectGreedyBudget } from './select-greedy-budget';
import { selectTopN } from './select-top-n';
import type {
  Ballot,
  BallotMethod,
  EqualSharesOutcome,
  InvalidBallot,
  SelectionOutcome,
  SelectionRule,
  TallyProject,
  TallyResult,
} from './types';

export interface TallyInput {
  method: BallotMethod;
  projects: readonly TallyProject[];
  ballots: readonly Ballot[];
  rule: SelectionRule;
  /** Check every ballot first (default true): an invalid ballot throws InvalidBallotError instead of being counted. */
  validate?: boolean;
  /**
   * What an invalid ballot does when ballots are checked: 'throw' (default) stops the count; 'report'
   * (lenient, for imported files) leaves it out and lists it in TallyResult.invalidBallots. Never counted.
   */
  invalidBallots?: 'throw' | 'report';
}

/**
 * The whole count in one call: scores per project, competition ranking, selection by the rule and the
 * report of every tie that influenced it. Pure: the same input always gives the same result, whatever
 * the order of the ballots.
 */
export function tallyBallots(input: TallyInput): TallyResult {
  const { method, projects, rule } = input;
  let { ballots } = input;
  let validate = input.validate ?? true;
  let invalidBallots: InvalidBallot[] | undefined;
  if (validate && input.invalidBallots === 'report') {
    assertBallotMethod(method);
    const ids = new Set(projects.map((project) => project.id));
    const costs = new Map(projects.map((project) => [project.id, project.cost]));
    invalidBallots = [];
    const valid: Ballot[] = [];
    ballots.forEach((ballot, ballotIndex) => {
      const problems = validateBallot(method, ids, ballot.choices, costs);
      if (problems.length > 0) (invalidBallots as InvalidBallot[]).push({ ballotIndex, problems });
      else valid.push(ballot);
    });
    ballots = valid;
    validate = false;
  }
  const scores = scoreBallots(method, projects, ballots, { validate });
  const costs = new Map(projects.map((project) => [project.id, project.cost]));
  // In the order of the project list: the rules visit equal scores in that order ('project-order').
  const rows = projects.map((project, i) => ({
    ...scores[i],
    cost: project.cost,
    ...(project.category !== undefined ? { category: project.category } : {}),
    ...(project.withdrawn ? { withdrawn: true } : {}),
  }));
  const ranked = rankCompetition(scores.map((row) => ({ ...row, cost: costs.get(row.projectId) ?? 0 })));

  let outcome: SelectionOutcome;
  let equalShares: EqualSharesOutcome | undefined;
  switch (rule.rule) {
    case 'top-n':
      outcome = selectTopN(
        rows.filter((row) => !row.withdrawn),
        rule,
      );
      break;
    case 'greedy-budget':
      outcome = selectGreedyBudget(rows, rule);
      break;
    case 'equal-shares':
      // Ballots were validated by scoreBallots already.
      equalShares = selectEqualShares({
        method,
        projects,
        ballots,
        budget: rule.budget,
        ...(rule.completion !== undefined ? { completion: rule.completion } : {}),
        ...(rule.comparison !== undefined ? { comparison: rule.comparison } : {}),
        validate: false,
      });
      outcome = equalShares;
      break;
  }

  const selected = new Set(outcome.selectedProjectIds);
  const selectedCost = outcome.selectedProjectIds.reduce(
    (total, id) => total.add(Rational.fromNumber(costs.get(id) ?? 0)),
    Rational.zero,
  );
  const result: TallyResult = {
    method,
    rule,
    ballots: ballots.length,
    projects: ranked.map((row) => ({ ...row, selected: selected.has(row.projectId) })),
    selectedProjectIds: outcome.selectedProjectIds,
    selectedCost: selectedCost.toNumber(),
    tieBreak: outcome.tieBreak,
  };
  if (outcome.partialFunding !== undefined) result.partialFunding = outcome.partialFunding;
  if (invalidBallots !== undefined) result.invalidBallots = invalidBallots;
  if (equalShares) {
    result.equalShares = { virtualBudget: equalShares.virtualBudget, completionSteps: equalShares.completionSteps };
    if (equalShares.comparison !== undefined) result.equalShares.comparison = equalShares.comparison;
  }
  return result;
}
