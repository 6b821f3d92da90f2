import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { AccountMe, CafeEveningView, PitchView } from '@wijkdeal/shared-contracts';
import { provideTexts } from '@wijkdeal/shared-ui';
import { communityTexts } from '../community-texts';
import { EveningPage } from './evening-page';
import { localParts, moveRequest } from './evening-move-form';
import { moveEntry, toEntries, toProgrammeRequest } from './programme-editor';

const ID = '5b000000-0000-4000-8000-000000000001';
const PLAYGROUND = { id: '9c000000-0000-4000-8000-000000000001', slug: 'speeltuin', title: { nl: 'Speeltuin opknappen', en: 'Playground' } };

const evening: CafeEveningView = {
  id: ID,
  month: '2099-01',
  startsAt: '2099-01-28T18:30:00.000Z',
  endsAt: '2099-01-28T20:30:00.000Z',
  place: 'Wijkdealwerkplaats',
  cancelled: false,
  moved: false,
  note: '',
  programme: [
    { id: 'item-1', kind: 'project-update', title: 'Speeltuin opknappen', minutes: 10, presenter: null, pitchId: null, project: PLAYGROUND },
    { id: 'item-2', kind: 'pitch', title: 'Een repaircafé', minutes: 5, presenter: 'Fatima', pitchId: 'pitch-1', project: null },
  ],
  report: { nl: 'Twaalf buren kwamen.\n\nEen mooie avond.', en: '' },
  reportPublishedAt: '2099-01-29T10:00:00.000Z',
};
const pitches: PitchView[] = [
  { id: 'pitch-1', eveningId: ID, name: 'Fatima', email: 'fatima@example.org', topic: 'Een repaircafé', minutes: 5, status: 'accepted', createdAt: '2098-12-01T10:00:00.000Z' },
  { id: 'pitch-2', eveningId: ID, name: 'Joost', email: 'joost@example.org', topic: 'Bankjes bij de vijver', minutes: 3, status: 'pending', createdAt: '2098-12-02T10:00:00.000Z' },
];

