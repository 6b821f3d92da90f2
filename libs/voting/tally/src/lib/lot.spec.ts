import { createSeededRandom, drawLots, hashString } from './lot';

describe(hashString.name, () => {
  // Published FNV-1a 32-bit test vectors, so anyone can check a draw with another implementation.
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('hashes %p to %p', (text, expected) => {
    expect(hashString(text)).toBe(expected);
  });

  it('hashes the UTF-8 bytes, so non-ASCII seeds are portable', () => {
    // "é" is the two bytes C3 A9.
    let expected = 0x811c9dc5;
    for (const byte of [0xc3, 0xa9]) expected = Math.imul(expected ^ byte, 0x01000193) >>> 0;
    expect(hashString('é')).toBe(expected);
    expect(hashString('😀')).not.toBe(hashString('\ud83d'));
  });
});

describe(createSeededRandom.name, () => {
  it('repeats the same sequence for the same seed and differs for another seed', () => {
    const take = (seed: string) => {
      const random = createSeededRandom(seed);
      return Array.from({ length: 5 }, () => random());
    };
    expect(take('x')).toEqual(take('x'));
    expect(take('x')).not.toEqual(take('y'));
    for (const value of take('range')) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

describe(drawLots.name, () => {
  it('is pinned: this seed and these projects always give these winners', () => {
    // Changing the algorithm would change published outcomes; this test makes that visible. The vectors
    // were checked against an independent port of the documented algorithm (Python).
    const ids = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'];
    expect(drawLots('wijkdeal', ids, 6)).toEqual(['p4', 'p5', 'p3', 'p2', 'p1', 'p6']);
    expect(drawLots('b', ids, 6)).toEqual(['p5', 'p3', 'p4', 'p1', 'p6', 'p2']);
    expect(drawLots('b', ids, 2)).toEqual(['p5', 'p3']);
  });

  it('does not depend on the order or repetition of the tied projects', () => {
    const random = createSeededRandom('lot-order');
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const expected = drawLots('seed', ids, 3);
    for (let round = 0; round < 50; round++) {
      const shuffled = [...ids, ...ids].sort(() => random() - 0.5);
      expect(drawLots('seed', shuffled, 3)).toEqual(expected);
    }
  });

  it('gives every tied project a fair chance over many seeds', () => {
    const wins = new Map<string, number>();
    for (let i = 0; i < 3000; i++) {
      const [winner] = drawLots(`seed-${i}`, ['a', 'b', 'c'], 1);
      wins.set(winner, (wins.get(winner) ?? 0) + 1);
    }
    for (const id of ['a', 'b', 'c']) {
      expect(wins.get(id)).toBeGreaterThan(850);
      expect(wins.get(id)).toBeLessThan(1150);
    }
  });

  it('returns distinct winners from the tied set', () => {
    const winners = drawLots('s', ['x', 'y', 'z'], 3);
    expect([...winners].sort()).toEqual(['x', 'y', 'z']);
    expect(drawLots('s', ['x', 'y'], 0)).toEqual([]);
  });

  it.each([-1, 4, 1.5])('rejects drawing %p of 3', (count) => {
    expect(() => drawLots('s', ['x', 'y', 'z'], count)).toThrow(RangeError);
  });
});
