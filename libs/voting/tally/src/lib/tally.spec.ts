import { InvalidBallotError } from './errors';
import { createSeededRandom } from './lot';
import { tallyBallots } from './tally';
import type { Ballot, BallotMethod, SelectionRule, TallyProject } from './types';

const projects: TallyProject[] = [
  { id: 'speeltuin', cost: 40000 },
  { id: 'bankjes', cost: 5000.5 },
  { id: 'bomen', cost: 30000 },
  { id: 'buurtfeest', cost: 2500 },
];
const approvalBallots = (...lists: string[][]): Ballot[] =>
  lists.map((ids) => ({ choices: ids.map((projectId) => ({ projectId })) }));
const method: BallotMethod = { kind: 'approval', maxChoices: 2 };
const ballots = approvalBallots(
  ['speeltuin', 'bomen'],
  ['speeltuin', 'bankjes'],
  ['speeltuin'],
  ['bomen', 'bankjes'],
  ['bomen'],
  ['buurtfeest'],
);

describe(tallyBallots.name, () => {
  it('scores, ranks and selects in one call (greedy-budget)', () => {
    const result = tallyBallots({ method, projects, ballots, rule: { rule: 'greedy-budget', budget: 50000 } });
    expect(result.ballots).toBe(6);
    expect(result.projects).toEqual([
      { projectId: 'bomen', votes: 3, score: 3, cost: 30000, rank: 1, tied: true, selected: false },
      { projectId: 'speeltuin', votes: 3, score: 3, cost: 40000, rank: 1, tied: true, selected: true },
      { projectId: 'bankjes', votes: 2, score: 2, cost: 5000.5, rank: 3, tied: false, selected: true },
      { projectId: 'buurtfeest', votes: 1, score: 1, cost: 2500, rank: 4, tied: false, selected: true },
    ]);
    expect(result.selectedProjectIds).toEqual(['speeltuin', 'bankjes', 'buurtfeest']);
    expect(result.selectedCost).toBe(47500.5);
    // bomen and speeltuin tie; speeltuin is listed first (the ranking lists ties by id, the rule by the list).
    expect(result.tieBreak.decisions).toEqual([
      {
        context: 'greedy-budget-order',
        projectIds: ['speeltuin', 'bomen'],
        selectedProjectIds: ['speeltuin'],
        notSelectedProjectIds: ['bomen'],
        decidedBy: 'project-order',
        score: 3,
      },
    ]);
    expect(result.equalShares).toBeUndefined();
  });

  it('top-n with include-all selects the whole tie', () => {
    const result = tallyBallots({ method, projects, ballots, rule: { rule: 'top-n', n: 1, tieBreak: 'include-all' } });
    expect(result.selectedProjectIds).toEqual(['bomen', 'speeltuin']);
    expect(result.tieBreak.tieAtCutoff).toBe(true);
    expect(result.projects.filter((row) => row.selected).map((row) => row.projectId)).toEqual(['bomen', 'speeltuin']);
  });

  it('top-n with lot reports the seed', () => {
    const result = tallyBallots({ method, projects, ballots, rule: { rule: 'top-n', n: 1, tieBreak: 'lot', seed: 'x' } });
    expect(result.selectedProjectIds).toHaveLength(1);
    expect(result.tieBreak.seed).toBe('x');
  });

  it('equal-shares adds the completion details', () => {
    const result = tallyBallots({ method, projects, ballots, rule: { rule: 'equal-shares', budget: 60000 } });
    expect(result.equalShares).toEqual({ virtualBudget: expect.any(Number), completionSteps: expect.any(Number) });
    expect(result.selectedCost).toBeLessThanOrEqual(60000);
    expect(result.projects.filter((row) => row.selected)).toHaveLength(result.selectedProjectIds.length);
  });

  it('refuses invalid ballots instead of counting them', () => {
    const bad = [...ballots, ...approvalBallots(['speeltuin', 'bomen', 'bankjes'])];
    expect(() => tallyBallots({ method, projects, ballots: bad, rule: { rule: 'greedy-budget', budget: 1 } })).toThrow(
      InvalidBallotError,
    );
  });

  it('property: same ballots in any order give the same result, for every method and rule', () => {
    const random = createSeededRandom('tally-property');
    const methods: BallotMethod[] = [
      { kind: 'approval', maxChoices: 3 },
      { kind: 'choose-1' },
      { kind: 'points', points: 10, maxPerProject: 4 },
      { kind: 'ranked', maxRanks: 3 },
    ];
    const rules: SelectionRule[] = [
      { rule: 'top-n', n: 2, tieBreak: 'lot', seed: 'published' },
      { rule: 'top-n', n: 2, tieBreak: 'include-all' },
      { rule: 'greedy-budget', budget: 600 },
      { rule: 'equal-shares', budget: 600 },
    ];
    // Small amounts keep the add1 completion (one run per currency unit per voter) short.
    const small = projects.map((project) => ({ ...project, cost: project.cost / 100 }));
    for (let round = 0; round < 40; round++) {
      const ballotMethod = methods[round % methods.length];
      const list: Ballot[] = Array.from({ length: 1 + Math.floor(random() * 25) }, () => {
        const max = ballotMethod.kind === 'choose-1' ? 1 : 3;
        const ids = small
          .map((p) => p.id)
          .sort(() => random() - 0.5)
          .slice(0, 1 + Math.floor(random() * max));
        return {
          choices: ids.map((projectId, index) =>
            ballotMethod.kind === 'points'
              ? { projectId, points: 1 + Math.floor(random() * 3) }
              : ballotMethod.kind === 'ranked'
                ? { projectId, rank: index + 1 }
                : { projectId },
          ),
        };
      });
      for (const rule of rules) {
        const result = tallyBallots({ method: ballotMethod, projects: small, ballots: list, rule });
        const shuffled = [...list].sort(() => random() - 0.5);
        expect(tallyBallots({ method: ballotMethod, projects: small, ballots: shuffled, rule })).toEqual(result);
        expect(tallyBallots({ method: ballotMethod, projects: small, ballots: list, rule })).toEqual(result);
        const ranks = result.projects.map((row) => row.rank);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }
    }
  });
});
