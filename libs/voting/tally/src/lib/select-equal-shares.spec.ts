import { scoreContributions } from './ballot-methods';
import { InvalidBallotError } from './errors';
import { createSeededRandom } from './lot';
import { Rational } from './rational';
import { selectEqualShares } from './select-equal-shares';
import type { Ballot, BallotMethod, TallyProject } from './types';

const approvalBallots = (...lists: string[][]): Ballot[] =>
  lists.map((ids) => ({ choices: ids.map((projectId) => ({ projectId })) }));
const costs = (spec: Record<string, number>): TallyProject[] => Object.entries(spec).map(([id, cost]) => ({ id, cost }));
const approval = (maxChoices: number): BallotMethod => ({ kind: 'approval', maxChoices });

/**
 * A deliberately plain port of the reference code (equalshares.net; pabulib's checker without the
 * exhaustive stop): per voter, no pruning, no voter classes. selectEqualShares must agree with it on
 * every instance where the reference terminates.
 */
function referenceEqualShares(
  method: BallotMethod,
  projects: TallyProject[],
  ballots: Ballot[],
  budget: number,
  completion: 'add1' | 'add1-exhaustive',
): string[] {
  const n = ballots.length;
  const cost = projects.map((project) => Rational.fromNumber(project.cost));
  const utility = ballots.map((ballot) => {
    const row = projects.map(() => 0);
    for (const [id, u] of scoreContributions(method, ballot)) row[projects.findIndex((p) => p.id === id)] = u;
    return row;
  });
  const total = projects.map((_, c) => utility.reduce((sum, row) => sum + row[c], 0));

  const fixed = (totalBudget: Rational): number[] => {
    const money = utility.map(() => totalBudget.divInteger(n));
    const remaining = new Set(projects.map((_, c) => c).filter((c) => !cost[c].isZero() && total[c] > 0));
    const winners: number[] = [];
    for (;;) {
      let best: number[] = [];
      let bestCount = Rational.zero;
      for (const c of [...remaining]) {
        const supporters = utility.map((_, i) => i).filter((i) => utility[i][c] > 0);
        const behind = supporters.reduce((sum, i) => sum.add(money[i]), Rational.zero);
        if (behind.lessThan(cost[c])) {
          remaining.delete(c);
          continue;
        }
        supporters.sort((i, j) => money[i].divInteger(utility[i][c]).compare(money[j].divInteger(utility[j][c])));
        let paid = Rational.zero;
        let denominator = total[c];
        for (const i of supporters) {
          const factor = cost[c].sub(paid).divInteger(denominator);
          if (factor.mulInteger(utility[i][c]).greaterThan(money[i])) {
            paid = paid.add(money[i]);
            denominator -= utility[i][c];
          } else {
            const count = cost[c].div(factor);
            if (count.greaterThan(bestCount)) {
              bestCount = count;
              best = [c];
            } else if (count.equals(bestCount)) {
              best.push(c);
            }
            break;
          }
        }
      }
      if (best.length === 0) return winners;
      best.sort((a, b) => cost[a].compare(cost[b]) || total[b] - total[a] || a - b);
      const winner = best[0];
      winners.push(winner);
      remaining.delete(winner);
      const factor = cost[winner].div(bestCount);
      for (let i = 0; i < n; i++) {
        if (utility[i][winner] === 0) continue;
        const payment = factor.mulInteger(utility[i][winner]);
        money[i] = money[i].greaterThan(payment) ? money[i].sub(payment) : Rational.zero;
      }
    }
  };

  const limit = Rational.fromNumber(budget);
  const spentOn = (winners: number[]) => winners.reduce((sum, c) => sum.add(cost[c]), Rational.zero);
  let outcome = fixed(limit);
  let virtual = Rational.of(limit.divInteger(n).floor() * BigInt(n));
  const eligible = projects.filter((_, c) => !cost[c].isZero() && total[c] > 0).length;
  for (;;) {
    const spent = spentOn(outcome);
    const exhaustive = projects.every((_, c) => outcome.includes(c) || spent.add(cost[c]).greaterThan(limit));
    if ((completion === 'add1-exhaustive' && exhaustive) || outcome.length === eligible) break;
    virtual = virtual.add(Rational.fromInteger(n));
    const next = fixed(virtual);
    if (spentOn(next).greaterThan(limit)) break;
    outcome = next;
  }
  return outcome.map((c) => projects[c].id);
}

