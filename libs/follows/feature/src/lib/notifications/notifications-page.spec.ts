import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { AccountMe, NotificationPage } from '@wijkdeal/shared-contracts';
import { provideTexts } from '@wijkdeal/shared-ui';
import { followsEn, followsNl, followsTexts } from '../follows-texts';
import { UnreadNotifications } from '../unread/unread-notifications';
import { NotificationsPage } from './notifications-page';

const page: NotificationPage = {
  items: [
    {
      id: 'n2',
      kind: 'project-update',
      title: { nl: 'Nieuws over Speeltuin opknappen', en: 'News about Renovate the playground' },
      body: { nl: 'De glijbaan staat er.', en: 'De glijbaan staat er.' },
      link: '/projecten/speeltuin-opknappen',
      createdAt: '2026-11-20T10:00:00.000Z',
      read: false,
    },
    {
      id: 'n1',
      kind: 'proposal-question',
      title: { nl: 'Een vraag over je idee', en: 'A question about your idea' },
      body: { nl: 'Bekijk de reactie bij je idee.', en: 'See the response on your idea.' },
      link: '/ideeen/p1',
      createdAt: '2026-11-19T10:00:00.000Z',
      read: true,
    },
  ],
  total: 2,
  unread: 1,
  page: 1,
  pageSize: 20,
};

function radio(element: HTMLElement, label: string): HTMLInputElement {
  const choice = [...element.querySelectorAll('label.choice')].find((candidate) => candidate.textContent?.trim() === label);
  return choice?.querySelector('input') as HTMLInputElement;
}

describe(NotificationsPage.name, () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideTexts(followsTexts)] });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(Session).update({ id: 'a9', roles: [] } as unknown as AccountMe);
  });

  it('lists notifications with read state, marks all read and sets the e-mail frequency', async () => {
    const fixture = TestBed.createComponent(NotificationsPage);
    await fixture.whenStable();
    // The header's count asks too; the page's answer wins.
    http.match((request) => request.url === '/api/notifications' && request.params.get('pageSize') === '1').forEach((request) => request.flush({ ...page, unread: 5 }));
    http.expectOne((request) => request.url === '/api/notifications' && request.params.get('page') === '1').flush(page);
    http.expectOne('/api/notifications/settings').flush({ emailFrequency: 'weekly' });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const unread = TestBed.inject(UnreadNotifications);
    expect(unread.unread()).toBe(1);

    const items = element.querySelectorAll('.notification');
    expect(items[0].querySelector('a')?.getAttribute('href')).toBe('/projecten/speeltuin-opknappen');
    expect(items[0].textContent).toContain('Nieuw');
    expect(items[1].textContent).toContain('Gelezen');
    expect(element.textContent).toContain('Je hebt 1 nieuwe melding.');

    expect(radio(element, 'Elke week').checked).toBe(true);
    expect(element.querySelector('fieldset legend')?.textContent).toBe('Hoe vaak wil je e-mail?');

    ([...element.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Alles gelezen') as HTMLButtonElement).click();
    const read = http.expectOne('/api/notifications/read');
    expect(read.request.body).toEqual({});
    read.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(unread.unread()).toBe(0);
    expect(element.textContent).toContain('Je hebt geen nieuwe meldingen.');
    expect(element.querySelector('.notification--unread')).toBeNull();

    radio(element, 'Direct').click();
    ([...element.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Opslaan') as HTMLButtonElement).click();
    const settings = http.expectOne('/api/notifications/settings');
    expect(settings.request.method).toBe('PATCH');
    expect(settings.request.body).toEqual({ emailFrequency: 'instant' });
    settings.flush({ emailFrequency: 'instant' });
    await fixture.whenStable();
    expect(element.textContent).toContain('Je keuze is opgeslagen.');
  });
});

describe('followsTexts', () => {
  it('has the same keys in Dutch and English, none empty', () => {
    expect(Object.keys(followsEn).sort()).toEqual(Object.keys(followsNl).sort());
    for (const text of [...Object.values(followsNl), ...Object.values(followsEn)]) expect(text.trim()).not.toBe('');
  });
});
