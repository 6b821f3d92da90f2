import { drawLots, createSeededRandom } from './lot';
import { selectTopN } from './select-top-n';
import type { TopNRule } from './types';

const rows = (scores: Record<string, number>) =>
  Object.entries(scores).map(([projectId, score]) => ({ projectId, score }));

describe(selectTopN.name, () => {
  it.each<[string, Record<string, number>, TopNRule, string[]]>([
    ['clear cut', { a: 9, b: 8, c: 7, d: 6 }, { rule: 'top-n', n: 2, tieBreak: 'include-all' }, ['a', 'b']],
    ['fewer projects than N', { a: 9, b: 8 }, { rule: 'top-n', n: 5, tieBreak: 'include-all' }, ['a', 'b']],
    ['zero scores never win', { a: 9, b: 0, c: 0 }, { rule: 'top-n', n: 2, tieBreak: 'include-all' }, ['a']],
    ['tie above the cut-off is harmless', { a: 9, b: 9, c: 7 }, { rule: 'top-n', n: 2, tieBreak: 'lot', seed: 's' }, ['a', 'b']],
    ['tie below the cut-off is harmless', { a: 9, b: 7, c: 7 }, { rule: 'top-n', n: 1, tieBreak: 'include-all' }, ['a']],
    ['include-all selects more than N', { a: 9, b: 7, c: 7, d: 7, e: 1 }, { rule: 'top-n', n: 2, tieBreak: 'include-all' }, ['a', 'b', 'c', 'd']],
  ])('%s', (_name, scores, rule, expected) => {
    expect(selectTopN(rows(scores), rule).selectedProjectIds).toEqual(expected);
  });

  it('project-order gives the places at the cut-off to the tied projects listed first', () => {
    const outcome = selectTopN(rows({ a: 9, '797': 7, '1159': 7, d: 1 }), { rule: 'top-n', n: 2, tieBreak: 'project-order' });
    expect(outcome.selectedProjectIds).toEqual(['a', '797']);
    expect(outcome.tieBreak.decisions[0]).toMatchObject({ decidedBy: 'project-order', notSelectedProjectIds: ['1159'], places: 1 });
  });

  it('defaults to N = 10', () => {
    const scores = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`p${String(i).padStart(2, '0')}`, 100 - i]));
    expect(selectTopN(rows(scores), { rule: 'top-n', tieBreak: 'include-all' }).selectedProjectIds).toHaveLength(10);
  });

  it('reports a tie at the cut-off settled by include-all', () => {
    const outcome = selectTopN(rows({ a: 9, c: 7, b: 7, d: 1 }), { rule: 'top-n', n: 2, tieBreak: 'include-all' });
    expect(outcome.tieBreak).toEqual({
      tieAtCutoff: true,
      decisions: [
        {
          context: 'top-n-cutoff',
          projectIds: ['b', 'c'],
          selectedProjectIds: ['b', 'c'],
          notSelectedProjectIds: [],
          decidedBy: 'include-all',
          score: 7,
          position: 2,
          places: 1,
        },
      ],
    });
  });

  it('settles a tie at the cut-off by the seeded lot and reports the seed', () => {
    const rule: TopNRule = { rule: 'top-n', n: 3, tieBreak: 'lot', seed: 'published-2025-03-01' };
    const outcome = selectTopN(rows({ a: 9, b: 5, c: 5, d: 5, e: 5, f: 1 }), rule);
    const drawn = drawLots('published-2025-03-01', ['b', 'c', 'd', 'e'], 2);
    expect(outcome.selectedProjectIds).toEqual(['a', ...drawn]);
    expect(outcome.tieBreak.seed).toBe('published-2025-03-01');
    expect(outcome.tieBreak.decisions[0]).toMatchObject({
      decidedBy: 'lot',
      seed: 'published-2025-03-01',
      projectIds: ['b', 'c', 'd', 'e'],
      selectedProjectIds: drawn,
      places: 2,
      position: 3,
    });
    expect(outcome.tieBreak.decisions[0].notSelectedProjectIds).toHaveLength(2);
  });

  it.each<TopNRule>([
    { rule: 'top-n', n: 0, tieBreak: 'include-all' },
    { rule: 'top-n', n: 2.5, tieBreak: 'include-all' },
    { rule: 'top-n', n: 2, tieBreak: 'lot' },
    { rule: 'top-n', n: 2, tieBreak: 'lot', seed: '' },
  ])('rejects %j', (rule) => {
    expect(() => selectTopN(rows({ a: 1 }), rule)).toThrow(RangeError);
  });

  it('property: same seed and same tied projects give the same winners, whatever the input order', () => {
    const random = createSeededRandom('top-n-property');
    for (let round = 0; round < 100; round++) {
      const scores = Object.fromEntries(
        Array.from({ length: 2 + Math.floor(random() * 10) }, (_, i) => [`p${i}`, Math.floor(random() * 4)]),
      );
      const n = 1 + Math.floor(random() * 5);
      for (const tieBreak of ['lot', 'include-all'] as const) {
        const rule: TopNRule = { rule: 'top-n', n, tieBreak, seed: `seed-${round}` };
        const outcome = selectTopN(rows(scores), rule);
        const shuffled = selectTopN(rows(scores).sort(() => random() - 0.5), rule);
        // The winners, not their listing order among equal scores (that follows the project list).
        expect({ ...shuffled, selectedProjectIds: [...shuffled.selectedProjectIds].sort() }).toEqual({
          ...outcome,
          selectedProjectIds: [...outcome.selectedProjectIds].sort(),
        });
        const positive = Object.values(scores).filter((score) => score > 0).length;
        const count = outcome.selectedProjectIds.length;
        // Exactly min(N, candidates) unless include-all had to let a whole tie in.
        const exact = tieBreak === 'lot' || !outcome.tieBreak.tieAtCutoff;
        expect(exact ? count === Math.min(n, positive) : count > n).toBe(true);
        // Every selected project scores at least as high as every project left out.
        const selected = new Set(outcome.selectedProjectIds);
        const lowestIn = Math.min(...outcome.selectedProjectIds.map((id) => scores[id]));
        const highestOut = Math.max(0, ...Object.keys(scores).filter((id) => !selected.has(id)).map((id) => scores[id]));
        expect(count === 0 || lowestIn >= highestOut).toBe(true);
      }
    }
  });
});
