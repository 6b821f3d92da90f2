/**
 * Public types of the tally library. Everything here is plain data so a result can be stored as JSON,
 * shown in the browser and recomputed by an auditor.
 */

/** How a voter fills in a ballot. */
export type BallotMethod =
  /**
   * Choose up to `maxChoices` projects, and at least `minChoices` when set. With `maxCost` (pabulib
   * `max_sum_cost`) the chosen projects may cost at most that together, with `minCost` (`min_sum_cost`)
   * at least that.
   */
  | { kind: 'approval'; maxChoices: number; minChoices?: number; maxCost?: number; minCost?: number }
  /** Choose exactly one project. */
  | { kind: 'choose-1' }
  /**
   * Spread at most `points` points, at most `maxPerProject` on one project, at least `minPoints` in all
   * when set (pabulib `min_sum_points`). Whole points, unless `decimals` (pabulib's cumulative ballots
   * allow any non-negative number).
   */
  | { kind: 'points'; points: number; maxPerProject: number; minPoints?: number; decimals?: boolean }
  /**
   * Rank up to `maxRanks` projects, 1 = first choice. Scored by the modified Borda count, or by
   * `rankPoints` (points for rank 1, 2, …) when the count gives points by position (pabulib ordinal
   * ballots with their own `points`).
   */
  | { kind: 'ranked'; maxRanks: number; rankPoints?: number[] };

export type BallotMethodKind = BallotMethod['kind'];

/**
 * One choice on a ballot. `rank` is used by ranked ballots only (1 = first choice), `points` by points
 * ballots only. A .pb file maps onto this as: ordinal `vote` order → rank 1..L, cumulative `points`
 * column → points, approval/choose-1 → projectId alone.
 */
export interface BallotChoice {
  projectId: string;
  points?: number;
  rank?: number;
}

export interface Ballot {
  choices: BallotChoice[];
}

export interface TallyProject {
  id: string;
  /** In currency units; decimals allowed (they are handled exactly, as decimal fractions). */
  cost: number;
  /** The project's category, for budgets per category (GreedyBudgetRule.categoryBudgets). */
  category?: string;
  /**
   * Withdrawn after voting: its votes count, but no rule selects it and greedy-no-skip does not stop at it.
   * pabulib marks such projects with the cost 999999999 (pabulib checker, SENTINEL_PROJECT_COST).
   */
  withdrawn?: boolean;
}

/**
 * How equally placed projects are ordered where a rule must choose between them:
 * 'project-order' = the order of the project list (for a .pb file its PROJECTS order, which is the order
 * pabulib's checker visits equal scores in: a stable sort by score); 'lot' = a draw with the seed that
 * was published before voting (drawLots); 'include-all' (top-n only) = every tied project wins.
 */
export type TopNTieBreak = 'include-all' | 'lot' | 'project-order';
export type GreedyTieBreak = 'project-order' | 'lot';

export interface TopNRule {
  rule: 'top-n';
  /** Number of winners; 10 when left out. */
  n?: number;
  tieBreak: TopNTieBreak;
  /** Required for 'lot': published before voting opens so nobody can steer the draw. */
  seed?: string;
}

/**
 * What greedy does at the first project (in score order) that no longer fits:
 * 'skip' — pabulib `greedy`: skip it and try the next;
 * 'stop' — pabulib `greedy-no-skip`: select nothing after it;
 * 'stop-80' — Poznań (pabulib `greedy-custom` with unit Poznań): select it anyway when what is left
 * covers at least 80 % of its cost, then stop (pabulib checker, verify_poznan_selected).
 */
export type GreedyMisfit = 'skip' | 'stop' | 'stop-80';

/**
 * What happens with the money greedy left unspent (pabulib META `leftover_budget`):
 * 'none' — nothing; 'fill' — "fund additional projects that fit within leftover budget ordered by
 * score" (Amsterdam, after its budgets per category); 'partial' — fund the best remaining project
 * partially with what is left.
 */
