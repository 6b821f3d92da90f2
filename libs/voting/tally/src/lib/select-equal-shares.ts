import { assertBallotMethod, scoreContributions, validateBallot } from './ballot-methods';
import { InvalidBallotError } from './errors';
import { compareProjectIds } from './rank';
import { Rational } from './rational';
import { assertProjects } from './score';
import { selectGreedyBudget } from './select-greedy-budget';
import type {
  Ballot,
  BallotMethod,
  EqualSharesComparison,
  EqualSharesCompletion,
  EqualSharesOutcome,
  TallyProject,
  TieDecision,
  TieResolution,
} from './types';

export interface EqualSharesInput {
  method: BallotMethod;
  projects: readonly TallyProject[];
  ballots: readonly Ballot[];
  budget: number;
  /** Default 'add1' (see EqualSharesCompletion). */
  completion?: EqualSharesCompletion;
  /** The comparison step against greedy (see EqualSharesRule.comparison). */
  comparison?: boolean;
  /** Check every ballot with validateBallot first (default true). */
  validate?: boolean;
}

interface Candidate {
  projectId: string;
  cost: Rational;
  withdrawn: boolean;
  /** Voters (ballot indexes) who support the project, and each one's utility for it. */
  voters: number[];
  utilities: number[];
  /** Sum of the utilities = the project's score. */
  totalUtility: number;
}

interface MesRun {
  winners: number[];
  decisions: TieDecision[];
}

/**
 * Method of Equal Shares with the add1 completion, as pabulib's rules `equalshares`, `equalshares/add1`
 * and their `-comparison` forms, and the reference implementation of equalshares.net (approval ballots,
 * cost utilities; equalshares.net/implementation/computation).
 *
 * Core (one run with total budget T): every voter gets T/n. Repeatedly, for every remaining project
 * compute the smallest payment factor ρ such that its supporters can pay its cost when each pays
 * min(her budget, ρ × her utility); the project with the highest effective vote count cost/ρ is selected
 * and its supporters are charged. Stop when no project is affordable.
 * Utilities: approval and choose-1 → 1 per supporter (everyone pays an equal share, as in the reference
 * approval code); points → the points given; ranked → the modified Borda points of the ballot (the
 * equalshares.net score-ballot variant, where payments are proportional to utility).
 * Ties in effective vote count: lower cost wins, then higher score (the reference's break_ties), then the
 * project listed first (the reference leaves that case open); each such tie of the kept run is reported.
 *
 * add1 completion: run with the real budget B; then, starting from floor(B/n)·n, raise the virtual total
 * budget by n (one currency unit per voter) as long as the next run's outcome still costs at most B, and
 * keep the last outcome that fitted. Variant 'add1' (pabulib checker, _compute_equalshares_winners) goes on
 * while that holds; 'add1-exhaustive' (equalshares.net/implementation/completion) also stops as soon as the
 * outcome is exhaustive (no unselected project still fits in B). Netherlands_Assen_2024.pb and
 * Poland_Swiecie_2023.pb come out the same under both; Poland_Wieliczka_2023_Green_Budget.pb needs
 * 'add1': its count kept raising past an exhaustive outcome (virtual budget 2 074 590, 164 steps, which
 * selects project 46; stopping at the exhaustive one, 1 988 972, would select 66 and 67 instead). There is no greedy
 * fill afterwards: in Assen RuBox (12 000) would still fit but is not selected.
 * Comparison step (pabulib `…-comparison`, checker's _apply_equalshares_comparison_step, mode
 * "satisfaction"): greedy by score on B (pabulib `greedy`); a voter prefers the outcome that selects more
 * of the projects on her ballot; greedy is kept only when more voters prefer it.
 *
 * As in the reference, projects with cost 0 or without any supporter are never selected (pabulib
 * gives free projects an artificial cost of 1 for that reason), nor are withdrawn projects.
 * All money is exact (see Rational): affordability and ties are equality questions here.
 * Cost: the completion makes one run per currency unit per voter it adds. Neighbourhood scale (Assen: 84
 * ballots, 843 runs) takes a fraction of a second; a city-wide vote (Łódź: 90 000 ballots, 160 projects,
 * 59 runs) about 25 s, most of it exact arithmetic on growing denominators.
 */
