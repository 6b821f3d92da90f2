import { BallotChoiceInput, normalizePostcode, StemweekMethod, StemweekState } from '@wijkdeal/shared-contracts';

/** Times that decide the state: the window is [opensAt, closesAt), unless an admin closed it early. */
export interface StemweekTimes {
  opensAt: Date;
  closesAt: Date;
  closedAt: Date | null;
  publishedAt: Date | null;
}

export function stemweekState(times: StemweekTimes, now: Date): StemweekState {
  if (times.publishedAt) return 'published';
  // closedAt is only ever set to the moment of an early close; a ballot whose transaction began a moment before
  // that close (and waited for its lock) must still see the stemweek as closed.
  if (times.closedAt) return 'counting';
  if (now.getTime() >= times.closesAt.getTime()) return 'counting';
  if (now.getTime() >= times.opensAt.getTime()) return 'open';
  return 'upcoming';
}

/** The id ballots use for an item: the .pb project_id of an imported item, else the platform's project id. */
export function itemKey(item: { projectId: string | null; externalId: string | null }): string {
  return item.externalId ?? item.projectId ?? '';
}

/**
 * A full postcode (`9721 PE`) or an inclusive range (`9722 AA-9722 ZZ`), normalised; null when it is neither or a
 * range runs backwards (reported separately by eligibleEntryProblem).
 */
export function normalizeEligibleEntry(entry: string): string | null {
  if (typeof entry !== 'string' || entry.length > 40) return null;
  const parts = entry.split(/\s*[-–]\s*/);
  if (parts.length === 1) return normalizePostcode(parts[0]);
  if (parts.length !== 2) return null;
  const [from, to] = parts.map((part) => normalizePostcode(part));
  if (!from || !to || from > to) return null;
  return from === to ? from : `${from}-${to}`;
}

export function eligibleEntryProblem(entry: string): 'isPostcodeOrRange' | 'rangeReversed' | null {
  if (normalizeEligibleEntry(entry) !== null) return null;
  const parts = typeof entry === 'string' ? entry.split(/\s*[-–]\s*/) : [];
  if (parts.length === 2) {
    const [from, to] = parts.map((part) => normalizePostcode(part));
    if (from && to && from > to) return 'rangeReversed';
  }
  return 'isPostcodeOrRange';
}

/** Normalised postcodes compare as text in postcode order (`9721 PE` < `9722 AA`), so a range is two comparisons. */
/** Why an account may not vote in a stemweek, in the order the voter can fix it; null when it may. One rule for casting and for the page. */
export function accountVoteProblem(
  account: { verified: boolean; address_verified: boolean; postcode: string | null; house_number: string | null } | undefined,
  eligiblePostcodes: readonly string[],
): 'EMAIL_NOT_VERIFIED' | 'NO_ADDRESS' | 'ADDRESS_NOT_VERIFIED' | 'OUTSIDE_AREA' | null {
  if (!account?.verified) return 'EMAIL_NOT_VERIFIED';
  if (!account.postcode || !account.house_number) return 'NO_ADDRESS';
  // A typed address could be anyone's: it counts only once checked, so it never blocks that household's letter.
  if (!account.address_verified) return 'ADDRESS_NOT_VERIFIED';
  if (!isPostcodeEligible(account.postcode, eligiblePostcodes)) return 'OUTSIDE_AREA';
  return null;
}

export function isPostcodeEligible(postcode: string, entries: readonly string[]): boolean {
  if (entries.length === 0) return true;
  return entries.some((entry) => {
    const [from, to] = entry.split('-');
    return to === undefined ? postcode === from : from <= postcode && postcode <= to;
  });
}

/**
 * One ballot in one form: only the fields the method uses, ranked choices in rank order and the others in
 * project-id order. Stored like this, and compared like this for double entry of paper ballots.
 */
export function canonicalChoices(method: StemweekMethod, choices: readonly BallotChoiceInput[]): BallotChoiceInput[] {
  const cleaned = choices.map((choice): BallotChoiceInput => {
    if (method.kind === 'points') return { projectId: choice.projectId, points: choice.points };
    if (method.kind === 'ranked') return { projectId: choice.projectId, rank: choice.rank };
    return { projectId: choice.projectId };
  });
  return method.kind === 'ranked'
    ? cleaned.sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    : cleaned.sort((a, b) => (a.projectId < b.projectId ? -1 : a.projectId > b.projectId ? 1 : 0));
}

/** Equal keys = the same vote (as a set for approval, with the same ranks or points otherwise). */
export function choicesKey(method: StemweekMethod, choices: readonly BallotChoiceInput[]): string {
  return canonicalChoices(method, choices)
    .map((choice) => `${choice.projectId}:${choice.points ?? ''}:${choice.rank ?? ''}`)
    .join('|');
}
