import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { accountPickerTexts } from '@wijkdeal/accounts-feature/account-picker';
import { AccountMe, DecisionView, ProjectDetail, ProjectStemweekEntry } from '@wijkdeal/shared-contracts';
import { provideTexts } from '@wijkdeal/shared-ui';
import { projectsTexts } from '../projects-texts';
import { ProjectPage } from './project-page';

const SCRIPT = '<script>window.__pwned=1</script>';

function project(overrides: Partial<ProjectDetail> = {}): ProjectDetail {
  return {
    id: '9c000000-0000-4000-8000-000000000001',
    slug: 'speeltuin-opknappen',
    title: { nl: 'Speeltuin opknappen', en: 'Renovate the playground' },
    summary: { nl: 'Nieuwe toestellen.', en: 'New equipment.' },
    description: { nl: 'De speeltuin is **oud**.', en: '' },
    status: 'in-progress',
    progress: 40,
    theme: { id: 't1', slug: 'groen-buitenzijn', name: { nl: 'Groen & Buitenzijn', en: 'Green & Outdoors' } },
    place: 'Wijertpark',
    costEstimate: 2500,
    members: [
      { accountId: 'a5', name: 'Priya Projectlid', role: 'lead' },
      { accountId: 'a7', name: 'Mo Lid', role: 'member' },
    ],
    milestones: [
      { id: 'm1', title: 'Toestellen besteld', plannedOn: '2027-03-01', doneAt: '2026-11-20T10:00:00.000Z' },
      { id: 'm2', title: 'Opening', plannedOn: null, doneAt: null },
    ],
    updates: [
      {
        id: 'u2',
        projectId: '9c000000-0000-4000-8000-000000000001',
        body: `De **toestellen** zijn besteld. ${SCRIPT}`,
        progress: 40,
        status: 'in-progress',
        milestone: { id: 'm1', title: 'Toestellen besteld' },
        photoIds: ['f1'],
        authorName: 'Priya Projectlid',
        createdAt: '2026-11-20T10:00:00.000Z',
        edited: { at: '2026-11-21T10:00:00.000Z', byAdmin: false },
        hidden: null,
      },
      {
        id: 'u1',
        projectId: '9c000000-0000-4000-8000-000000000001',
        body: '',
        progress: null,
        status: null,
        milestone: null,
        photoIds: [],
        authorName: 'Priya Projectlid',
        createdAt: '2026-11-01T10:00:00.000Z',
        edited: null,
        hidden: { reason: 'Reclame' },
      },
    ],
    proposal: { id: 'p1', title: 'Betere speeltuin' },
    followerCount: 3,
    followedByMe: false,
    canPostUpdates: false,
    canManage: false,
    joinRequested: false,
    ...overrides,
  };
}