export function selectEqualShares(input: EqualSharesInput): EqualSharesOutcome {
  const { method, projects, ballots } = input;
  assertBallotMethod(method);
  assertProjects(projects);
  if (!Number.isFinite(input.budget) || input.budget < 0) throw new RangeError(`Invalid budget ${input.budget}`);
  const budget = Rational.fromNumber(input.budget);
  const profile = buildProfile(method, projects, ballots, input.validate ?? true);
  const { candidates } = profile;
  const voterCount = ballots.length;
  const empty: EqualSharesOutcome = {
    selectedProjectIds: [],
    tieBreak: { tieAtCutoff: false, decisions: [] },
    virtualBudget: budget.toNumber(),
    completionSteps: 0,
  };
  if (voterCount === 0) return empty;

  const eligibleCount = candidates.filter((c) => isEligible(c)).length;
  const costOf = (winners: number[]): Rational =>
    winners.reduce((total, index) => total.add(candidates[index].cost), Rational.zero);
  const isExhaustive = (winners: number[], spent: Rational): boolean => {
    const chosen = new Set(winners);
    return candidates.every((c, index) => chosen.has(index) || spent.add(c.cost).greaterThan(budget));
  };

  const completion = input.completion ?? 'add1';
  let kept = runEqualShares(profile, voterCount, budget);
  let keptBudget = budget;
  let spent = costOf(kept.winners);
  let steps = 0;
  let virtual = Rational.of(budget.divInteger(voterCount).floor() * BigInt(voterCount));
  const increment = Rational.fromInteger(voterCount);
  // The checker's loop never ends once every eligible project is selected; nothing can change from
  // there on, so stopping there gives the same outcome.
  while (
    completion !== 'none' &&
    kept.winners.length < eligibleCount &&
    !(completion === 'add1-exhaustive' && isExhaustive(kept.winners, spent))
  ) {
    const nextBudget = virtual.add(increment);
    const next = runEqualShares(profile, voterCount, nextBudget);
    const nextCost = costOf(next.winners);
    if (nextCost.greaterThan(budget)) break;
    virtual = nextBudget;
    kept = next;
    keptBudget = nextBudget;
    spent = nextCost;
    steps++;
  }

  const outcome: EqualSharesOutcome = {
    selectedProjectIds: kept.winners.map((index) => candidates[index].projectId),
    tieBreak: { tieAtCutoff: kept.decisions.length > 0, decisions: kept.decisions },
    virtualBudget: keptBudget.toNumber(),
    completionSteps: steps,
  };
  if (!input.comparison) return outcome;
  const comparison = compareWithGreedy(profile, kept.winners, input.budget);
  outcome.comparison = comparison;
  if (comparison.kept === 'greedy') {
    const greedy = selectGreedyBudget(greedyRows(profile), { budget: input.budget });
    outcome.selectedProjectIds = greedy.selectedProjectIds;
    outcome.tieBreak = greedy.tieBreak;
  }
  return outcome;
}

function isEligible(candidate: Candidate): boolean {
  return !candidate.cost.isZero() && candidate.totalUtility > 0 && !candidate.withdrawn;
}

function greedyRows(profile: Profile) {
  return profile.candidates.map((c) => ({
    projectId: c.projectId,
    score: c.totalUtility,
    cost: c.cost.toNumber(),
    withdrawn: c.withdrawn,
  }));
}

/** The comparison step: per voter, how many of her projects each outcome selects; the majority of those who differ decides. */
function compareWithGreedy(profile: Profile, winners: readonly number[], budget: number): EqualSharesComparison {
  const greedy = selectGreedyBudget(greedyRows(profile), { budget });
  const index = new Map(profile.candidates.map((c, i) => [c.projectId, i]));
  const inGreedy = new Set(greedy.selectedProjectIds.map((id) => index.get(id) as number));
  const inMes = new Set(winners);
  let prefersEqualShares = 0;
  let prefersGreedy = 0;
  for (const supported of profile.voterCandidates) {
    let mes = 0;
    let gr = 0;
    for (const candidate of supported) {
      if (inMes.has(candidate)) mes++;
      if (inGreedy.has(candidate)) gr++;
    }
    if (mes > gr) prefersEqualShares++;
    else if (gr > mes) prefersGreedy++;
  }
  return {
    kept: prefersGreedy > prefersEqualShares ? 'greedy' : 'equal-shares',
    prefersEqualShares,
    prefersGreedy,
    greedyProjectIds: greedy.selectedProjectIds,
  };
}

