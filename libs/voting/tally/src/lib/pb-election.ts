import { parsePbNumber, type PbFile, type PbProject, type PbVote } from './pb-file';
import type { Ballot, BallotMethod, GreedyBudgetRule, SelectionRule, TallyProject, TallyResult } from './types';

/** pabulib's cost for a project withdrawn after voting (pabulib checker, SENTINEL_PROJECT_COST). */
export const PB_WITHDRAWN_COST = 999999999;

/**
 * Why a file's official outcome may not follow from its META alone; the importer shows these instead of
 * pretending. RULE_UNKNOWN: META `rule` is `unknown`, missing or not a pabulib rule; RULE_CUSTOM:
 * `greedy-custom` outside Poznań (the rule is described in a comment only); EXCLUSIONS_NOT_IN_FILE:
 * `greedy-exclusive`, whose conflicting projects the format records in comments only, so they are counted
 * as plain greedy; THRESHOLD_MISSING: `greedy-threshold` without min_project_score_threshold;
 * LEFTOVER_UNKNOWN: a `leftover_budget` text we do not recognise; SELECTED_OUTSIDE_RULE: projects marked
 * `selected` 2 or 3 (funded for another reason or from a reserve, explained in a comment).
 */
export type PbRuleNote =
  | { code: 'RULE_UNKNOWN'; ruleName: string }
  | { code: 'RULE_CUSTOM' }
  | { code: 'EXCLUSIONS_NOT_IN_FILE' }
  | { code: 'THRESHOLD_MISSING' }
  | { code: 'LEFTOVER_UNKNOWN'; text: string }
  | { code: 'SELECTED_OUTSIDE_RULE'; projectIds: string[] };

/** What the file records as decided: `selected` 1 (by the rule) and 2 or 3 (outside it). */
export interface PbOfficialOutcome {
  selectedProjectIds: string[];
  outsideRuleProjectIds: string[];
}

/** Our selection next to the official one. */
export interface OutcomeComparison {
  same: boolean;
  /** Official, but not in ours. */
  missing: string[];
  /** Ours, but not official. */
  extra: string[];
}

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
  /** Why the official outcome may not follow from META (empty when it should). */
  notes: PbRuleNote[];
  /** Only when the file has a `selected` column. */
  official?: PbOfficialOutcome;
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
  // Values are matched without regard to case: files write "Approval" as well.
  const voteType = (file.meta['vote_type'] ?? '').trim().toLowerCase();
  const projectCount = file.projects.length;
  switch (voteType) {
    case 'approval': {
      const method: BallotMethod = { kind: 'approval', maxChoices: positiveMeta(file, 'max_length') ?? projectCount };
      const minChoices = positiveMeta(file, 'min_length');
      const maxCost = positiveMeta(file, 'max_sum_cost');
      const minCost = positiveMeta(file, 'min_sum_cost');
      if (minChoices !== undefined) method.minChoices = minChoices;
      if (maxCost !== undefined) method.maxCost = maxCost;
      if (minCost !== undefined) method.minCost = minCost;
      return method;
    }
    case 'choose-1':
      return { kind: 'choose-1' };
    case 'cumulative': {
      const points = positiveMeta(file, 'max_sum_points');
      if (points === undefined) throw new RangeError('A cumulative .pb file needs max_sum_points');
      const method: BallotMethod = { kind: 'points', points, maxPerProject: positiveMeta(file, 'max_points') ?? points };
      const minPoints = positiveMeta(file, 'min_sum_points');
      if (minPoints !== undefined) method.minPoints = minPoints;
      if (file.votes.some((vote) => vote.points?.some((value) => !Number.isInteger(value)))) method.decimals = true;
      return method;
    }
    case 'ordinal': {
      const method: BallotMethod = { kind: 'ranked', maxRanks: positiveMeta(file, 'max_length') ?? projectCount };
      const rankPoints = ordinalPoints(file);
      if (rankPoints !== undefined) method.rankPoints = rankPoints;
      return method;
    }
    default:
      throw new RangeError(`Unsupported vote_type "${voteType}"`);
  }
}

/**
 * Ordinal files may record the points the count gave by position (Ruda Śląska: 4/3/2/1) in `points`;
 * they must then depend on the position alone, as a scoring function does.
 */
function ordinalPoints(file: PbFile): number[] | undefined {
  const byRank: number[] = [];
  for (const vote of file.votes) {
    vote.points?.forEach((points, position) => {
      if (byRank[position] === undefined) byRank[position] = points;
      else if (byRank[position] !== points) throw new RangeError(`Vote ${vote.voterId}: ordinal points must depend on the position only`);
    });
  }
  return byRank.length > 0 ? byRank : undefined;
}

