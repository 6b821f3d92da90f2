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
  /** Ballot types (see Profile.weights) that support the project, and each one's utility level for it. */
  voters: number[];
  utilities: number[];
  /** Sum of the (scaled, see Profile.utilityValues) utilities. */
  totalUtility: number;
  /** The project's score: the sum of the utilities as the ballots give them. */
  score: number;
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
 * All money is exact (integers over a common unit, see runEqualShares): affordability and ties are
 * equality questions here.
 * Cost: the completion needs the outcome at every whole budget per voter it passes; each run certifies up
 * to which one its outcome stays the same, and only the budgets after that are run again. On a city-wide
 * vote the certificate rarely reaches the next unit (some partly paying group crosses its cap at every
 * step), so speed comes mostly from the run itself: equal ballots counted once, integer money, no
 * hashing in the innermost loop. Łódź 2022 (90 494 ballots, 59 steps) and Kraków 2024 (65 101 ranked
 * ballots, 164 steps) take about 1 s each (`npm run bench -- tally`); before, 36 s and 90 s.
 * The previous implementation is kept as the reference of select-equal-shares.property.spec.ts.
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
  const voters = BigInt(voterCount);
  // The first run uses the real budget, the completion whole budgets per voter from floor(B/n) + 1 on.
  let whole = budget.divInteger(voterCount).floor();
  let run = runEqualShares(profile, { num: budget.num, den: budget.den * voters }, whole);
  let kept = run;
  let keptBudget = budget;
  let spent = costOf(kept.winners);
  let steps = 0;
  // The checker's loop never ends once every eligible project is selected; nothing can change from
  // there on, so stopping there gives the same outcome.
  while (
    completion !== 'none' &&
    kept.winners.length < eligibleCount &&
    !(completion === 'add1-exhaustive' && isExhaustive(kept.winners, spent))
  ) {
    // Every whole budget up to run.sameUpTo gives the kept outcome again (certified by the run, see
    // runEqualShares): count those steps without running them. The loop would end nowhere else there,
    // as its tests depend on the outcome only.
    if (run.sameUpTo === null) break; // the outcome never changes again (a guard; the loop would not end)
    if (run.sameUpTo > whole) {
      steps += Number(run.sameUpTo - whole);
      whole = run.sameUpTo;
      keptBudget = Rational.of(whole * voters);
    }
    const next = runEqualShares(profile, { num: whole + ONE, den: ONE }, whole + ONE);
    const nextCost = costOf(next.winners);
    if (nextCost.greaterThan(budget)) break;
    whole += ONE;
    run = next;
    kept = next;
    keptBudget = Rational.of(whole * voters);
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
    score: c.score,
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
  profile.voterCandidates.forEach((supported, type) => {
    const weight = profile.weights[type];
    let mes = 0;
    let gr = 0;
    for (const candidate of supported) {
      if (inMes.has(candidate)) mes++;
      if (inGreedy.has(candidate)) gr++;
    }
    if (mes > gr) prefersEqualShares += weight;
    else if (gr > mes) prefersGreedy += weight;
  });
  return {
    kept: prefersGreedy > prefersEqualShares ? 'greedy' : 'equal-shares',
    prefersEqualShares,
    prefersGreedy,
    greedyProjectIds: greedy.selectedProjectIds,
  };
}

interface Profile {
  candidates: Candidate[];
  /** Per ballot type (equal ballots): the candidates it supports, its utility for each, and how many voters cast it. */
  voterCandidates: number[][];
  voterUtilities: number[][];
  weights: number[];
  /**
   * Utilities are stored as levels: utilityValues[level] is the utility, scaled to a whole number when
   * points have decimals (scaling every utility alike changes no payment, count comparison or tie).
   * Group keys combine a voter class and a level: class × utilityBase + level.
   */
  utilityBase: number;
  utilityValues: bigint[];
  /** The money unit of a run's start: 1/unit currency units, in which every cost is whole (costUnits). */
  unit: bigint;
  costUnits: bigint[];
  /** The ballot types' entries in one array: type t's are rowStart[t] … rowStart[t+1]−1. */
  rowStart: Int32Array;
  rowCandidate: Int32Array;
  rowUtility: Int32Array;
  /** A run's start: per candidate one group per utility (everyone is in class 0), and each entry's group. */
  initialGroups: Groups[];
  initialSlot: Int32Array;
  /** Reused by every run (see runEqualShares). */
  scratch: { stamp: Int32Array; slot: Int32Array; current: number };
}

