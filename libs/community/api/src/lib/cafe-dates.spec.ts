import { formatInZone } from '@wijkdeal/shared-contracts';
import { generateEvenings, lastWednesday } from './cafe-dates';

describe(lastWednesday.name, () => {
  it.each([
    [2026, 12, '2026-12-30'],
    [2027, 1, '2027-01-27'],
    [2027, 2, '2027-02-24'],
    [2027, 3, '2027-03-31'], // the month ends on a Wednesday
    [2027, 6, '2027-06-30'], // idem
    [2028, 2, '2028-02-23'], // leap year: 29 February is a Tuesday
    [2027, 10, '2027-10-27'],
  ])('%i-%i → %s', (year, month, expected) => {
    const date = lastWednesday(year, month);
    expect(date).toBe(expected);
    expect(new Date(`${date}T12:00:00Z`).getUTCDay()).toBe(3);
  });
});

describe(generateEvenings.name, () => {
  it('yields 24 evenings, one per month, each the last Wednesday, at 19:30 Amsterdam time in winter and summer', () => {
    const evenings = generateEvenings(new Date('2026-11-27T00:00:00Z'), 24);
    expect(evenings).toHaveLength(24);
    expect(evenings[0].month).toBe('2026-11');
    expect(evenings[23].month).toBe('2028-10');
    for (const evening of evenings) {
      const local = formatInZone(evening.startsAt);
      expect(local.slice(11, 16)).toBe('19:30');
      expect(new Date(evening.startsAt.getTime() + (local.endsWith('+02:00') ? 2 : 1) * 3_600_000).getUTCDay()).toBe(3);
      expect(evening.endsAt.getTime() - evening.startsAt.getTime()).toBe(2 * 3_600_000);
    }
    // March 2027 ends on a Wednesday (31st), after summer time began on Sunday the 28th: 19:30 CEST = 17:30 UTC.
    expect(evenings.find((e) => e.month === '2027-03')?.startsAt.toISOString()).toBe('2027-03-31T17:30:00.000Z');
    // 27 October 2027 is before the end of summer time (31st): still +02:00. November is winter time: +01:00.
    expect(formatInZone(evenings.find((e) => e.month === '2027-10')?.startsAt as Date)).toBe('2027-10-27T19:30:00+02:00');
    expect(formatInZone(evenings.find((e) => e.month === '2027-11')?.startsAt as Date)).toBe('2027-11-24T19:30:00+01:00');
  });
});
