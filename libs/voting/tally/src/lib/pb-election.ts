import { parsePbNumber, type PbFile, type PbProject, type PbVote } from './pb-file';
import type { Ballot, BallotMethod, SelectionRule, TallyProject, TallyResult } from './types';

/** A .pb file in the library's terms. */
export interface PbElection {
  method: BallotMethod;
  projects: TallyProject[];
  ballots: Ballot[];
  budget: number;
  /** The META `rule` when it is one the library implements; otherwise undefined and the caller picks (e.g. top-n). */
  rule?: SelectionRule;
  /** META `rule` as written in the file. */
  ruleName?: string;
}

function metaNumber(file: PbFile, key: string): number | undefined {
  const text = file.meta[key];
  if (text === undefined || text.trim() === '') return undefined;
  const value = parsePbNumber(text);
  if (value === undefined) throw new RangeError(`META ${key} "${text}" is not a number`);
  return value;
}

/** 0 or absent means "no bound" in pabulib. */
function positiveMeta(file: PbFile, key: string): number | undefined {
  const value = metaNumber(file, key);
  return value !== undefined && value > 0 ? value : undefined;
}

/**
 * The ballot method described by META `vote_type` and its bounds: approval → approval (max_length,
 * min_length; no max_length = every project), choose-1 → choose-1, cumulative → points (max_sum_points,
 * max_points; no max_points = max_sum_points), ordinal → ranked (max_length; none = every project).
 */
export function pbBallotMethod(file: PbFile): BallotMethod {
  const voteType = (file.meta['vote_type'] ?? '').trim();
  const projectCount = file.projects.length;
  switch (voteType) {
    case 'approval': {
      const minChoices = positiveMeta(file, 'min_length');
      const method: BallotMethod = { kind: 'approval', maxChoices: positiveMeta(file, 'max_length') ?? projectCount };
      if (minChoices !== undefined) method.minChoices = minChoices;
      return method;
    }
    case 'choose-1':
      return { kind: 'choose-1' };
    case 'cumulative': {
      const points = positiveMeta(file, 'max_sum_points');
      if (points === undefined) throw new RangeError('A cumulative .pb file needs max_sum_points');
      return { kind: 'points', points, maxPerProject: positiveMeta(file, 'max_points') ?? points };
    }
    case 'ordinal':
      return { kind: 'ranked', maxRanks: positiveMeta(file, 'max_length') ?? projectCount };
    default:
      throw new RangeError(`Unsupported vote_type "${voteType}"`);
  }
}

/** A .pb vote as choices: ordinal order → rank 1..L, cumulative `points` → points, otherwise the project alone. */
export function pbVoteToBallot(method: BallotMethod, vote: PbVote): Ballot {
  switch (method.kind) {
    case 'ranked':
      return { choices: vote.vote.map((projectId, index) => ({ projectId, rank: index + 1 })) };
    case 'points': {
      const points = vote.points;
      if (points === undefined) throw new RangeError(`Vote ${vote.voterId} has no points`);
      return { choices: vote.vote.map((projectId, index) => ({ projectId, points: points[index] })) };
    }
    case 'approval':
    case 'choose-1':
      return { choices: vote.vote.map((projectId) => ({ projectId })) };
  }
}

/**
 * Maps META `rule`: `greedy` → greedy-budget, `equalshares` and `equalshares/add1` → equal-shares
 * (both with META `budget`); anything else (greedy-threshold, unknown, …) → undefined.
 */
export function pbSelectionRule(ruleName: string | undefined, budget: number): SelectionRule | undefined {
  switch ((ruleName ?? '').trim()) {
    case 'greedy':
      return { rule: 'greedy-budget', budget };
    case 'equalshares':
    case 'equalshares/add1':
      return { rule: 'equal-shares', budget };
    default:
      return undefined;
  }
}

