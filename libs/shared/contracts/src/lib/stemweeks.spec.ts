import { formatVotingCode, normalizeVotingCode } from './stemweeks';

describe(normalizeVotingCode.name, () => {
  it.each([
    ['7K2M-9XQ4-HB3D', '7K2M9XQ4HB3D'],
    ['7k2m9xq4hb3d', '7K2M9XQ4HB3D'],
    ['  7k2m 9xq4 - hb3d ', '7K2M9XQ4HB3D'],
    // Letters people confuse with digits are read as those digits.
    ['7K2M-9XQ4-HB3O', '7K2M9XQ4HB30'],
    ['IL2M-9XQ4-HB3D', '112M9XQ4HB3D'],
  ])('reads %j as %j', (input, expected) => {
    expect(normalizeVotingCode(input)).toBe(expected);
  });

  it.each(['', '7K2M-9XQ4-HB3', '7K2M-9XQ4-HB3DD', '7K2M-9XQ4-HBU3', '7K2M_9XQ4_HB3D', 'x'.repeat(100)])('refuses %j', (input) => {
    expect(normalizeVotingCode(input)).toBeNull();
  });
});

describe(formatVotingCode.name, () => {
  it('prints groups of four', () => {
    expect(formatVotingCode('7K2M9XQ4HB3D')).toBe('7K2M-9XQ4-HB3D');
  });
});
