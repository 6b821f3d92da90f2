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
      return;
    case 'choose-1':
      return;
    case 'points':
      if (!isPositiveInteger(method.points)) fail('points must be a positive integer');
      if (!isPositiveInteger(method.maxPerProject)) fail('maxPerProject must be a positive integer');
      return;
    case 'ranked':
      if (!isPositiveInteger(method.maxRanks)) fail('maxRanks must be a positive integer');
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
 */
export function validateBallot(
  method: BallotMethod,
  projectIds: readonly string[] | ReadonlySet<string>,
  choices: readonly BallotChoice[],
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
      if (!isPositiveInteger(choice.points)) {
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
      case 'ranked':
        return [choice.projectId, length - requireNumber(choice.rank, 'rank', choice.projectId) + 1];
    }
  });
}

function requireNumber(value: number | undefined, field: string, projectId: string): number {
  if (value === undefined) throw new TypeError(`Ballot choice for project ${projectId} has no ${field}`);
  return value;
}
