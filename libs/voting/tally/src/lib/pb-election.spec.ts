import {
  compareOutcomes,
  createPbFile,
  pbBallotMethod,
  pbFileToElection,
  pbOfficialOutcome,
  pbRuleName,
  pbSelectionRule,
  pbVoteToBallot,
  type PbRuleNote,
} from './pb-election';
import { InvalidBallotError } from './errors';
import { parsePbFile, writePbFile, type PbFile } from './pb-file';
import { tallyBallots } from './tally';
import type { Ballot, BallotMethod, SelectionRule } from './types';

const fileWith = (meta: Record<string, string>, projectCount = 4): PbFile => ({
  meta,
  projectColumns: ['project_id', 'cost'],
  projects: Array.from({ length: projectCount }, (_, i) => ({ projectId: `p${i}`, cost: 10, extra: {} })),
  voteColumns: ['voter_id', 'vote'],
  votes: [],
});

describe(pbBallotMethod.name, () => {
  it.each<[Record<string, string>, BallotMethod]>([
    [{ vote_type: 'approval' }, { kind: 'approval', maxChoices: 4 }],
    [{ vote_type: 'approval', max_length: '5', min_length: '2' }, { kind: 'approval', maxChoices: 5, minChoices: 2 }],
    [{ vote_type: 'approval', max_length: '0', min_length: '0' }, { kind: 'approval', maxChoices: 4 }],
    [{ vote_type: 'choose-1', min_length: '1', max_length: '1' }, { kind: 'choose-1' }],
    [{ vote_type: 'cumulative', max_sum_points: '5' }, { kind: 'points', points: 5, maxPerProject: 5 }],
    [{ vote_type: 'cumulative', max_sum_points: '10', max_points: '3' }, { kind: 'points', points: 10, maxPerProject: 3 }],
    [{ vote_type: 'ordinal', max_length: '3' }, { kind: 'ranked', maxRanks: 3 }],
    [{ vote_type: 'ordinal' }, { kind: 'ranked', maxRanks: 4 }],
  ])('%j → %j', (meta, expected) => {
    expect(pbBallotMethod(fileWith(meta))).toEqual(expected);
  });

  it.each<[Record<string, string>, string]>([
    [{ vote_type: 'scoring' }, 'Unsupported vote_type "scoring"'],
    [{}, 'Unsupported vote_type ""'],
    [{ vote_type: 'cumulative' }, 'needs max_sum_points'],
    [{ vote_type: 'approval', max_length: 'five' }, 'META max_length "five" is not a number'],
  ])('rejects %j', (meta, message) => {
    expect(() => pbBallotMethod(fileWith(meta))).toThrow(message);
  });
});

describe(pbVoteToBallot.name, () => {
  const vote = { voterId: 'v', vote: ['b', 'a', 'c'], points: [3, 1, 1], extra: {} };

  it.each<[BallotMethod, Ballot]>([
    [
      { kind: 'ranked', maxRanks: 3 },
      { choices: [{ projectId: 'b', rank: 1 }, { projectId: 'a', rank: 2 }, { projectId: 'c', rank: 3 }] },
    ],
    [
      { kind: 'points', points: 5, maxPerProject: 5 },
      { choices: [{ projectId: 'b', points: 3 }, { projectId: 'a', points: 1 }, { projectId: 'c', points: 1 }] },
    ],
    [{ kind: 'approval', maxChoices: 3 }, { choices: [{ projectId: 'b' }, { projectId: 'a' }, { projectId: 'c' }] }],
  ])('maps a vote for %j', (method, expected) => {
    expect(pbVoteToBallot(method, vote)).toEqual(expected);
  });

  it('needs points for a points ballot', () => {
    expect(() => pbVoteToBallot({ kind: 'points', points: 5, maxPerProject: 5 }, { ...vote, points: undefined })).toThrow(
      'has no points',
    );
  });
});

