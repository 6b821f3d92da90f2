import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AccountMe } from '@wijkdeal/shared-contracts';
import { Session } from './session';

const admin: AccountMe = {
  id: 'acc-1',
  email: 'admin@wijkdeal.test',
  displayName: 'Anne Beheer',
  postcode: '9721 PE',
  houseNumber: '1',
  locale: 'nl',
  emailVerified: true,
  roles: ['admin'],
  contactOf: [],
  memberOf: [],
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe(Session.name, () => {
  let session: Session;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    session = TestBed.inject(Session);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('treats a 401 from /api/auth/me as a visitor, not as an error', async () => {
    const loading = session.load();
    http.expectOne('/api/auth/me').flush({ statusCode: 401, code: 'UNAUTHENTICATED', message: 'Log eerst in.' }, { status: 401, statusText: 'Unauthorized' });
    await expect(loading).resolves.toBeUndefined();
    expect(session.signedIn()).toBe(false);
    expect(session.isAdmin()).toBe(false);
  });

  it('knows the signed-in account and its roles', async () => {
    const loading = session.load();
    http.expectOne('/api/auth/me').flush(admin);
    await loading;
    expect(session.account()?.displayName).toBe('Anne Beheer');
    expect(session.isAdmin()).toBe(true);
    expect(session.hasRole('teller')).toBe(false);
  });

  it('forgets the account after signing out', async () => {
    session.update(admin);
    const done = new Promise<void>((resolve) => session.signOut().subscribe(() => resolve()));
    const request = http.expectOne('/api/auth/logout');
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await done;
    expect(session.signedIn()).toBe(false);
  });

  it('saves a new language on the account, and nothing for visitors', () => {
    session.saveLocale('en');
    http.expectNone('/api/auth/me');
    session.update(admin);
    session.saveLocale('en');
    const request = http.expectOne('/api/auth/me');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ locale: 'en' });
    request.flush({ ...admin, locale: 'en' });
    expect(session.account()?.locale).toBe('en');
  });
});