describe(selectEqualShares.name, () => {
  it('funds what a group can pay from its own shares', () => {
    // 4 voters with 100 each. v1–v3 can pay A together; v4 alone pays B; C (200) is beyond v4's share.
    const outcome = selectEqualShares({
      method: approval(3),
      projects: costs({ A: 300, B: 100, C: 200 }),
      ballots: approvalBallots(['A'], ['A'], ['A'], ['B', 'C']),
      budget: 400,
    });
    expect(outcome.selectedProjectIds).toEqual(['A', 'B']);
    // add1 keeps raising while the outcome fits: from 300 each v4 could pay C as well, which would not fit.
    expect(outcome).toMatchObject({ completionSteps: 199, virtualBudget: 1196 });
    // equalshares.net's variant stops at once: the outcome is exhaustive.
    const exhaustive = selectEqualShares({
      method: approval(3),
      projects: costs({ A: 300, B: 100, C: 200 }),
      ballots: approvalBallots(['A'], ['A'], ['A'], ['B', 'C']),
      budget: 400,
      completion: 'add1-exhaustive',
    });
    expect(exhaustive).toMatchObject({ selectedProjectIds: ['A', 'B'], completionSteps: 0, virtualBudget: 400 });
  });

  it.each<[string, 'none' | 'add1' | 'add1-exhaustive', string[]]>([
    // Two voters with 50 each: A (60) is paid by both; then v2 has 20 left, too little for B (40).
    ['none: one run with the real budget', 'none', ['A']],
    ['add1: raise while the outcome fits', 'add1', ['A', 'B']],
    ['add1-exhaustive: the same here, as B alone is not exhaustive', 'add1-exhaustive', ['A', 'B']],
  ])('completion %s', (_name, completion, expected) => {
    const outcome = selectEqualShares({
      method: approval(2),
      projects: costs({ A: 60, B: 40 }),
      ballots: approvalBallots(['A'], ['A', 'B']),
      budget: 100,
      completion,
    });
    expect([...outcome.selectedProjectIds].sort()).toEqual(expected);
  });

  it('comparison step: keeps greedy when more voters have more of their projects under greedy', () => {
    // Equal Shares funds B and C for the minority; greedy funds A, which the majority voted for.
    const input = {
      method: approval(1),
      projects: costs({ A: 100, B: 50, C: 50 }),
      ballots: approvalBallots(['A'], ['A'], ['A'], ['B'], ['C']),
      budget: 100,
      completion: 'none' as const,
    };
    const plain = selectEqualShares(input);
    const compared = selectEqualShares({ ...input, comparison: true });
    expect(plain.selectedProjectIds).toEqual([]);
    expect(compared.selectedProjectIds).toEqual(['A']);
    expect(compared.comparison).toEqual({ kept: 'greedy', prefersEqualShares: 0, prefersGreedy: 3, greedyProjectIds: ['A'] });
  });

  it('comparison step: keeps Equal Shares on a draw or when more voters prefer it', () => {
    const compared = selectEqualShares({
      method: approval(2),
      projects: costs({ A: 60, B: 40, C: 40 }),
      ballots: approvalBallots(['A', 'B'], ['A'], ['C'], ['C'], ['B', 'C']),
      budget: 100,
      comparison: true,
    });
    expect(compared.comparison?.kept).toBe('equal-shares');
    expect(compared.comparison?.prefersEqualShares).toBeGreaterThanOrEqual(compared.comparison?.prefersGreedy ?? Infinity);
  });

  it('never selects a withdrawn project', () => {
    const outcome = selectEqualShares({
      method: approval(1),
      projects: [{ id: 'A', cost: 999999999, withdrawn: true }, { id: 'B', cost: 10 }],
      ballots: approvalBallots(['A'], ['B']),
      budget: 100,
    });
    expect(outcome.selectedProjectIds).toEqual(['B']);
  });

  it('add1 raises every voter budget by 1 until an unaffordable project becomes affordable', () => {
    // 3 voters with 100 each: A (150) needs v1 alone to have 150, i.e. a virtual budget of 450.
    const outcome = selectEqualShares({
      method: approval(2),
      projects: costs({ A: 150, B: 90 }),
      ballots: approvalBallots(['A'], ['B'], ['B']),
      budget: 300,
    });
    expect(outcome.selectedProjectIds).toEqual(['B', 'A']);
    expect(outcome.virtualBudget).toBe(450);
    expect(outcome.completionSteps).toBe(50);
  });

  it('add1 keeps the last outcome that fitted, even if money is left (no greedy fill, as the reference)', () => {
    // Both projects become affordable at the same virtual budget and together exceed the budget.
    const outcome = selectEqualShares({
      method: approval(1),
      projects: costs({ A: 60, B: 60 }),
      ballots: approvalBallots(['A'], ['B']),
      budget: 100,
    });
    expect(outcome.selectedProjectIds).toEqual([]);
    expect(outcome.completionSteps).toBe(9);
  });

  it('starts the completion from an integral budget per voter', () => {
    // 100 / 3 is not whole: the completion restarts from 99 and adds 3 at a time.
    const outcome = selectEqualShares({
      method: approval(1),
      projects: costs({ A: 40, B: 30 }),
      ballots: approvalBallots(['A'], ['B'], ['B']),
      budget: 100,
    });
    expect(outcome.selectedProjectIds).toEqual(['B', 'A']);
    expect(outcome.virtualBudget).toBe(120);
  });

  it('breaks an equal effective vote count by lower cost and reports it', () => {
    const outcome = selectEqualShares({
      method: approval(1),
      projects: costs({ A: 100, B: 50 }),
      ballots: approvalBallots(['A'], ['B']),
      budget: 200,
    });
    expect(outcome.selectedProjectIds).toEqual(['B', 'A']);
    expect(outcome.tieBreak).toEqual({
      tieAtCutoff: true,
      decisions: [
        {
          context: 'equal-shares-round',
          projectIds: ['A', 'B'],
          selectedProjectIds: ['B'],
          notSelectedProjectIds: ['A'],
          decidedBy: 'lower-cost',
        },
      ],
    });
  });

  it('then by higher score', () => {
    // After c, d and b both have effective vote count 1 and cost 3; d has two supporters.
    const outcome = selectEqualShares({
      method: approval(2),
      projects: costs({ a: 3, b: 3, c: 9, d: 3 }),
      ballots: approvalBallots(['c'], ['a', 'c'], ['c', 'd'], ['b', 'd']),
      budget: 12,
      completion: 'none',
    });
    expect(outcome.selectedProjectIds).toEqual(['c', 'd']);
    expect(outcome.tieBreak.decisions).toEqual([
      {
        context: 'equal-shares-round',
        projectIds: ['b', 'd'],
        selectedProjectIds: ['d'],
        notSelectedProjectIds: ['b'],
        decidedBy: 'higher-score',
      },
    ]);
  });

  it('then by the order of the project list', () => {
    const outcome = selectEqualShares({
      method: approval(1),
      projects: costs({ y: 50, x: 50 }),
      ballots: approvalBallots(['y'], ['x']),
      budget: 100,
    });
    expect(outcome.selectedProjectIds).toEqual(['y', 'x']);
    expect(outcome.tieBreak.decisions[0]).toMatchObject({ decidedBy: 'project-order', selectedProjectIds: ['y'] });
  });

  it('never selects free projects or projects without supporters, like the reference', () => {
    const outcome = selectEqualShares({
      method: approval(2),
      projects: costs({ free: 0, A: 50, nobody: 10 }),
      ballots: approvalBallots(['free', 'A'], ['A']),
      budget: 100,
    });
    expect(outcome.selectedProjectIds).toEqual(['A']);
  });

  it('terminates where the reference loop would not (an unsupported project keeps fitting)', () => {
    const outcome = selectEqualShares({
      method: approval(1),
      projects: costs({ A: 50, Z: 10 }),
      ballots: approvalBallots(['A'], ['A']),
      budget: 100,
    });
    expect(outcome.selectedProjectIds).toEqual(['A']);
    expect(outcome.completionSteps).toBe(0);
  });

  it('pays in proportion to points on points ballots', () => {
    // B has 6 points of support against A's 4, so B comes first and v1 pays only 1/6 of it; A follows
    // once add1 has given v1 enough to pay A alone.
    const outcome = selectEqualShares({
      method: { kind: 'points', points: 5, maxPerProject: 5 },
      projects: costs({ A: 50, B: 50 }),
      ballots: [
        { choices: [{ projectId: 'A', points: 4 }, { projectId: 'B', points: 1 }] },
        { choices: [{ projectId: 'B', points: 5 }] },
      ],
      budget: 100,
    });
    expect(outcome.selectedProjectIds).toEqual(['B', 'A']);
  });

  it('handles decimal costs exactly', () => {
    const outcome = selectEqualShares({
      method: approval(1),
      projects: costs({ A: 33.34, B: 33.33, C: 33.33 }),
      ballots: approvalBallots(['A'], ['B'], ['C']),
      budget: 100,
    });
    expect([...outcome.selectedProjectIds].sort()).toEqual(['A', 'B', 'C']);
  });

  it('selects nothing without ballots and rejects invalid input', () => {
    expect(selectEqualShares({ method: approval(1), projects: costs({ A: 1 }), ballots: [], budget: 10 }).selectedProjectIds).toEqual([]);
    expect(() => selectEqualShares({ method: approval(1), projects: costs({ A: 1 }), ballots: [], budget: -1 })).toThrow(RangeError);
    expect(() =>
      selectEqualShares({ method: approval(1), projects: costs({ A: 1 }), ballots: approvalBallots(['A', 'A']), budget: 10 }),
    ).toThrow(InvalidBallotError);
  });

  it('property: agrees with a plain port of the reference, whatever the ballot order', () => {
    const random = createSeededRandom('equal-shares-property');
    const methods: BallotMethod[] = [
      { kind: 'approval', maxChoices: 6 },
      { kind: 'points', points: 18, maxPerProject: 3 },
      { kind: 'ranked', maxRanks: 6 },
    ];
    for (let round = 0; round < 150; round++) {
      const method = methods[round % methods.length];
      const projectCount = 1 + Math.floor(random() * 6);
      const projects = Array.from({ length: projectCount }, (_, i) => ({
        id: `p${i}`,
        cost: 1 + Math.floor(random() * 40) + (random() < 0.3 ? 0.5 : 0),
      }));
      const ballots: Ballot[] = Array.from({ length: 1 + Math.floor(random() * 8) }, () => {
        const ids = projects.map((p) => p.id).filter(() => random() < 0.5);
        const chosen = ids.length > 0 ? ids : [projects[Math.floor(random() * projectCount)].id];
        const ordered = [...chosen].sort(() => random() - 0.5);
        return {
          choices: ordered.map((projectId, index) =>
            method.kind === 'points'
              ? { projectId, points: 1 + Math.floor(random() * 3) }
              : method.kind === 'ranked'
                ? { projectId, rank: index + 1 }
                : { projectId },
          ),
        };
      });
      // The reference only terminates when every project has a supporter.
      const supported = new Set(ballots.flatMap((ballot) => ballot.choices.map((choice) => choice.projectId)));
      const instanceProjects = projects.filter((project) => supported.has(project.id));
      const budget = 10 + Math.floor(random() * 90);

      const completion = round % 2 === 0 ? 'add1' : 'add1-exhaustive';
      const outcome = selectEqualShares({ method, projects: instanceProjects, ballots, budget, completion });
      expect(outcome.selectedProjectIds).toEqual(referenceEqualShares(method, instanceProjects, ballots, budget, completion));
      const spent = outcome.selectedProjectIds.reduce(
        (sum, id) => sum.add(Rational.fromNumber(instanceProjects.find((p) => p.id === id)?.cost ?? NaN)),
        Rational.zero,
      );
      expect(spent.lessThanOrEqual(Rational.fromNumber(budget))).toBe(true);
      const shuffled = [...ballots].sort(() => random() - 0.5);
      expect(selectEqualShares({ method, projects: instanceProjects, ballots: shuffled, budget, completion })).toEqual(outcome);
    }
  });
});