describe(pbSelectionRule.name, () => {
  it.each<[Record<string, string>, SelectionRule | undefined, PbRuleNote[]]>([
    [{ rule: 'greedy' }, { rule: 'greedy-budget', budget: 100 }, []],
    [{ rule: 'greedy-no-skip', min_project_score_threshold: '50' }, { rule: 'greedy-budget', budget: 100, onMisfit: 'stop', minScore: 50 }, []],
    [{ rule: 'greedy-threshold', min_project_score_threshold: '30' }, { rule: 'greedy-budget', budget: 100, minScore: 30 }, []],
    [{ rule: 'greedy-threshold' }, { rule: 'greedy-budget', budget: 100 }, [{ code: 'THRESHOLD_MISSING' }]],
    [{ rule: 'greedy-exclusive' }, { rule: 'greedy-budget', budget: 100 }, [{ code: 'EXCLUSIONS_NOT_IN_FILE' }]],
    [{ rule: 'greedy-custom', unit: 'Poznań' }, { rule: 'greedy-budget', budget: 100, onMisfit: 'stop-80' }, []],
    [{ rule: 'greedy-custom', unit: 'Gdańsk' }, undefined, [{ code: 'RULE_CUSTOM' }]],
    [
      { rule: 'greedy', categories: 'Jeugd,Groen', budget_per_category: '60,40', leftover_budget: 'Fund additional projects that fit within leftover budget ordered by score' },
      { rule: 'greedy-budget', budget: 100, categoryBudgets: { Jeugd: 60, Groen: 40 }, leftover: 'fill' },
      [],
    ],
    [{ rule: 'greedy', leftover_budget: 'Fund one more project partially' }, { rule: 'greedy-budget', budget: 100, leftover: 'partial' }, []],
    [{ rule: 'greedy', leftover_budget: 'Kept for next year' }, { rule: 'greedy-budget', budget: 100 }, [{ code: 'LEFTOVER_UNKNOWN', text: 'Kept for next year' }]],
    [{ rule: 'equalshares' }, { rule: 'equal-shares', budget: 100, completion: 'none' }, []],
    [{ rule: 'equalshares-comparison' }, { rule: 'equal-shares', budget: 100, completion: 'none', comparison: true }, []],
    [{ rule: 'equalshares/add1' }, { rule: 'equal-shares', budget: 100, completion: 'add1' }, []],
    [{ rule: 'equalshares/add1-comparison' }, { rule: 'equal-shares', budget: 100, completion: 'add1', comparison: true }, []],
    [{ rule: 'unknown' }, undefined, [{ code: 'RULE_UNKNOWN', ruleName: 'unknown' }]],
    [{}, undefined, [{ code: 'RULE_UNKNOWN', ruleName: '' }]],
  ])('%j → %j', (meta, expected, expectedNotes) => {
    const notes: PbRuleNote[] = [];
    const file = fileWith({ vote_type: 'approval', budget: '100', ...meta });
    expect(pbSelectionRule(file, notes)).toEqual(expected);
    expect(notes).toEqual(expectedNotes);
    // pbRuleName is its inverse for the names that round-trip.
    if (expected?.rule === 'greedy-budget' && meta['rule'] !== 'greedy-exclusive' && expectedNotes.length === 0) {
      expect(pbRuleName(expected)).toBe(meta['rule']);
    }
  });

  it('rejects budgets per category that do not match the categories', () => {
    expect(() => pbSelectionRule(fileWith({ budget: '100', rule: 'greedy', categories: 'a', budget_per_category: '1,2' }))).toThrow(RangeError);
  });
});

describe(pbOfficialOutcome.name, () => {
  it("reads selected 1 as the rule's outcome and 2 and 3 as funded outside it; compareOutcomes shows the difference", () => {
    const file = parsePbFile(
      ['META', 'key;value', 'budget;10', 'vote_type;approval', 'rule;greedy', 'PROJECTS', 'project_id;cost;selected', 'a;1;1', 'b;1;2', 'c;1;3', 'd;1;0', 'VOTES', 'voter_id;vote', '1;a'].join('\n'),
    );
    const official = pbOfficialOutcome(file);
    expect(official).toEqual({ selectedProjectIds: ['a'], outsideRuleProjectIds: ['b', 'c'] });
    expect(pbFileToElection(file).notes).toEqual([{ code: 'SELECTED_OUTSIDE_RULE', projectIds: ['b', 'c'] }]);
    expect(compareOutcomes(['a', 'b'], ['b', 'd'])).toEqual({ same: false, missing: ['a'], extra: ['d'] });
    expect(compareOutcomes(['a', 'b'], ['b', 'a'])).toEqual({ same: true, missing: [], extra: [] });
  });
});