export type GreedyLeftover = 'none' | 'fill' | 'partial';

export interface GreedyBudgetRule {
  rule: 'greedy-budget';
  budget: number;
  /** Default 'skip'. */
  onMisfit?: GreedyMisfit;
  /** pabulib `greedy-threshold` (META min_project_score_threshold): only projects whose score reaches it compete. */
  minScore?: number;
  /**
   * pabulib `greedy-exclusive`: groups of projects that exclude each other (the same place, say); the first
   * one greedy selects wins and the others of its group are passed over. The .pb format has no column
   * for this: files describe such conflicts in their META comment, so an import cannot read them.
   */
  exclusive?: string[][];
  /**
   * pabulib META `budget_per_category` (with `categories`): each project competes for the budget of its
   * category (TallyProject.category) only; `budget` stays the total.
   */
  categoryBudgets?: Record<string, number>;
  /** Default 'none'. */
  leftover?: GreedyLeftover;
  /** Order of equal scores; default 'project-order'. */
  tieBreak?: GreedyTieBreak;
  /** Required for tieBreak 'lot'. */
  seed?: string;
}

/**
 * The add1 completion of the Method of Equal Shares: run again with one currency unit more per voter
 * while that helps. 'add1' keeps raising as long as the next outcome still fits in the budget (pabulib's
 * checker, _compute_equalshares_winners; what Wieliczka 2023 used); 'add1-exhaustive' also stops as soon
 * as the outcome is exhaustive (equalshares.net/implementation/completion, "Recommended completion
 * method"); 'none' runs once with the real budget (pabulib `equalshares`).
 */
export type EqualSharesCompletion = 'none' | 'add1' | 'add1-exhaustive';

export interface EqualSharesRule {
  rule: 'equal-shares';
  budget: number;
  /** Default 'add1'. */
  completion?: EqualSharesCompletion;
  /**
   * pabulib `…-comparison`: compare the outcome with greedy by score on the same budget and keep greedy
   * when more voters have more of their projects selected under greedy than under Equal Shares
   * (pabulib checker, _apply_equalshares_comparison_step, mode "satisfaction"; Wieliczka 2023).
   */
  comparison?: boolean;
}

export type SelectionRule = TopNRule | GreedyBudgetRule | EqualSharesRule;

/** Per project: how many ballots include it and the method's score. */
export interface ProjectScore {
  projectId: string;
  /** Number of ballots that include the project. */
  votes: number;
  /** approval/choose-1: = votes; points: sum of points; ranked: modified Borda sum. */
  score: number;
}

/** A project with its competition rank (1, 2, 2, 4); `tied` when another project has the same score. */
export interface RankedProject extends ProjectScore {
  cost: number;
  rank: number;
  tied: boolean;
}

export interface ProjectResult extends RankedProject {
  selected: boolean;
}

/** How a tie was settled. */
export type TieResolution =
  /** top-n: every project tied at the cut-off is selected, so more than N may win. */
  | 'include-all'
  /** top-n: seeded draw, see drawLots. */
  | 'lot'
  /** greedy-budget, top-n, equal-shares (last resort): the order of the project list. */
  | 'project-order'
  /** equal-shares: equal effective vote count, the cheaper project wins (equalshares.net convention). */
  | 'lower-cost'
  /** equal-shares: equal effective vote count and cost, the project with the higher score wins. */
  | 'higher-score';

/** One situation in which the selection had to choose between equally placed projects. */
export interface TieDecision {
  context: 'top-n-cutoff' | 'greedy-budget-order' | 'equal-shares-round';
  /** All projects involved, sorted by project id. */
  projectIds: string[];
  selectedProjectIds: string[];
  notSelectedProjectIds: string[];
  decidedBy: TieResolution;
  /** The shared score (top-n, greedy-budget). */
  score?: number;
  /** top-n: the cut-off position N. */
  position?: number;
  /** top-n: how many of the tied projects fit within N. */
  places?: number;
  /** top-n 'lot': the seed used for the draw. */
  seed?: string;
}