describe(EveningPage.name, () => {
  let fixture: ComponentFixture<EveningPage>;
  let element: HTMLElement;
  let http: HttpTestingController;

  const button = (text: string) => [...element.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim().startsWith(text)) as HTMLButtonElement;
  const type = (id: string, value: string) => {
    const field = element.querySelector(`#${id}`) as HTMLInputElement;
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };

  async function render(admin: boolean): Promise<void> {
    if (admin) TestBed.inject(Session).update({ id: 'acc-1', displayName: 'Anne Beheer', roles: ['admin'], locale: 'nl' } as unknown as AccountMe);
    fixture = TestBed.createComponent(EveningPage);
    element = fixture.nativeElement;
    document.body.appendChild(element);
    fixture.componentRef.setInput('id', ID);
    await fixture.whenStable();
    http.expectOne(`/api/cafe/evenings/${ID}`).flush(evening);
    if (admin) http.expectOne(`/api/cafe/evenings/${ID}/pitches`).flush(pitches);
    await fixture.whenStable();
    if (admin) {
      http.expectOne((request) => request.url === '/api/projects').flush({ items: [PLAYGROUND], total: 1, page: 1, pageSize: 100 });
      await fixture.whenStable();
    }
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [EveningPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideTexts(communityTexts)],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    element.remove();
  });

  it('shows a visitor the day in words, the programme, the report as paragraphs and the pitch form, and no organiser tools', async () => {
    await render(false);
    expect(element.querySelector('h1')?.textContent).toBe('Wijkdealcafé van woensdag 28 januari 2099');
    expect(element.querySelector('.facts')?.textContent).toContain('19:30 tot 21:30 uur');
    const items = [...element.querySelectorAll('.programme > li')].map((item) => item.textContent?.replace(/\s+/g, ' ').trim());
    expect(items).toEqual(['Projectupdate: Speeltuin opknappen · 10 minuten', 'Een repaircafé · Pitch door Fatima · 5 minuten']);
    expect([...element.querySelectorAll('.rich-text p')].map((p) => p.textContent)).toEqual(['Twaalf buren kwamen.', 'Een mooie avond.']);
    expect(element.querySelector('#evening-pitch-email')).not.toBeNull();
    expect(element.textContent).not.toContain('Voor de organisatie');
  });

  it('signs up a pitch without an account and confirms it', async () => {
    await render(false);
    type('evening-pitch-name', 'Noor');
    type('evening-pitch-email', 'noor@example.org');
    type('evening-pitch-topic', 'Een buurtmoestuin');
    type('evening-pitch-minutes', '4');
    button('Aanmelden').click();
    const request = http.expectOne(`/api/cafe/evenings/${ID}/pitches`);
    expect(request.request.body).toEqual({ name: 'Noor', email: 'noor@example.org', topic: 'Een buurtmoestuin', minutes: 4 });
    request.flush({ ...pitches[1], id: 'pitch-3', name: 'Noor', status: 'pending' });
    await fixture.whenStable();
    expect(element.querySelector('.alert--success')?.textContent).toContain('Bedankt, Noor! We hebben je aanmelding ontvangen.');
  });

  it('lets the organiser accept a pitch, and reorder and save the programme', async () => {
    await render(true);
    const pending = [...element.querySelectorAll('.join-requests__item')].find((item) => item.textContent?.includes('Bankjes bij de vijver')) as HTMLElement;
    expect(pending.textContent).toContain('joost@example.org');
    (pending.querySelector('button') as HTMLButtonElement).click();
    http.expectOne('/api/cafe/pitches/pitch-2/accept').flush({ ...pitches[1], status: 'accepted' });
    await fixture.whenStable();
    expect(element.textContent).toContain('De pitch "Bankjes bij de vijver" staat op het programma. Joost krijgt een e-mail.');
    http.expectOne(`/api/cafe/evenings/${ID}`).flush(evening);
    http.expectOne(`/api/cafe/evenings/${ID}/pitches`).flush(pitches);
    await fixture.whenStable();

    // Move the pitch above the project update, then save: the PUT carries the pitch id from the programme.
    const pitchUp = element.querySelector('#programme-item-2-up') as HTMLButtonElement;
    expect((element.querySelector('#programme-item-1-up') as HTMLButtonElement).disabled).toBe(true);
    pitchUp.click();
    await fixture.whenStable();
    expect(element.querySelector('wd-programme-editor [role="status"]')?.textContent).toBe('"Een repaircafé" staat nu op plek 1.');
    expect(document.activeElement?.id).toBe('programme-item-2-down');
    button('Programma opslaan').click();
    const put = http.expectOne(`/api/cafe/evenings/${ID}/programme`);
    expect(put.request.body).toEqual({
      items: [
        { kind: 'pitch', pitchId: 'pitch-1', minutes: 5 },
        { kind: 'project-update', projectId: PLAYGROUND.id, minutes: 10 },
      ],
    });
    put.flush({ ...evening, programme: [evening.programme[1], evening.programme[0]] });
    await fixture.whenStable();
    expect(element.querySelector('.programme > li')?.textContent).toContain('Een repaircafé');
  });
});

describe('the programme editor', () => {
  it('takes the pitch and project ids from the programme and builds the PUT body in order', () => {
    const entries = toEntries(evening.programme);
    expect(entries.map((entry) => entry.pitchId ?? entry.projectId)).toEqual([PLAYGROUND.id, 'pitch-1']);
    expect(toProgrammeRequest(moveEntry(entries.slice(0, 2), 1, -1)).items).toEqual([
      { kind: 'pitch', pitchId: 'pitch-1', minutes: 5 },
      { kind: 'project-update', projectId: PLAYGROUND.id, minutes: 10 },
    ]);
    expect(moveEntry([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
    expect(moveEntry([1, 2, 3], 2, 1)).toEqual([1, 2, 3]);
  });
});

describe('moving an evening', () => {
  it('reads the Amsterdam local date and time, in winter and in summer', () => {
    expect(localParts('2027-01-27T18:30:00.000Z')).toEqual({ date: '2027-01-27', time: '19:30' });
    expect(localParts('2027-07-28T17:30:00.000Z')).toEqual({ date: '2027-07-28', time: '19:30' });
  });

  it('sends only what changed, so an unchanged time does not mark the evening as moved', () => {
    const winter = { ...evening, startsAt: '2027-01-27T18:30:00.000Z' };
    expect(moveRequest(winter, { date: '2027-01-27', time: '19:30', place: 'Wijkdealwerkplaats', cancelled: true, note: 'Te weinig aanmeldingen.' })).toEqual({ cancelled: true, note: 'Te weinig aanmeldingen.' });
    expect(moveRequest(winter, { date: '2027-01-20', time: '20:00', place: 'MFC De Wijert', cancelled: false, note: '' })).toEqual({ startsAt: '2027-01-20T20:00', place: 'MFC De Wijert' });
  });
});
