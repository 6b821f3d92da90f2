/**
 * Dutch postcodes: four digits (first not 0), then two letters; SA, SD and SS are never issued.
 * Residents type them in many ways ("9721pe", "9721 PE"); we store one form: `9721 PE`.
 */
const POSTCODE = /^\s*([1-9][0-9]{3})\s*([a-zA-Z]{2})\s*$/;

export function normalizePostcode(input: string): string | null {
  const match = POSTCODE.exec(input ?? '');
  if (!match) return null;
  const letters = match[2].toUpperCase();
  if (letters === 'SA' || letters === 'SD' || letters === 'SS') return null;
  return `${match[1]} ${letters}`;
}

/** House number as on a letter: a number, optionally a letter and/or an addition after a space or dash ("12", "12a", "12-3", "12 bis"). */
const HOUSE_NUMBER = /^\s*([1-9][0-9]{0,4})\s*([a-zA-Z](?![a-zA-Z]))?\s*(?:[-\s]\s*([a-zA-Z0-9]{1,4}))?\s*$/;

export function normalizeHouseNumber(input: string): string | null {
  const match = HOUSE_NUMBER.exec(input ?? '');
  if (!match) return null;
  const letter = (match[2] ?? '').toUpperCase();
  const addition = match[3] ? `-${match[3].toUpperCase()}` : '';
  return `${match[1]}${letter}${addition}`;
}