interface Profile {
  candidates: Candidate[];
  /** Per voter: the candidates she supports and her utility for each. */
  voterCandidates: number[][];
  voterUtilities: number[][];
  /** Group keys combine a voter class and a utility: class × utilityBase + utility. */
  utilityBase: number;
}

function buildProfile(
  method: BallotMethod,
  projects: readonly TallyProject[],
  ballots: readonly Ballot[],
  validate: boolean,
): Profile {
  const index = new Map<string, number>();
  const candidates: Candidate[] = projects.map((project, i) => {
    index.set(project.id, i);
    return {
      projectId: project.id,
      cost: Rational.fromNumber(project.cost),
      withdrawn: project.withdrawn === true,
      voters: [],
      utilities: [],
      totalUtility: 0,
    };
  });
  const ids: ReadonlySet<string> = new Set(index.keys());
  const costs = new Map(projects.map((project) => [project.id, project.cost]));
  const voterCandidates: number[][] = [];
  const voterUtilities: number[][] = [];
  let maxUtility = 0;
  ballots.forEach((ballot, voter) => {
    if (validate) {
      const problems = validateBallot(method, ids, ballot.choices, costs);
      if (problems.length > 0) throw new InvalidBallotError(voter, problems);
    }
    const supported: number[] = [];
    const utilities: number[] = [];
    for (const [projectId, utility] of scoreContributions(method, ballot)) {
      const i = index.get(projectId);
      if (i === undefined) throw new InvalidBallotError(voter, [{ code: 'UNKNOWN_PROJECT', projectId }]);
      if (utility <= 0) continue;
      candidates[i].voters.push(voter);
      candidates[i].utilities.push(utility);
      candidates[i].totalUtility += utility;
      supported.push(i);
      utilities.push(utility);
      maxUtility = Math.max(maxUtility, utility);
    }
    voterCandidates.push(supported);
    voterUtilities.push(utilities);
  });
  return { candidates, voterCandidates, voterUtilities, utilityBase: maxUtility + 1 };
}

/** Supporters of one project with the same budget and utility behave identically, so they are handled together. */
interface SupporterGroup {
  budget: Rational;
  utility: number;
  count: number;
}

/**
 * One run of the Method of Equal Shares with a fixed total budget. Voters who supported the same selected
 * projects so far always have the same remaining budget, so budgets are kept per "class" of voters
 * instead of per voter; a class splits when only some of its members support a winner. Each candidate
 * keeps how many supporters it has per (class, utility), updated only for the winner's supporters, so a
 * round costs the winner's ballots rather than every ballot (a city-wide vote stays tractable).
 */