/** Converts a parsed .pb file into the method, projects, ballots, budget and rule of the library. */
export function pbFileToElection(file: PbFile): PbElection {
  const method = pbBallotMethod(file);
  const budget = metaNumber(file, 'budget');
  if (budget === undefined) throw new RangeError('META has no budget');
  const ruleName = file.meta['rule'];
  const election: PbElection = {
    method,
    projects: file.projects.map((project) => ({ id: project.projectId, cost: project.cost })),
    ballots: file.votes.map((vote) => pbVoteToBallot(method, vote)),
    budget,
  };
  const rule = pbSelectionRule(ruleName, budget);
  if (rule !== undefined) election.rule = rule;
  if (ruleName !== undefined) election.ruleName = ruleName;
  return election;
}

export interface CreatePbFileInput {
  method: BallotMethod;
  projects: ReadonlyArray<TallyProject & { name?: string; category?: string }>;
  ballots: readonly Ballot[];
  budget: number;
  /** Written as META `rule`: greedy-budget → greedy, equal-shares → equalshares/add1, top-n → unknown (pabulib has no name for it). */
  rule?: SelectionRule;
  /** Further META entries (description, country, unit, instance, …), written first. */
  meta?: Record<string, string>;
  /** Adds the votes, score and selected columns. */
  result?: TallyResult;
  /** Defaults to 1, 2, 3, … */
  voterIds?: readonly string[];
}

function pbVoteType(method: BallotMethod): Record<string, string> {
  switch (method.kind) {
    case 'approval':
      return {
        vote_type: 'approval',
        ...(method.minChoices !== undefined ? { min_length: String(method.minChoices) } : {}),
        max_length: String(method.maxChoices),
      };
    case 'choose-1':
      return { vote_type: 'choose-1', min_length: '1', max_length: '1' };
    case 'points':
      return { vote_type: 'cumulative', max_sum_points: String(method.points), max_points: String(method.maxPerProject) };
    case 'ranked':
      return { vote_type: 'ordinal', max_length: String(method.maxRanks) };
  }
}

function pbRuleName(rule: SelectionRule | undefined): string {
  switch (rule?.rule) {
    case 'greedy-budget':
      return 'greedy';
    case 'equal-shares':
      return 'equalshares/add1';
    default:
      return 'unknown';
  }
}

/**
 * Builds a .pb file from the library's data (for export to pabulib or other tools); the inverse of
 * pbFileToElection. Ranked choices are written in rank order.
 */
export function createPbFile(input: CreatePbFileInput): PbFile {
  const { method, ballots, result } = input;
  const rows = new Map(result?.projects.map((row) => [row.projectId, row]));
  const hasName = input.projects.some((project) => project.name !== undefined);
  const hasCategory = input.projects.some((project) => project.category !== undefined);
  const projects: PbProject[] = input.projects.map((project) => {
    const extra: Record<string, string> = {};
    if (hasName) extra['name'] = project.name ?? '';
    if (hasCategory) extra['category'] = project.category ?? '';
    const row: PbProject = { projectId: project.id, cost: project.cost, extra };
    const tallied = rows.get(project.id);
    if (result !== undefined) {
      row.votes = tallied?.votes ?? 0;
      row.score = tallied?.score ?? 0;
      row.selected = tallied?.selected ? 1 : 0;
    }
    return row;
  });
  const votes: PbVote[] = ballots.map((ballot, index) => {
    const voterId = input.voterIds?.[index] ?? String(index + 1);
    const choices =
      method.kind === 'ranked' ? [...ballot.choices].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)) : ballot.choices;
    const vote: PbVote = { voterId, vote: choices.map((choice) => choice.projectId), extra: {} };
    if (method.kind === 'points') vote.points = choices.map((choice) => choice.points ?? 0);
    return vote;
  });
  const meta: Record<string, string> = {
    ...input.meta,
    num_projects: String(projects.length),
    num_votes: String(votes.length),
    budget: String(input.budget),
    ...pbVoteType(method),
    rule: pbRuleName(input.rule),
  };
  return {
    meta,
    projectColumns: [
      'project_id',
      'cost',
      ...(result !== undefined ? ['votes', 'score'] : []),
      ...(hasName ? ['name'] : []),
      ...(hasCategory ? ['category'] : []),
      ...(result !== undefined ? ['selected'] : []),
    ],
    projects,
    voteColumns: method.kind === 'points' ? ['voter_id', 'vote', 'points'] : ['voter_id', 'vote'],
    votes,
  };
}
