import { BallotChoiceInput, StemweekItemView, StemweekMethod } from '@wijkdeal/shared-contracts';
import type { FormProblem } from '@wijkdeal/shared-ui';

/**
 * A ballot while someone fills it in, the same for every method so one form can hold it:
 * approval and choose-1 keep the chosen projects, ranked keeps them in order (first choice first),
 * points keeps the points per project. The rules mirror the API's (and the tally's) validateBallot,
 * so the form can prevent a mistake instead of reporting it after sending.
 */
export interface BallotDraft {
  readonly chosen: readonly string[];
  readonly points: Readonly<Record<string, number>>;
}

export const EMPTY_DRAFT: BallotDraft = { chosen: [], points: {} };

/** Why a change was not (fully) made; the form says so in words. */
export type Refusal = 'max-choices' | 'max-ranks' | 'max-per-project' | 'no-points-left';

export interface DraftChange {
  draft: BallotDraft;
  refused: Refusal | null;
}

/** The id a ballot uses for an item: the project, or the .pb project_id of an imported stemweek. */
export function itemKey(item: Pick<StemweekItemView, 'id' | 'projectId' | 'externalId'>): string {
  return item.projectId ?? item.externalId ?? item.id;
}

/** How many projects a voter may choose (points: any number, as long as the points last). */
export function choiceLimit(method: StemweekMethod): number {
  switch (method.kind) {
    case 'approval':
      return method.maxChoices;
    case 'choose-1':
      return 1;
    case 'ranked':
      return method.maxRanks;
    case 'points':
      return Number.POSITIVE_INFINITY;
  }
}

/** Approval: tick or untick a project; ticking one more than allowed is refused. */
export function toggleChoice(draft: BallotDraft, method: StemweekMethod, key: string, checked: boolean): DraftChange {
  const has = draft.chosen.includes(key);
  if (!checked) return { draft: has ? { ...draft, chosen: draft.chosen.filter((chosen) => chosen !== key) } : draft, refused: null };
  if (has) return { draft, refused: null };
  if (draft.chosen.length >= choiceLimit(method)) return { draft, refused: 'max-choices' };
  return { draft: { ...draft, chosen: [...draft.chosen, key] }, refused: null };
}

/** Choose-1: the one project (or none). */
export function chooseOne(draft: BallotDraft, key: string | null): BallotDraft {
  return { ...draft, chosen: key === null ? [] : [key] };
}

export function pointsUsed(draft: BallotDraft): number {
  return Object.values(draft.points).reduce((sum, points) => sum + points, 0);
}

export function pointsLeft(draft: BallotDraft, method: StemweekMethod): number {
  return method.kind === 'points' ? Math.max(0, method.points - pointsUsed(draft)) : 0;
}

/**
 * Points: give a project `wanted` points. Never more than the maximum per project nor than the points left;
 * what was asked beyond that is refused (and the reason returned), what fits is kept.
 */
export function setPoints(draft: BallotDraft, method: StemweekMethod, key: string, wanted: number): DraftChange {
  if (method.kind !== 'points') return { draft, refused: null };
  const current = draft.points[key] ?? 0;
  const asked = Number.isFinite(wanted) ? Math.max(0, Math.floor(wanted)) : 0;
  const available = current + pointsLeft(draft, method);
  let value = asked;
  let refused: Refusal | null = null;
  if (value > method.maxPerProject) {
    value = method.maxPerProject;
    refused = 'max-per-project';
  }
  if (value > available) {
    value = available;
    refused = 'no-points-left';
  }
  const points = { ...draft.points };
  if (value === 0) delete points[key];
  else points[key] = value;
  return { draft: { ...draft, points }, refused };
}

/** Ranked: the place of a project (1 = first choice), or null when it is not ranked. */
export function rankOf(draft: BallotDraft, key: string): number | null {
  const index = draft.chosen.indexOf(key);
  return index < 0 ? null : index + 1;
}

/** Ranked: the places a project can take: up to the end of the list (one further when it joins), at most maxRanks. */
export function placesFor(draft: BallotDraft, method: StemweekMethod, key: string): number {
  const length = draft.chosen.length + (draft.chosen.includes(key) ? 0 : 1);
  return Math.min(length, choiceLimit(method));
}

/**
 * Ranked: put a project at a place; the others move down one to make room (no gaps, no two on one place).
 * Null takes it off the list. A new project when every place is taken is refused.
 */
