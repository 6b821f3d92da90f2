import { InvalidBallotError } from './errors';
import { createSeededRandom } from './lot';
import { assertProjects, scoreBallots } from './score';
import type { Ballot, BallotMethod, TallyProject } from './types';

const projects: TallyProject[] = ['a', 'b', 'c'].map((id) => ({ id, cost: 100 }));
const approvalBallots = (...lists: string[][]): Ballot[] =>
  lists.map((ids) => ({ choices: ids.map((projectId) => ({ projectId })) }));
const rankedBallots = (...lists: string[][]): Ballot[] =>
  lists.map((ids) => ({ choices: ids.map((projectId, i) => ({ projectId, rank: i + 1 })) }));

describe(scoreBallots.name, () => {
  it.each<[string, BallotMethod, Ballot[], Record<string, [votes: number, score: number]>]>([
    ['no ballots', { kind: 'approval', maxChoices: 3 }, [], { a: [0, 0], b: [0, 0], c: [0, 0] }],
    [
      'approval: score = votes',
      { kind: 'approval', maxChoices: 3 },
      approvalBallots(['a', 'b'], ['a'], ['c', 'a']),
      { a: [3, 3], b: [1, 1], c: [1, 1] },
    ],
    ['choose-1', { kind: 'choose-1' }, approvalBallots(['b'], ['b'], ['c']), { a: [0, 0], b: [2, 2], c: [1, 1] }],
    [
      'points: sum of points',
      { kind: 'points', points: 5, maxPerProject: 5 },
      [
        { choices: [{ projectId: 'a', points: 3 }, { projectId: 'b', points: 2 }] },
        { choices: [{ projectId: 'a', points: 5 }] },
      ],
      { a: [2, 8], b: [1, 2], c: [0, 0] },
    ],
    [
      'ranked: modified Borda by ballot length',
      { kind: 'ranked', maxRanks: 3 },
      rankedBallots(['a', 'b', 'c'], ['b', 'a'], ['c']),
      // a: 3 + 1, b: 2 + 2, c: 1 + 1
      { a: [2, 4], b: [2, 4], c: [2, 2] },
    ],
  ])('%s', (_name, method, ballots, expected) => {
    const rows = scoreBallots(method, projects, ballots);
    expect(Object.fromEntries(rows.map((row) => [row.projectId, [row.votes, row.score]]))).toEqual(expected);
    expect(rows.map((row) => row.projectId)).toEqual(['a', 'b', 'c']);
  });

  it('throws on an invalid ballot with its position and problems', () => {
    const method: BallotMethod = { kind: 'approval', maxChoices: 1 };
    const ballots = approvalBallots(['a'], ['a', 'b']);
    const thrown = (() => {
      try {
        scoreBallots(method, projects, ballots);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(InvalidBallotError);
    expect(thrown).toMatchObject({ ballotIndex: 1, problems: [{ code: 'TOO_MANY_CHOICES', max: 1, actual: 2 }] });
  });

  it('never drops a choice for an unknown project, even without validation', () => {
    const method: BallotMethod = { kind: 'approval', maxChoices: 3 };
    expect(() => scoreBallots(method, projects, approvalBallots(['zz']), { validate: false })).toThrow(InvalidBallotError);
  });

  it('property: order of ballots is irrelevant; totals add up', () => {
    const random = createSeededRandom('score-property');
    const method: BallotMethod = { kind: 'ranked', maxRanks: 3 };
    for (let round = 0; round < 50; round++) {
      const ballots: Ballot[] = Array.from({ length: 1 + Math.floor(random() * 30) }, () => {
        const ids = ['a', 'b', 'c'].sort(() => random() - 0.5).slice(0, 1 + Math.floor(random() * 3));
        return rankedBallots(ids)[0];
      });
      const rows = scoreBallots(method, projects, ballots);
      const reversed = scoreBallots(method, projects, [...ballots].reverse());
      expect(reversed).toEqual(rows);
      const lengths = ballots.map((ballot) => ballot.choices.length);
      expect(rows.reduce((sum, row) => sum + row.votes, 0)).toBe(lengths.reduce((sum, l) => sum + l, 0));
      // A ranked ballot of length L hands out 1 + 2 + … + L points.
      expect(rows.reduce((sum, row) => sum + row.score, 0)).toBe(lengths.reduce((sum, l) => sum + (l * (l + 1)) / 2, 0));
    }
  });
});

describe(assertProjects.name, () => {
  it.each<[string, TallyProject[]]>([
    ['duplicate ids', [{ id: 'a', cost: 1 }, { id: 'a', cost: 2 }]],
    ['negative cost', [{ id: 'a', cost: -1 }]],
    ['NaN cost', [{ id: 'a', cost: NaN }]],
  ])('rejects %s', (_name, list) => {
    expect(() => assertProjects(list)).toThrow(RangeError);
  });

  it('accepts free and decimal costs', () => {
    expect(() => assertProjects([{ id: 'a', cost: 0 }, { id: 'b', cost: 12.5 }])).not.toThrow();
  });
});
