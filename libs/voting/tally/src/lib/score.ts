import { assertBallotMethod, scoreContributions, validateBallot } from './ballot-methods';
import { InvalidBallotError } from './errors';
import type { Ballot, BallotMethod, ProjectScore, TallyProject } from './types';

export interface ScoreOptions {
  /** Check every ballot with validateBallot first (default true); an invalid ballot throws InvalidBallotError. */
  validate?: boolean;
}

/** Throws when the project list itself is unusable: duplicate ids or a cost that is not a finite, non-negative number. */
export function assertProjects(projects: readonly TallyProject[]): void {
  const ids = new Set<string>();
  for (const project of projects) {
    if (ids.has(project.id)) throw new RangeError(`Duplicate project id ${project.id}`);
    ids.add(project.id);
    if (!Number.isFinite(project.cost) || project.cost < 0) {
      throw new RangeError(`Project ${project.id} has an invalid cost ${project.cost}`);
    }
  }
}

/**
 * Counts the ballots: per project the number of ballots that include it (`votes`) and the method's score.
 * Rows come in the order of `projects`; projects nobody chose get 0 / 0.
 */
export function scoreBallots(
  method: BallotMethod,
  projects: readonly TallyProject[],
  ballots: readonly Ballot[],
  options: ScoreOptions = {},
): ProjectScore[] {
  assertBallotMethod(method);
  assertProjects(projects);
  const index = new Map<string, number>();
  projects.forEach((project, i) => index.set(project.id, i));
  const ids: ReadonlySet<string> = new Set(index.keys());
  const costs = new Map(projects.map((project) => [project.id, project.cost]));
  const votes = new Array<number>(projects.length).fill(0);
  const scores = new Array<number>(projects.length).fill(0);
  const validate = options.validate ?? true;

  ballots.forEach((ballot, ballotIndex) => {
    if (validate) {
      const problems = validateBallot(method, ids, ballot.choices, costs);
      if (problems.length > 0) throw new InvalidBallotError(ballotIndex, problems);
    }
    for (const [projectId, score] of scoreContributions(method, ballot)) {
      const i = index.get(projectId);
      if (i === undefined) throw new InvalidBallotError(ballotIndex, [{ code: 'UNKNOWN_PROJECT', projectId }]);
      votes[i] += 1;
      scores[i] += score;
    }
  });

  return projects.map((project, i) => ({ projectId: project.id, votes: votes[i], score: scores[i] }));
}
