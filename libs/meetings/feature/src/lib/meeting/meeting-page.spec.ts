import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { AccountMe, MeetingDetail } from '@wijkdeal/shared-contracts';
import { provideTexts } from '@wijkdeal/shared-ui';
import { meetingsTexts } from '../meetings-texts';
import { decisionRequest } from './decision-form';
import { MeetingPage } from './meeting-page';

const GREEN = '7e3e0000-0000-4000-8000-000000000001';
const ID = '3e000000-0000-4000-8000-000000000001';

const publicView: MeetingDetail = {
  id: ID,
  title: 'Koplopersoverleg januari',
  startsAt: '2027-01-12T18:30:00.000Z',
  endsAt: '2027-01-12T20:30:00.000Z',
  place: 'Wijkdealwerkplaats',
  cancelled: false,
  hasPublicMinutes: true,
  agenda: [{ id: 'a1', title: 'Stand van de speeltuin', theme: null, project: { id: 'p1', slug: 'speeltuin', title: { nl: 'Speeltuin opknappen', en: 'Playground' } } }],
  attendance: null,
  publicMinutes: 'We bespraken de speeltuin.\n\nDe <b>bomen</b> komen later.',
  privateMinutes: null,
  decisions: [
    { id: 'd1', meetingId: ID, meetingStartsAt: '2027-01-12T18:30:00.000Z', text: 'We starten een minibieb.', effect: 'created-project', project: { id: 'p2', slug: 'minibieb', title: { nl: 'Minibieb', en: 'Little library' } }, proposal: null, newStatus: null },
  ],
  actionItems: null,
  canEdit: false,
};

const insiderView: MeetingDetail = {
  ...publicView,
  attendance: [{ accountId: 'acc-3', name: 'Kim Koploper' }],
  privateMinutes: 'Vertrouwelijk: het budget.',
  actionItems: [
    { id: 'i1', meetingId: ID, title: 'Kastje bestellen', owner: { accountId: 'acc-3', name: 'Kim Koploper' }, dueOn: '2020-01-01', status: 'open', overdue: true, project: null },
  ],
  canEdit: true,
};

const kim = { id: 'acc-3', displayName: 'Kim Koploper', roles: ['koploper'], locale: 'nl' } as unknown as AccountMe;

