import { assertBallotMethod, scoreContributions, validateBallot } from './ballot-methods';
import type { BallotChoice, BallotMethod, BallotProblem } from './types';

const PROJECTS = ['a', 'b', 'c', 'd'];
const approval: BallotMethod = { kind: 'approval', maxChoices: 3, minChoices: 2 };
const choose1: BallotMethod = { kind: 'choose-1' };
const points: BallotMethod = { kind: 'points', points: 10, maxPerProject: 5 };
const ranked: BallotMethod = { kind: 'ranked', maxRanks: 3 };

const pick = (...ids: string[]): BallotChoice[] => ids.map((projectId) => ({ projectId }));
const give = (...entries: Array<[string, number | undefined]>): BallotChoice[] =>
  entries.map(([projectId, p]) => ({ projectId, points: p }));
const rank = (...entries: Array<[string, number | undefined]>): BallotChoice[] =>
  entries.map(([projectId, r]) => ({ projectId, rank: r }));

describe(validateBallot.name, () => {
  it.each<[string, BallotMethod, BallotChoice[], BallotProblem[]]>([
    ['approval within bounds', approval, pick('a', 'b'), []],
    ['approval at the maximum', approval, pick('a', 'b', 'c'), []],
    ['approval: too many', approval, pick('a', 'b', 'c', 'd'), [{ code: 'TOO_MANY_CHOICES', max: 3, actual: 4 }]],
    ['approval: too few', approval, pick('a'), [{ code: 'TOO_FEW_CHOICES', min: 2, actual: 1 }]],
    ['approval without minimum accepts one', { kind: 'approval', maxChoices: 3 }, pick('a'), []],
    ['empty ballot', approval, [], [{ code: 'EMPTY_BALLOT' }]],
    ['empty ballot, any method', ranked, [], [{ code: 'EMPTY_BALLOT' }]],
    ['unknown project', approval, pick('a', 'x'), [{ code: 'UNKNOWN_PROJECT', projectId: 'x' }]],
    ['duplicate reported once', approval, pick('a', 'a', 'a'), [{ code: 'DUPLICATE_PROJECT', projectId: 'a' }]],
    ['approval with points', approval, [{ projectId: 'a', points: 2 }, { projectId: 'b' }], [{ code: 'UNEXPECTED_POINTS', projectId: 'a' }]],
    ['approval with rank', approval, [{ projectId: 'a', rank: 1 }, { projectId: 'b' }], [{ code: 'UNEXPECTED_RANK', projectId: 'a' }]],
    ['choose-1 valid', choose1, pick('c'), []],
    ['choose-1 with two', choose1, pick('a', 'b'), [{ code: 'TOO_MANY_CHOICES', max: 1, actual: 2 }]],
    ['points valid', points, give(['a', 5], ['b', 3], ['c', 2]), []],
    ['points under the total', points, give(['a', 1]), []],
    ['points over max per project', points, give(['a', 6]), [{ code: 'POINTS_OVER_MAX_PER_PROJECT', projectId: 'a', max: 5, actual: 6 }]],
    ['points total exceeded', points, give(['a', 5], ['b', 5], ['c', 1]), [{ code: 'POINTS_TOTAL_EXCEEDED', max: 10, actual: 11 }]],
    ['points zero', points, give(['a', 0]), [{ code: 'POINTS_NOT_POSITIVE_INTEGER', projectId: 'a', points: 0 }]],
    ['points fraction', points, give(['a', 1.5]), [{ code: 'POINTS_NOT_POSITIVE_INTEGER', projectId: 'a', points: 1.5 }]],
    ['points missing', points, give(['a', undefined]), [{ code: 'POINTS_NOT_POSITIVE_INTEGER', projectId: 'a', points: undefined }]],
    ['points with rank', points, [{ projectId: 'a', points: 1, rank: 1 }], [{ code: 'UNEXPECTED_RANK', projectId: 'a' }]],
    ['ranked valid, any order', ranked, rank(['c', 2], ['a', 1], ['b', 3]), []],
    ['ranked shorter than the maximum', ranked, rank(['d', 1]), []],
    ['ranked too long', ranked, rank(['a', 1], ['b', 2], ['c', 3], ['d', 4]), [{ code: 'TOO_MANY_CHOICES', max: 3, actual: 4 }]],
    ['ranked with a gap', ranked, rank(['a', 1], ['b', 3]), [{ code: 'RANKS_NOT_CONSECUTIVE', ranks: [1, 3] }]],
    ['ranked with a shared rank', ranked, rank(['a', 1], ['b', 1]), [{ code: 'RANKS_NOT_CONSECUTIVE', ranks: [1, 1] }]],
    ['ranked starting at 0', ranked, rank(['a', 0], ['b', 1]), [{ code: 'RANK_NOT_POSITIVE_INTEGER', projectId: 'a', rank: 0 }]],
    ['ranked without rank', ranked, rank(['a', undefined]), [{ code: 'RANK_NOT_POSITIVE_INTEGER', projectId: 'a', rank: undefined }]],
    ['ranked with points', ranked, [{ projectId: 'a', rank: 1, points: 3 }], [{ code: 'UNEXPECTED_POINTS', projectId: 'a' }]],
    [
      'several problems at once',
      approval,
      pick('a', 'x', 'a', 'b'),
      [
        { code: 'TOO_MANY_CHOICES', max: 3, actual: 4 },
        { code: 'UNKNOWN_PROJECT', projectId: 'x' },
        { code: 'DUPLICATE_PROJECT', projectId: 'a' },
      ],
    ],
  ])('%s', (_name, method, choices, expected) => {
    expect(validateBallot(method, PROJECTS, choices)).toEqual(expected);
    expect(validateBallot(method, new Set(PROJECTS), choices)).toEqual(expected);
  });
});

