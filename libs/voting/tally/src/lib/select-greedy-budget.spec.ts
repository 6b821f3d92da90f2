import { createSeededRandom } from './lot';
import { Rational } from './rational';
import { selectGreedyBudget } from './select-greedy-budget';

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
    expect(selectGreedyBudget(rows(spec), budget).selectedProjectIds).toEqual(expected);
  });

  it('reports a score tie that decided the outcome, resolved by project id', () => {
    const outcome = selectGreedyBudget(rows({ b: [5, 60], a: [5, 60], c: [1, 10] }), 100);
    expect(outcome.selectedProjectIds).toEqual(['a', 'c']);
    expect(outcome.tieBreak).toEqual({
      tieAtCutoff: true,
      decisions: [
        {
          context: 'greedy-budget-order',
          projectIds: ['a', 'b'],
          selectedProjectIds: ['a'],
          notSelectedProjectIds: ['b'],
          decidedBy: 'project-id-order',
          score: 5,
        },
      ],
    });
  });

  it.each<[string, Record<string, [number, number]>]>([
    ['all tied projects fit', { a: [5, 30], b: [5, 30] }],
    ['no tied project fits in any order', { x: [9, 90], a: [5, 30], b: [5, 20] }],
    ['the skipped tied project could never fit', { a: [5, 60], b: [5, 101] }],
  ])('does not report a tie that changed nothing: %s', (_name, spec) => {
    expect(selectGreedyBudget(rows(spec), 100).tieBreak).toEqual({ tieAtCutoff: false, decisions: [] });
  });

  it.each([-1, NaN, Infinity])('rejects budget %p', (budget) => {
    expect(() => selectGreedyBudget(rows({ a: [1, 1] }), budget)).toThrow(RangeError);
  });

  it('property: within budget, exhaustive, by score, independent of input order', () => {
    const random = createSeededRandom('greedy-property');
    for (let round = 0; round < 300; round++) {
      const spec = Object.fromEntries(
        Array.from({ length: 1 + Math.floor(random() * 12) }, (_, i): [string, [number, number]] => [
          `p${i}`,
          [Math.floor(random() * 6), Math.round(random() * 5000) / 100],
        ]),
      );
      const budget = Math.round(random() * 10000) / 100;
      const outcome = selectGreedyBudget(rows(spec), budget);
      expect(selectGreedyBudget(rows(spec).reverse(), budget)).toEqual(outcome);

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
