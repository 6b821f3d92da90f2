import { validateSync } from 'class-validator';
import { isDatabaseUnavailable } from './error.filter';
import { inputProblems, IsCalendarDate } from './validation';

class Dated {
  @IsCalendarDate()
  on!: unknown;
}

describe(IsCalendarDate.name, () => {
  it.each([
    ['2027-05-01', true],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['2027-02-29', false],
    ['1900-02-29', false],
    ['2027-02-30', false],
    ['2027-13-01', false],
    ['0000-01-01', false],
    ['2027-W01-1', false],
    ['2027-05', false],
    ['2027', false],
    ['-2027-05-01', false],
    ['+002027-05-01', false],
    ['2027-05-01T00:00:00Z', false],
    [20270501, false],
  ])('%s is a date PostgreSQL reads as meant: %s', (on, valid) => {
    const dated = Object.assign(new Dated(), { on });
    expect(validateSync(dated).length === 0).toBe(valid);
  });
});

describe(inputProblems.name, () => {
  it('finds lone surrogates in values and keys, prototype keys anywhere, and too deep nesting', () => {
    expect(inputProblems({ a: 'fine 😀', b: ['x', { c: 1 }] })).toEqual([]);
    expect(inputProblems({ a: 'x\ud800' })).toEqual([{ field: 'a', reason: 'loneSurrogate' }]);
    expect(inputProblems({ a: { '\udc00': 1 } })).toEqual([{ field: 'a', reason: 'loneSurrogate' }]);
    expect(inputProblems(JSON.parse('{"a":{"__proto__":{"x":1}},"toString":1}'))).toEqual([
      { field: 'a.__proto__', reason: 'unknownField' },
      { field: 'toString', reason: 'unknownField' },
    ]);
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i += 1) deep = [deep];
    expect(inputProblems(deep)).toEqual([{ field: expect.any(String), reason: 'tooDeep' }]);
    expect(inputProblems('\ud800')).toEqual([{ reason: 'loneSurrogate' }]);
  });
});

describe(isDatabaseUnavailable.name, () => {
  it('tells a database that is away from a query that is wrong', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDatabaseUnavailable({ message: 'Query failed', driverError: { code: '57P01', message: 'terminating connection due to administrator command' } })).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseUnavailable({ message: 'duplicate key', driverError: { code: '23505' } })).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'nl')"))).toBe(false);
  });
});