/** One candidate's supporter groups: voters of one class with one utility, and their number (0: emptied). */
interface Groups {
  cls: number[];
  utility: number[];
  count: number[];
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
      score: 0,
    };
  });
  const ids: ReadonlySet<string> = new Set(index.keys());
  const costs = new Map(projects.map((project) => [project.id, project.cost]));
  const voterCandidates: number[][] = [];
  const voterUtilities: number[][] = [];
  const weights: number[] = [];
  const types = new Map<string, number>();
  const ballotPairs: [number, number][][] = ballots.map((ballot, voter) => {
    if (validate) {
      const problems = validateBallot(method, ids, ballot.choices, costs);
      if (problems.length > 0) throw new InvalidBallotError(voter, problems);
    }
    const pairs: [number, number][] = [];
    for (const [projectId, utility] of scoreContributions(method, ballot)) {
      const i = index.get(projectId);
      if (i === undefined) throw new InvalidBallotError(voter, [{ code: 'UNKNOWN_PROJECT', projectId }]);
      if (utility <= 0) continue;
      candidates[i].score += utility;
      pairs.push([i, utility]);
    }
    return pairs;
  });
  // Utility levels (see Profile.utilityValues).
  const distinct = [...new Set(ballotPairs.flat().map(([, utility]) => utility))].sort((a, b) => a - b);
  const exact = distinct.map((utility) => Rational.fromNumber(utility));
  let utilityScale = BigInt(1);
  for (const value of exact) utilityScale = (utilityScale / gcd(utilityScale, value.den)) * value.den;
  const utilityValues = exact.map((value) => (value.num * utilityScale) / value.den);
  const levelOf = new Map(distinct.map((utility, level) => [utility, level]));
  ballotPairs.forEach((pairs) => {
    for (const pair of pairs) {
      const level = levelOf.get(pair[1]) as number;
      candidates[pair[0]].totalUtility += Number(utilityValues[level]);
      pair[1] = level;
    }
    // Voters with the same utilities always have the same budget: count them once, with a weight
    // (Łódź: 90 494 ballots, 23 571 types).
    pairs.sort((a, b) => a[0] - b[0]);
    const key = pairs.join(';');
    const known = types.get(key);
    if (known !== undefined) {
      weights[known]++;
      return;
    }
    const type = weights.length;
    types.set(key, type);
    weights.push(1);
    for (const [i, level] of pairs) {
      candidates[i].voters.push(type);
      candidates[i].utilities.push(level);
    }
    voterCandidates.push(pairs.map(([i]) => i));
    voterUtilities.push(pairs.map(([, level]) => level));
  });
  // The unit: the least common multiple of the costs' denominators (cents, usually).
  let unit = BigInt(1);
  for (const c of candidates) unit = (unit / gcd(unit, c.cost.den)) * c.cost.den;
  const costUnits = candidates.map((c) => (c.cost.num * unit) / c.cost.den);
  const rowStart = new Int32Array(voterCandidates.length + 1);
  voterCandidates.forEach((supported, type) => (rowStart[type + 1] = rowStart[type] + supported.length));
  const rowCandidate = Int32Array.from(voterCandidates.flat());
  const rowUtility = Int32Array.from(voterUtilities.flat());
  const initialGroups: Groups[] = candidates.map(() => ({ cls: [], utility: [], count: [] }));
  const initialSlot = new Int32Array(rowCandidate.length);
  const slotOfUtility = candidates.map(() => new Map<number, number>());
  for (let type = 0; type < voterCandidates.length; type++) {
    for (let e = rowStart[type]; e < rowStart[type + 1]; e++) {
      const c = rowCandidate[e];
      const groups = initialGroups[c];
      let slot = slotOfUtility[c].get(rowUtility[e]);
      if (slot === undefined) {
        slot = groups.cls.length;
        slotOfUtility[c].set(rowUtility[e], slot);
        groups.cls.push(0);
        groups.utility.push(rowUtility[e]);
        groups.count.push(0);
      }
      groups.count[slot] += weights[type];
      initialSlot[e] = slot;
    }
  }
  return {
    candidates,
    voterCandidates,
    voterUtilities,
    weights,
    utilityBase: Math.max(1, utilityValues.length),
    utilityValues,
    unit,
    costUnits,
    rowStart,
    rowCandidate,
    rowUtility,
    initialGroups,
    initialSlot,
    scratch: { stamp: new Int32Array(0), slot: new Int32Array(0), current: 0 },
  };
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== BigInt(0)) [a, b] = [b, a % b];
  return a;
}