describe(ProjectPage.name, () => {
  let fixture: ComponentFixture<ProjectPage>;
  let http: HttpTestingController;

  async function open(detail: ProjectDetail, history: { decisions?: DecisionView[]; stemweeks?: ProjectStemweekEntry[] } = {}): Promise<HTMLElement> {
    fixture = TestBed.createComponent(ProjectPage);
    fixture.componentRef.setInput('slug', detail.slug);
    await fixture.whenStable();
    http.expectOne(`/api/projects/${detail.slug}`).flush(detail);
    await fixture.whenStable();
    http.expectOne(`/api/projects/${detail.id}/decisions`).flush(history.decisions ?? []);
    http.expectOne(`/api/projects/${detail.id}/stemweeks`).flush(history.stemweeks ?? []);
    if (detail.canManage) http.expectOne(`/api/projects/${detail.id}/join-requests`).flush([]);
    await fixture.whenStable();
    return fixture.nativeElement;
  }

  function button(element: HTMLElement, text: string): HTMLButtonElement {
    return [...element.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === text) as HTMLButtonElement;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideTexts(projectsTexts), provideTexts(accountPickerTexts)] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('shows the project with status in words, progress, group, milestones and the timeline to a visitor', async () => {
    const element = await open(project());
    expect(element.querySelector('h1')?.textContent).toBe('Speeltuin opknappen');
    expect(document.title).toBe('Speeltuin opknappen · Wijkdeal');
    expect(element.querySelector('.badge')?.textContent).toBe('Bezig');
    expect(element.textContent).toContain('€\u00a02.500');
    const bar = element.querySelector('[role="progressbar"]') as HTMLElement;
    expect(bar.getAttribute('aria-valuenow')).toBe('40');
    expect(element.querySelector('.progress__value')?.textContent).toBe('40% klaar');
    expect(element.querySelector('.member-list')?.textContent).toContain('Priya Projectlid (projectleider)');
    expect(element.querySelector('.milestones')?.textContent).toContain('Gepland: 1 maart 2027');
    expect(element.querySelector('.milestones')?.textContent).toContain('Gehaald op 20 november 2026');
    expect(element.querySelector('.milestones')?.textContent).toContain('Nog niet gehaald');

    const entries = element.querySelectorAll('.timeline > li');
    expect(entries).toHaveLength(2);
    expect(entries[0].querySelector('h3')?.textContent?.trim()).toBe('Update van 20 november 2026');
    expect(entries[0].querySelector('strong')?.textContent).toBe('toestellen');
    expect(entries[0].textContent).toContain(SCRIPT);
    expect(element.querySelector('script')).toBeNull();
    expect(entries[0].textContent).toContain('(bewerkt)');
    expect(entries[0].textContent).toContain('Voortgang nu 40%');
    expect(entries[0].textContent).toContain('Mijlpaal gehaald: Toestellen besteld');
    const photo = entries[0].querySelector('img') as HTMLImageElement;
    expect(photo.getAttribute('src')).toBe('/api/photos/f1');
    expect(photo.alt).toBe('Foto bij de update van 20 november 2026');
    expect(entries[1].textContent).toContain('Verborgen door beheer: Reclame');

    expect(element.querySelector('a[href="/account/inloggen?terug=%2Fprojecten%2Fspeeltuin-opknappen"]')?.textContent).toContain('Log in om dit project te volgen');
    expect(button(element, 'Volgen')).toBeUndefined();
    expect(element.querySelector('textarea')).toBeNull();
  });

  it('lets a signed-in resident follow and stop following, and says so', async () => {
    TestBed.inject(Session).update({ id: 'a9', roles: [] } as unknown as AccountMe);
    const element = await open(project());
    button(element, 'Volgen').click();
    const follow = http.expectOne('/api/follows/project/9c000000-0000-4000-8000-000000000001');
    expect(follow.request.method).toBe('PUT');
    follow.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(element.querySelector('.action-status')?.textContent).toContain('Je volgt dit project.');
    button(element, 'Niet meer volgen').click();
    const unfollow = http.expectOne('/api/follows/project/9c000000-0000-4000-8000-000000000001');
    expect(unfollow.request.method).toBe('DELETE');
    unfollow.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(button(element, 'Volgen')).toBeDefined();
  });

  it('gives members a form to share progress, which posts and then shows the new timeline', async () => {
    TestBed.inject(Session).update({ id: 'a5', roles: [] } as unknown as AccountMe);
    const element = await open(project({ canPostUpdates: true }));
    expect(element.querySelector('#project-post-title')?.textContent).toBe('Voortgang delen');
    const body = element.querySelector('#update-body') as HTMLTextAreaElement;
    body.value = 'De glijbaan staat er.';
    body.dispatchEvent(new Event('input'));
    const progress = element.querySelector('#update-progress') as HTMLInputElement;
    progress.value = '60';
    progress.dispatchEvent(new Event('input'));
    const milestone = element.querySelector('#update-milestoneId') as HTMLSelectElement;
    expect([...milestone.options].map((option) => option.textContent)).toEqual(['Geen mijlpaal', 'Opening']);
    milestone.value = 'm2';
    milestone.dispatchEvent(new Event('change'));
    button(element, 'Update plaatsen').click();

    const post = http.expectOne('/api/projects/9c000000-0000-4000-8000-000000000001/updates');
    expect(post.request.body).toEqual({ body: 'De glijbaan staat er.', progress: 60, milestoneId: 'm2' });
    post.flush(project().updates[0]);
    http.expectOne('/api/projects/speeltuin-opknappen').flush(project({ canPostUpdates: true, progress: 60 }));
    await fixture.whenStable();
    expect(element.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('60');
    expect(element.textContent).toContain('Je update staat nu op de tijdlijn.');
    expect(body.value).toBe('');
  });

  it('shows the API message next to the photo field when a file is refused', async () => {
    TestBed.inject(Session).update({ id: 'a5', roles: [] } as unknown as AccountMe);
    const element = await open(project({ canPostUpdates: true }));
    const input = element.querySelector('#update-photoIds') as HTMLInputElement;
    const file = new File(['#!/bin/sh'], 'foto.png', { type: 'image/png' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    const upload = http.expectOne('/api/photos');
    expect(upload.request.body).toBeInstanceOf(FormData);
    upload.flush(
      { statusCode: 400, code: 'PHOTO_TYPE_NOT_ALLOWED', message: 'Dit bestand is geen foto die we kennen. Kies een JPEG-, PNG- of WebP-foto.' },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(element.querySelector('#update-photoIds-error')?.textContent).toContain('foto.png: Dit bestand is geen foto die we kennen.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it("shows the koplopers' decisions and the stemweek results, or a short sentence when there are none", async () => {
    const decision: DecisionView = {
      id: 'd1',
      meetingId: 'me1',
      meetingStartsAt: '2026-10-05T17:30:00.000Z',
      text: 'We zetten de speeltuin op het stembiljet.',
      effect: 'none',
      project: null,
      proposal: null,
      newStatus: null,
    };
    const entry: ProjectStemweekEntry = {
      stemweekId: 'sw1',
      title: { nl: 'Stemweek 2026', en: 'Voting week 2026' },
      closesAt: '2026-11-01T22:59:00.000Z',
      rank: 3,
      score: 120,
      votes: 45,
      selected: true,
      tied: false,
      ballots: 300,
    };
    const element = await open(project(), { decisions: [decision], stemweeks: [entry] });
    const decisions = element.querySelector('[aria-labelledby="project-decisions-title"]') as HTMLElement;
    expect(decisions.querySelector('h2')?.textContent).toBe('Besluiten van de koplopers');
    expect(decisions.textContent).toContain('We zetten de speeltuin op het stembiljet.');
    expect(decisions.querySelector('a')?.getAttribute('href')).toBe('/koplopers/overleg/me1');
    expect(decisions.querySelector('a')?.textContent).toBe('Koplopersoverleg van 5 oktober 2026');
    const stemweeks = element.querySelector('[aria-labelledby="project-stemweeks-title"]') as HTMLElement;
    expect(stemweeks.querySelector('h2')?.textContent).toBe('In de stemweek');
    expect(stemweeks.querySelector('a')?.getAttribute('href')).toBe('/stemweek/sw1/uitslag');
    expect(stemweeks.querySelector('a')?.textContent).toBe('Stemweek 2026');
    expect(stemweeks.textContent).toContain('plaats 3 · score 120 · 45 stemmen · gekozen');

    fixture.destroy();
    const empty = await open(project());
    expect(empty.textContent).toContain('De koplopers hebben nog geen besluit over dit project genomen.');
    expect(empty.textContent).toContain('Dit project stond nog niet op het stembiljet van een stemweek met een uitslag.');
  });

  it('lets the people who manage the project tick off a milestone', async () => {
    TestBed.inject(Session).update({ id: 'a5', roles: [] } as unknown as AccountMe);
    const element = await open(project({ canManage: true }));
    const reached = [...element.querySelectorAll('.milestones button')];
    expect(reached.map((candidate) => candidate.textContent?.trim())).toEqual(['Gehaald: Opening']);
    (reached[0] as HTMLButtonElement).click();
    const patch = http.expectOne('/api/projects/9c000000-0000-4000-8000-000000000001/milestones/m2');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ done: true });
    patch.flush({ id: 'm2', title: 'Opening', plannedOn: null, doneAt: '2026-12-01T10:00:00.000Z' });
    await fixture.whenStable();
    expect(element.querySelector('.milestones button')).toBeNull();
    expect(element.querySelector('.milestones')?.textContent).toContain('Gehaald op 1 december 2026');
    expect(element.textContent).toContain('De mijlpaal "Opening" is gehaald.');
  });

  it("gives managers a form for texts, status and figures, and shows the API's word when a status move is not allowed", async () => {
    TestBed.inject(Session).update({ id: 'a5', roles: [] } as unknown as AccountMe);
    const element = await open(project({ canManage: true, status: 'candidate' }));
    expect(element.querySelector('#project-manage-title')?.textContent).toBe('Project beheren');
    expect((element.querySelector('#project-manage-title-nl') as HTMLInputElement).value).toBe('Speeltuin opknappen');
    const status = element.querySelector('#project-manage-status') as HTMLSelectElement;
    expect(status.value).toBe('candidate');
    expect([...status.options].map((option) => option.textContent)).toEqual(['Voorgesteld', 'Op het stembiljet', 'Gekozen', 'Bezig', 'Klaar', 'Gepauzeerd', 'Gestopt']);
    status.value = 'in-progress';
    status.dispatchEvent(new Event('change'));
    const place = element.querySelector('#project-manage-place') as HTMLInputElement;
    place.value = 'Speeltuin Wijertpark';
    place.dispatchEvent(new Event('input'));
    button(element, 'Wijzigingen opslaan').click();

    const patch = http.expectOne('/api/projects/9c000000-0000-4000-8000-000000000001');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({
      title: { nl: 'Speeltuin opknappen', en: 'Renovate the playground' },
      summary: { nl: 'Nieuwe toestellen.', en: 'New equipment.' },
      description: { nl: 'De speeltuin is **oud**.', en: '' },
      status: 'in-progress',
      progress: 40,
      costEstimate: 2500,
      place: 'Speeltuin Wijertpark',
    });
    const message = 'Deze status kan nu niet: een project gaat pas van start, pauzeert of stopt na de selectie.';
    patch.flush(
      { statusCode: 400, code: 'VALIDATION_FAILED', message: 'Niet alles is goed ingevuld.', details: [{ field: 'status', reason: 'statusTransition', message }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    const summary = element.querySelector('#project-manage-errors-title')?.parentElement as HTMLElement;
    expect(summary.querySelector('a')?.getAttribute('href')).toBe('#project-manage-status');
    expect(summary.textContent).toContain(`Status: ${message}`);
    expect(element.querySelector('#project-manage-status-error')?.textContent).toContain(message);
    expect(status.getAttribute('aria-invalid')).toBe('true');
    expect(status.value).toBe('in-progress');

    button(element, 'Wijzigingen opslaan').click();
    http.expectOne('/api/projects/9c000000-0000-4000-8000-000000000001').flush(project({ canManage: true, status: 'candidate', place: 'Speeltuin Wijertpark' }));
    await fixture.whenStable();
    expect(element.textContent).toContain('Het project is opgeslagen.');
    expect(element.querySelector('.facts')?.textContent).toContain('Speeltuin Wijertpark');
  });

  it('lets a manager remove a member after confirming, and points a non-admin to the join requests for adding', async () => {
    TestBed.inject(Session).update({ id: 'a5', roles: [] } as unknown as AccountMe);
    const element = await open(project({ canManage: true }));
    const section = element.querySelector('[aria-labelledby="project-manage-members-title"]') as HTMLElement;
    expect(section.textContent).toContain('Wie wil meedoen?');
    expect(section.querySelector('input[type="search"]')).toBeNull();
    const remove = [...section.querySelectorAll('button')].find((candidate) => candidate.textContent?.includes('Verwijderen: Mo Lid')) as HTMLButtonElement;
    remove.click();
    await fixture.whenStable();
    expect(section.textContent).toContain('Weet je zeker dat je Mo Lid uit de projectgroep haalt?');
    button(section, 'Ja, verwijderen').click();
    const request = http.expectOne('/api/projects/9c000000-0000-4000-8000-000000000001/members/a7');
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    http.expectOne('/api/projects/speeltuin-opknappen').flush(project({ canManage: true, members: [project().members[0]] }));
    await fixture.whenStable();
    expect(section.textContent).toContain('Mo Lid zit niet meer in de projectgroep.');
    expect(element.querySelector('.member-list')?.textContent).not.toContain('Mo Lid');
  });

  it('lets an admin add a member found by the account search', async () => {
    TestBed.inject(Session).update({ id: 'a1', roles: ['admin'] } as unknown as AccountMe);
    const element = await open(project({ canManage: true }));
    const section = element.querySelector('[aria-labelledby="project-manage-members-title"]') as HTMLElement;
    const search = section.querySelector('#project-member-accountId') as HTMLInputElement;
    search.value = 'bram';
    search.dispatchEvent(new Event('input'));
    button(section, 'Zoeken').click();
    http
      .expectOne((request) => request.url === '/api/accounts' && request.params.get('q') === 'bram')
      .flush({ items: [{ id: 'a6', email: 'bewoner@wijkdeal.test', displayName: 'Bram Bewoner', emailVerified: true, roles: [], createdAt: '2026-01-01T10:00:00.000Z' }], total: 1, page: 1, pageSize: 10 });
    await fixture.whenStable();
    (section.querySelector('input[type="radio"][value="a6"]') as HTMLInputElement).click();
    ([...section.querySelectorAll('label')].find((label) => label.textContent?.trim() === 'Projectleider')?.querySelector('input') as HTMLInputElement).click();
    button(section, 'Toevoegen aan de projectgroep').click();
    const post = http.expectOne('/api/projects/9c000000-0000-4000-8000-000000000001/members');
    expect(post.request.body).toEqual({ accountId: 'a6', role: 'lead' });
    post.flush(null, { status: 204, statusText: 'No Content' });
    http.expectOne('/api/projects/speeltuin-opknappen').flush(project({ canManage: true }));
    await fixture.whenStable();
    expect(section.textContent).toContain('Bram Bewoner zit nu in de projectgroep.');
  });

  it('says so when the project does not exist', async () => {
    fixture = TestBed.createComponent(ProjectPage);
    fixture.componentRef.setInput('slug', 'bestaat-niet');
    await fixture.whenStable();
    http.expectOne('/api/projects/bestaat-niet').flush({ statusCode: 404, code: 'NOT_FOUND', message: 'Dit bestaat niet (meer).' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('h1')?.textContent).toBe('Project niet gevonden');
  });
});
