import { createSeededRandom } from './lot';
import { compareProjectIds, rankCompetition } from './rank';

describe(rankCompetition.name, () => {
  it.each([
    {
      name: 'competition ranking 1-2-2-4',
      scores: { a: 10, b: 7, c: 7, d: 3 },
      expected: [
        ['a', 1, false],
        ['b', 2, true],
        ['c', 2, true],
        ['d', 4, false],
      ],
    },
    {
      name: 'all tied',
      scores: { z: 1, y: 1, x: 1 },
      expected: [
        ['x', 1, true],
        ['y', 1, true],
        ['z', 1, true],
      ],
    },
    {
      name: 'tie at the top, zero at the bottom',
      scores: { p2: 5, p1: 5, p3: 0 },
      expected: [
        ['p1', 1, true],
        ['p2', 1, true],
        ['p3', 3, false],
      ],
    },
    { name: 'nothing to rank', scores: {}, expected: [] },
  ])('$name', ({ scores, expected }) => {
    const rows = Object.entries(scores).map(([projectId, score]) => ({ projectId, score }));
    expect(rankCompetition(rows).map((row) => [row.projectId, row.rank, row.tied])).toEqual(expected);
  });

  it('orders equal scores by project id in code-unit order, independent of locale', () => {
    const rows = ['9', '10', 'B', 'a', 'É'].map((projectId) => ({ projectId, score: 1 }));
    expect(rankCompetition(rows).map((row) => row.projectId)).toEqual(['10', '9', 'B', 'a', 'É']);
    expect(compareProjectIds('10', '9')).toBeLessThan(0);
    expect(compareProjectIds('a', 'a')).toBe(0);
  });

  it('keeps the other fields of a row', () => {
    expect(rankCompetition([{ projectId: 'x', score: 2, cost: 5 }])).toEqual([
      { projectId: 'x', score: 2, cost: 5, rank: 1, tied: false },
    ]);
  });

  it('rejects a non-finite score', () => {
    expect(() => rankCompetition([{ projectId: 'x', score: NaN }])).toThrow(RangeError);
  });

  it('property: rank = 1 + number of strictly higher scores, tied = score shared, input order irrelevant', () => {
    const random = createSeededRandom('rank-property');
    for (let round = 0; round < 200; round++) {
      const count = Math.floor(random() * 12);
      const rows = Array.from({ length: count }, (_, i) => ({ projectId: `p${i}`, score: Math.floor(random() * 5) }));
      const ranked = rankCompetition(rows);
      for (const row of ranked) {
        expect(row.rank).toBe(1 + rows.filter((other) => other.score > row.score).length);
        expect(row.tied).toBe(rows.filter((other) => other.score === row.score).length > 1);
      }
      const shuffled = [...rows].sort(() => random() - 0.5);
      expect(rankCompetition(shuffled)).toEqual(ranked);
    }
  });
});
