import { Rational, sumRationals } from './rational';

describe(Rational.name, () => {
  describe(Rational.fromNumber.name, () => {
    it.each([
      [0, '0'],
      [1234, '1234'],
      [1234.56, '30864/25'],
      [0.1, '1/10'],
      [-2.5, '-5/2'],
      [1e21, '1000000000000000000000'],
      [1.5e-7, '3/20000000'],
    ])('reads %p as the decimal %s', (value, expected) => {
      expect(Rational.fromNumber(value).toString()).toBe(expected);
    });

    it.each([NaN, Infinity, -Infinity])('rejects %p', (value) => {
      expect(() => Rational.fromNumber(value)).toThrow(RangeError);
    });
  });

  it('adds decimals exactly where floating point does not', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    const sum = Rational.fromNumber(0.1).add(Rational.fromNumber(0.2));
    expect(sum.equals(Rational.fromNumber(0.3))).toBe(true);
    expect(sum.toNumber()).toBe(0.3);
  });

  it.each([
    ['7/2', 3, 3.5],
    ['-7/2', -4, -3.5],
    ['6/3', 2, 2],
    ['-1/3', -1, -1 / 3],
  ])('%s has floor %p and is about %p', (text, floor, approx) => {
    const [num, den] = text.split('/').map((part) => BigInt(part));
    const value = Rational.of(num, den);
    expect(Number(value.floor())).toBe(floor);
    expect(value.toNumber()).toBeCloseTo(approx, 15);
  });

  it('compares, multiplies and divides exactly', () => {
    const third = Rational.of(BigInt(1), BigInt(3));
    expect(third.mulInteger(3).equals(Rational.fromInteger(1))).toBe(true);
    expect(third.divInteger(2).equals(Rational.of(BigInt(1), BigInt(6)))).toBe(true);
    expect(third.mul(third).div(third).equals(third)).toBe(true);
    expect(third.lessThan(Rational.fromNumber(0.3334))).toBe(true);
    expect(third.greaterThan(Rational.fromNumber(0.3333))).toBe(true);
    expect(third.sub(third).isZero()).toBe(true);
    expect(sumRationals([third, third, third]).toString()).toBe('1');
    expect(() => Rational.of(BigInt(1), BigInt(0))).toThrow(RangeError);
  });

  it('keeps precision when converting large fractions back to numbers', () => {
    const big = Rational.of(BigInt('123456789012345678901234567890'), BigInt('1000000000000000000000'));
    expect(big.toNumber()).toBeCloseTo(123456789.01234567, 6);
  });
});
