/**
 * Exact rational numbers on BigInt. Money is compared exactly wherever a rule's outcome depends on an
 * equality: "does this cost still fit" (greedy) and, in the Method of Equal Shares, "can this voter still
 * pay her share" and "do two projects have the same effective vote count". With floating point these
 * tests flip on rounding noise (0.1 + 0.2 > 0.3), and an exactly affordable project — common once the
 * add1 completion raises budgets in whole currency units — could be dropped or a tie missed.
 * BigInt() calls instead of literals keep the code valid for ES2015 targets.
 */
const ZERO = BigInt(0);
const ONE = BigInt(1);
const TEN = BigInt(10);

function gcd(a: bigint, b: bigint): bigint {
  let x = a < ZERO ? -a : a;
  let y = b < ZERO ? -b : b;
  while (y !== ZERO) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

function pow10(exponent: number): bigint {
  let result = ONE;
  for (let i = 0; i < exponent; i++) result *= TEN;
  return result;
}

export class Rational {
  static readonly zero = new Rational(ZERO, ONE);

  private constructor(
    readonly num: bigint,
    /** Always positive. */
    readonly den: bigint,
  ) {}

  static of(num: bigint, den: bigint = ONE): Rational {
    if (den === ZERO) throw new RangeError('Division by zero');
    if (den < ZERO) {
      num = -num;
      den = -den;
    }
    const divisor = gcd(num, den);
    return divisor === ONE || divisor === ZERO ? new Rational(num, den) : new Rational(num / divisor, den / divisor);
  }

  static fromInteger(value: number): Rational {
    if (!Number.isSafeInteger(value)) throw new RangeError(`${value} is not a safe integer`);
    return new Rational(BigInt(value), ONE);
  }

  /**
   * The decimal a person typed: 1234.56 becomes 123456/100, not the binary double nearest to it.
   * Uses the shortest round-tripping decimal form of the number (what String() prints).
   */
  static fromNumber(value: number): Rational {
    if (!Number.isFinite(value)) throw new RangeError(`${value} is not a finite number`);
    const text = String(value);
    const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(text);
    if (match === null) throw new RangeError(`Cannot read ${text} as a decimal`);
    const [, sign, whole, fraction = '', exponentText = '0'] = match;
    const exponent = Number(exponentText) - fraction.length;
    let num = BigInt(whole + fraction);
    if (sign === '-') num = -num;
    return exponent >= 0 ? Rational.of(num * pow10(exponent)) : Rational.of(num, pow10(-exponent));
  }

  add(other: Rational): Rational {
    if (this.den === other.den) return Rational.of(this.num + other.num, this.den);
    return Rational.of(this.num * other.den + other.num * this.den, this.den * other.den);
  }

  sub(other: Rational): Rational {
    if (this.den === other.den) return Rational.of(this.num - other.num, this.den);
    return Rational.of(this.num * other.den - other.num * this.den, this.den * other.den);
  }

  mul(other: Rational): Rational {
    return Rational.of(this.num * other.num, this.den * other.den);
  }

  mulInteger(value: number): Rational {
    return Rational.of(this.num * BigInt(value), this.den);
  }

  div(other: Rational): Rational {
    return Rational.of(this.num * other.den, this.den * other.num);
  }

  divInteger(value: number): Rational {
    return Rational.of(this.num, this.den * BigInt(value));
  }

  compare(other: Rational): number {
    const left = this.num * other.den;
    const right = other.num * this.den;
    return left < right ? -1 : left > right ? 1 : 0;
  }

  lessThan(other: Rational): boolean {
    return this.compare(other) < 0;
  }

  lessThanOrEqual(other: Rational): boolean {
    return this.compare(other) <= 0;
  }

  greaterThan(other: Rational): boolean {
    return this.compare(other) > 0;
  }

  equals(other: Rational): boolean {
    return this.num === other.num && this.den === other.den;
  }

  isZero(): boolean {
    return this.num === ZERO;
  }

  /** Largest integer ≤ this. */
  floor(): bigint {
    const quotient = this.num / this.den;
    return this.num < ZERO && quotient * this.den !== this.num ? quotient - ONE : quotient;
  }

  /** Nearest double, read from a 17-digit decimal expansion so that exact decimals such as 1234.56 come back unchanged. */
  toNumber(): number {
    if (this.den === ONE) return Number(this.num);
    const negative = this.num < ZERO;
    const magnitude = negative ? -this.num : this.num;
    const whole = magnitude / this.den;
    const digits = ((magnitude - whole * this.den) * pow10(17)) / this.den;
    return Number(`${negative ? '-' : ''}${whole}.${digits.toString().padStart(17, '0')}`);
  }

  toString(): string {
    return this.den === ONE ? this.num.toString() : `${this.num}/${this.den}`;
  }
}

export function sumRationals(values: Iterable<Rational>): Rational {
  let total = Rational.zero;
  for (const value of values) total = total.add(value);
  return total;
}
