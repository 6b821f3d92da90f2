import { StemweekMethod } from '@wijkdeal/shared-contracts';
import {
  ballotProblemFrom,
  BallotDraft,
  choiceLimit,
  draftProblem,
  EMPTY_DRAFT,
  itemKey,
  moveChoice,
  placesFor,
  pointsLeft,
  setPoints,
  setRank,
  toChoices,
  toggleChoice,
} from './ballot-draft';

const approval: StemweekMethod = { kind: 'approval', maxChoices: 2, minChoices: 2 };
const points: StemweekMethod = { kind: 'points', points: 10, maxPerProject: 4 };
const ranked: StemweekMethod = { kind: 'ranked', maxRanks: 3 };
const keys = ['a', 'b', 'c', 'd'];
const draft = (chosen: string[], pts: Record<string, number> = {}): BallotDraft => ({ chosen, points: pts });

describe('ballot drafts', () => {
  it('uses the project id, else the external id of an imported item', () => {
    expect(itemKey({ id: 'i1', projectId: 'p1', externalId: null })).toBe('p1');
    expect(itemKey({ id: 'i2', projectId: null, externalId: '17' })).toBe('17');
    expect([approval, points, ranked, { kind: 'choose-1' } as StemweekMethod].map(choiceLimit)).toEqual([2, Infinity, 3, 1]);
  });

  describe('approval', () => {
    it('ticks up to the limit and refuses one more, keeping the ballot as it was', () => {
      let change = toggleChoice(EMPTY_DRAFT, approval, 'a', true);
      change = toggleChoice(change.draft, approval, 'c', true);
      expect(change).toEqual({ draft: draft(['a', 'c']), refused: null });
      const refused = toggleChoice(change.draft, approval, 'b', true);
      expect(refused.refused).toBe('max-choices');
      expect(refused.draft).toBe(change.draft);
      const untick = toggleChoice(change.draft, approval, 'a', false);
      expect(untick.draft.chosen).toEqual(['c']);
      expect(toggleChoice(untick.draft, approval, 'b', true).draft.chosen).toEqual(['c', 'b']);
    });

    it('sends the choices in ballot order and asks for the minimum', () => {
      expect(toChoices(draft(['c', 'a']), approval, keys)).toEqual([{ projectId: 'a' }, { projectId: 'c' }]);
      expect(draftProblem(EMPTY_DRAFT, approval)).toEqual({ key: 'stemweek.ballot.problem.empty' });
      expect(draftProblem(draft(['a']), approval)).toEqual({ key: 'stemweek.ballot.problem.belowMin', params: { min: 2 } });
      expect(draftProblem(draft(['a', 'b']), approval)).toBeNull();
    });
  });

  describe('points', () => {
    it('counts the points left and keeps what fits when more is asked', () => {
      let change = setPoints(EMPTY_DRAFT, points, 'a', 4);
      expect(pointsLeft(change.draft, points)).toBe(6);
      change = setPoints(change.draft, points, 'b', 9);
      expect(change).toEqual({ draft: draft([], { a: 4, b: 4 }), refused: 'max-per-project' });
      expect(pointsLeft(change.draft, points)).toBe(2);
      change = setPoints(change.draft, points, 'c', 3);
      expect(change).toEqual({ draft: draft([], { a: 4, b: 4, c: 2 }), refused: 'no-points-left' });
      expect(pointsLeft(change.draft, points)).toBe(0);
      expect(setPoints(change.draft, points, 'd', 1).refused).toBe('no-points-left');
    });

    it('lowers and clears points, never below zero, and sends only projects with points', () => {
      const some = draft([], { a: 3, c: 1 });
      expect(setPoints(some, points, 'a', 0).draft.points).toEqual({ c: 1 });
      expect(setPoints(some, points, 'c', -5).draft.points).toEqual({ a: 3 });
      expect(setPoints(some, points, 'a', Number.NaN).draft.points).toEqual({ c: 1 });
      expect(toChoices(draft([], { c: 1, a: 3 }), points, keys)).toEqual([
        { projectId: 'a', points: 3 },
        { projectId: 'c', points: 1 },
      ]);
      expect(draftProblem(EMPTY_DRAFT, points)?.key).toBe('stemweek.ballot.problem.noPoints');
    });
  });

  describe('ranked', () => {
    it('puts a project at a place and moves the others down, without gaps', () => {
      let change = setRank(EMPTY_DRAFT, ranked, 'b', 1);
      change = setRank(change.draft, ranked, 'c', 5);
      expect(change.draft.chosen).toEqual(['b', 'c']);
      change = setRank(change.draft, ranked, 'a', 1);
      expect(change.draft.chosen).toEqual(['a', 'b', 'c']);
      change = setRank(change.draft, ranked, 'c', 2);
      expect(change.draft.chosen).toEqual(['a', 'c', 'b']);
      expect(toChoices(change.draft, ranked, keys)).toEqual([
        { projectId: 'a', rank: 1 },
        { projectId: 'c', rank: 2 },
        { projectId: 'b', rank: 3 },
      ]);
    });

    it('refuses a fourth project, and offers only the places that exist', () => {
      const full = draft(['a', 'b', 'c']);
      expect(setRank(full, ranked, 'd', 1)).toEqual({ draft: full, refused: 'max-ranks' });
      expect(placesFor(full, ranked, 'd')).toBe(3);
      expect(placesFor(full, ranked, 'a')).toBe(3);
      expect(placesFor(draft(['a']), ranked, 'b')).toBe(2);
      expect(placesFor(draft(['a']), ranked, 'a')).toBe(1);
      expect(setRank(full, ranked, 'b', null).draft.chosen).toEqual(['a', 'c']);
    });

    it('moves a project one place higher or lower, and not past the ends', () => {
      const order = draft(['a', 'b', 'c']);
      expect(moveChoice(order, 'b', -1).chosen).toEqual(['b', 'a', 'c']);
      expect(moveChoice(order, 'b', 1).chosen).toEqual(['a', 'c', 'b']);
      expect(moveChoice(order, 'a', -1)).toBe(order);
      expect(moveChoice(order, 'c', 1)).toBe(order);
      expect(moveChoice(order, 'd', 1)).toBe(order);
    });
  });

  it('names refused choices by project, keeps code and ballot errors, and other details as plain messages', () => {
    const problem = ballotProblemFrom(
      {
        status: 400,
        code: 'INVALID_BALLOT',
        message: 'Je stem klopt niet.',
        fields: { 'choices[1]': 'Je kiest dit project twee keer.', choices: 'Je kiest te veel projecten.', code: 'Onbekende code.', postcode: 'Buiten het gebied.' },
        other: [],
      },
      [{ projectId: 'a' }, { projectId: 'b' }],
    );
    expect(problem.fields).toEqual({ 'choice:b': 'Je kiest dit project twee keer.', choices: 'Je kiest te veel projecten.', code: 'Onbekende code.' });
    expect(problem.other).toEqual(['Buiten het gebied.']);
  });
});