const ZERO = BigInt(0);
const ONE = BigInt(1);
/** Entries of the scratch table of runEqualShares (2 × 4 bytes each). */
const MAX_SCRATCH = 1 << 23;

function floorDiv(a: bigint, b: bigint): bigint {
  const quotient = a / b;
  return (a % b !== ZERO && (a < ZERO) !== (b < ZERO)) ? quotient - ONE : quotient;
}

/** The per-voter budget of one run, t = num/den currency units (positive bigints). */
interface PerVoterBudget {
  num: bigint;
  den: bigint;
}

/**
 * A remaining candidate's upper bound on its effective vote count, from the last round it was evaluated in
 * (or its score before the first): evaluated at this run's budget as the ratio ne/re, and as the function
 * of the per-voter budget t that certifies it (see runEqualShares): for the cap set C found then,
 * count ≤ cost·den / R(t) with R(t) = cost − (what C can pay) = (pr + qr·t) in the money unit of `epoch`.
 */
interface Bound {
  ne: bigint;
  re: bigint;
  den: bigint;
  pr: bigint;
  qr: bigint;
  epoch: number;
}

/** Supporters of one candidate in one voter class with the same utility: they behave identically. */
interface Group {
  key: number;
  cls: number;
  utility: bigint;
  count: bigint;
  /** The class budget evaluated at this run's t, in the current money unit. */
  e: bigint;
  /** Pays all it has for this candidate (its budget is below ρ × utility). */
  capped: boolean;
}

interface MesRun {
  winners: number[];
  decisions: TieDecision[];
  /**
   * The largest whole per-voter budget up to which every run gives this same outcome (null: every
   * larger one does), as certified by this run; at most its own whole budget when nothing was certified.
   */
  sameUpTo: bigint | null;
}

/**
 * One run of the Method of Equal Shares with per-voter budget t, in exact integer arithmetic.
 *
 * Money: every amount is an integer numerator over one common unit D (all costs are whole in it). Each
 * round multiplies D by the winner's denominator (the utility left uncapped), so new budgets stay whole
 * instead of every Rational operation reducing a fraction by gcd (which took most of the time before).
 * Values stored in an earlier unit are multiplied by scale[epoch] (the product of the later denominators).
 * As in the equalshares.net implementation, voters who supported the same winners so far share one budget
 * ("class"), and candidates are evaluated lazily in the order of their last effective vote count, an upper
 * bound that only falls as budgets shrink.
 *
 * Certificate (the route of Kraiczy, Robinson and Elkind, "Streamlining Equal Shares", 2025: find the next
 * budget at which the outcome can change instead of trying every one): every budget is an affine function
 * p + q·t of the per-voter budget, for as long as the run's decisions stay the same. Each decision is the
 * sign of such a function: a deleted candidate stays unaffordable (money < cost), the winner's supporters
 * stay capped or uncapped (so its payment factor ρ(t) keeps its formula), and every other remaining
 * candidate stays below the winner. For the last, any cap set C gives ρ_C(t) ≤ ρ(t) (paying only what C
 * can is a relaxation), so the bound from the candidate's last evaluation is an upper bound of its count at
 * every t, and only one strict inequality per candidate and round is needed. The run reports the largest
 * whole t up to which all these inequalities hold: every run in between has the same rounds, winners and
 * (no) ties. A tie at this t certifies nothing (it may not survive a change of t).
 */
