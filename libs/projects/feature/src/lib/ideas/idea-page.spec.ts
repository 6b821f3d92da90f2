import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { AccountMe, ProposalDetail } from '@wijkdeal/shared-contracts';
import { provideTexts } from '@wijkdeal/shared-ui';
import { projectsTexts } from '../projects-texts';
import { IdeaPage } from './idea-page';

const SCRIPT = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';
const ID = '5a000000-0000-4000-8000-000000000001';

function idea(overrides: Partial<ProposalDetail> = {}): ProposalDetail {
  return {
    id: ID,
    title: 'Bankjes langs de vijver',
    summary: 'Oudere buren willen zitten.',
    status: 'submitted',
    theme: { id: 't1', slug: 'groen-buitenzijn', name: { nl: 'Groen & Buitenzijn', en: 'Green & Outdoors' } },
    supportCount: 1,
    authorName: 'Ilse',
    createdAt: '2026-11-20T10:00:00.000Z',
    hidden: null,
    description: `Oudere buren willen onderweg zitten.\n\n${SCRIPT}`,
    place: 'Vijver',
    estimatedCost: 2500,
    photoId: null,
    mergedInto: null,
    project: null,
    messages: [{ id: 'q1', authorName: 'Cor Contact', kind: 'question', body: 'Hoeveel bankjes?', createdAt: '2026-11-21T10:00:00.000Z' }],
    supportedByMe: false,
    canReview: false,
    canAnswer: false,
    ...overrides,
  };
}

describe(IdeaPage.name, () => {
  let fixture: ComponentFixture<IdeaPage>;
  let http: HttpTestingController;

  async function open(detail: ProposalDetail): Promise<HTMLElement> {
    fixture = TestBed.createComponent(IdeaPage);
    fixture.componentRef.setInput('id', detail.id);
    await fixture.whenStable();
    http.expectOne(`/api/proposals/${detail.id}`).flush(detail);
    await fixture.whenStable();
    return fixture.nativeElement;
  }

  function button(element: HTMLElement, text: string): HTMLButtonElement {
    return [...element.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === text) as HTMLButtonElement;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideTexts(projectsTexts)] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('shows the idea with its status, support count and conversation; script stays text', async () => {
    const element = await open(idea());
    expect(element.querySelector('h1')?.textContent).toBe('Bankjes langs de vijver');
    expect(element.querySelector('.badge')?.textContent).toBe('Ingediend');
    expect(element.textContent).toContain('1 persoon steunt dit idee.');
    expect(element.querySelector('.conversation')?.textContent).toContain('Vraag van Cor Contact');
    expect(element.textContent).toContain(SCRIPT);
    expect(element.querySelector('script, img')).toBeNull();
    expect(element.querySelector('#idea-review-title')).toBeNull();
  });

  it('lets an admin hide the idea with a reason and show it again', async () => {
    TestBed.inject(Session).update({ id: 'a1', roles: ['admin'] } as unknown as AccountMe);
    const element = await open(idea());
    const hide = [...element.querySelectorAll('button')].find((candidate) => candidate.textContent?.includes('Verbergen')) as HTMLButtonElement;
    expect(hide.textContent).toContain(': het idee Bankjes langs de vijver');
    expect(button(element, 'Melden: het idee Bankjes langs de vijver')).toBeDefined();
    hide.click();
    await fixture.whenStable();
    const reason = element.querySelector(`#hide-${ID}-reason`) as HTMLTextAreaElement;
    reason.value = 'Dubbel met een ander idee';
    reason.dispatchEvent(new Event('input'));
    (reason.closest('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    const request = http.expectOne(`/api/moderation/proposal/${ID}/hide`);
    expect(request.request.body).toEqual({ reason: 'Dubbel met een ander idee' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(element.querySelector('.hidden-note')?.textContent).toContain('Verborgen door beheer: Dubbel met een ander idee');
    expect(button(element, 'Melden: het idee Bankjes langs de vijver')).toBeUndefined();

    (element.querySelector('wd-moderation-controls button') as HTMLButtonElement).click();
    http.expectOne(`/api/moderation/proposal/${ID}/show`).flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(element.querySelector('.hidden-note')).toBeNull();
  });

  it('lets a resident support the idea and withdraw the support', async () => {
    TestBed.inject(Session).update({ id: 'a9', roles: [] } as unknown as AccountMe);
    const element = await open(idea());
    button(element, 'Steunen').click();
    const support = http.expectOne(`/api/proposals/${ID}/support`);
    expect(support.request.method).toBe('PUT');
    support.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(element.textContent).toContain('2 mensen steunen dit idee.');
    expect(button(element, 'Steun intrekken')).toBeDefined();
  });

  it('gives a contact the review panel; accepting shows a link to the new project', async () => {
    TestBed.inject(Session).update({ id: 'a2', roles: [], contactOf: ['t1'] } as unknown as AccountMe);
    const element = await open(idea({ canReview: true }));
    const others = http.expectOne((request) => request.url === '/api/proposals' && request.params.get('theme') === 'groen-buitenzijn');
    others.flush({ items: [idea(), { ...idea(), id: 'other', title: 'Meer bankjes', status: 'question' }, { ...idea(), id: 'old', title: 'Oud', status: 'declined' }], total: 3, page: 1, pageSize: 100 });
    await fixture.whenStable();
    const mergeSelect = element.querySelector('#idea-merge-intoProposalId') as HTMLSelectElement;
    expect([...mergeSelect.options].map((option) => option.textContent)).toEqual(['Kies een idee', 'Meer bankjes']);

    const titleEn = element.querySelector('#idea-accept-titleEn') as HTMLInputElement;
    titleEn.value = 'Benches along the pond';
    titleEn.dispatchEvent(new Event('input'));
    button(element, 'Accepteren als project').click();
    const accept = http.expectOne(`/api/proposals/${ID}/accept`);
    expect(accept.request.body).toEqual({ titleEn: 'Benches along the pond' });
    accept.flush(idea({ status: 'accepted', canReview: false, project: { id: 'pr1', slug: 'bankjes-langs-de-vijver' } }));
    await fixture.whenStable();
    expect(element.querySelector('.alert--success')?.textContent).toContain('Het idee is geaccepteerd.');
    expect(element.querySelector('.alert--success a')?.getAttribute('href')).toBe('/projecten/bankjes-langs-de-vijver');
    expect(element.querySelector('#idea-review-title')).toBeNull();
  });

  it('asks for a reason before declining', async () => {
    TestBed.inject(Session).update({ id: 'a2', roles: [], contactOf: ['t1'] } as unknown as AccountMe);
    const element = await open(idea({ canReview: true }));
    http.expectOne((request) => request.url === '/api/proposals').flush({ items: [], total: 0, page: 1, pageSize: 100 });
    await fixture.whenStable();
    button(element, 'Afwijzen').click();
    await fixture.whenStable();
    expect(element.querySelector('#idea-decline-body-error')?.textContent).toContain('Vul dit veld in.');
    http.expectNone(`/api/proposals/${ID}/decline`);
  });
});