describe(pbFileToElection.name, () => {
  it('converts method, projects, ballots, budget and rule', () => {
    const file = parsePbFile(
      [
        'META',
        'key;value',
        'budget;250,5',
        'vote_type;ordinal',
        'max_length;2',
        'rule;greedy',
        'PROJECTS',
        'project_id;cost',
        'a;100,25',
        'b;50',
        'VOTES',
        'voter_id;vote',
        '1;b,a',
        '2;a',
      ].join('\n'),
    );
    expect(pbFileToElection(file)).toEqual({
      method: { kind: 'ranked', maxRanks: 2 },
      projects: [
        { id: 'a', cost: 100.25 },
        { id: 'b', cost: 50 },
      ],
      ballots: [
        { choices: [{ projectId: 'b', rank: 1 }, { projectId: 'a', rank: 2 }] },
        { choices: [{ projectId: 'a', rank: 1 }] },
      ],
      budget: 250.5,
      rule: { rule: 'greedy-budget', budget: 250.5 },
      ruleName: 'greedy',
      notes: [],
    });
  });

  it('leaves the rule open when the file does not name one we implement', () => {
    const election = pbFileToElection(fileWith({ vote_type: 'approval', budget: '10', rule: 'unknown' }));
    expect(election.rule).toBeUndefined();
    expect(election.ruleName).toBe('unknown');
  });

  it('needs a budget', () => {
    expect(() => pbFileToElection(fileWith({ vote_type: 'approval' }))).toThrow('META has no budget');
  });
});

describe(createPbFile.name, () => {
  const projects = [
    { id: 'p1', cost: 1200.5, name: 'Speeltuin; groot', category: 'spelen' },
    { id: 'p2', cost: 800, name: 'Bankjes' },
    { id: 'p3', cost: 300 },
  ];

  it.each<[BallotMethod, Ballot[], SelectionRule]>([
    [
      { kind: 'approval', maxChoices: 2, minChoices: 1 },
      [{ choices: [{ projectId: 'p1' }, { projectId: 'p3' }] }, { choices: [{ projectId: 'p2' }] }],
      { rule: 'greedy-budget', budget: 2000 },
    ],
    [{ kind: 'choose-1' }, [{ choices: [{ projectId: 'p3' }] }], { rule: 'equal-shares', budget: 2000, completion: 'add1' }],
    [
      { kind: 'points', points: 5, maxPerProject: 3 },
      [{ choices: [{ projectId: 'p2', points: 3 }, { projectId: 'p1', points: 2 }] }],
      { rule: 'greedy-budget', budget: 2000 },
    ],
    [
      { kind: 'ranked', maxRanks: 3 },
      [{ choices: [{ projectId: 'p2', rank: 2 }, { projectId: 'p1', rank: 1 }] }, { choices: [{ projectId: 'p3', rank: 1 }] }],
      { rule: 'equal-shares', budget: 2000, completion: 'add1' },
    ],
  ])('round-trips a %j election through a written .pb file', (method, ballots, rule) => {
    const result = tallyBallots({ method, projects, ballots, rule });
    const text = writePbFile(createPbFile({ method, projects, ballots, budget: 2000, rule, result, meta: { description: 'Test' } }));
    const file = parsePbFile(text);
    const election = pbFileToElection(file);

    expect(election.method).toEqual(method);
    expect(election.projects).toEqual(projects.map(({ id, cost }) => ({ id, cost })));
    expect(election.rule).toEqual(rule);
    // Ranked choices come back in rank order, which is the same ballot.
    const sortByRank = (list: Ballot[]) =>
      list.map((ballot) => ({ choices: [...ballot.choices].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)) }));
    expect(election.ballots).toEqual(sortByRank(ballots));
    expect(file.meta).toMatchObject({ description: 'Test', num_projects: '3', num_votes: String(ballots.length), budget: '2000' });
    for (const row of result.projects) {
      const project = file.projects.find((p) => p.projectId === row.projectId);
      expect(project).toMatchObject({ votes: row.votes, score: row.score, selected: row.selected ? 1 : 0 });
    }
    expect(file.projects[0].extra).toEqual({ name: 'Speeltuin; groot', category: 'spelen' });
    expect(file.projects[2].extra).toEqual({ name: '', category: '' });
    // The file's own rule reproduces the same result.
    expect(tallyBallots({ ...election, rule: election.rule ?? rule })).toEqual(result);
  });

  it('writes top-n as rule unknown (pabulib has no name for it) and numbers voters from 1', () => {
    const file = createPbFile({
      method: { kind: 'choose-1' },
      projects,
      ballots: [{ choices: [{ projectId: 'p1' }] }],
      budget: 10,
      rule: { rule: 'top-n', tieBreak: 'include-all' },
    });
    expect(file.meta['rule']).toBe('unknown');
    expect(file.votes[0].voterId).toBe('1');
    expect(file.projectColumns).toEqual(['project_id', 'cost', 'name', 'category']);
  });
});

