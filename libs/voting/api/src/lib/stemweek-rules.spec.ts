import { localToInstant } from '@wijkdeal/shared-contracts';
import { canonicalChoices, choicesKey, eligibleEntryProblem, isPostcodeEligible, normalizeEligibleEntry, stemweekState } from './stemweek-rules';

describe(stemweekState.name, () => {
  // Closes on the night summer time ends, at 02:30 winter time (+01:00) = 01:30 UTC, not 00:30 UTC.
  const closesAt = localToInstant('2027-10-31T02:30', 'later');
  const times = { opensAt: new Date('2027-10-24T07:00:00Z'), closesAt, closedAt: null, publishedAt: null };

  it('closes at the right instant across the end of summer time', () => {
    expect(closesAt.toISOString()).toBe('2027-10-31T01:30:00.000Z');
    expect(stemweekState(times, new Date('2027-10-31T00:30:00Z'))).toBe('open'); // the first 02:30 (summer time)
    expect(stemweekState(times, new Date('2027-10-31T01:29:59.999Z'))).toBe('open');
    expect(stemweekState(times, new Date('2027-10-31T01:30:00Z'))).toBe('counting');
  });

  it('goes upcoming → open → counting → published', () => {
    expect(stemweekState(times, new Date('2027-10-24T06:59:59Z'))).toBe('upcoming');
    expect(stemweekState(times, new Date('2027-10-24T07:00:00Z'))).toBe('open');
    expect(stemweekState({ ...times, closedAt: new Date('2027-10-25T00:00:00Z') }, new Date('2027-10-24T12:00:00Z'))).toBe('counting');
    expect(stemweekState({ ...times, publishedAt: new Date('2027-11-01T00:00:00Z') }, new Date('2027-11-02T00:00:00Z'))).toBe('published');
  });
});

describe('eligible postcodes', () => {
  it.each([
    ['9721pe', '9721 PE'],
    ['9722 AA-9722 ZZ', '9722 AA-9722 ZZ'],
    ['9722aa - 9722zz', '9722 AA-9722 ZZ'],
    ['9722 AA-9722 AA', '9722 AA'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalizeEligibleEntry(input)).toBe(expected);
  });

  it.each([
    ['9722 ZZ-9722 AA', 'rangeReversed'],
    ['9722', 'isPostcodeOrRange'],
    ['9722 AA-', 'isPostcodeOrRange'],
    ['9722 AA-9722 BB-9722 CC', 'isPostcodeOrRange'],
  ])('refuses %j (%s)', (input, problem) => {
    expect(normalizeEligibleEntry(input)).toBeNull();
    expect(eligibleEntryProblem(input)).toBe(problem);
  });

  it('matches full postcodes and inclusive ranges; an empty list lets everyone in', () => {
    const entries = ['9721 PE', '9722 AA-9722 ZZ', '9723 AB-9724 BA'];
    expect(isPostcodeEligible('9721 PE', entries)).toBe(true);
    expect(isPostcodeEligible('9721 PF', entries)).toBe(false);
    expect(isPostcodeEligible('9722 AA', entries)).toBe(true);
    expect(isPostcodeEligible('9722 ZZ', entries)).toBe(true);
    expect(isPostcodeEligible('9723 AA', entries)).toBe(false);
    expect(isPostcodeEligible('9723 ZZ', entries)).toBe(true);
    expect(isPostcodeEligible('9724 BB', entries)).toBe(false);
    expect(isPostcodeEligible('1011 AB', [])).toBe(true);
  });
});

describe(choicesKey.name, () => {
  it('compares approval ballots as sets, ranked ballots with their ranks, points ballots with their points', () => {
    const approval = { kind: 'approval', maxChoices: 3 } as const;
    expect(choicesKey(approval, [{ projectId: 'b' }, { projectId: 'a' }])).toBe(choicesKey(approval, [{ projectId: 'a' }, { projectId: 'b' }]));
    const ranked = { kind: 'ranked', maxRanks: 3 } as const;
    expect(choicesKey(ranked, [{ projectId: 'a', rank: 2 }, { projectId: 'b', rank: 1 }])).toBe(choicesKey(ranked, [{ projectId: 'b', rank: 1 }, { projectId: 'a', rank: 2 }]));
    expect(choicesKey(ranked, [{ projectId: 'a', rank: 1 }, { projectId: 'b', rank: 2 }])).not.toBe(choicesKey(ranked, [{ projectId: 'a', rank: 2 }, { projectId: 'b', rank: 1 }]));
    const points = { kind: 'points', points: 10, maxPerProject: 5 } as const;
    expect(choicesKey(points, [{ projectId: 'a', points: 3 }])).not.toBe(choicesKey(points, [{ projectId: 'a', points: 4 }]));
  });

  it('keeps only the fields the method uses, ranked choices in rank order', () => {
    expect(canonicalChoices({ kind: 'ranked', maxRanks: 3 }, [{ projectId: 'z', rank: 2 }, { projectId: 'y', rank: 1 }])).toEqual([{ projectId: 'y', rank: 1 }, { projectId: 'z', rank: 2 }]);
    expect(canonicalChoices({ kind: 'choose-1' }, [{ projectId: 'q' }])).toEqual([{ projectId: 'q' }]);
  });
});