function runEqualShares(profile: Profile, t: PerVoterBudget, wholeBudget: bigint): MesRun {
  const { candidates, weights, utilityBase, utilityValues, costUnits, unit, rowStart, rowCandidate, rowUtility, scratch } = profile;
  // Class budgets as p + q·t (numerators in the unit of their epoch) and e, their value at this t times t.den.
  const classP: bigint[] = [ZERO];
  const classQ: bigint[] = [unit];
  const classE: bigint[] = [unit * t.num];
  const classEpoch: number[] = [0];
  const voterClass = new Int32Array(weights.length);
  /** Not yet selected nor found unaffordable (a typed array: this is checked in the innermost loop). */
  const open = new Uint8Array(candidates.length);
  const groupsOf: Groups[] = profile.initialGroups.map((g) => ({ cls: g.cls.slice(), utility: g.utility.slice(), count: g.count.slice() }));
  /** Per ballot entry (type, candidate): the candidate's group the type is in. */
  const slotOf = profile.initialSlot.slice();
  /** scale[k]: from the unit of epoch k to the current one. */
  let scale: bigint[] = [ONE];
  let epoch = 0;
  let sameUpTo: bigint | null = null;
  let certifying = true;
  /** Holds g(t) = p + q·t ≥ 0 (> 0 when strict) from this t up to which whole t? Lowers sameUpTo to that. */
  const keepWhile = (p: bigint, q: bigint, strict: boolean): void => {
    if (q >= ZERO) {
      // Never falls: it holds from here on if it holds here (a tie, g = 0, fails a strict one).
      const now = p * t.den + q * t.num;
      if (now < ZERO || (strict && now === ZERO)) stopCertifying();
      return;
    }
    const limit = floorDiv(strict ? p - ONE : p, -q);
    if (sameUpTo === null || limit < sameUpTo) sameUpTo = limit;
    if (sameUpTo <= wholeBudget) certifying = false;
  };
  const stopCertifying = (): void => {
    certifying = false;
    sameUpTo = wholeBudget;
  };

  const bounds = new Map<number, Bound>();
  candidates.forEach((c, index) => {
    if (isEligible(c)) {
      open[index] = 1;
      const total = BigInt(c.totalUtility);
      bounds.set(index, { ne: total, re: ONE, den: total, pr: costUnits[index], qr: ZERO, epoch: 0 });
    }
  });
  const winners: number[] = [];
  const decisions: TieDecision[] = [];

  for (;;) {
    const costScale = scale[0];
    let best: number[] = [];
    let bestNe = ZERO;
    let bestRe = ONE;
    const evaluated = new Map<number, { groups: Group[]; den: bigint; re: bigint }>();
    const order = [...bounds.entries()].sort(([a, x], [b, y]) => {
      const left = y.ne * x.re;
      const right = x.ne * y.re;
      return left > right ? 1 : left < right ? -1 : a - b;
    });
    for (const [index, bound] of order) {
      if (bound.ne * bestRe < bestNe * bound.re) break;
      const cost = costUnits[index] * costScale;
      const costE = cost * t.den;
      const groups: Group[] = [];
      let money = ZERO;
      const own = groupsOf[index];
      for (let slot = 0; slot < own.count.length; slot++) {
        if (own.count[slot] === 0) continue;
        const cls = own.cls[slot];
        const e = classE[cls] * scale[classEpoch[cls]];
        const group = { key: cls * utilityBase + own.utility[slot], cls, utility: utilityValues[own.utility[slot]], count: BigInt(own.count[slot]), e, capped: false };
        groups.push(group);
        money += group.count * e;
      }
      // Budgets only shrink, so a project its supporters cannot pay now stays out for the rest of the run.
      if (money < costE) {
        bounds.delete(index);
        open[index] = 0;
        if (certifying) {
          let p = cost;
          let q = ZERO;
          for (const group of groups) {
            const f = scale[classEpoch[group.cls]];
            p -= group.count * classP[group.cls] * f;
            q -= group.count * classQ[group.cls] * f;
          }
          keepWhile(p, q, true);
        }
        continue;
      }
      // The payment factor ρ solves Σ min(budget, ρ × utility) = cost: whoever cannot pay ρ × utility
      // pays all she has. Instead of sorting the groups (poorest first), cap everyone poorer than the
      // current ρ and recompute it until the capped set stays the same: ρ only rises on the way (a
      // capped set never asks more than ρ*), so this ends at ρ* after a few passes.
      let paid = ZERO;
      let den = BigInt(candidates[index].totalUtility);
      let uncapped = groups;
      for (;;) {
        const rest = costE - paid;
        const capping = uncapped.filter((group) => group.e * den < rest * group.utility);
        if (capping.length === 0) break;
        for (const group of capping) {
          group.capped = true;
          paid += group.count * group.e;
          den -= group.count * group.utility;
        }
        uncapped = uncapped.filter((group) => !group.capped);
      }
      // Effective vote count cost/ρ with ρ = (cost − paid)/den.
      const re = costE - paid;
      const ne = costE * den;
      let pr = cost;
      let qr = ZERO;
      if (certifying) {
        for (const group of groups) {
          if (!group.capped) continue;
          const f = scale[classEpoch[group.cls]];
          pr -= group.count * classP[group.cls] * f;
          qr -= group.count * classQ[group.cls] * f;
        }
      }
      bounds.set(index, { ne, re, den, pr, qr, epoch });
      evaluated.set(index, { groups, den, re });
      const left = ne * bestRe;
      const right = bestNe * re;
      if (left > right) {
        bestNe = ne;
        bestRe = re;
        best = [index];
      } else if (left === right) {
        best.push(index);
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
    const won = evaluated.get(winner) as { groups: Group[]; den: bigint; re: bigint };
    const wonBound = bounds.get(winner) as Bound;
    bounds.delete(winner);
    open[winner] = 0;
    winners.push(winner);

    if (certifying && best.length > 1) stopCertifying();
    if (certifying) {
      const { pr, qr, den } = wonBound;
      keepWhile(pr, qr, true);
      // The winner's supporters stay on their side of ρ(t)·utility.
      won.groups.forEach((group) => {
        const f = scale[classEpoch[group.cls]];
        const p = pr * group.utility - classP[group.cls] * f * den;
        const q = qr * group.utility - classQ[group.cls] * f * den;
        if (group.capped) keepWhile(p, q, false);
        else keepWhile(-p, -q, false);
      });
      // Every other remaining candidate stays below the winner: cost_c·den_c·R_w(t) < cost_w·den_w·R_c(t).
      for (const [index, bound] of bounds) {
        if (!certifying) break;
        const f = scale[bound.epoch];
        const mine = costUnits[winner] * den;
        const theirs = costUnits[index] * bound.den;
        keepWhile(mine * bound.pr * f - theirs * pr, mine * bound.qr * f - theirs * qr, true);
      }
    }

    // Charge the winner's supporters: each (class, utility) pair moves to a new class with the reduced
    // budget, in the next unit (× den): budget·den − (cost − paid)·utility, or 0 for the capped ones.
    const den = won.den;
    const cappedKeys = new Set<number>();
    for (const group of won.groups) if (group.capped) cappedKeys.add(group.key);
    const candidate = candidates[winner];
    const newClass = new Map<number, number>();
    const firstNew = classE.length;
    for (let k = 0; k < candidate.voters.length; k++) {
      const voter = candidate.voters[k];
      const from = voterClass[voter];
      const key = from * utilityBase + candidate.utilities[k];
      let to = newClass.get(key);
      if (to === undefined) {
        to = classE.length;
        if (cappedKeys.has(key)) {
          classP.push(ZERO);
          classQ.push(ZERO);
          classE.push(ZERO);
        } else {
          const f = scale[classEpoch[from]] * den;
          const utility = utilityValues[candidate.utilities[k]];
          classE.push(classE[from] * f - won.re * utility);
          classP.push(certifying ? classP[from] * f - wonBound.pr * utility : ZERO);
          classQ.push(certifying ? classQ[from] * f - wonBound.qr * utility : ZERO);
        }
        classEpoch.push(epoch + 1);
        newClass.set(key, to);
      }
      voterClass[voter] = to;
    }
    // Move the charged types to their new groups in every open candidate. The group of (new class,
    // utility) per candidate is found through a scratch table stamped per round, so this innermost loop
    // (a type's every other candidate, for each of the winner's supporters) does no hashing.
    const candidateCount = candidates.length;
    const size = (classE.length - firstNew) * utilityBase * candidateCount;
    // Many utility levels and projects could make the table huge: then a Map does the same.
    const overflow = size > MAX_SCRATCH ? new Map<number, number>() : undefined;
    if (overflow === undefined && scratch.stamp.length < size) {
      scratch.stamp = new Int32Array(Math.min(MAX_SCRATCH, Math.max(size, 2 * scratch.stamp.length)));
      scratch.slot = new Int32Array(scratch.stamp.length);
    }
    const stamp = ++scratch.current;
    for (let k = 0; k < candidate.voters.length; k++) {
      const voter = candidate.voters[k];
      const to = voterClass[voter];
      const weight = weights[voter];
      for (let e = rowStart[voter]; e < rowStart[voter + 1]; e++) {
        const other = rowCandidate[e];
        if (open[other] === 0) continue;
        const groups = groupsOf[other];
        groups.count[slotOf[e]] -= weight;
        const at = ((to - firstNew) * utilityBase + rowUtility[e]) * candidateCount + other;
        let slot = overflow === undefined ? (scratch.stamp[at] === stamp ? scratch.slot[at] : -1) : (overflow.get(at) ?? -1);
        if (slot < 0) {
          slot = groups.count.length;
          groups.cls.push(to);
          groups.utility.push(rowUtility[e]);
          groups.count.push(0);
          if (overflow !== undefined) {
            overflow.set(at, slot);
          } else {
            scratch.stamp[at] = stamp;
            scratch.slot[at] = slot;
          }
        }
        groups.count[slot] += weight;
        slotOf[e] = slot;
      }
    }
    scale = scale.map((f) => f * den);
    scale.push(ONE);
    epoch++;
  }
  return { winners, decisions, sameUpTo: certifying ? sameUpTo : wholeBudget };
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
