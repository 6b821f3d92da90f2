import { accountPickerEn, accountPickerNl } from './account-picker/account-picker-texts';
import { accountsEn, accountsNl } from './accounts-texts';
import { safeReturnUrl } from './session/require-sign-in';

describe('accountsTexts', () => {
  it('has the same keys in Dutch and English, none empty', () => {
    expect(Object.keys(accountsEn).sort()).toEqual(Object.keys(accountsNl).sort());
    for (const text of [...Object.values(accountsNl), ...Object.values(accountsEn)]) expect(text.trim()).not.toBe('');
  });
});

describe('accountPickerTexts', () => {
  it('has the same keys in Dutch and English, none empty', () => {
    expect(Object.keys(accountPickerEn).sort()).toEqual(Object.keys(accountPickerNl).sort());
    for (const text of [...Object.values(accountPickerNl), ...Object.values(accountPickerEn)]) expect(text.trim()).not.toBe('');
  });
});

describe('safeReturnUrl', () => {
  it('accepts paths on this site only', () => {
    expect(safeReturnUrl('/beheer/accounts?pagina=2')).toBe('/beheer/accounts?pagina=2');
    expect(safeReturnUrl('//evil.example')).toBe('/account');
    expect(safeReturnUrl('/\\evil.example')).toBe('/account');
    expect(safeReturnUrl('https://evil.example')).toBe('/account');
    expect(safeReturnUrl(undefined, '/')).toBe('/');
  });
});
