import { describeMethod, describeSelection, describeTie } from './stemweek-texts';

describe(describeSelection.name, () => {
  it('says the rule in words in both languages, with the budget in euros and the seed of a draw', () => {
    expect(describeSelection({ rule: 'greedy-budget', budget: 100000 }).nl).toMatch(/€\s100\.000/);
    expect(describeSelection({ rule: 'greedy-budget', budget: 100000 }).en).toContain('€100,000');
    const lot = describeSelection({ rule: 'top-n', n: 10, tieBreak: 'lot', seed: 'abc123' });
    expect(lot.nl).toContain('geloot');
    expect(lot.nl).toContain('abc123');
    expect(describeSelection({ rule: 'top-n', n: 10, tieBreak: 'include-all' }).nl).toContain('allemaal gekozen');
    expect(describeSelection({ rule: 'equal-shares', budget: 5000 }).en).toContain('Method of Equal Shares');
  });
});

describe(describeMethod.name, () => {
  it('explains each method', () => {
    expect(describeMethod({ kind: 'approval', maxChoices: 5, minChoices: 2 }).nl).toBe('Kies minstens 2 en hoogstens 5 projecten die je steunt. Elk project dat je kiest, krijgt één stem.');
    expect(describeMethod({ kind: 'points', points: 10, maxPerProject: 4 }).en).toContain('at most 4 points per project');
    expect(describeMethod({ kind: 'ranked', maxRanks: 3 }).nl).toContain('1 is je eerste keus');
  });
});

describe(describeTie.name, () => {
  it('names the tied projects and how the tie was settled', () => {
    const titles: Record<string, string> = { a: 'Speeltuin', b: 'Bankjes', c: 'Bomen' };
    const text = describeTie(
      { context: 'top-n-cutoff', projectIds: ['a', 'b', 'c'], selectedProjectIds: ['b'], notSelectedProjectIds: ['a', 'c'], decidedBy: 'lot', score: 7, position: 2, places: 1, seed: 's33d' },
      (key) => ({ nl: titles[key], en: titles[key] }),
      { nl: 'stemmen', en: 'votes' },
    );
    expect(text.nl).toBe('Op plaats 2 stonden 3 projecten gelijk met 7 stemmen: Speeltuin, Bankjes en Bomen. Er was plaats voor 1. Er is geloot met de code s33d; gekozen: Bankjes.');
    expect(text.en).toContain('Speeltuin, Bankjes, and Bomen');
  });
});
