import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Session } from '@wijkdeal/accounts-feature';
import { AccountMe } from '@wijkdeal/shared-contracts';
import { provideTexts } from '@wijkdeal/shared-ui';
import { projectsTexts } from '../projects-texts';
import { ModerationPage, OpenReport } from './moderation-page';

const IDEA_ID = '9b000000-0000-4000-8000-000000000001';
const UPDATE_ID = '9d000000-0000-4000-8000-000000000001';
const reports: OpenReport[] = [
  { id: 'r1', targetType: 'update', targetId: UPDATE_ID, reason: 'Reclame voor een winkel', createdAt: '2026-11-20T10:00:00.000Z', link: '/projecten/speeltuin-opknappen', excerpt: 'Kijk op mijn webwinkel' },
  { id: 'r2', targetType: 'proposal', targetId: IDEA_ID, reason: 'Dit klopt niet', createdAt: '2026-11-21T10:00:00.000Z', link: `/ideeen/${IDEA_ID}`, excerpt: 'Een idee' },
  { id: 'r3', targetType: 'update', targetId: UPDATE_ID, reason: 'Ook gezien: reclame', createdAt: '2026-11-22T10:00:00.000Z', link: '/projecten/speeltuin-opknappen', excerpt: 'Kijk op mijn webwinkel' },
];

describe(ModerationPage.name, () => {
  let fixture: ComponentFixture<ModerationPage>;
  let http: HttpTestingController;
  let element: HTMLElement;

  async function open(roles: string[]): Promise<void> {
    TestBed.inject(Session).update({ id: 'a1', roles } as unknown as AccountMe);
    fixture = TestBed.createComponent(ModerationPage);
    element = fixture.nativeElement;
    document.body.appendChild(element);
    await fixture.whenStable();
  }

  function button(within: Element, text: string): HTMLButtonElement {
    return [...within.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim().startsWith(text)) as HTMLButtonElement;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideTexts(projectsTexts)] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    element.remove();
  });

  it('tells a non-admin the page is for admins, without asking the API', async () => {
    await open([]);
    expect(element.querySelector('h1')?.textContent).toBe('Gemelde ideeën en updates');
    expect(element.textContent).toContain('Alleen beheerders kunnen gemelde ideeën en updates bekijken.');
  });

  it('lists the open reports per idea or update, with what it says, a link to it and every reason', async () => {
    await open(['admin']);
    http.expectOne('/api/reports').flush(reports);
    await fixture.whenStable();
    expect(element.querySelector('h2')?.textContent).toBe('3 open meldingen');
    const items = element.querySelectorAll('.reported-item');
    expect(items).toHaveLength(2);
    expect(items[0].querySelector('h3')?.textContent).toBe('Gemelde update');
    expect(items[0].textContent).toContain('Reclame voor een winkel');
    expect(items[0].textContent).toContain('Ook gezien: reclame');
    expect(items[0].textContent).toContain('Eerst gemeld op 20 november 2026');
    expect(items[0].querySelector('blockquote')?.textContent).toBe('Kijk op mijn webwinkel');
    expect(items[0].querySelector('a')?.getAttribute('href')).toBe('/projecten/speeltuin-opknappen');
    expect(items[1].querySelector('h3')?.textContent).toBe('Gemeld idee');
    expect(items[1].querySelector('a')?.getAttribute('href')).toBe(`/ideeen/${IDEA_ID}`);
    expect(items[1].textContent).toContain('Dit klopt niet');
  });

  it('hides an update with a reason, after which its reports leave the list', async () => {
    await open(['admin']);
    http.expectOne('/api/reports').flush(reports);
    await fixture.whenStable();
    const item = element.querySelector('.reported-item') as HTMLElement;
    button(item, 'Verbergen').click();
    await fixture.whenStable();
    const reason = item.querySelector('textarea') as HTMLTextAreaElement;
    reason.value = 'Reclame hoort hier niet';
    reason.dispatchEvent(new Event('input'));
    button(item, 'Verbergen').click();
    const hide = http.expectOne(`/api/moderation/update/${UPDATE_ID}/hide`);
    expect(hide.request.body).toEqual({ reason: 'Reclame hoort hier niet' });
    hide.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    const items = element.querySelectorAll('.reported-item');
    expect(items).toHaveLength(1);
    expect(items[0].querySelector('h3')?.textContent).toBe('Gemeld idee');
    expect(element.querySelector('h2')?.textContent).toBe('1 open melding');
    const status = element.querySelector('.action-status') as HTMLElement;
    expect(status.textContent).toContain('De melding is afgehandeld');
    expect(document.activeElement).toBe(status);
  });

  it('says so when there is nothing to look at', async () => {
    await open(['admin']);
    http.expectOne('/api/reports').flush([]);
    await fixture.whenStable();
    expect(element.textContent).toContain('Er zijn geen open meldingen.');
  });

  it('shows the API message when hiding fails, and keeps the report', async () => {
    await open(['admin']);
    http.expectOne('/api/reports').flush([reports[1]]);
    await fixture.whenStable();
    const item = element.querySelector('.reported-item') as HTMLElement;
    button(item, 'Verbergen').click();
    await fixture.whenStable();
    const reason = item.querySelector('textarea') as HTMLTextAreaElement;
    reason.value = 'Dubbel idee';
    reason.dispatchEvent(new Event('input'));
    button(item, 'Verbergen').click();
    http.expectOne(`/api/moderation/proposal/${IDEA_ID}/hide`).flush({ statusCode: 404, code: 'NOT_FOUND', message: 'Dit bestaat niet (meer).' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect(item.querySelector('.error-summary')?.textContent).toContain('Dit bestaat niet (meer).');
    expect(element.querySelectorAll('.reported-item')).toHaveLength(1);
  });
});
