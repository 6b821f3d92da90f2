import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { AccountMe, StemweekDetail } from '@wijkdeal/shared-contracts';
import { provideTexts } from '@wijkdeal/shared-ui';
import { votingTexts } from '../voting-texts';
import { StemweekPage } from './stemweek-page';

const ID = '5e000000-0000-4000-8000-000000000001';

function stemweek(overrides: Partial<StemweekDetail> = {}): StemweekDetail {
  const item = (id: string, title: string) => ({ id: `i-${id}`, projectId: id, externalId: null, title: { nl: title, en: title }, summary: null, theme: null, projectSlug: null, cost: 1000 });
  return {
    id: ID,
    title: { nl: 'Stemweek najaar', en: 'Autumn voting week' },
    intro: { nl: '', en: '' },
    state: 'open',
    opensAt: '2027-10-24T07:00:00.000Z',
    closesAt: '2027-10-31T20:00:00.000Z',
    closedAt: null,
    publishedAt: null,
    opensAtLocal: '2027-10-24T09:00:00+02:00',
    closesAtLocal: '2027-10-31T21:00:00+01:00',
    imported: false,
    method: { kind: 'approval', maxChoices: 2 },
    methodDescription: { nl: 'Kies hoogstens 2 projecten die je steunt.', en: 'Choose up to 2 projects.' },
    selection: { rule: 'top-n', n: 10, tieBreak: 'include-all' },
    selectionDescription: { nl: 'De 10 projecten met de hoogste score zijn gekozen.', en: '' },
    channels: ['account', 'code', 'paper'],
    eligiblePostcodes: ['9721 PE'],
    maxBallotsPerAddress: null,
    items: [item('a', 'Bankjes'), item('b', 'Bomen'), item('c', 'Buurtfeest')],
    hasVoted: null,
    eligible: null,
    ...overrides,
  };
}

