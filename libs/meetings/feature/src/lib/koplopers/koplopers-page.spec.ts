import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { AccountMe, KoploperView, MeetingSummary, Page } from '@wijkdeal/shared-contracts';
import { provideTexts } from '@wijkdeal/shared-ui';
import { meetingsEn, meetingsNl, meetingsTexts } from '../meetings-texts';
import { KoplopersPage } from './koplopers-page';

const kim: KoploperView = { accountId: 'acc-3', name: 'Kim Koploper', bio: 'Ik help bij het café.', photoId: '7f000000-0000-4000-8000-000000000001' };
const meeting: MeetingSummary = {
  id: '3e000000-0000-4000-8000-000000000001',
  title: 'Koplopersoverleg januari',
  startsAt: '2027-01-12T18:30:00.000Z',
  endsAt: '2027-01-12T20:30:00.000Z',
  place: 'Wijkdealwerkplaats',
  cancelled: false,
  hasPublicMinutes: true,
};
const page = (items: MeetingSummary[]): Page<MeetingSummary> => ({ items, total: items.length, page: 1, pageSize: 10 });

function account(roles: AccountMe['roles']): AccountMe {
  return { id: 'acc-6', email: 'bewoner@wijkdeal.test', displayName: 'Bram Bewoner', postcode: null, houseNumber: null, locale: 'nl', emailVerified: true, roles, contactOf: [], memberOf: [], createdAt: '2026-01-01T00:00:00.000Z' };
}

describe(KoplopersPage.name, () => {
  let fixture: ComponentFixture<KoplopersPage>;
  let element: HTMLElement;
  let http: HttpTestingController;

  async function render(signedIn: AccountMe | null): Promise<void> {
    if (signedIn) TestBed.inject(Session).update(signedIn);
    fixture = TestBed.createComponent(KoplopersPage);
    element = fixture.nativeElement;
    document.body.appendChild(element);
    await fixture.whenStable();
    http.expectOne('/api/koplopers').flush([kim]);
    const meetings = http.expectOne((request) => request.url === '/api/meetings');
    expect(meetings.request.params.get('page')).toBe('1');
    meetings.flush(page([meeting]));
    await fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [KoplopersPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideTexts(meetingsTexts)],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    element.remove();
  });

  it('shows the koplopers with their photo, and the meetings in Amsterdam time', async () => {
    await render(null);
    const photo = element.querySelector('img') as HTMLImageElement;
    expect(photo.getAttribute('src')).toBe('/api/photos/7f000000-0000-4000-8000-000000000001');
    expect(photo.alt).toBe('Foto van Kim Koploper');
    expect(element.textContent).toContain('Ik help bij het café.');
    expect(element.querySelector('[role="status"].results-count')?.textContent).toBe('1 overleg gevonden');
    const link = element.querySelector('.meeting-list a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/koplopers/overleg/3e000000-0000-4000-8000-000000000001');
    expect(link.parentElement?.textContent).toContain('dinsdag 12 januari 2027, 19:30');
    expect(link.parentElement?.textContent).toContain('met verslag');
  });

  it('asks a visitor to sign in to apply, and comes back here after signing in', async () => {
    await render(null);
    const signIn = [...element.querySelectorAll('a')].find((candidate) => candidate.textContent?.trim() === 'Log in om je aan te melden') as HTMLAnchorElement;
    expect(signIn.getAttribute('href')).toBe('/account/inloggen?terug=%2Fkoplopers');
    expect(element.querySelector('textarea')).toBeNull();
  });

  it('lets a resident apply with a motivation, and reports an empty one without calling the API', async () => {
    await render(account([]));
    const submit = [...element.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Aanmelden als koploper') as HTMLButtonElement;
    submit.click();
    await fixture.whenStable();
    expect(element.querySelector('.error-summary')?.textContent).toContain('Waarom wil je koploper worden?: Vul dit veld in.');
    http.expectNone('/api/koplopers/applications');

    const motivation = element.querySelector('#koploper-application-motivation') as HTMLTextAreaElement;
    motivation.value = 'Ik woon hier al dertig jaar.';
    motivation.dispatchEvent(new Event('input'));
    submit.click();
    const request = http.expectOne('/api/koplopers/applications');
    expect(request.request.body).toEqual({ motivation: 'Ik woon hier al dertig jaar.' });
    request.flush({ id: 'app-1', accountId: 'acc-6', name: 'Bram Bewoner', motivation: 'Ik woon hier al dertig jaar.', status: 'pending', reason: null, createdAt: '2026-11-27T10:00:00.000Z' });
    await fixture.whenStable();
    expect(element.querySelector('.alert--success')?.textContent).toContain('We hebben je aanmelding ontvangen.');
  });

  it('gives a koploper the dashboard link and a profile form with the consent box', async () => {
    await render({ ...account(['koploper']), id: 'acc-3', displayName: 'Kim Koploper' });
    expect(element.querySelector('a[href="/koplopers/dashboard"]')?.textContent?.trim()).toBe('Naar het koplopersoverzicht');
    const bio = element.querySelector('#koploper-profile-bio') as HTMLTextAreaElement;
    expect(bio.value).toBe('Ik help bij het café.');
    const consent = [...element.querySelectorAll('label')].find((label) => label.textContent?.includes('Toon mij op de koplopers-pagina'))?.querySelector('input') as HTMLInputElement;
    expect(consent.checked).toBe(true);

    consent.click();
    (element.querySelector('#koploper-profile-bio')?.closest('form')?.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    const request = http.expectOne('/api/koplopers/me');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ bio: 'Ik help bij het café.', isPublic: false, photoId: kim.photoId });
    request.flush({ ...kim });
    http.expectOne('/api/koplopers').flush([]);
    await fixture.whenStable();
    expect(element.textContent).toContain('Je profiel is opgeslagen.');
  });
});

describe('meetingsTexts', () => {
  it('has the same keys in Dutch and English', () => {
    expect(Object.keys(meetingsEn).sort()).toEqual(Object.keys(meetingsNl).sort());
  });
});
