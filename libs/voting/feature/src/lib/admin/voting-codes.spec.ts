import { codesCsv, letterUrl } from './voting-codes';

describe('voting codes', () => {
  it('links a letter to the ballot with its code, on this site', () => {
    expect(letterUrl('https://wijkdeal.nl', 'ABCD-EFGH-JKMN')).toBe('https://wijkdeal.nl/stem/ABCD-EFGH-JKMN');
  });

  it('writes the codes as CSV, with the address only when codes are bound to one', () => {
    expect(codesCsv({ stemweekId: 'sw1', count: 1, codes: [{ code: 'ABCD-EFGH-JKMN', url: 'x' }] }, 'http://localhost')).toBe(
      'code,url\r\nABCD-EFGH-JKMN,http://localhost/stem/ABCD-EFGH-JKMN\r\n',
    );
    expect(codesCsv({ stemweekId: 'sw1', count: 1, codes: [{ code: 'ABCD-EFGH-JKMN', url: 'x', postcode: '9721 PE', houseNumber: '1, achter' }] }, 'http://h')).toBe(
      'code,url,postcode,house_number\r\nABCD-EFGH-JKMN,http://h/stem/ABCD-EFGH-JKMN,9721 PE,"1, achter"\r\n',
    );
  });
});
