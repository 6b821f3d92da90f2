import { createSeededRandom, drawLots } from './lot';
import { Rational } from './rational';
import { selectGreedyBudget, type GreedyOptions } from './select-greedy-budget';

type Row = { projectId: string; score: number; cost: number };
const rows = (spec: Record<string, [score: number, cost: number]>): Row[] =>
  Object.entries(spec).map(([projectId, [score, cost]]) => ({ projectId, score, cost }));

describe(selectGreedyBudget.name, () => {
  it.each<[string, Record<string, [number, number]>, number, string[]]>([
    ['everything fits', { a: [3, 10], b: [2, 10] }, 100, ['a', 'b']],
    ['skips what does not fit and continues', { a: [9, 60], b: [8, 50], c: [7, 30], d: [6, 20] }, 100, ['a', 'c']],
    ['exact fit is selected', { a: [9, 60], b: [8, 40] }, 100, ['a', 'b']],
    ['decimal costs fit to the cent', { a: [3, 0.1], b: [2, 0.2], c: [1, 0.7] }, 1, ['a', 'b', 'c']],
    ['a project costing more than the whole budget never wins', { a: [9, 101], b: [1, 1] }, 100, ['b']],
    ['zero-score projects are never selected', { a: [1, 10], b: [0, 1] }, 100, ['a']],
    ['free projects are selected', { a: [2, 100], b: [1, 0] }, 100, ['a', 'b']],
    ['zero budget', { a: [1, 1] }, 0, []],
  ])('%s', (_name, spec, budget, expected) => {
    expect(selectGreedyBudget(rows(spec), { budget }).selectedProjectIds).toEqual(expected);
  });

  it('reports a score tie that decided the outcome, resolved by the order of the project list', () => {
    // As pabulib's checker: a stable sort by score, so "1159" listed before "797" wins the tie, not "1159" < "797" as text.
    const outcome = selectGreedyBudget(rows({ '797': [5, 60], '1159': [5, 60], c: [1, 10] }), { budget: 100 });
    expect(outcome.selectedProjectIds).toEqual(['797', 'c']);
    expect(outcome.tieBreak).toEqual({
      tieAtCutoff: true,
      decisions: [
        {
          context: 'greedy-budget-order',
          projectIds: ['797', '1159'],
          selectedProjectIds: ['797'],
          notSelectedProjectIds: ['1159'],
          decidedBy: 'project-order',
          score: 5,
        },
      ],
    });
  });

  it('settles a tie by the published seed with tieBreak lot, whatever the order of the list', () => {
    const spec = { a: [5, 60], b: [5, 60], c: [5, 60], d: [1, 10] } as Record<string, [number, number]>;
    const options = { budget: 100, tieBreak: 'lot' as const, seed: 'wijk-2026' };
    const outcome = selectGreedyBudget(rows(spec), options);
    const [winner] = drawLots('wijk-2026', ['a', 'b', 'c'], 3);
    expect(outcome.selectedProjectIds).toEqual([winner, 'd']);
    expect(selectGreedyBudget(rows(spec).reverse(), options)).toEqual(outcome);
    expect(outcome.tieBreak.decisions[0]).toMatchObject({ decidedBy: 'lot', seed: 'wijk-2026', selectedProjectIds: [winner] });
    expect(() => selectGreedyBudget(rows(spec), { budget: 100, tieBreak: 'lot' })).toThrow(RangeError);
  });

  type Case = [name: string, spec: Record<string, [number, number]>, options: GreedyOptions, expected: string[]];
  it.each<Case>([
    // greedy-no-skip (pabulib checker, verify_greedy_no_skip_selected)
    ['no-skip stops at the first project that does not fit', { a: [9, 60], b: [8, 50], c: [7, 30] }, { budget: 100, onMisfit: 'stop' }, ['a']],
    ['no-skip selects an exact fit and goes on', { a: [9, 60], b: [8, 40], c: [7, 1] }, { budget: 100, onMisfit: 'stop' }, ['a', 'b']],
    ['no-skip is not stopped by a project below the threshold', { a: [9, 60], b: [2, 50], c: [7, 30] }, { budget: 100, onMisfit: 'stop', minScore: 5 }, ['a', 'c']],
    // greedy-threshold: the score must reach the threshold (>=)
    ['threshold: a score equal to it competes', { a: [10, 10], b: [9, 10] }, { budget: 100, minScore: 10 }, ['a']],
    ['threshold above every score selects nothing', { a: [3, 1] }, { budget: 100, minScore: 4 }, []],
    // greedy-exclusive
    ['exclusive: the better project of a group wins, the next one fits instead', { a: [9, 30], b: [8, 30], c: [7, 30] }, { budget: 60, exclusive: [['a', 'b']] }, ['a', 'c']],
    ['exclusive: a group whose first project did not fit still competes', { a: [9, 80], b: [8, 30], c: [7, 30] }, { budget: 60, exclusive: [['a', 'b']] }, ['b', 'c']],
    ['exclusive: a project may sit in two groups', { a: [9, 10], b: [8, 10], c: [7, 10], d: [6, 10] }, { budget: 100, exclusive: [['a', 'b'], ['b', 'c']] }, ['a', 'c', 'd']],
    // Poznań: fund the first misfit when 80 % of its cost is covered, then stop
    ['80 %: funded when what is left covers 80 %', { a: [9, 60], b: [8, 50], c: [7, 10] }, { budget: 100, onMisfit: 'stop-80' }, ['a', 'b']],
    ['80 %: stops without it below 80 %', { a: [9, 60], b: [8, 51], c: [7, 10] }, { budget: 100, onMisfit: 'stop-80' }, ['a']],
    // budgets per category
    ['per category: each category has its own budget', { g1: [9, 60], j1: [8, 30], g2: [7, 50], j2: [6, 30] }, { budget: 150, categoryBudgets: { g: 100, j: 50 } }, ['g1', 'j1']],
    ['per category with leftover fill: the rest funds what fits, by score', { g1: [9, 60], j1: [8, 30], g2: [7, 50], j2: [6, 30] }, { budget: 150, categoryBudgets: { g: 100, j: 50 }, leftover: 'fill' }, ['g1', 'j1', 'g2']],
    ['per category with no-skip: each category stops on its own', { g1: [9, 60], g2: [8, 50], j1: [7, 60], g3: [6, 10], j2: [5, 10] }, { budget: 200, categoryBudgets: { g: 100, j: 100 }, onMisfit: 'stop' }, ['g1', 'j1', 'j2']],
    ['no-skip with leftover fill continues after the stop', { a: [9, 60], b: [8, 50], c: [7, 30] }, { budget: 100, onMisfit: 'stop', leftover: 'fill' }, ['a', 'c']],
  ])('%s', (_name, spec, options, expected) => {
    const projects = rows(spec).map((row) => ({ ...row, category: row.projectId[0] }));
    expect(selectGreedyBudget(projects, options).selectedProjectIds).toEqual(expected);
  });

  it('leftover partial funds the best project left out with what is left', () => {
    const outcome = selectGreedyBudget(rows({ a: [9, 60], b: [8, 50], c: [7, 45.5] }), { budget: 100, leftover: 'partial', onMisfit: 'stop' });
    expect(outcome.selectedProjectIds).toEqual(['a']);
    expect(outcome.partialFunding).toEqual({ projectId: 'b', amount: 40 });
  });

  it('never selects a withdrawn project, and no-skip does not stop at it', () => {
    const projects = [...rows({ a: [9, 999999999], b: [8, 50] })];
    projects[0] = { ...projects[0], withdrawn: true } as (typeof projects)[number];
    expect(selectGreedyBudget(projects, { budget: 100, onMisfit: 'stop' }).selectedProjectIds).toEqual(['b']);
  });

  it('rejects a project without a category when budgets are per category', () => {
    expect(() => selectGreedyBudget(rows({ a: [1, 1] }), { budget: 10, categoryBudgets: { x: 10 } })).toThrow(RangeError);
  });

  it.each<[string, Record<string, [number, number]>]>([
    ['all tied projects fit', { a: [5, 30], b: [5, 30] }],
    ['no tied project fits in any order', { x: [9, 90], a: [5, 30], b: [5, 20] }],
    ['the skipped tied project could never fit', { a: [5, 60], b: [5, 101] }],
  ])('does not report a tie that changed nothing: %s', (_name, spec) => {
    expect(selectGreedyBudget(rows(spec), { budget: 100 }).tieBreak).toEqual({ tieAtCutoff: false, decisions: [] });
  });

  it.each([-1, NaN, Infinity])('rejects budget %p', (budget) => {
    expect(() => selectGreedyBudget(rows({ a: [1, 1] }), { budget })).toThrow(RangeError);
  });

  it('property: within budget, exhaustive, by score; with a draw for ties independent of input order', () => {
    const random = createSeededRandom('greedy-property');
    for (let round = 0; round < 300; round++) {
      const spec = Object.fromEntries(
        Array.from({ length: 1 + Math.floor(random() * 12) }, (_, i): [string, [number, number]] => [
          `p${i}`,
          [Math.floor(random() * 6), Math.round(random() * 5000) / 100],
        ]),
      );
      const budget = Math.round(random() * 10000) / 100;
      const options = { budget, tieBreak: 'lot' as const, seed: `round-${round}` };
      const outcome = selectGreedyBudget(rows(spec), options);
      expect(selectGreedyBudget(rows(spec).reverse(), options)).toEqual(outcome);

      const selected = new Set(outcome.selectedProjectIds);
      const spent = outcome.selectedProjectIds.reduce((sum, id) => sum.add(Rational.fromNumber(spec[id][1])), Rational.zero);
      const left = Rational.fromNumber(budget).sub(spent);
      expect(left.compare(Rational.zero)).toBeGreaterThanOrEqual(0);
      // Exhaustive: every project with votes that was left out costs more than what is left.
      const fitting = Object.keys(spec).filter(
        (id) => !selected.has(id) && spec[id][0] > 0 && Rational.fromNumber(spec[id][1]).lessThanOrEqual(left),
      );
      expect(fitting).toEqual([]);
      // Selection order follows the scores.
      const scores = outcome.selectedProjectIds.map((id) => spec[id][0]);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });
});