export interface TieBreakReport {
  /**
   * top-n: true when the projects at positions N and N+1 have the same score. greedy-budget and
   * equal-shares: true when a tie decided part of the selection (then `decisions` says which).
   */
  tieAtCutoff: boolean;
  /** Every tie that influenced the selection; empty when none did. */
  decisions: TieDecision[];
  /** The published seed when a draw took place. */
  seed?: string;
}

/** leftover 'partial': the project that received what was left. */
export interface PartialFunding {
  projectId: string;
  amount: number;
}

export interface SelectionOutcome {
  /** In the order in which the rule selected them. */
  selectedProjectIds: string[];
  tieBreak: TieBreakReport;
  partialFunding?: PartialFunding;
}

export interface EqualSharesOutcome extends SelectionOutcome {
  /**
   * The total budget of the Method of Equal Shares run whose outcome was kept: the real budget, or a
   * higher virtual budget found by the add1 completion.
   */
  virtualBudget: number;
  /** How many times the add1 completion raised every voter's budget by one currency unit. */
  completionSteps: number;
  /** With the comparison step: which outcome was kept. */
  comparison?: EqualSharesComparison;
}

/** The comparison step: how many voters have more of their projects selected under each outcome. */
export interface EqualSharesComparison {
  kept: 'equal-shares' | 'greedy';
  prefersEqualShares: number;
  prefersGreedy: number;
  greedyProjectIds: string[];
}

export interface TallyResult {
  method: BallotMethod;
  rule: SelectionRule;
  /** Number of ballots counted. */
  ballots: number;
  /** Sorted by rank, then project id. */
  projects: ProjectResult[];
  /** In selection order. */
  selectedProjectIds: string[];
  /** Sum of the costs of the selected projects. */
  selectedCost: number;
  tieBreak: TieBreakReport;
  /** leftover 'partial' only. */
  partialFunding?: PartialFunding;
  /** Only for the equal-shares rule. */
  equalShares?: { virtualBudget: number; completionSteps: number; comparison?: EqualSharesComparison };
  /** Lenient count (invalidBallots 'report'): the ballots left out, with why. */
  invalidBallots?: InvalidBallot[];
}

export interface InvalidBallot {
  /** Position in the input list. */
  ballotIndex: number;
  problems: BallotProblem[];
}

/** A structured ballot problem; the API translates the code into a message. */
export type BallotProblem =
  | { code: 'EMPTY_BALLOT' }
  | { code: 'TOO_MANY_CHOICES'; max: number; actual: number }
  | { code: 'TOO_FEW_CHOICES'; min: number; actual: number }
  | { code: 'DUPLICATE_PROJECT'; projectId: string }
  | { code: 'UNKNOWN_PROJECT'; projectId: string }
  | { code: 'POINTS_NOT_POSITIVE_INTEGER'; projectId: string; points?: number }
  | { code: 'POINTS_OVER_MAX_PER_PROJECT'; projectId: string; max: number; actual: number }
  | { code: 'POINTS_TOTAL_EXCEEDED'; max: number; actual: number }
  | { code: 'POINTS_TOTAL_TOO_LOW'; min: number; actual: number }
  | { code: 'COST_TOTAL_EXCEEDED'; max: number; actual: number }
  | { code: 'COST_TOTAL_TOO_LOW'; min: number; actual: number }
  | { code: 'RANK_NOT_POSITIVE_INTEGER'; projectId: string; rank?: number }
  | { code: 'RANKS_NOT_CONSECUTIVE'; ranks: number[] }
  | { code: 'UNEXPECTED_POINTS'; projectId: string }
  | { code: 'UNEXPECTED_RANK'; projectId: string };

export type BallotProblemCode = BallotProblem['code'];