describe(assertBallotMethod.name, () => {
  it.each<BallotMethod>([approval, choose1, points, ranked, { kind: 'approval', maxChoices: 1 }])('accepts %j', (method) => {
    expect(() => assertBallotMethod(method)).not.toThrow();
  });

  it.each<BallotMethod>([
    { kind: 'approval', maxChoices: 0 },
    { kind: 'approval', maxChoices: 2, minChoices: 3 },
    { kind: 'approval', maxChoices: 2, minChoices: 0 },
    { kind: 'points', points: 0, maxPerProject: 1 },
    { kind: 'points', points: 5, maxPerProject: 1.5 },
    { kind: 'ranked', maxRanks: -1 },
  ])('rejects %j', (method) => {
    expect(() => assertBallotMethod(method)).toThrow(RangeError);
  });
});

describe(scoreContributions.name, () => {
  it.each<[string, BallotMethod, BallotChoice[], Array<[string, number]>]>([
    ['approval: 1 each', approval, pick('a', 'b'), [['a', 1], ['b', 1]]],
    ['choose-1: 1', choose1, pick('c'), [['c', 1]]],
    ['points: the points', points, give(['a', 4], ['b', 1]), [['a', 4], ['b', 1]]],
    // Modified Borda: a ballot of length L gives L to its first choice … 1 to its last.
    ['ranked, length 3', ranked, rank(['b', 2], ['a', 1], ['c', 3]), [['b', 2], ['a', 3], ['c', 1]]],
    ['ranked, length 1', ranked, rank(['d', 1]), [['d', 1]]],
  ])('%s', (_name, method, choices, expected) => {
    expect(scoreContributions(method, { choices })).toEqual(expected);
  });

  it('refuses to guess missing points or ranks', () => {
    expect(() => scoreContributions(points, { choices: pick('a') })).toThrow(TypeError);
    expect(() => scoreContributions(ranked, { choices: pick('a') })).toThrow(TypeError);
  });
});
