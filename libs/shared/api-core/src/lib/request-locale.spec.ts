import { requestLocale } from './request-locale';

describe(requestLocale.name, () => {
  it.each([
    [{}, undefined, 'nl'],
    [{ 'accept-language': 'en-GB,en;q=0.9' }, undefined, 'en'],
    [{ 'accept-language': 'de-DE, en;q=0.5' }, undefined, 'en'],
    [{ 'accept-language': 'fr' }, undefined, 'nl'],
    [{ 'accept-language': 'en' }, 'nl', 'nl'],
    [{}, 'en', 'en'],
    [{}, 'xx', 'nl'],
  ])('headers %j with cookie %j → %s', (headers, cookie, expected) => {
    expect(requestLocale({ headers, cookies: cookie ? { wd_lang: cookie } : {} })).toBe(expected);
  });
});