describe(StemweekPage.name, () => {
  let fixture: ComponentFixture<StemweekPage>;
  let http: HttpTestingController;
  let element: HTMLElement;

  async function open(detail: StemweekDetail, code?: string): Promise<void> {
    fixture = TestBed.createComponent(StemweekPage);
    fixture.componentRef.setInput('id', ID);
    if (code) fixture.componentRef.setInput('code', code);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    http.expectOne(`/api/stemweeks/${ID}`).flush(detail);
    await fixture.whenStable();
    element = fixture.nativeElement;
  }

  const button = (text: string) => [...element.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === text) as HTMLButtonElement;
  const h2 = () => element.querySelector('#vote-title') as HTMLElement;

  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideTexts(votingTexts)] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    fixture.nativeElement.remove();
  });

  it('shows a visitor the two ways to vote, with a sign-in link that comes back here', async () => {
    await open(stemweek());
    expect(element.querySelector('h1')?.textContent).toBe('Stemweek najaar');
    expect(document.title).toBe('Stemweek najaar · Wijkdeal');
    expect(element.textContent).toContain('Stemmen kan van 24 oktober 2027 om 09:00 tot 31 oktober 2027 om 21:00 (Nederlandse tijd).');
    expect(h2().textContent).toBe('Zo kun je stemmen');
    const signIn = [...element.querySelectorAll('a')].find((link) => link.textContent === 'Inloggen om te stemmen');
    expect(signIn?.getAttribute('href')).toBe(`/account/inloggen?terug=%2Fstemweek%2F${ID}`);
    expect(element.textContent).toContain('De 10 projecten met de hoogste score zijn gekozen.');

    button('Stem met je stemcode').click();
    await fixture.whenStable();
    expect(h2().textContent).toBe('Je stem');
    expect(document.activeElement).toBe(h2());
    expect(element.querySelector('label[for="vote-code"]')?.textContent).toBe('Stemcode van je brief');
  });

  it('opens the ballot with the code from the letter, takes it out of the address bar, and votes through the review to the receipt', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await open(stemweek(), 'abcd-efgh-jkmn');
    expect(navigate).toHaveBeenCalledWith([], { queryParams: { code: null }, queryParamsHandling: 'merge', replaceUrl: true });
    expect((element.querySelector('#vote-code') as HTMLInputElement).value).toBe('abcd-efgh-jkmn');
    // The code is checked at once, before the ballot is filled in.
    const check = http.expectOne(`/api/stemweeks/${ID}/code-check`);
    expect(check.request.body).toEqual({ code: 'ABCD-EFGH-JKMN' });
    check.flush({ ok: true });
    await fixture.whenStable();
    expect(element.querySelector('.booth__code-status')?.textContent).toContain('Deze stemcode is goed en nog niet gebruikt');

    // Nothing chosen: the error summary says so and nothing is sent.
    button('Controleer je stem').click();
    await fixture.whenStable();
    expect(element.querySelector('.error-summary')?.textContent).toContain('Kies minstens één project.');

    (element.querySelector('#vote-ballot-2') as HTMLInputElement).click();
    (element.querySelector('#vote-ballot-0') as HTMLInputElement).click();
    await fixture.whenStable();
    button('Controleer je stem').click();
    await fixture.whenStable();
    expect(h2().textContent).toBe('Controleer je stem');
    expect(document.activeElement).toBe(h2());
    expect([...element.querySelectorAll('.booth__review li')].map((li) => li.textContent?.trim())).toEqual(['Bankjes', 'Buurtfeest']);
    expect(element.textContent).toContain('Je stemt met stemcode ABCD-EFGH-JKMN');

    button('Stem uitbrengen').click();
    const cast = http.expectOne(`/api/stemweeks/${ID}/ballots`);
    expect(cast.request.body).toEqual({ choices: [{ projectId: 'a' }, { projectId: 'c' }], code: 'ABCD-EFGH-JKMN' });
    cast.flush({ receipt: 'AB3CD-EF7GH' });
    await fixture.whenStable();
    expect(h2().textContent).toBe('Je stem is uitgebracht');
    expect(document.activeElement).toBe(h2());
    expect(element.querySelector('.booth__receipt-code')?.textContent).toBe('AB3CD-EF7GH');
    expect(button('Kopieer')).toBeDefined();
  });

  it('keeps the choices so far when the voter reads a project page and comes back, and forgets them once cast', async () => {
    jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await open(stemweek(), 'ABCD-EFGH-JKMN');
    http.expectOne(`/api/stemweeks/${ID}/code-check`).flush({ ok: true });
    (element.querySelector('#vote-ballot-0') as HTMLInputElement).click();
    await fixture.whenStable();
    expect(JSON.parse(sessionStorage.getItem(`wijkdeal.ballot-draft.${ID}`) ?? '{}').chosen).toEqual(['a']);
    fixture.destroy();
    await open(stemweek(), 'ABCD-EFGH-JKMN');
    http.expectOne(`/api/stemweeks/${ID}/code-check`).flush({ ok: true });
    await fixture.whenStable();
    expect((element.querySelector('#vote-ballot-0') as HTMLInputElement).checked).toBe(true);
    button('Controleer je stem').click();
    await fixture.whenStable();
    button('Stem uitbrengen').click();
    http.expectOne(`/api/stemweeks/${ID}/ballots`).flush({ receipt: 'AB3CD-EF7GH' });
    await fixture.whenStable();
    expect(sessionStorage.getItem(`wijkdeal.ballot-draft.${ID}`)).toBeNull();
  });

  it('says a used code at the code field as soon as the letter link opens, before any choice is made', async () => {
    jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await open(stemweek(), 'ABCD-EFGH-JKMN');
    http.expectOne(`/api/stemweeks/${ID}/code-check`).flush({ statusCode: 409, code: 'ALREADY_VOTED', message: 'Met deze stemcode is al gestemd.' }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    expect(element.querySelector('#vote-code')?.getAttribute('aria-invalid')).toBe('true');
    expect(element.textContent).toContain('Met deze stemcode is al gestemd.');
  });

  it('brings a refused ballot back with the message beside the project, and a used code as a clear error', async () => {
    jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await open(stemweek(), 'ABCD-EFGH-JKMN');
    http.expectOne(`/api/stemweeks/${ID}/code-check`).flush({ ok: true });
    (element.querySelector('#vote-ballot-1') as HTMLInputElement).click();
    await fixture.whenStable();
    button('Controleer je stem').click();
    await fixture.whenStable();
    button('Stem uitbrengen').click();
    http.expectOne(`/api/stemweeks/${ID}/ballots`).flush(
      { statusCode: 400, code: 'INVALID_BALLOT', message: 'Je stem klopt niet.', details: [{ field: 'choices[0]', reason: 'UNKNOWN_PROJECT', message: 'Dit project staat niet op het stembiljet.' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(h2().textContent).toBe('Je stem');
    const summary = element.querySelector('.error-summary') as HTMLElement;
    expect(summary.textContent).toContain('Je stem klopt niet.');
    expect(summary.querySelector('a')?.getAttribute('href')).toBe('#vote-ballot-1');
    expect(summary.querySelector('a')?.textContent).toBe('Bomen: Dit project staat niet op het stembiljet.');
    expect(element.querySelector('#vote-ballot-1-error')?.textContent).toContain('Dit project staat niet op het stembiljet.');
    expect(element.querySelector('#vote-ballot-1')?.getAttribute('aria-invalid')).toBe('true');

    button('Controleer je stem').click();
    await fixture.whenStable();
    button('Stem uitbrengen').click();
    http
      .expectOne(`/api/stemweeks/${ID}/ballots`)
      .flush({ statusCode: 409, code: 'ALREADY_VOTED', message: 'Je hebt al gestemd in deze stemweek. Je stem telt één keer.' }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    expect(element.querySelector('.error-summary')?.textContent).toContain('Je hebt al gestemd in deze stemweek.');
  });

  it('tells a resident who voted so, and one outside the area why not', async () => {
    TestBed.inject(Session).update({ id: 'a1', roles: [] } as unknown as AccountMe);
    await open(stemweek({ hasVoted: true, eligible: { ok: true, reason: null, message: null } }));
    expect(h2().textContent).toBe('Je hebt al gestemd');
    expect(element.querySelector('input')).toBeNull();
    fixture.nativeElement.remove();

    await open(stemweek({ hasVoted: false, eligible: { ok: false, reason: 'OUTSIDE_AREA', message: 'Je adres ligt buiten het gebied van deze stemweek.' } }));
    expect(h2().textContent).toBe('Zo kun je stemmen');
    expect(element.textContent).toContain('Je adres ligt buiten het gebied van deze stemweek.');
    expect(button('Stem met je stemcode')).toBeDefined();
  });

  it('lets an eligible resident vote straight away; ALREADY_VOTED leads to the voted state', async () => {
    TestBed.inject(Session).update({ id: 'a1', roles: [] } as unknown as AccountMe);
    await open(stemweek({ hasVoted: false, eligible: { ok: true, reason: null, message: null }, method: { kind: 'ranked', maxRanks: 2 } }));
    expect(h2().textContent).toBe('Je stem');
    expect(element.querySelector('#vote-code')).toBeNull();
    const select = element.querySelector('#vote-ballot-2') as HTMLSelectElement;
    select.value = '1';
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    button('Controleer je stem').click();
    await fixture.whenStable();
    expect(element.querySelector('ol.booth__review')?.textContent?.trim()).toBe('1e keus: Buurtfeest');
    button('Stem uitbrengen').click();
    const cast = http.expectOne(`/api/stemweeks/${ID}/ballots`);
    expect(cast.request.body).toEqual({ choices: [{ projectId: 'c', rank: 1 }] });
    cast.flush({ statusCode: 409, code: 'ALREADY_VOTED', message: 'Je hebt al gestemd.' }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    expect(h2().textContent).toBe('Je hebt al gestemd');
  });

  it('counts down before opening and says the votes are being counted after closing', async () => {
    await open(stemweek({ state: 'upcoming', opensAt: new Date(Date.now() + (2 * 24 + 5) * 3600_000 + 60_000).toISOString() }));
    expect(element.textContent).toContain('De stemweek begint over 2 dagen en 5 uur.');
    expect(element.querySelector('#vote-title')).toBeNull();
    fixture.nativeElement.remove();
    await open(stemweek({ state: 'counting' }));
    expect(element.textContent).toContain('We tellen de stemmen');
  });
});
