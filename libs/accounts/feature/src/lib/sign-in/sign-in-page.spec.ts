import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { AccountMe, ErrorBody } from '@wijkdeal/shared-contracts';
import { Notice, provideTexts } from '@wijkdeal/shared-ui';
import { accountsTexts } from '../accounts-texts';
import { Session } from '../session/session';
import { SignInPage } from './sign-in-page';

const account: AccountMe = {
  id: 'acc-1',
  email: 'bewoner@wijkdeal.test',
  displayName: 'Bram Bewoner',
  postcode: null,
  houseNumber: null,
  locale: 'nl',
  emailVerified: true,
  roles: [],
  contactOf: [],
  memberOf: [],
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe(SignInPage.name, () => {
  let fixture: ComponentFixture<SignInPage>;
  let element: HTMLElement;
  let http: HttpTestingController;

  const input = (label: string) => {
    const labelElement = [...element.querySelectorAll('label')].find((candidate) => candidate.textContent?.trim() === label);
    return element.querySelector(`#${labelElement?.getAttribute('for')}`) as HTMLInputElement;
  };
  const type = (label: string, value: string) => {
    const field = input(label);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    (element.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
  };

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [SignInPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideTexts(accountsTexts)],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SignInPage);
    element = fixture.nativeElement;
    document.body.appendChild(element);
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    element.remove();
  });

  it('renders the heading and labelled fields with autocomplete', () => {
    expect(element.querySelector('h1')?.textContent).toBe('Inloggen');
    expect(input('E-mailadres').getAttribute('autocomplete')).toBe('email');
    expect(input('E-mailadres').type).toBe('email');
    expect(input('Wachtwoord').getAttribute('autocomplete')).toBe('current-password');
    expect(input('Wachtwoord').type).toBe('password');
    expect(element.querySelector('button[type="submit"]')?.textContent?.trim()).toBe('Inloggen');
  });

  it('reports empty fields without calling the API', async () => {
    await submit();
    const summary = element.querySelector('[role="alert"]') as HTMLElement;
    expect(summary.textContent).toContain('Niet alles is goed ingevuld. Kijk de velden na.');
    expect(input('E-mailadres').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(summary);
    http.expectNone('/api/auth/login');
  });

  it('shows the messages of the API: at the top and next to the field', async () => {
    type('E-mailadres', 'geen-adres');
    type('Wachtwoord', 'iets');
    await submit();

    const request = http.expectOne('/api/auth/login');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ email: 'geen-adres', password: 'iets' });
    const body: ErrorBody = {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'Niet alles is goed ingevuld. Kijk de velden na.',
      details: [{ field: 'email', reason: 'isEmail', message: 'Vul een geldig e-mailadres in.' }],
    };
    request.flush(body, { status: 400, statusText: 'Bad Request' });
    await fixture.whenStable();

    const summary = element.querySelector('[role="alert"]') as HTMLElement;
    expect(summary.textContent).toContain('E-mailadres: Vul een geldig e-mailadres in.');
    const email = input('E-mailadres');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const errorId = email.getAttribute('aria-describedby') ?? '';
    expect(element.querySelector(`#${errorId}`)?.textContent).toContain('Vul een geldig e-mailadres in.');
  });

  it('shows a wrong-password message from the API', async () => {
    type('E-mailadres', 'bewoner@wijkdeal.test');
    type('Wachtwoord', 'verkeerd-wachtwoord');
    await submit();
    http
      .expectOne('/api/auth/login')
      .flush({ statusCode: 401, code: 'INVALID_CREDENTIALS', message: 'Dit e-mailadres en wachtwoord horen niet bij elkaar.' }, { status: 401, statusText: 'Unauthorized' });
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Dit e-mailadres en wachtwoord horen niet bij elkaar.');
    expect(TestBed.inject(Session).signedIn()).toBe(false);
  });

  it('signs in, remembers the account and goes to the page asked for', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture.componentRef.setInput('terug', '/projecten');
    type('E-mailadres', 'bewoner@wijkdeal.test');
    type('Wachtwoord', 'wijkdeal-demo');
    await submit();
    http.expectOne('/api/auth/login').flush(account);
    await fixture.whenStable();

    expect(TestBed.inject(Session).account()?.displayName).toBe('Bram Bewoner');
    expect(navigate).toHaveBeenCalledWith('/projecten');
    TestBed.inject(Notice).navigated();
    expect(TestBed.inject(Notice).current()?.key).toBe('accounts.notice.signedIn');
  });

  it('never sends someone to another site after signing in', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture.componentRef.setInput('terug', '//evil.example');
    type('E-mailadres', 'bewoner@wijkdeal.test');
    type('Wachtwoord', 'wijkdeal-demo');
    await submit();
    http.expectOne('/api/auth/login').flush(account);
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith('/account');
  });
});
