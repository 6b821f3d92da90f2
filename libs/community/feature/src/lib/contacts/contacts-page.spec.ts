import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ContactPersonView } from '@wijkdeal/shared-contracts';
import { provideTexts } from '@wijkdeal/shared-ui';
import { communityTexts } from '../community-texts';
import { ContactsPage, groupByTheme } from './contacts-page';

const green = { id: 't1', slug: 'groen-buitenzijn', name: { nl: 'Groen & Buitenzijn', en: 'Green & Outdoors' } };
const traffic = { id: 't2', slug: 'verkeer-veiligheid', name: { nl: 'Verkeer & Veiligheid', en: 'Traffic & Safety' } };
const contacts: ContactPersonView[] = [
  { id: 'c1', name: 'Cor Contact', organisation: 'Bewoner van De Wijert', theme: green },
  { id: 'c2', name: 'Vera Verkeer', organisation: 'Gemeente Groningen', theme: traffic },
  { id: 'c3', name: 'Gert Groen', organisation: 'WIJ-team', theme: green },
];

describe(ContactsPage.name, () => {
  let fixture: ComponentFixture<ContactsPage>;
  let element: HTMLElement;
  let http: HttpTestingController;

  const type = (id: string, value: string) => {
    const field = element.querySelector(`#${id}`) as HTMLInputElement;
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [ContactsPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideTexts(communityTexts)],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ContactsPage);
    element = fixture.nativeElement;
    document.body.appendChild(element);
    await fixture.whenStable();
    http.expectOne('/api/contacts').flush(contacts);
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    element.remove();
  });

  it('lists the contact persons per theme, names and organisations only', () => {
    expect([...element.querySelectorAll('h2')].map((heading) => heading.textContent)).toEqual(['Groen & Buitenzijn', 'Verkeer & Veiligheid']);
    expect(element.textContent).toContain('Gemeente Groningen');
    expect(element.textContent).not.toContain('@');
  });

  it('opens the form for one contact, sends the message and confirms it', async () => {
    const open = element.querySelector('button[aria-controls="message-panel-c1"]') as HTMLButtonElement;
    expect(open.getAttribute('aria-expanded')).toBe('false');
    open.click();
    await fixture.whenStable();
    expect(open.getAttribute('aria-expanded')).toBe('true');
    type('message-c1-name', 'Noor');
    type('message-c1-email', 'noor@example.org');
    type('message-c1-message', 'Kan de stoep gerepareerd worden?');
    (element.querySelector('#message-panel-c1 button[type="submit"]') as HTMLButtonElement).click();
    const request = http.expectOne('/api/contacts/c1/messages');
    expect(request.request.body).toEqual({ name: 'Noor', email: 'noor@example.org', message: 'Kan de stoep gerepareerd worden?' });
    request.flush(null, { status: 202, statusText: 'Accepted' });
    await fixture.whenStable();
    expect(element.querySelector('.alert--success')?.textContent).toContain('Je bericht is verstuurd naar Cor Contact.');
  });

  it('shows the API message when too many messages were sent', async () => {
    (element.querySelector('button[aria-controls="message-panel-c2"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    type('message-c2-name', 'Noor');
    type('message-c2-email', 'noor@example.org');
    type('message-c2-message', 'Nog een vraag.');
    (element.querySelector('#message-panel-c2 button[type="submit"]') as HTMLButtonElement).click();
    http
      .expectOne('/api/contacts/c2/messages')
      .flush({ statusCode: 429, code: 'TOO_MANY_ATTEMPTS', message: 'Te veel pogingen. Probeer het over 60 minuten opnieuw.' }, { status: 429, statusText: 'Too Many Requests' });
    await fixture.whenStable();
    const summary = element.querySelector('.error-summary') as HTMLElement;
    expect(summary.textContent).toContain('Te veel pogingen. Probeer het over 60 minuten opnieuw.');
    expect(document.activeElement).toBe(summary);
  });
});

describe('groupByTheme', () => {
  it('keeps the themes in the order the API gives them', () => {
    expect(groupByTheme(contacts).map((group) => [group.theme.slug, group.contacts.map((contact) => contact.id)])).toEqual([
      ['groen-buitenzijn', ['c1', 'c3']],
      ['verkeer-veiligheid', ['c2']],
    ]);
  });
});
