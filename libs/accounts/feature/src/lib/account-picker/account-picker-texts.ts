import { defineTranslations, Translation } from '@wijkdeal/shared-ui';

export const accountPickerNl = {
  'accountPicker.search': 'Zoek een account op naam of e-mailadres',
  'accountPicker.search.hint': 'Typ een deel van de naam of het e-mailadres en kies Zoeken.',
  'accountPicker.submit': 'Zoeken',
  'accountPicker.searching': 'We zoeken…',
  'accountPicker.found.one': '1 account gevonden.',
  'accountPicker.found.other': '{count} accounts gevonden.',
  'accountPicker.more': 'We laten de eerste {count} zien. Zoek preciezer als de juiste er niet bij staat.',
  'accountPicker.none': 'Geen accounts gevonden. Probeer een ander woord.',
  'accountPicker.choose': 'Kies een account',
  'accountPicker.chooseFirst': 'Zoek en kies eerst een account.',
} as const;

export const accountPickerEn: Translation<typeof accountPickerNl> = {
  'accountPicker.search': 'Search an account by name or e-mail address',
  'accountPicker.search.hint': 'Type part of the name or e-mail address and choose Search.',
  'accountPicker.submit': 'Search',
  'accountPicker.searching': 'Searching…',
  'accountPicker.found.one': '1 account found.',
  'accountPicker.found.other': '{count} accounts found.',
  'accountPicker.more': 'We show the first {count}. Search more precisely if the right one is not there.',
  'accountPicker.none': 'No accounts found. Try another word.',
  'accountPicker.choose': 'Choose an account',
  'accountPicker.chooseFirst': 'First search and choose an account.',
};

/** Provided by every route whose pages use the account picker. */
export const accountPickerTexts = defineTranslations(accountPickerNl, accountPickerEn);
