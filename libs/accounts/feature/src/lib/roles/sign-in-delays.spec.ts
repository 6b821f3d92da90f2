import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { SignInThrottleEntry } from '@wijkdeal/shared-contracts';
import { provideTexts } from '@wijkdeal/shared-ui';
import { accountsTexts } from '../accounts-texts';
import { SignInDelays } from './sign-in-delays';

describe(SignInDelays.name, () => {
  const setUp = async () => {
    TestBed.configureTestingModule({ imports: [SignInDelays], providers: [provideHttpClient(), provideHttpClientTesting(), provideTexts(accountsTexts)] });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(SignInDelays);
    fixture.detectChanges();
    return { http, fixture, element: fixture.nativeElement as HTMLElement };
  };

  it('lists who waits in a table with a caption and row headers, a source only by its code', async () => {
    const { http, fixture, element } = await setUp();
    const entries: SignInThrottleEntry[] = [
      { kind: 'account', email: 'bewoner@wijkdeal.test', source: null, failures: 12, delayedUntil: '2027-01-27T18:30:00.000Z' },
      { kind: 'source', email: null, source: 'Ab3dE5gH7jK9', failures: 15, delayedUntil: '2027-01-27T18:40:00.000Z' },
    ];
    http.expectOne('/api/accounts/sign-in-throttle').flush(entries);
    await fixture.whenStable();
    expect(element.querySelector('h2')?.textContent).toContain('Inloggen vertraagd');
    expect(element.querySelector('caption')?.textContent).toContain('2 accounts of adressen wachten nu');
    const rows = [...element.querySelectorAll('tbody tr')].map((row) => row.querySelector('th[scope="row"]')?.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows).toEqual(['Account: bewoner@wijkdeal.test', 'Internetadres: Ab3dE5gH7jK9']);
    expect(element.querySelector('time')?.getAttribute('datetime')).toBe('2027-01-27T18:30:00.000Z');
    http.verify();
  });

  it('says so when nobody waits, and loads again on request', async () => {
    const { http, fixture, element } = await setUp();
    http.expectOne('/api/accounts/sign-in-throttle').flush([]);
    await fixture.whenStable();
    expect(element.textContent).toContain('Op dit moment hoeft niemand te wachten.');
    (element.querySelector('button') as HTMLButtonElement).click();
    http.expectOne('/api/accounts/sign-in-throttle').flush([]);
    http.verify();
  });
});