describe('what the .pb format allows', () => {
  const pb = (meta: string[], projects: string[], votes: string[], voteHeader = 'voter_id;vote;points') =>
    parsePbFile(['META', 'key;value', ...meta, 'PROJECTS', 'project_id;cost', ...projects, 'VOTES', voteHeader, ...votes].join('\n'));
  const count = (file: PbFile) => {
    const election = pbFileToElection(file);
    const { projects } = tallyBallots({ ...election, rule: { rule: 'top-n', n: 1, tieBreak: 'include-all' } });
    return projects.map(({ projectId, votes, score }) => ({ projectId, votes, score })).sort((a, b) => (a.projectId < b.projectId ? -1 : 1));
  };

  it('counts cumulative ballots with 0 points (no support) and decimal points', () => {
    // Switzerland_Zurich_S5D10.pb has 0-point entries; the format allows any non-negative points.
    const file = pb(['budget;10', 'vote_type;cumulative', 'max_sum_points;10'], ['a;1', 'b;1'], ['1;a,b;0,2.5', '2;a;1.5']);
    expect(count(file)).toEqual([
      { projectId: 'a', votes: 1, score: 1.5 },
      { projectId: 'b', votes: 1, score: 2.5 },
    ]);
  });

  it('reads upper-case values of vote_type and rule', () => {
    const election = pbFileToElection(pb(['budget;10', 'vote_type;Approval', 'rule;GREEDY'], ['a;1'], ['1;a'], 'voter_id;vote'));
    expect(election.method.kind).toBe('approval');
    expect(election.rule).toEqual({ rule: 'greedy-budget', budget: 10 });
  });

  it('scores ordinal ballots with their own points when the file gives them', () => {
    // Ruda Śląska: rank up to 4, the city gives 4/3/2/1 points by position, recorded in `points`.
    const file = pb(['budget;10', 'vote_type;ordinal', 'max_length;4'], ['a;1', 'b;1', 'c;1'], ['1;a,b;4,3', '2;b,c,a;4,3,2']);
    expect(count(file)).toEqual([
      { projectId: 'a', votes: 2, score: 6 },
      { projectId: 'b', votes: 2, score: 7 },
      { projectId: 'c', votes: 1, score: 3 },
    ]);
  });

  it('checks max_sum_cost and min_sum_points like the other bounds', () => {
    const approval = pbFileToElection(pb(['budget;10', 'vote_type;approval', 'max_sum_cost;5'], ['a;3', 'b;3'], ['1;a,b'], 'voter_id;vote'));
    expect(approval.method).toEqual({ kind: 'approval', maxChoices: 2, maxCost: 5 });
    expect(() => tallyBallots({ ...approval, rule: { rule: 'greedy-budget', budget: 10 } })).toThrow(InvalidBallotError);
    const cumulative = pbFileToElection(pb(['budget;10', 'vote_type;cumulative', 'max_sum_points;5', 'min_sum_points;3'], ['a;1'], ['1;a;2']));
    expect(cumulative.method).toMatchObject({ kind: 'points', points: 5, minPoints: 3 });
    expect(() => tallyBallots({ ...cumulative, rule: { rule: 'greedy-budget', budget: 10 } })).toThrow(InvalidBallotError);
  });

  it('lenient mode reports invalid ballots (duplicates, empty) and leaves them out instead of throwing or counting twice', () => {
    const election = pbFileToElection(pb(['budget;10', 'vote_type;approval'], ['a;1', 'b;1'], ['1;a,a', '2;', '3;b'], 'voter_id;vote'));
    expect(() => tallyBallots({ ...election, rule: { rule: 'greedy-budget', budget: 10 } })).toThrow(InvalidBallotError);
    const result = tallyBallots({ ...election, rule: { rule: 'greedy-budget', budget: 10 }, invalidBallots: 'report' });
    expect(result.ballots).toBe(1);
    expect(result.invalidBallots).toEqual([
      { ballotIndex: 0, problems: [{ code: 'DUPLICATE_PROJECT', projectId: 'a' }] },
      { ballotIndex: 1, problems: [{ code: 'EMPTY_BALLOT' }] },
    ]);
    expect(result.projects.map(({ projectId, votes }) => ({ projectId, votes }))).toEqual([
      { projectId: 'b', votes: 1 },
      { projectId: 'a', votes: 0 },
    ]);
  });
});
