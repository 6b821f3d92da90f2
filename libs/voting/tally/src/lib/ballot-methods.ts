import { Rational } from './rational';
import type { Ballot, BallotChoice, BallotMethod, BallotProblem } from './types';

function isPositiveInteger(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

/**
 * Throws a RangeError when a method's settings cannot describe a real ballot (a configuration error of
 * the vote, not a voter's mistake).
 */
export function assertBallotMethod(method: BallotMethod): void {
  const fail = (message: string): never => {
    throw new RangeError(`Invalid ${method.kind} method: ${message}`);
  };
  switch (method.kind) {
    case 'approval':
      if (!isPositiveInteger(method.maxChoices)) fail('maxChoices must be a positive integer');
      if (method.minChoices !== undefined) {
        if (!isPositiveInteger(method.minChoices)) fail('minChoices must be a positive integer');
        if (method.minChoices > method.maxChoices) fail('minChoices exceeds maxChoices');
      }
      if (method.maxCost !== undefined && !(Number.isFinite(method.maxCost) && method.maxCost > 0)) fail('maxCost must be positive');
      if (method.minCost !== undefined && !(Number.isFinite(method.minCost) && method.minCost >= 0 && method.minCost <= (method.maxCost ?? Infinity))) {
        fail('minCost must be between 0 and maxCost');
      }
      return;
    case 'choose-1':
      return;
    case 'points':
      if (!isPositiveInteger(method.points)) fail('points must be a positive integer');
      if (!isPositiveInteger(method.maxPerProject)) fail('maxPerProject must be a positive integer');
      if (method.minPoints !== undefined && !(method.minPoints >= 0 && method.minPoints <= method.points)) fail('minPoints must be between 0 and points');
      return;
    case 'ranked':
      if (!isPositiveInteger(method.maxRanks)) fail('maxRanks must be a positive integer');
      if (method.rankPoints !== undefined && !method.rankPoints.every((points) => Number.isFinite(points) && points >= 0)) {
        fail('rankPoints must be non-negative numbers');
      }
      return;
  }
}

function maxChoicesOf(method: BallotMethod): number | undefined {
  switch (method.kind) {
    case 'approval':
      return method.maxChoices;
    case 'choose-1':
      return 1;
    case 'ranked':
      return method.maxRanks;
    case 'points':
      // Bounded by the points themselves: every choice needs at least one point.
      return undefined;
  }
}

/**
 * Checks one ballot against the method and the projects on it. Returns every problem found (empty list
 * = valid), each with the project concerned where there is one, so the API can show them all at once.
 * `costs` (project id → cost) is needed for a method with maxCost or minCost.
 */
export function validateBallot(
  method: BallotMethod,
  projectIds: readonly string[] | ReadonlySet<string>,
  choices: readonly BallotChoice[],
  costs?: ReadonlyMap<string, number>,
): BallotProblem[] {
  if (choices.length === 0) return [{ code: 'EMPTY_BALLOT' }];
  const known: ReadonlySet<string> = projectIds instanceof Set ? projectIds : new Set(projectIds as readonly string[]);
  const problems: BallotProblem[] = [];

  const max = maxChoicesOf(method);
  if (max !== undefined && choices.length > max) {
    problems.push({ code: 'TOO_MANY_CHOICES', max, actual: choices.length });
  }
  if (method.kind === 'approval' && method.minChoices !== undefined && choices.length < method.minChoices) {
    problems.push({ code: 'TOO_FEW_CHOICES', min: method.minChoices, actual: choices.length });
  }

  const seen = new Set<string>();
  const reportedDuplicates = new Set<string>();
  let totalPoints = 0;
  let allRanksValid = true;
  const ranks: number[] = [];
  for (const choice of choices) {
    const { projectId } = choice;
    if (!known.has(projectId)) problems.push({ code: 'UNKNOWN_PROJECT', projectId });
    if (seen.has(projectId)) {
      if (!reportedDuplicates.has(projectId)) problems.push({ code: 'DUPLICATE_PROJECT', projectId });
      reportedDuplicates.add(projectId);
    }
    seen.add(projectId);

    if (method.kind !== 'points' && choice.points !== undefined) {
      problems.push({ code: 'UNEXPECTED_POINTS', projectId });
    }
    if (method.kind !== 'ranked' && choice.rank !== undefined) {
      problems.push({ code: 'UNEXPECTED_RANK', projectId });
    }
    if (method.kind === 'points') {
      const valid = method.decimals ? typeof choice.points === 'number' && Number.isFinite(choice.points) && choice.points > 0 : isPositiveInteger(choice.points);
      if (!valid || choice.points === undefined) {
        problems.push({ code: 'POINTS_NOT_POSITIVE_INTEGER', projectId, points: choice.points });
      } else {
        totalPoints += choice.points;
        if (choice.points > method.maxPerProject) {
          problems.push({
            code: 'POINTS_OVER_MAX_PER_PROJECT',
            projectId,
            max: method.maxPerProject,
            actual: choice.points,
          });
        }
      }
    }
    if (method.kind === 'ranked') {
      if (!isPositiveInteger(choice.rank)) {
        allRanksValid = false;
        problems.push({ code: 'RANK_NOT_POSITIVE_INTEGER', projectId, rank: choice.rank });
      } else {
        ranks.push(choice.rank);
      }
    }
  }

  if (method.kind === 'points' && totalPoints > method.points) {
    problems.push({ code: 'POINTS_TOTAL_EXCEEDED', max: method.points, actual: totalPoints });
  }
  if (method.kind === 'points' && method.minPoints !== undefined && totalPoints < method.minPoints) {
    problems.push({ code: 'POINTS_TOTAL_TOO_LOW', min: method.minPoints, actual: totalPoints });
  }
  if (method.kind === 'approval' && (method.maxCost !== undefined || method.minCost !== undefined)) {
    if (costs === undefined) throw new RangeError('validateBallot needs the project costs for a ballot with a cost limit');
    // Exact, as the budget itself: cents add up without rounding noise.
    const total = [...seen].reduce((sum, id) => sum.add(Rational.fromNumber(costs.get(id) ?? 0)), Rational.zero);
    if (method.maxCost !== undefined && total.greaterThan(Rational.fromNumber(method.maxCost))) {
      problems.push({ code: 'COST_TOTAL_EXCEEDED', max: method.maxCost, actual: total.toNumber() });
    }
    if (method.minCost !== undefined && total.lessThan(Rational.fromNumber(method.minCost))) {
      problems.push({ code: 'COST_TOTAL_TOO_LOW', min: method.minCost, actual: total.toNumber() });
    }
  }
  if (method.kind === 'ranked' && allRanksValid) {
    // A ranking of L projects must use exactly the ranks 1..L, otherwise the Borda points are ambiguous.
    const sorted = [...ranks].sort((a, b) => a - b);
    if (sorted.some((rank, index) => rank !== index + 1)) {
      problems.push({ code: 'RANKS_NOT_CONSECUTIVE', ranks: sorted });
    }
  }
  return problems;
}

/**
 * What one valid ballot adds to each project's score: 1 per chosen project for approval and choose-1,
 * the points given for points ballots, and for ranked ballots the modified Borda count used by the .pb
 * format's ordinal `score`: a ballot ranking L projects gives L points to rank 1, L-1 to rank 2, … 1 to
 * rank L (so short ballots do not weigh more than their length).
 */
export function scoreContributions(method: BallotMethod, ballot: Ballot): Array<[projectId: string, score: number]> {
  const length = ballot.choices.length;
  return ballot.choices.map((choice): [string, number] => {
    switch (method.kind) {
      case 'approval':
      case 'choose-1':
        return [choice.projectId, 1];
      case 'points':
        return [choice.projectId, requireNumber(choice.points, 'points', choice.projectId)];
      case 'ranked': {
        const rank = requireNumber(choice.rank, 'rank', choice.projectId);
        return [choice.projectId, method.rankPoints !== undefined ? (method.rankPoints[rank - 1] ?? 0) : length - rank + 1];
      }
    }
  });
}

function requireNumber(value: number | undefined, field: string, projectId: string): number {
  if (value === undefined) throw new TypeError(`Ballot choice for project ${projectId} has no ${field}`);
  return value;
}