export function setRank(draft: BallotDraft, method: StemweekMethod, key: string, rank: number | null): DraftChange {
  const without = draft.chosen.filter((chosen) => chosen !== key);
  if (rank === null) return { draft: { ...draft, chosen: without }, refused: null };
  if (!draft.chosen.includes(key) && draft.chosen.length >= choiceLimit(method)) return { draft, refused: 'max-ranks' };
  const index = Math.max(0, Math.min(Math.floor(rank) - 1, without.length));
  return { draft: { ...draft, chosen: [...without.slice(0, index), key, ...without.slice(index)] }, refused: null };
}

/** Ranked: one place higher (-1) or lower (+1); at the top or bottom nothing changes. */
export function moveChoice(draft: BallotDraft, key: string, by: -1 | 1): BallotDraft {
  const index = draft.chosen.indexOf(key);
  const target = index + by;
  if (index < 0 || target < 0 || target >= draft.chosen.length) return draft;
  const chosen = [...draft.chosen];
  [chosen[index], chosen[target]] = [chosen[target], chosen[index]];
  return { ...draft, chosen };
}

/** What the API gets: `{ projectId }` per choice, with `rank` or `points` for those methods, in ballot order. */
export function toChoices(draft: BallotDraft, method: StemweekMethod, keys: readonly string[]): BallotChoiceInput[] {
  switch (method.kind) {
    case 'approval':
    case 'choose-1':
      return keys.filter((key) => draft.chosen.includes(key)).map((projectId) => ({ projectId }));
    case 'ranked':
      return draft.chosen.map((projectId, index) => ({ projectId, rank: index + 1 }));
    case 'points':
      return keys.filter((key) => (draft.points[key] ?? 0) > 0).map((projectId) => ({ projectId, points: draft.points[projectId] }));
  }
}

/** A ballot that cannot be sent yet, as a text key with its values; null when it can. */
export function draftProblem(draft: BallotDraft, method: StemweekMethod): { key: string; params?: Record<string, number> } | null {
  const empty = method.kind === 'points' ? pointsUsed(draft) === 0 : draft.chosen.length === 0;
  if (empty) return { key: method.kind === 'points' ? 'stemweek.ballot.problem.noPoints' : 'stemweek.ballot.problem.empty' };
  if (method.kind === 'approval' && method.minChoices && draft.chosen.length < method.minChoices) {
    return { key: 'stemweek.ballot.problem.belowMin', params: { min: method.minChoices } };
  }
  return null;
}

/**
 * The API names choices by their index in the request (`choices[2]`); the form names them by project
 * (`choice:{projectId}`), so the message lands beside the right project. Fields the form does not have
 * (the postcode of NOT_ELIGIBLE) are kept as plain messages.
 */
export function ballotProblemFrom(problem: FormProblem, choices: readonly BallotChoiceInput[], formFields: readonly string[] = ['code', 'choices']): FormProblem {
  const fields: Record<string, string> = {};
  const other = [...problem.other];
  for (const [field, message] of Object.entries(problem.fields)) {
    const index = /^choices\[(\d+)\]/.exec(field)?.[1];
    const choice = index === undefined ? undefined : choices[Number(index)];
    if (choice) fields[`choice:${choice.projectId}`] = message;
    else if (formFields.includes(field)) fields[field] = message;
    else other.push(message);
  }
  return { ...problem, fields, other };
}

/**
 * The choices so far, kept in this tab's sessionStorage while the voter reads a project's page, and gone once the
 * ballot is cast or the tab closes. Only the voter's own browser holds them; nothing is sent.
 */
export const draftStorage = {
  key: (stemweekId: string) => `wijkdeal.ballot-draft.${stemweekId}`,
  load(storage: Storage | undefined, stemweekId: string): BallotDraft {
    try {
      const parsed = JSON.parse(storage?.getItem(draftStorage.key(stemweekId)) ?? 'null') as BallotDraft | null;
      return parsed && Array.isArray(parsed.chosen) && typeof parsed.points === 'object' ? { chosen: parsed.chosen.map(String), points: { ...parsed.points } } : EMPTY_DRAFT;
    } catch {
      return EMPTY_DRAFT;
    }
  },
  save(storage: Storage | undefined, stemweekId: string, draft: BallotDraft): void {
    try {
      if (draft.chosen.length || Object.keys(draft.points).length) storage?.setItem(draftStorage.key(stemweekId), JSON.stringify(draft));
      else storage?.removeItem(draftStorage.key(stemweekId));
    } catch {
      // Private mode or full storage: the draft just is not kept.
    }
  },
};