describe(MeetingPage.name, () => {
  let fixture: ComponentFixture<MeetingPage>;
  let element: HTMLElement;
  let http: HttpTestingController;

  const button = (text: string) => [...element.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === text) as HTMLButtonElement;
  const section = (heading: string) => [...element.querySelectorAll('section')].find((candidate) => candidate.querySelector('h2, h3')?.textContent?.trim() === heading) as HTMLElement;

  async function render(view: MeetingDetail): Promise<void> {
    fixture = TestBed.createComponent(MeetingPage);
    element = fixture.nativeElement;
    document.body.appendChild(element);
    fixture.componentRef.setInput('id', ID);
    await fixture.whenStable();
    http.expectOne(`/api/meetings/${ID}`).flush(view);
    await fixture.whenStable();
    if (view.canEdit) {
      http.match('/api/koplopers').forEach((request) => request.flush([]));
      http.match('/api/themes').forEach((request) => request.flush([{ id: GREEN, slug: 'groen', position: 1, name: { nl: 'Groen & Buitenzijn', en: 'Green' }, intro: { nl: '', en: '' } }]));
      http.match((request) => request.url === '/api/projects').forEach((request) => request.flush({ items: [], total: 0, page: 1, pageSize: 100 }));
      await fixture.whenStable();
    }
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [MeetingPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideTexts(meetingsTexts)],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    element.remove();
  });

  it('shows a visitor the time in Amsterdam, the agenda, the public minutes as paragraphs and the decisions, and nothing private', async () => {
    await render(publicView);
    expect(element.querySelector('h1')?.textContent).toBe('Koplopersoverleg januari');
    expect(element.querySelector('.facts')?.textContent).toContain('dinsdag 12 januari 2027');
    expect(element.querySelector('.facts')?.textContent).toContain('19:30 tot 21:30 uur');
    expect(section('Agenda').querySelector('a')?.getAttribute('href')).toBe('/projecten/speeltuin');
    const paragraphs = [...section('Verslag').querySelectorAll('p')].map((p) => p.textContent);
    expect(paragraphs).toEqual(['We bespraken de speeltuin.', 'De <b>bomen</b> komen later.']);
    expect(section('Verslag').querySelector('b')).toBeNull();
    expect(section('Besluiten').textContent).toContain('Nieuw project: Minibieb');
    expect(section('Besluiten').querySelector('a')?.getAttribute('href')).toBe('/projecten/minibieb');
    expect(element.textContent).not.toContain('Alleen voor koplopers');
    expect(element.querySelector('textarea')).toBeNull();
  });

  it('shows a koploper the attendance, the private minutes and an overdue action item, said in words', async () => {
    TestBed.inject(Session).update(kim);
    await render(insiderView);
    expect(section('Alleen voor koplopers')).toBeDefined();
    expect(section('Aanwezig').querySelector('li')?.textContent).toBe('Kim Koploper');
    expect(section('Verslag voor koplopers').textContent).toContain('Vertrouwelijk: het budget.');
    const item = section('Actiepunten').querySelector('wd-action-item-summary') as HTMLElement;
    expect(item.textContent).toContain('Te laat');
    expect(item.textContent).toContain('Wie: Kim Koploper');
    expect(item.classList).toContain('action-item--overdue');
  });

  it('saves the two parts of the minutes', async () => {
    TestBed.inject(Session).update(kim);
    await render(insiderView);
    const privateMinutes = element.querySelector('#minutes-privateMinutes') as HTMLTextAreaElement;
    expect(privateMinutes.value).toBe('Vertrouwelijk: het budget.');
    privateMinutes.value = 'Nieuw geheim.';
    privateMinutes.dispatchEvent(new Event('input'));
    button('Verslag opslaan').click();
    const request = http.expectOne(`/api/meetings/${ID}/minutes`);
    expect(request.request.body).toEqual({ publicMinutes: publicView.publicMinutes, privateMinutes: 'Nieuw geheim.' });
    request.flush({ ...insiderView, privateMinutes: 'Nieuw geheim.' });
    await fixture.whenStable();
    expect(element.textContent).toContain('Het verslag is opgeslagen.');
    expect(section('Verslag voor koplopers').textContent).toContain('Nieuw geheim.');
  });

  it('asks for a theme and a title when a decision starts a project, then logs it', async () => {
    TestBed.inject(Session).update(kim);
    await render(insiderView);
    const text = element.querySelector('#decision-text') as HTMLTextAreaElement;
    text.value = 'We starten een minibieb.';
    text.dispatchEvent(new Event('input'));
    const createProject = [...element.querySelectorAll('label')].find((label) => label.textContent?.trim() === 'Er komt een nieuw project')?.querySelector('input') as HTMLInputElement;
    createProject.click();
    await fixture.whenStable();
    button('Besluit vastleggen').click();
    await fixture.whenStable();
    const summary = element.querySelector('#decision-errors-title')?.parentElement as HTMLElement;
    expect(summary.textContent).toContain('Thema: Vul dit veld in.');
    expect(summary.textContent).toContain('Titel: Vul dit veld in.');
    http.expectNone(`/api/meetings/${ID}/decisions`);

    const theme = element.querySelector('#decision-themeId') as HTMLSelectElement;
    theme.value = GREEN;
    theme.dispatchEvent(new Event('change'));
    const title = element.querySelector('#decision-title') as HTMLInputElement;
    title.value = 'Minibieb';
    title.dispatchEvent(new Event('input'));
    button('Besluit vastleggen').click();
    const request = http.expectOne(`/api/meetings/${ID}/decisions`);
    expect(request.request.body).toEqual({ text: 'We starten een minibieb.', effect: 'create-project', themeId: GREEN, title: 'Minibieb' });
    request.flush(insiderView.decisions[0]);
    await fixture.whenStable();
    // The page fetches the meeting again, and the project list so the new project can be chosen.
    http.expectOne(`/api/meetings/${ID}`).flush(insiderView);
    http.match('/api/themes').forEach((pending) => pending.flush([]));
    http.match((pending) => pending.url === '/api/projects').forEach((pending) => pending.flush({ items: [], total: 0, page: 1, pageSize: 100 }));
    await fixture.whenStable();
    const saved = element.querySelector('.alert--success') as HTMLElement;
    expect(saved.textContent).toContain('Het besluit is vastgelegd.');
    expect(saved.querySelector('a')?.getAttribute('href')).toBe('/projecten/minibieb');
  });
});

describe('decisionRequest', () => {
  const base = { text: 'Besluit', themeId: 't', title: 'Titel', summary: '', projectId: 'p', status: 'in-progress' };

  it('sends only the fields the effect needs', () => {
    expect(decisionRequest({ ...base, effect: 'none' })).toEqual({ text: 'Besluit', effect: 'none' });
    expect(decisionRequest({ ...base, effect: 'create-proposal', summary: 'Kort' })).toEqual({ text: 'Besluit', effect: 'create-proposal', themeId: 't', title: 'Titel', summary: 'Kort' });
    expect(decisionRequest({ ...base, effect: 'project-status' })).toEqual({ text: 'Besluit', effect: 'project-status', projectId: 'p', status: 'in-progress' });
  });
});