/** A .pb vote as choices: ordinal order → rank 1..L, cumulative `points` → points, otherwise the project alone. */
export function pbVoteToBallot(method: BallotMethod, vote: PbVote): Ballot {
  switch (method.kind) {
    case 'ranked':
      return { choices: vote.vote.map((projectId, index) => ({ projectId, rank: index + 1 })) };
    case 'points': {
      const points = vote.points;
      if (points === undefined) throw new RangeError(`Vote ${vote.voterId} has no points`);
      // 0 points is no support (pabulib.org/format: "we usually omit the projects that have zero support").
      return {
        choices: vote.vote
          .map((projectId, index) => ({ projectId, points: points[index] }))
          .filter((choice) => choice.points !== 0),
      };
    }
    case 'approval':
    case 'choose-1':
      return { choices: vote.vote.map((projectId) => ({ projectId })) };
  }
}

function metaList(file: PbFile, key: string): string[] | undefined {
  const text = file.meta[key];
  return text === undefined || text.trim() === '' ? undefined : text.split(',').map((item) => item.trim());
}

/** The greedy options META describes beside the rule name: threshold, budgets per category, leftover. */
function greedyFromMeta(file: PbFile, budget: number, notes: PbRuleNote[]): GreedyBudgetRule {
  const rule: GreedyBudgetRule = { rule: 'greedy-budget', budget };
  const threshold = metaNumber(file, 'min_project_score_threshold');
  if (threshold !== undefined && threshold > 0) rule.minScore = threshold;
  const categories = metaList(file, 'categories');
  const amounts = metaList(file, 'budget_per_category');
  if (amounts !== undefined) {
    if (categories === undefined || categories.length !== amounts.length) {
      throw new RangeError('META budget_per_category needs as many categories');
    }
    rule.categoryBudgets = {};
    categories.forEach((category, i) => {
      const amount = parsePbNumber(amounts[i]);
      if (amount === undefined) throw new RangeError(`META budget_per_category "${amounts[i]}" is not a number`);
      (rule.categoryBudgets as Record<string, number>)[category] = amount;
    });
  }
  const leftover = (file.meta['leftover_budget'] ?? '').trim();
  if (/^fund additional projects that fit/i.test(leftover)) rule.leftover = 'fill';
  else if (/partial/i.test(leftover)) rule.leftover = 'partial';
  else if (leftover !== '') notes.push({ code: 'LEFTOVER_UNKNOWN', text: leftover.slice(0, 200) });
  return rule;
}

/**
 * Maps META `rule` (pabulib.org/format; the rule names of pabulib's checker) onto our rules, with the
 * options META gives beside it:
 * `greedy` → greedy-budget; `greedy-no-skip` → onMisfit 'stop'; `greedy-threshold` → minScore =
 * min_project_score_threshold; `greedy-exclusive` → greedy-budget without exclusions (see
 * EXCLUSIONS_NOT_IN_FILE); `greedy-custom` in Poznań → onMisfit 'stop-80'; every greedy takes the
 * threshold, budget_per_category and leftover_budget when present. `equalshares` → equal-shares without
 * completion, `equalshares/add1` → completion 'add1', `…-comparison` → with the comparison step.
 * Ties: the file's project order, as pabulib's checker visits them. `unknown`, other `greedy-custom`
 * and anything else → undefined, with a note saying why.
 */
export function pbSelectionRule(file: PbFile, notes: PbRuleNote[] = []): SelectionRule | undefined {
  const budget = metaNumber(file, 'budget');
  if (budget === undefined) throw new RangeError('META has no budget');
  const ruleName = (file.meta['rule'] ?? '').trim().toLowerCase();
  switch (ruleName) {
    case 'greedy':
      return greedyFromMeta(file, budget, notes);
    case 'greedy-no-skip':
      return { ...greedyFromMeta(file, budget, notes), onMisfit: 'stop' };
    case 'greedy-threshold': {
      const rule = greedyFromMeta(file, budget, notes);
      if (rule.minScore === undefined) notes.push({ code: 'THRESHOLD_MISSING' });
      return rule;
    }
    case 'greedy-exclusive':
      notes.push({ code: 'EXCLUSIONS_NOT_IN_FILE' });
      return greedyFromMeta(file, budget, notes);
    case 'greedy-custom':
      if ((file.meta['unit'] ?? '').trim().toLowerCase() === 'poznań') return { ...greedyFromMeta(file, budget, notes), onMisfit: 'stop-80' };
      notes.push({ code: 'RULE_CUSTOM' });
      return undefined;
    case 'equalshares':
    case 'equalshares-comparison':
    case 'equalshares/add1':
    case 'equalshares/add1-comparison':
      return {
        rule: 'equal-shares',
        budget,
        completion: ruleName.startsWith('equalshares/add1') ? 'add1' : 'none',
        ...(ruleName.endsWith('-comparison') ? { comparison: true } : {}),
      };
    default:
      notes.push({ code: 'RULE_UNKNOWN', ruleName: ruleName.slice(0, 100) });
      return undefined;
  }
}

