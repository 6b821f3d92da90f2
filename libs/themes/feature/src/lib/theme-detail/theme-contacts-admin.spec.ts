import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { accountPickerTexts } from '@wijkdeal/accounts-feature/account-picker';
import { AccountSummary, Page, ThemeContactView, ThemeDetail } from '@wijkdeal/shared-contracts';
import { provideTexts } from '@wijkdeal/shared-ui';
import { themesTexts } from '../themes-texts';
import { ThemeContactsAdmin } from './theme-contacts-admin';

const theme: ThemeDetail = {
  id: 't3',
  slug: 'verkeer-veiligheid',
  position: 3,
  name: { nl: 'Verkeer & Veiligheid', en: 'Traffic & Safety' },
  intro: { nl: 'Veilig over straat.', en: 'Safe streets.' },
  description: { nl: 'Oversteken en verlichting.', en: 'Crossings and lights.' },
  contacts: [{ id: 'c1', accountId: 'a2', name: 'Cor Contact', organisation: 'WIJ-team' }],
};
const bram: AccountSummary = { id: 'a6', email: 'bewoner@wijkdeal.test', displayName: 'Bram Bewoner', emailVerified: true, roles: [], createdAt: '2026-01-01T10:00:00.000Z' };

describe(ThemeContactsAdmin.name, () => {
  let fixture: ComponentFixture<ThemeContactsAdmin>;
  let http: HttpTestingController;
  let changes: ThemeContactView[][];
  let element: HTMLElement;

  function button(text: string): HTMLButtonElement {
    return [...element.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim().startsWith(text)) as HTMLButtonElement;
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideTexts(themesTexts), provideTexts(accountPickerTexts)] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ThemeContactsAdmin);
    fixture.componentRef.setInput('theme', theme);
    changes = [];
    fixture.componentInstance.contactsChanged.subscribe((contacts) => {
      changes.push(contacts);
      fixture.componentRef.setInput('theme', { ...theme, contacts });
    });
    element = fixture.nativeElement;
    document.body.appendChild(element);
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    element.remove();
  });

  it('asks to choose an account first, then searches, chooses and adds the contact with an organisation', async () => {
    button('Toevoegen als contactpersoon').click();
    await fixture.whenStable();
    const summary = element.querySelector('.error-summary') as HTMLElement;
    expect(summary.textContent).toContain('Zoek en kies eerst een account.');
    expect(document.activeElement).toBe(summary);
    const search = element.querySelector('#theme-contact-accountId') as HTMLInputElement;
    expect(search.getAttribute('aria-invalid')).toBe('true');

    search.value = 'bram';
    search.dispatchEvent(new Event('input'));
    button('Zoeken').click();
    const query = http.expectOne((request) => request.url === '/api/accounts');
    expect(query.request.params.get('q')).toBe('bram');
    query.flush({ items: [bram], total: 1, page: 1, pageSize: 10 } satisfies Page<AccountSummary>);
    await fixture.whenStable();
    expect(element.querySelector('[role="status"]')?.textContent).toContain('1 account gevonden.');
    const radio = [...element.querySelectorAll('label')].find((label) => label.textContent?.includes('Bram Bewoner'))?.querySelector('input') as HTMLInputElement;
    radio.click();
    const organisation = [...element.querySelectorAll('label')].find((label) => label.textContent?.trim() === 'Gemeente Groningen')?.querySelector('input') as HTMLInputElement;
    organisation.click();
    await fixture.whenStable();
    expect(element.textContent).toContain('Gekozen: Bram Bewoner');

    button('Toevoegen als contactpersoon').click();
    const post = http.expectOne('/api/themes/verkeer-veiligheid/contacts');
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({ accountId: 'a6', organisation: 'Gemeente Groningen' });
    post.flush({ id: 'c2', accountId: 'a6', name: 'Bram Bewoner', organisation: 'Gemeente Groningen' } satisfies ThemeContactView);
    await fixture.whenStable();
    expect(changes.at(-1)?.map((contact) => contact.name)).toEqual(['Cor Contact', 'Bram Bewoner']);
    expect(element.querySelector('.alert--success')?.textContent).toContain('Bram Bewoner is nu contactpersoon van dit thema.');
    expect(element.querySelector('.error-summary')).toBeNull();
    expect(element.textContent).not.toContain('Gekozen:');
  });

  it('shows the API message when the account is a contact already', async () => {
    const search = element.querySelector('#theme-contact-accountId') as HTMLInputElement;
    search.value = 'cor';
    search.dispatchEvent(new Event('input'));
    button('Zoeken').click();
    http.expectOne((request) => request.url === '/api/accounts').flush({ items: [{ ...bram, id: 'a2', displayName: 'Cor Contact' }], total: 1, page: 1, pageSize: 10 });
    await fixture.whenStable();
    (element.querySelector('input[type="radio"][value="a2"]') as HTMLInputElement).click();
    button('Toevoegen als contactpersoon').click();
    http
      .expectOne('/api/themes/verkeer-veiligheid/contacts')
      .flush({ statusCode: 409, code: 'ROLE_ALREADY_GRANTED', message: 'Dit account heeft deze rol al.' }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    expect(element.querySelector('.error-summary')?.textContent).toContain('Dit account heeft deze rol al.');
    expect(changes).toEqual([]);
  });

  it('removes a contact only after "Ja, verwijderen", and can be cancelled', async () => {
    const remove = button('Verwijderen');
    expect(remove.textContent).toContain(': Cor Contact');
    remove.click();
    await fixture.whenStable();
    const yes = button('Ja, verwijderen');
    expect(document.activeElement).toBe(yes);
    expect(element.querySelector(`#${yes.getAttribute('aria-describedby')}`)?.textContent).toContain('Weet je zeker dat Cor Contact geen contactpersoon meer is');
    button('Nee, niet verwijderen').click();
    await fixture.whenStable();
    expect(button('Ja, verwijderen')).toBeUndefined();
    expect(document.activeElement).toBe(button('Verwijderen'));

    button('Verwijderen').click();
    await fixture.whenStable();
    button('Ja, verwijderen').click();
    const request = http.expectOne('/api/themes/verkeer-veiligheid/contacts/c1');
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(changes.at(-1)).toEqual([]);
    expect(element.textContent).toContain('Cor Contact is geen contactpersoon meer van dit thema.');
    expect(element.textContent).toContain('Dit thema heeft nog geen contactpersoon.');
  });
});
