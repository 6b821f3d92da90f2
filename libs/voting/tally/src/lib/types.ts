/**
 * Public types of the tally library. Everything here is plain data so a result can be stored as JSON,
 * shown in the browser and recomputed by an auditor.
 */

/** How a voter fills in a ballot. */
export type BallotMethod =
  /** Choose up to `maxChoices` projects, and at least `minChoices` when set. */
  | { kind: 'approval'; maxChoices: number; minChoices?: number }
  /** Choose exactly one project. */
  | { kind: 'choose-1' }
  /** Spread at most `points` points, at most `maxPerProject` on one project. */
  | { kind: 'points'; points: number; maxPerProject: number }
  /** Rank up to `maxRanks` projects, 1 = first choice. */
  | { kind: 'ranked'; maxRanks: number };

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
}

export type TopNTieBreak = 'include-all' | 'lot';

export interface TopNRule {
  rule: 'top-n';
  /** Number of winners; 10 when left out. */
  n?: number;
  tieBreak: TopNTieBreak;
  /** Required for 'lot': published before voting opens so nobody can steer the draw. */
  seed?: string;
}

export interface GreedyBudgetRule {
  rule: 'greedy-budget';
  budget: number;
}

export interface EqualSharesRule {
  rule: 'equal-shares';
  budget: number;
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
  /** greedy-budget: equal scores are visited in project-id order. */
  | 'project-id-order'
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

export interface SelectionOutcome {
  /** In the order in which the rule selected them. */
  selectedProjectIds: string[];
  tieBreak: TieBreakReport;
}

export interface EqualSharesOutcome extends SelectionOutcome {
  /**
   * The total budget of the Method of Equal Shares run whose outcome was kept: the real budget, or a
   * higher virtual budget found by the add1 completion.
   */
  virtualBudget: number;
  /** How many times the add1 completion raised every voter's budget by one currency unit. */
  completionSteps: number;
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
  /** Only for the equal-shares rule. */
  equalShares?: { virtualBudget: number; completionSteps: number };
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
  | { code: 'RANK_NOT_POSITIVE_INTEGER'; projectId: string; rank?: number }
  | { code: 'RANKS_NOT_CONSECUTIVE'; ranks: number[] }
  | { code: 'UNEXPECTED_POINTS'; projectId: string }
  | { code: 'UNEXPECTED_RANK'; projectId: string };

export type BallotProblemCode = BallotProblem['code'];