function runEqualShares(profile: Profile, voterCount: number, total: Rational): MesRun {
  const { candidates, voterCandidates, voterUtilities, utilityBase } = profile;
  const classBudgets: Rational[] = [total.divInteger(voterCount)];
  const voterClass = new Int32Array(voterCount);
  const groupCounts = candidates.map((candidate) => {
    const counts = new Map<number, number>();
    for (const utility of candidate.utilities) counts.set(utility, (counts.get(utility) ?? 0) + 1);
    return counts;
  });

  // Remaining candidates with an upper bound of their effective vote count: it can only fall as
  // budgets shrink, so candidates whose bound is below the best found so far need not be evaluated.
  const bounds = new Map<number, Rational>();
  candidates.forEach((c, index) => {
    if (isEligible(c)) bounds.set(index, Rational.fromInteger(c.totalUtility));
  });
  const winners: number[] = [];
  const decisions: TieDecision[] = [];

  for (;;) {
    let best: number[] = [];
    let bestCount = Rational.zero;
    const order = [...bounds.entries()].sort(([a, boundA], [b, boundB]) => boundB.compare(boundA) || a - b);
    for (const [index, bound] of order) {
      if (bound.lessThan(bestCount)) break;
      const candidate = candidates[index];
      const supporters: SupporterGroup[] = [];
      let money = Rational.zero;
      for (const [key, count] of groupCounts[index]) {
        const group = { budget: classBudgets[Math.floor(key / utilityBase)], utility: key % utilityBase, count };
        supporters.push(group);
        money = money.add(group.budget.mulInteger(count));
      }
      // Budgets only shrink, so a project its supporters cannot pay now stays out for the rest of the run.
      if (money.lessThan(candidate.cost)) {
        bounds.delete(index);
        continue;
      }
      // Poorest first (budget per unit of utility): whoever cannot pay ρ × utility pays all she has.
      supporters.sort((a, b) => a.budget.mulInteger(b.utility).compare(b.budget.mulInteger(a.utility)));
      let paid = Rational.zero;
      let denominator = candidate.totalUtility;
      for (const group of supporters) {
        const factor = candidate.cost.sub(paid).divInteger(denominator);
        if (factor.mulInteger(group.utility).greaterThan(group.budget)) {
          paid = paid.add(group.budget.mulInteger(group.count));
          denominator -= group.utility * group.count;
          continue;
        }
        const effectiveCount = candidate.cost.div(factor);
        bounds.set(index, effectiveCount);
        const comparison = effectiveCount.compare(bestCount);
        if (comparison > 0) {
          bestCount = effectiveCount;
          best = [index];
        } else if (comparison === 0) {
          best.push(index);
        }
        break;
      }
    }
    if (best.length === 0) break;

    const { winner, decidedBy } = breakTie(candidates, best);
    if (decidedBy !== undefined) {
      const ids = best.map((index) => candidates[index].projectId).sort(compareProjectIds);
      decisions.push({
        context: 'equal-shares-round',
        projectIds: ids,
        selectedProjectIds: [candidates[winner].projectId],
        notSelectedProjectIds: ids.filter((id) => id !== candidates[winner].projectId),
        decidedBy,
      });
    }
    winners.push(winner);
    bounds.delete(winner);

    // Charge the winner's supporters: each (class, utility) pair moves to a new class with the reduced budget.
    const candidate = candidates[winner];
    const factor = candidate.cost.div(bestCount);
    const newClass = new Map<number, number>();
    for (let k = 0; k < candidate.voters.length; k++) {
      const voter = candidate.voters[k];
      const from = voterClass[voter];
      const key = from * utilityBase + candidate.utilities[k];
      let to = newClass.get(key);
      if (to === undefined) {
        const payment = factor.mulInteger(candidate.utilities[k]);
        const budget = classBudgets[from];
        to = classBudgets.length;
        classBudgets.push(budget.greaterThan(payment) ? budget.sub(payment) : Rational.zero);
        newClass.set(key, to);
      }
      voterClass[voter] = to;
      const supported = voterCandidates[voter];
      for (let j = 0; j < supported.length; j++) {
        const other = supported[j];
        if (!bounds.has(other)) continue;
        const counts = groupCounts[other];
        const utility = voterUtilities[voter][j];
        const oldKey = from * utilityBase + utility;
        const left = (counts.get(oldKey) ?? 0) - 1;
        if (left > 0) counts.set(oldKey, left);
        else counts.delete(oldKey);
        const newKey = to * utilityBase + utility;
        counts.set(newKey, (counts.get(newKey) ?? 0) + 1);
      }
    }
  }
  return { winners, decisions };
}

/** equalshares.net's break_ties (lower cost, then more support), then the project listed first so the result is always defined. */
function breakTie(
  candidates: readonly Candidate[],
  best: number[],
): { winner: number; decidedBy: TieResolution | undefined } {
  if (best.length === 1) return { winner: best[0], decidedBy: undefined };
  const cheapest = best.reduce((min, index) => (candidates[index].cost.lessThan(min) ? candidates[index].cost : min), candidates[best[0]].cost);
  const byCost = best.filter((index) => candidates[index].cost.equals(cheapest));
  if (byCost.length === 1) return { winner: byCost[0], decidedBy: 'lower-cost' };
  const most = Math.max(...byCost.map((index) => candidates[index].totalUtility));
  const byScore = byCost.filter((index) => candidates[index].totalUtility === most);
  if (byScore.length === 1) return { winner: byScore[0], decidedBy: 'higher-score' };
  return { winner: Math.min(...byScore), decidedBy: 'project-order' };
}
