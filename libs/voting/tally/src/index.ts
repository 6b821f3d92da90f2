export type {
  Ballot,
  BallotChoice,
  BallotMethod,
  BallotMethodKind,
  BallotProblem,
  BallotProblemCode,
  EqualSharesComparison,
  EqualSharesCompletion,
  EqualSharesOutcome,
  EqualSharesRule,
  GreedyBudgetRule,
  GreedyLeftover,
  GreedyMisfit,
  GreedyTieBreak,
  PartialFunding,
  ProjectResult,
  ProjectScore,
  RankedProject,
  SelectionOutcome,
  SelectionRule,
  TallyProject,
  TallyResult,
  TieBreakReport,
  TieDecision,
  TieResolution,
  TopNRule,
  TopNTieBreak,
} from './lib/types';
export { assertBallotMethod, scoreContributions, validateBallot } from './lib/ballot-methods';
export { InvalidBallotError, PbParseError } from './lib/errors';
export { createSeededRandom, drawLots, hashString } from './lib/lot';
export { compareProjectIds, rankCompetition } from './lib/rank';
export { assertProjects, scoreBallots, type ScoreOptions } from './lib/score';
export { selectEqualShares, type EqualSharesInput } from './lib/select-equal-shares';
export { orderByScore, selectGreedyBudget, type GreedyOptions, type GreedyProject } from './lib/select-greedy-budget';
export { DEFAULT_TOP_N, selectTopN } from './lib/select-top-n';
export { tallyBallots, type TallyInput } from './lib/tally';
export {
  parsePbFile,
  parsePbNumber,
  writePbFile,
  type PbFile,
  type PbProject,
  type PbVote,
  type WritePbOptions,
} from './lib/pb-file';
export {
  compareOutcomes,
  createPbFile,
  PB_WITHDRAWN_COST,
  pbBallotMethod,
  pbFileToElection,
  pbOfficialOutcome,
  pbRuleName,
  pbSelectionRule,
  pbVoteToBallot,
  type CreatePbFileInput,
  type OutcomeComparison,
  type PbElection,
  type PbOfficialOutcome,
  type PbRuleNote,
} from './lib/pb-election';
