import { normalizeHouseNumber, normalizePostcode } from './postcode';
import { excerpt } from './text';

describe(normalizePostcode.name, () => {
  it.each([
    ['9721 PE', '9721 PE'],
    ['9721pe', '9721 PE'],
    ['  9721   pE ', '9721 PE'],
    ['1011AB', '1011 AB'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalizePostcode(input)).toBe(expected);
  });

  it.each(['0721 PE', '972 PE', '9721 P', '9721 SS', '9721 SA', '9721 SD', '9721-PE', 'PE 9721', ''])('refuses %j', (input) => {
    expect(normalizePostcode(input)).toBeNull();
  });
});

describe(normalizeHouseNumber.name, () => {
  it.each([
    ['109', '109'],
    ['12a', '12A'],
    ['12 b', '12B'],
    ['12-3', '12-3'],
    ['12a bis', '12A-BIS'],
    ['12 bis', '12-BIS'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalizeHouseNumber(input)).toBe(expected);
  });

  it.each(['0', 'a12', '', '123456', '12 - - 3'])('refuses %j', (input) => {
    expect(normalizeHouseNumber(input)).toBeNull();
  });
});

describe(excerpt.name, () => {
  it('keeps short text on one line and cuts long text at a word with an ellipsis', () => {
    expect(excerpt('  Twee\n\nregels  ')).toBe('Twee regels');
    const cut = excerpt('Een lang verhaal over de speeltuin in het hart van de wijk', 30);
    expect(cut).toBe('Een lang verhaal over de…');
    expect(cut.length).toBeLessThanOrEqual(30);
  });
});
