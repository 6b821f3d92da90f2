/**
 * Property tests: the fast Method of Equal Shares (integer money, equal ballots counted once, certified
 * skips in the add1 completion) gives exactly what the plain implementation it replaced gives — the same
 * winners in the same order, the same virtual budget, step count, tie reports and comparison — on many
 * small random elections with ties, free and withdrawn projects, decimal costs and budgets, and every
 * ballot method. The reference is the previous production code, kept below unchanged.
 */
import fc from 'fast-check';
import { assertBallotMethod, scoreContributions, validateBallot } from './ballot-methods';
import { InvalidBallotError } from './errors';
import { compareProjectIds } from './rank';
import { Rational } from './rational';
import { assertProjects } from './score';
import { selectEqualShares, type EqualSharesInput } from './select-equal-shares';
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

const METHODS: BallotMethod[] = [
  { kind: 'approval', maxChoices: 8 },
  { kind: 'choose-1' },
  { kind: 'points', points: 30, maxPerProject: 5 },
  { kind: 'ranked', maxRanks: 8 },
  { kind: 'ranked', maxRanks: 8, rankPoints: [5, 3, 1] },
];

/** A few round costs make equal effective vote counts (ties) common; quarters make decimal money. */
const costArb = fc.oneof(
  fc.constantFrom(10, 20, 30, 40, 12.5),
  fc.integer({ min: 0, max: 60 }),
  fc.integer({ min: 1, max: 240 }).map((quarters) => quarters / 4),
);

interface Election {
  method: BallotMethod;
  projects: TallyProject[];
  ballots: Ballot[];
  budget: number;
  completion: EqualSharesCompletion;
  comparison: boolean;
}

function electionArb(maxVoters: number, maxProjects: number): fc.Arbitrary<Election> {
  return fc
    .record({
      method: fc.constantFrom(...METHODS),
      costs: fc.array(costArb, { minLength: 1, maxLength: maxProjects }),
      withdrawn: fc.option(fc.nat(maxProjects - 1), { nil: undefined, freq: 4 }),
      // Ballots as (choices, copies): equal ballots are common in real votes and take a shortcut.
      ballots: fc.array(
        fc.tuple(
          fc.array(fc.tuple(fc.nat(maxProjects - 1), fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: maxProjects }),
          fc.integer({ min: 1, max: 4 }),
        ),
        { minLength: 1, maxLength: maxVoters },
      ),
      budget: fc.oneof(fc.integer({ min: 0, max: 250 }), fc.integer({ min: 1, max: 1000 }).map((quarters) => quarters / 4)),
      completion: fc.constantFrom<EqualSharesCompletion>('none', 'add1', 'add1-exhaustive'),
      comparison: fc.boolean(),
    })
    .map(({ method, costs, withdrawn, ballots, budget, completion, comparison }) => {
      const projects: TallyProject[] = costs.map((cost, i) => (i === withdrawn ? { id: `p${i}`, cost, withdrawn: true } : { id: `p${i}`, cost }));
      const expanded: Ballot[] = ballots.flatMap(([choices, copies]) => {
        const seen = new Set<number>();
        const unique = choices.filter(([project]) => project < projects.length && !seen.has(project) && seen.add(project) !== undefined);
        const picked = unique.length > 0 ? unique : [[0, 1] as [number, number]];
        const ballot: Ballot = {
          choices: (method.kind === 'choose-1' ? picked.slice(0, 1) : picked).map(([project, points], rank) =>
            method.kind === 'points'
              ? { projectId: `p${project}`, points }
              : method.kind === 'ranked'
                ? { projectId: `p${project}`, rank: rank + 1 }
                : { projectId: `p${project}` },
          ),
        };
        return Array.from({ length: copies }, () => ballot);
      });
      return { method, projects, ballots: expanded, budget, completion, comparison };
    });
}

const inputOf = (election: Election): EqualSharesInput => ({ ...election, validate: false });

describe('selectEqualShares against the implementation it replaced', () => {
  it('gives the same outcome on small random elections', () => {
    fc.assert(
      fc.property(electionArb(8, 6), (election) => {
        expect(selectEqualShares(inputOf(election))).toEqual(referenceSelectEqualShares(inputOf(election)));
      }),
      { numRuns: 600 },
    );
  });

  it('gives the same outcome with more voters (more voter classes and partly paying supporters)', () => {
    fc.assert(
      fc.property(electionArb(60, 9), (election) => {
        expect(selectEqualShares(inputOf(election))).toEqual(referenceSelectEqualShares(inputOf(election)));
      }),
      { numRuns: 60 },
    );
  });

  it('counts decimal points (cumulative ballots allow them) as the same ballots in whole quarter points', () => {
    // The replaced implementation threw on decimal utilities; scaling every utility alike changes nothing.
    const points = electionArb(8, 6).filter((election) => election.method.kind === 'points');
    fc.assert(
      fc.property(points, (election) => {
        const quarters: Election = {
          ...election,
          method: { kind: 'points', points: 30, maxPerProject: 5, decimals: true },
          ballots: election.ballots.map((ballot) => ({
            choices: ballot.choices.map((choice) => ({ ...choice, points: (choice.points ?? 0) / 4 })),
          })),
        };
        expect(selectEqualShares(inputOf(quarters))).toEqual(selectEqualShares(inputOf(election)));
      }),
      { numRuns: 100 },
    );
  });
});

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
 * The implementation before the integer and certified-skip rewrite (one exact Rational run per add1 step),
 * kept unchanged apart from its name as the reference the fast one must agree with.
 */
function referenceSelectEqualShares(input: EqualSharesInput): EqualSharesOutcome {
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