/** The file's `selected` column, or undefined when it has none. */
export function pbOfficialOutcome(file: PbFile): PbOfficialOutcome | undefined {
  if (!file.projects.some((project) => project.selected !== undefined)) return undefined;
  return {
    selectedProjectIds: file.projects.filter((project) => project.selected === 1).map((project) => project.projectId),
    outsideRuleProjectIds: file.projects
      .filter((project) => project.selected === 2 || project.selected === 3)
      .map((project) => project.projectId),
  };
}

/** Compares our selection with the official one, as sets. */
export function compareOutcomes(official: readonly string[], ours: readonly string[]): OutcomeComparison {
  const officialSet = new Set(official);
  const oursSet = new Set(ours);
  const missing = official.filter((id) => !oursSet.has(id));
  const extra = ours.filter((id) => !officialSet.has(id));
  return { same: missing.length === 0 && extra.length === 0, missing, extra };
}

/** Converts a parsed .pb file into the method, projects, ballots, budget and rule of the library. */
export function pbFileToElection(file: PbFile): PbElection {
  const method = pbBallotMethod(file);
  const budget = metaNumber(file, 'budget');
  if (budget === undefined) throw new RangeError('META has no budget');
  const ruleName = file.meta['rule'];
  const notes: PbRuleNote[] = [];
  const rule = pbSelectionRule(file, notes);
  const byCategory = rule?.rule === 'greedy-budget' && rule.categoryBudgets !== undefined;
  const election: PbElection = {
    method,
    projects: file.projects.map((project) => {
      const row: TallyProject = { id: project.projectId, cost: project.cost };
      if (project.cost === PB_WITHDRAWN_COST) row.withdrawn = true;
      if (byCategory) row.category = (project.extra['category'] ?? '').trim();
      return row;
    }),
    ballots: file.votes.map((vote) => pbVoteToBallot(method, vote)),
    budget,
    notes,
  };
  if (rule !== undefined) election.rule = rule;
  if (ruleName !== undefined) election.ruleName = ruleName;
  const official = pbOfficialOutcome(file);
  if (official !== undefined) {
    election.official = official;
    if (official.outsideRuleProjectIds.length > 0) {
      notes.push({ code: 'SELECTED_OUTSIDE_RULE', projectIds: official.outsideRuleProjectIds });
    }
  }
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
        ...(method.minCost !== undefined ? { min_sum_cost: String(method.minCost) } : {}),
        ...(method.maxCost !== undefined ? { max_sum_cost: String(method.maxCost) } : {}),
      };
    case 'choose-1':
      return { vote_type: 'choose-1', min_length: '1', max_length: '1' };
    case 'points':
      return {
        vote_type: 'cumulative',
        max_points: String(method.maxPerProject),
        ...(method.minPoints !== undefined ? { min_sum_points: String(method.minPoints) } : {}),
        max_sum_points: String(method.points),
      };
    case 'ranked':
      return { vote_type: 'ordinal', max_length: String(method.maxRanks) };
  }
}

/** The pabulib name of our rule (the inverse of pbSelectionRule); top-n has none, so `unknown`. */
export function pbRuleName(rule: SelectionRule | undefined): string {
  switch (rule?.rule) {
    case 'greedy-budget':
      if (rule.onMisfit === 'stop') return 'greedy-no-skip';
      if (rule.onMisfit === 'stop-80') return 'greedy-custom';
      if (rule.exclusive !== undefined && rule.exclusive.length > 0) return 'greedy-exclusive';
      return rule.minScore !== undefined ? 'greedy-threshold' : 'greedy';
    case 'equal-shares':
      return `${rule.completion === 'none' ? 'equalshares' : 'equalshares/add1'}${rule.comparison ? '-comparison' : ''}`;
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
    if (method.kind === 'ranked' && method.rankPoints !== undefined) {
      const rankPoints = method.rankPoints;
      vote.points = choices.map((choice) => rankPoints[(choice.rank ?? 0) - 1] ?? 0);
    }
    return vote;
  });
  const meta: Record<string, string> = {
    ...input.meta,
    num_projects: String(projects.length),
    num_votes: String(votes.length),
    budget: String(input.budget),
    ...pbVoteType(method),
    rule: pbRuleName(input.rule),
    ...(input.rule?.rule === 'greedy-budget' && input.rule.minScore !== undefined
      ? { min_project_score_threshold: String(input.rule.minScore) }
      : {}),
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
    voteColumns:
      method.kind === 'points' || (method.kind === 'ranked' && method.rankPoints !== undefined) ? ['voter_id', 'vote', 'points'] : ['voter_id', 'vote'],
    votes,
  };
}
