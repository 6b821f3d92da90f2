import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { AccountMe, ActionItemView } from '@wijkdeal/shared-contracts';
import { FormProblem, provideTexts } from '@wijkdeal/shared-ui';
import { meetingsTexts } from '../meetings-texts';
import { DashboardPage } from './dashboard-page';
import { localDateTime, showStartOnDate } from './plan-meeting-form';

const overdue: ActionItemView = { id: 'i1', meetingId: 'm1', title: 'Kastje bestellen', owner: { accountId: 'acc-3', name: 'Kim Koploper' }, dueOn: '2020-01-01', status: 'open', overdue: true, project: null };
const later: ActionItemView = { ...overdue, id: 'i2', title: 'Boeken inzamelen', dueOn: '2099-01-01', overdue: false, owner: null };

describe(DashboardPage.name, () => {
  let fixture: ComponentFixture<DashboardPage>;
  let element: HTMLElement;
  let http: HttpTestingController;

  const button = (text: string) => [...element.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim().startsWith(text)) as HTMLButtonElement;
  const type = (id: string, value: string) => {
    const field = element.querySelector(`#${id}`) as HTMLInputElement | HTMLSelectElement;
    field.value = value;
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
  };

  async function render(roles: AccountMe['roles']): Promise<void> {
    TestBed.inject(Session).update({ id: 'acc-3', displayName: 'Kim Koploper', roles, locale: 'nl' } as unknown as AccountMe);
    fixture = TestBed.createComponent(DashboardPage);
    element = fixture.nativeElement;
    document.body.appendChild(element);
    await fixture.whenStable();
  }

  async function flushStart(): Promise<void> {
    const items = http.expectOne((request) => request.url === '/api/action-items');
    expect(items.request.params.get('status')).toBe('open');
    items.flush([overdue, later]);
    http.expectOne((request) => request.url === '/api/meetings').flush({ items: [], total: 0, page: 1, pageSize: 5 });
    http.expectOne('/api/themes').flush([{ id: 'theme-1', slug: 'groen', position: 1, name: { nl: 'Groen & Buitenzijn', en: 'Green' }, intro: { nl: '', en: '' } }]);
    http.expectOne((request) => request.url === '/api/projects').flush({ items: [], total: 0, page: 1, pageSize: 100 });
    await fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [DashboardPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideTexts(meetingsTexts)],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    element.remove();
  });

  it('is only for koplopers and admins', async () => {
    await render([]);
    expect(element.querySelector('.alert--warning')?.textContent).toContain('alleen voor koplopers en beheerders');
    expect(element.querySelector('form')).toBeNull();
  });

  it('marks an overdue action item with "Te laat" and takes it off the list when it is done', async () => {
    await render(['koploper']);
    await flushStart();
    const items = [...element.querySelectorAll('.open-items > li')];
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain('Te laat');
    expect(items[0].textContent).toContain('Uiterlijk 1 januari 2020');
    expect(items[1].textContent).not.toContain('Te laat');
    expect(items[1].textContent).toContain('Wie: Nog niemand');

    button('Gedaan').click();
    const request = http.expectOne('/api/action-items/i1');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ status: 'done' });
    request.flush({ ...overdue, status: 'done', overdue: false });
    await fixture.whenStable();
    expect(element.querySelectorAll('.open-items > li')).toHaveLength(1);
    expect(element.querySelector('.action-status')?.textContent).toBe('"Kastje bestellen" is gedaan.');
  });

  it('plans a meeting in Amsterdam local time with an agenda item linked to a theme, then opens it', async () => {
    await render(['koploper']);
    await flushStart();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    type('plan-date', '2027-03-28');
    type('plan-time', '20:00');
    button('Agendapunt toevoegen').click();
    await fixture.whenStable();
    expect(element.querySelector('legend')?.textContent).toBe('Agendapunt 1');
    type('plan-agenda-0-title', 'Groen in de wijk');
    type('plan-agenda-0-theme', 'theme-1');
    button('Overleg plannen').click();

    const request = http.expectOne('/api/meetings');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ startsAt: '2027-03-28T20:00', place: 'Wijkdealwerkplaats', agenda: [{ title: 'Groen in de wijk', themeId: 'theme-1' }] });
    request.flush({ id: 'new-meeting' });
    expect(navigate).toHaveBeenCalledWith(['/koplopers/overleg', 'new-meeting']);
  });

  it('shows the applications to admins', async () => {
    await render(['admin']);
    await flushStart();
    http.expectOne('/api/koplopers/applications').flush([
      { id: 'app-1', accountId: 'acc-9', name: 'Karin Kandidaat', motivation: 'Ik wil graag helpen.', status: 'pending', reason: null, createdAt: '2026-11-20T10:00:00.000Z' },
    ]);
    await fixture.whenStable();
    type('application-reason-app-1', 'De groep is vol.');
    button('Afwijzen').click();
    const request = http.expectOne('/api/koplopers/applications/app-1/decline');
    expect(request.request.body).toEqual({ reason: 'De groep is vol.' });
    request.flush({ id: 'app-1', accountId: 'acc-9', name: 'Karin Kandidaat', motivation: 'Ik wil graag helpen.', status: 'declined', reason: 'De groep is vol.', createdAt: '2026-11-20T10:00:00.000Z' });
    await fixture.whenStable();
    expect(element.textContent).toContain('De aanmelding van Karin Kandidaat is afgewezen.');
    expect(element.querySelector('.badge--declined')?.textContent).toBe('Afgewezen');
  });
});

describe('localDateTime and showStartOnDate', () => {
  it('builds the local date-time the API takes, and shows its start error on the date field', () => {
    expect(localDateTime('2027-01-12', '19:30')).toBe('2027-01-12T19:30');
    const problem: FormProblem = { status: 400, code: 'VALIDATION_FAILED', message: 'x', fields: { startsAt: 'Geen geldige datum.', place: 'Te lang.' }, other: [] };
    expect(showStartOnDate(problem).fields).toEqual({ date: 'Geen geldige datum.', place: 'Te lang.' });
  });
});
