import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTexts } from '@wijkdeal/shared-ui';
import { siteEn, siteNl, siteTexts } from '../site-texts';
import { DevMailPage } from './dev-mail-page';
import { splitMailText } from './mail-text';

describe(DevMailPage.name, () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideTexts(siteTexts)] });
  });

  it('says that mail capture is off when the API answers 404', async () => {
    const fixture = TestBed.createComponent(DevMailPage);
    await fixture.whenStable();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/dev/mails')
      .flush({ statusCode: 404, code: 'NOT_FOUND', message: 'Dit bestaat niet (meer).' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('Het opvangen van e-mail staat uit.');
  });

  it('lists captured mail with the link as a link on this site', async () => {
    const fixture = TestBed.createComponent(DevMailPage);
    await fixture.whenStable();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/dev/mails')
      .flush([{ id: 'm1', to: 'jan@example.org', subject: 'Bevestig je e-mailadres voor Wijkdeal', text: 'Open:\n\nhttp://localhost:3000/account/bevestigen?token=abc\n\nWijkdeal', createdAt: '2026-03-29T10:00:00.000Z' }]);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h3')?.textContent).toBe('Bevestig je e-mailadres voor Wijkdeal');
    expect(element.querySelector('.mail__text a')?.getAttribute('href')).toBe('/account/bevestigen?token=abc');
    // 29 March 2026 is the first day of summer time: 10:00 UTC is 12:00 in Groningen.
    expect(element.textContent).toContain('29 maart 2026 om 12:00');
  });
});

describe('splitMailText', () => {
  it('splits text and links', () => {
    expect(splitMailText('Ga naar https://wijkdeal.test/account/nieuw-wachtwoord?token=x1 en kies.')).toEqual([
      { text: 'Ga naar ' },
      { text: 'https://wijkdeal.test/account/nieuw-wachtwoord?token=x1', path: '/account/nieuw-wachtwoord', query: { token: 'x1' } },
      { text: ' en kies.' },
    ]);
  });
});

describe('siteTexts', () => {
  it('has the same keys in Dutch and English', () => {
    expect(Object.keys(siteEn).sort()).toEqual(Object.keys(siteNl).sort());
  });
});
