import { formatInZone, localToInstant, parseInstantWithOffset, zoneOffsetMs } from './amsterdam-time';

describe(localToInstant.name, () => {
  it.each([
    ['2027-07-01T12:00', 'earlier', '2027-07-01T10:00:00.000Z'],
    ['2027-01-15T09:30', 'earlier', '2027-01-15T08:30:00.000Z'],
    // The night summer time ends (last Sunday of October): 02:30 happens twice.
    ['2027-10-31T02:30', 'earlier', '2027-10-31T00:30:00.000Z'],
    ['2027-10-31T02:30', 'later', '2027-10-31T01:30:00.000Z'],
    ['2026-10-25T02:30', 'later', '2026-10-25T01:30:00.000Z'],
    ['2027-10-31T03:00', 'earlier', '2027-10-31T02:00:00.000Z'],
    // The night summer time starts: 02:30 does not exist and is read with the winter offset (03:30 CEST).
    ['2027-03-28T02:30', 'earlier', '2027-03-28T01:30:00.000Z'],
  ] as const)('%s (%s) is %s', (local, disambiguation, instant) => {
    expect(localToInstant(local, disambiguation).toISOString()).toBe(instant);
  });

  it('refuses what is not a local date-time', () => {
    expect(() => localToInstant('2027-02-30T10:00')).toThrow(RangeError);
    expect(() => localToInstant('2027-10-31T02:30+01:00')).toThrow(RangeError);
    expect(() => localToInstant('morgen')).toThrow(RangeError);
  });
});

describe(formatInZone.name, () => {
  it('shows the local time with the offset that held at that instant', () => {
    expect(formatInZone(new Date('2027-10-31T00:30:00Z'))).toBe('2027-10-31T02:30:00+02:00');
    expect(formatInZone(new Date('2027-10-31T01:30:00Z'))).toBe('2027-10-31T02:30:00+01:00');
    expect(formatInZone(new Date('2027-06-01T22:15:00Z'))).toBe('2027-06-02T00:15:00+02:00');
  });

  it('knows the offsets of Amsterdam in winter and summer', () => {
    expect(zoneOffsetMs(Date.parse('2027-01-01T00:00:00Z'))).toBe(3_600_000);
    expect(zoneOffsetMs(Date.parse('2027-07-01T00:00:00Z'))).toBe(7_200_000);
  });
});

describe(parseInstantWithOffset.name, () => {
  it('reads ISO 8601 with an offset and nothing else', () => {
    expect(parseInstantWithOffset('2027-10-31T02:30:00+01:00')?.toISOString()).toBe('2027-10-31T01:30:00.000Z');
    expect(parseInstantWithOffset('2027-10-31T01:30Z')?.toISOString()).toBe('2027-10-31T01:30:00.000Z');
    for (const text of ['2027-10-31T02:30', '2027-02-30T10:00:00+01:00', '2027-02-28T25:00:00+01:00', '31-10-2027 02:30', 42]) expect(parseInstantWithOffset(text)).toBeNull();
  });
});
